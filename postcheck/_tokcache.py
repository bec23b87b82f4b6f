"""Skip the 2-second regex compile that `import spacy.lang.fr` pays on every start.

spaCy's French tokenizer builds one 1.4 MB regular expression (`TOKEN_MATCH`) at import, and
CPython spends about two seconds compiling it, which alone breaks the CLI's cold-start budget.
Compiling is deterministic: we keep the compiled program on disk (keyed by Python and spaCy
versions) and hand it to `re`'s own cache before spaCy asks for it. If anything does not fit
(another Python, a changed pattern, a read-only disk) we fall back to the normal compile.
The cache holds spaCy's pattern only, never any text that was checked.
"""
from __future__ import annotations

import array
import os
import pickle
import re
import sys
from pathlib import Path

_FORMAT = 1


def cache_dir() -> Path:
    explicit = os.environ.get("POSTCHECK_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "postcheck"


def _cache_file() -> Path:
    from importlib.metadata import version

    tag = f"{sys.implementation.cache_tag}-spacy{version('spacy')}-f{_FORMAT}"
    return cache_dir() / f"fr-token-match-{tag}.pickle"


def _enabled() -> bool:
    return os.environ.get("POSTCHECK_NO_CACHE", "") in ("", "0")


def prime() -> bool:
    """Put the cached compiled pattern into `re`'s cache. True if it was there to use."""
    if not _enabled():
        return False
    try:
        import _sre

        with open(_cache_file(), "rb") as fh:
            pattern, flags, code, groups, groupindex, indexgroup = pickle.load(fh)
        compiled = _sre.compile(pattern, flags, array.array("I", code).tolist(), groups,
                                groupindex, indexgroup)
        re._cache[(str, pattern, 0)] = compiled  # the key re.compile(pattern) looks up
        return True
    except Exception:  # no cache yet, or an interpreter whose internals differ
        return False


def save() -> None:
    """After a normal import, store the compiled program for the next start."""
    if not _enabled():
        return
    try:
        from spacy.lang.fr.tokenizer_exceptions import TOKEN_MATCH

        from ._recache import _program, store

        store(_cache_file(), _program(TOKEN_MATCH.__self__.pattern, 0))
    except Exception:
        pass  # the cache is an optimisation; never fail a check because of it
