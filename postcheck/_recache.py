"""Compiled regular expressions kept on disk between runs.

The pattern lexicons (lexicons/*.txt, built from lexicons/grammar/) are big alternations:
parsing and compiling them with `re` takes seconds, every time a process starts (the CLI, each
batch worker, the server). Compiling is deterministic, so, as `_tokcache.py` does for spaCy's
tokenizer pattern, the compiled programs are stored under ~/.cache/postcheck (file name: a hash
of the patterns, the Python version and this format) and rebuilt with `_sre.compile` on the
next start. Anything unexpected (another interpreter, a read-only disk, a damaged file) falls
back to `re.compile`. The cache holds postcheck's own patterns, never any checked text.
"""
from __future__ import annotations

import array
import hashlib
import os
import pickle
import re
import sys
from typing import Any, Callable, Sequence

from ._tokcache import _enabled, cache_dir

_FORMAT = 1


def cached(name: str, key_parts: Sequence[str], build: Callable[[], Any]) -> Any:
    """`build()`'s result, a structure of plain data and compiled patterns, from the cache
    when it is there for exactly these `key_parts`, else built and stored."""
    if not _enabled():
        return build()
    digest = hashlib.sha256("\x00".join(key_parts).encode("utf-8")).hexdigest()[:20]
    path = cache_dir() / f"{name}-{sys.implementation.cache_tag}-f{_FORMAT}-{digest}.pickle"
    try:
        with open(path, "rb") as fh:
            return _thaw(pickle.load(fh))
    except Exception:  # no cache yet, or an interpreter whose internals differ
        pass
    value = build()
    try:
        store(path, _freeze(value))
    except Exception:
        pass  # the cache is an optimisation; never fail a check because of it
    return value


def store(path, payload) -> None:
    """Write `payload` to `path` atomically (a concurrent reader sees the old file or the new)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp%d" % os.getpid())
    try:
        with open(tmp, "wb") as fh:
            pickle.dump(payload, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except BaseException:   # an unpicklable value or a full disk: leave no half-written file
        tmp.unlink(missing_ok=True)
        raise


_programs: dict[int, tuple] = {}   # id(pattern) -> program, for patterns built by compile()


def compile(pattern: str, flags: int = 0) -> re.Pattern:
    """`re.compile`, remembering the program so that storing it costs no second compile."""
    program = _program(pattern, flags)
    compiled = _from_program(program)
    _programs[id(compiled)] = program
    return compiled


class _Compiled(tuple):
    """A compiled pattern as stored: (pattern, flags, code bytes, groups, groupindex,
    indexgroup)."""


def _freeze(value):
    if isinstance(value, re.Pattern):
        return _Compiled(_programs.pop(id(value), None) or _program(value.pattern, value.flags))
    if isinstance(value, (list, tuple)):
        return type(value)(_freeze(v) for v in value)
    if isinstance(value, dict):
        return {k: _freeze(v) for k, v in value.items()}
    return value


def _thaw(value):
    if isinstance(value, _Compiled):
        return _from_program(value)
    if isinstance(value, (list, tuple)):
        return type(value)(_thaw(v) for v in value)
    if isinstance(value, dict):
        return {k: _thaw(v) for k, v in value.items()}
    return value


def _from_program(program: tuple) -> re.Pattern:
    import _sre

    pattern, flags, code, groups, groupindex, indexgroup = program
    return _sre.compile(pattern, flags, array.array("I", code).tolist(), groups, groupindex,
                        indexgroup)


def _program(pattern: str, flags: int) -> tuple:
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (pattern, parsed.state.flags, array.array("I", code).tobytes(),
            parsed.state.groups - 1, groupindex, tuple(indexgroup))
