r"""Pattern lexicons: regular expressions kept as data (lexicons/<name>.txt), for evidence that
is a construction rather than a word ("allez tous lui pourrir ses avis", "chaque jour je
publierai", "X a falsifié le dossier").

One pattern per line: `kind ; attributes ; pattern`, where attributes are `key=value` pairs
separated by spaces (may be empty) and the pattern is a `regex` expression on the
deobfuscated view (folded: lower case, no accents). Patterns with the same kind and attributes
are compiled together, once, with Unicode word edges around them.

They run on the standard library's `re` (with `\p{L}` rewritten as `[^\W\d_]`): the one scan
of the four language files takes 57 µs per post on `re` against 273 µs on `regex`, same matches
(benchmarks/lexicon_scaling.py, dev drafts and MLMA-fr tweets). `re` has no
timeout, so patterns must stay bounded: no nested unbounded repetition, only `{0,n}` around
groups; tests/test_language.py runs every pattern on a pathological input.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Iterator

import re

from . import _recache
from ._recache import cached

_WORD_START = r"(?<!\w)"
_WORD_END = r"(?!\w)"


_OUTSIDE = {"L": r"[^\W\d_]", "Lu": "[A-ZÀ-ÖØ-ÞŒ]", "Ll": "[a-zß-öø-ÿœ]", "N": r"\d"}
_INSIDE = {"L": "a-zA-ZÀ-ÖØ-öø-ÿŒœ", "Lu": "A-ZÀ-ÖØ-ÞŒ", "Ll": "a-zß-öø-ÿœ", "N": "0-9"}
_PROPERTY = re.compile(r"\\p\{(L|Lu|Ll|N)\}|\\.|\[|\]")


def _to_re(pattern: str) -> str:
    """Rewrite `\\p{L}`, `\\p{Lu}`, `\\p{Ll}`, `\\p{N}` for `re`, inside or outside a class."""
    out, pos, depth = [], 0, 0
    for m in _PROPERTY.finditer(pattern):
        out.append(pattern[pos:m.start()])
        token = m.group()
        if m.group(1):
            token = (_INSIDE if depth else _OUTSIDE)[m.group(1)]
        elif token == "[":
            depth += 1
        elif token == "]" and depth:
            depth -= 1
        out.append(token)
        pos = m.end()
    out.append(pattern[pos:])
    return "".join(out)


@lru_cache(maxsize=None)
def fast(pattern: str, flags: int = 0) -> re.Pattern:
    """Compile a small bounded pattern written with `\\p{L}` classes on the standard `re`
    engine, which is several times faster than `regex` for short scans."""
    return re.compile(_to_re(pattern), flags)


def _value(v: str):
    return {"true": True, "false": False}.get(v.lower(), v)


@lru_cache(maxsize=None)
def _read(name: str) -> dict[tuple[str, tuple], list[str]]:
    """Lines of lexicons/<name>.txt grouped by (kind, attributes), patterns rewritten for
    `re`. Not compiled here: `check(name)` does that, line by line, to name a bad line."""
    raw = resources.files("postcheck").joinpath("lexicons", f"{name}.txt").read_text("utf-8")
    groups: dict[tuple[str, tuple], list[str]] = {}
    for line in raw.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        kind, attrs, pattern = (part.strip() for part in line.split(";", 2))
        pairs = tuple(sorted((k, _value(v)) for k, v in (a.split("=", 1) for a in attrs.split())))
        groups.setdefault((kind, pairs), []).append(_to_re(pattern))
    return groups


def check(name: str) -> None:
    """Compile every line of lexicons/<name>.txt; ValueError naming the first invalid one."""
    raw = resources.files("postcheck").joinpath("lexicons", f"{name}.txt").read_text("utf-8")
    for n, line in enumerate(raw.splitlines(), 1):
        if line.strip() and not line.lstrip().startswith("#"):
            try:
                re.compile(_to_re(line.split(";", 2)[2].strip()))
            except (re.error, IndexError) as exc:
                raise ValueError(f"lexicons/{name}.txt:{n}: motif invalide ({exc})") from None


@lru_cache(maxsize=None)
def pattern_labels(*names: str) -> tuple[tuple[str, str, dict], ...]:
    """(file, kind, attributes) of each group of lines, in the order of load_patterns' named
    groups g0, g1..."""
    return tuple((name, kind, dict(pairs)) for name in names for kind, pairs in _read(name))


@lru_cache(maxsize=None)
def load_patterns(*names: str) -> tuple[re.Pattern, tuple[tuple[str, str, dict], ...]]:
    """One compiled pattern for the given files (one scan per post), whose named groups
    g0, g1... stand for the (file, kind, attributes) of each group of lines. Compiled once per
    machine: the program is cached on disk (postcheck/_recache.py)."""
    bodies = [f"(?P<g{n}>" + "|".join(f"(?:{p})" for p in pats) + ")"
              for n, pats in enumerate(pats for name in names for pats in _read(name).values())]
    source = _WORD_START + "(?:" + "|".join(bodies) + ")" + _WORD_END
    return cached("patterns", [source], lambda: _compile(source, names)), pattern_labels(*names)


def _compile(source: str, names) -> re.Pattern:
    try:
        return _recache.compile(source)
    except re.error:
        for name in names:
            check(name)   # a readable error naming the bad line rather than the whole
        raise


@lru_cache(maxsize=None)
def scanner(*names: str):
    """The patterns of the given files as a Dispatched scanner (postcheck/dispatch.py): the
    same matches as `load_patterns(*names)[0].finditer`, labelled g0, g1... likewise, for a
    fraction of the cost; None when dispatch does not apply to these patterns."""
    from .dispatch import Dispatched, Unsupported, split_top

    groups = [pats for name in names for pats in _read(name).values()]
    alternatives = [(f"g{n}", alt) for n, pats in enumerate(groups)
                    for p in pats for alt in split_top(p)]
    try:
        return Dispatched(alternatives)
    except Unsupported:
        return None
    except re.error:
        for name in names:
            check(name)   # names the bad line of the lexicon
        raise


def scan(text: str, *names: str, facts=None) -> Iterator[tuple[str, str, dict, re.Match]]:
    """(file, kind, attributes, match) for every match of the given files' patterns, scanned
    as one alternation (the first pattern that matches at a place wins). `facts`: the word
    facts of `text` (View.facts), when known."""
    labels = pattern_labels(*names)
    dispatched = scanner(*names)
    if dispatched is not None:
        found = dispatched.finditer(text, facts=facts)
    else:
        found = ((m.lastgroup, m) for m in load_patterns(*names)[0].finditer(text))
    for group, m in found:
        file, kind, attrs = labels[int(group[1:])]
        yield file, kind, attrs, m


def find(name: str, text: str, facts=None) -> Iterator[tuple[str, dict, int, int]]:
    """(kind, attributes, start, end) for every pattern of lexicons/<name>.txt in `text`
    (`facts`: as for `scan`)."""
    for _, kind, attrs, m in scan(text, name, facts=facts):
        yield kind, dict(attrs), m.start(), m.end()
