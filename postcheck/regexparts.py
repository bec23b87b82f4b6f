r"""What dispatch (postcheck/dispatch.py) reads in an alternative of a big pattern, from `re`'s
own parser: the top-level alternatives, the characters a match can start with, and the pieces
every match runs through one after the other (a required word in each narrows the posts where
the alternative is possible more than one required word does).
"""
from __future__ import annotations

import re

from .prefixgate import _C, _P, _REPEATS, DIGIT, class_chars, literal_prefixes

_ZERO_WIDTH = (_C.AT, _C.ASSERT, _C.ASSERT_NOT)


class Unsupported(Exception):
    """The pattern uses something dispatch cannot reason about: keep the plain pattern."""


def _top_level(pattern: str):
    """(index, character) of the characters of `pattern` outside groups and classes; an
    escape is given once, as its backslash."""
    depth, in_class, i = 0, False, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            if depth == 0 and not in_class:
                yield i, ch
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            i += 1 + (pattern[i + 1:i + 2] == "^")
            i += pattern[i:i + 1] == "]"  # "[]...]" and "[^]...]": a literal ]
            continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif depth == 0:
            yield i, ch
        i += 1


def split_top(pattern: str) -> list[str]:
    """The top-level alternatives of `pattern` (its `|` outside groups and classes)."""
    out, start = [], 0
    for i, ch in _top_level(pattern):
        if ch == "|":
            out.append(pattern[start:i])
            start = i + 1
    out.append(pattern[start:])
    return out


_QUANTIFIER = re.compile(r"(?:[*+?]|\{\d*(?:,\d*)?\})[?+]?")


def split_pieces(pattern: str) -> list[str]:
    """The parts of an alternative (no top-level `|`) between its top-level `\\s` atoms
    (`\\s`, `\\s+`, `\\s*`, `\\s{1,3}`...): every match holds a match of each part, one after
    the other, so a word each of them requires is required too. [] when `re`'s parser does not
    read the parts and separators as exactly the pieces of the whole pattern."""
    parts, start = [], 0
    for i, ch in _top_level(pattern):
        if ch == "\\" and pattern[i + 1:i + 2] == "s" and i >= start:
            quantifier = _QUANTIFIER.match(pattern, i + 2)
            end = quantifier.end() if quantifier else i + 2
            parts += [pattern[start:i], pattern[i:end]]
            start = end
    parts.append(pattern[start:])
    try:
        same = repr(_P.parse(pattern).data) == repr(
            [item for part in parts for item in _P.parse(part).data])
    except re.error:
        same = False
    return [part for part in parts[::2] if part] if same else []


def first_chars(pattern: str) -> frozenset[str] | None:
    """The characters a match of `pattern` can start with; None when any character could
    (a class like `\\w`, a negated class, `.`). Raises Unsupported for patterns that may match
    the empty string, ignore case or refer back to a group."""
    parsed = _P.parse(pattern)
    if parsed.state.flags & re.IGNORECASE:
        raise Unsupported("ignore case")
    chars, nullable = _first(list(parsed))
    if nullable:
        raise Unsupported("may match the empty string")
    return chars


def _first(items) -> tuple[frozenset | None, bool]:
    """(first characters or None for any, whether the sequence can match empty)."""
    out: set[str] = set()
    for op, av in items:
        chars, nullable = _first_op(op, av)
        if chars is None:
            _check_rest(items)
            return None, False
        out |= chars
        if not nullable:
            _check_rest(items)
            return frozenset(out), False
    return frozenset(out), True


def _check_rest(items) -> None:
    """Back-references anywhere make the group numbering matter: refuse them."""
    for op, av in items:
        if op in (_C.GROUPREF, getattr(_C, "GROUPREF_EXISTS", None)):
            raise Unsupported("back-reference")
        if op is _C.SUBPATTERN:
            _check_rest(av[3])
        elif op is _C.BRANCH:
            for branch in av[1]:
                _check_rest(branch)
        elif op in _REPEATS:
            _check_rest(av[2])
        elif op in (_C.ASSERT, _C.ASSERT_NOT):
            _check_rest(av[1])


def _first_op(op, av) -> tuple[frozenset | None, bool]:
    if op is _C.LITERAL:
        return frozenset(chr(av)), False
    if op is _C.IN:
        if av == [(_C.CATEGORY, _C.CATEGORY_DIGIT)]:
            return frozenset([DIGIT]), False   # any decimal digit (str.isdecimal)
        chars = class_chars(av, 1024)
        return (None if chars is None else frozenset(chars)), False
    if op is _C.SUBPATTERN:
        if av[1] & re.IGNORECASE:
            raise Unsupported("ignore case")
        return _first(list(av[3]))
    if op is _C.BRANCH:
        out, nullable = set(), False
        for branch in av[1]:
            chars, empty = _first(list(branch))
            if chars is None:
                return None, False
            out |= chars
            nullable = nullable or empty
        return frozenset(out), nullable
    if op in _REPEATS:
        chars, empty = _first(list(av[2]))
        return chars, chars is not None and (empty or av[0] == 0)
    if op in _ZERO_WIDTH:  # a lookaround only narrows what can follow: ignoring it is safe
        if op is not _C.AT:
            _check_rest(av[1])
        return frozenset(), True
    if op in (_C.GROUPREF, getattr(_C, "GROUPREF_EXISTS", None)):
        raise Unsupported("back-reference")
    if op is getattr(_C, "ATOMIC_GROUP", None):
        return _first(list(av))
    return None, False  # ANY, NOT_LITERAL, CATEGORY...


def _starts_of(body: str) -> tuple[frozenset | None, frozenset, frozenset]:
    """(possible first characters or None for any; the two-character starts known; the first
    characters after which any second character is possible)."""
    first = first_chars(body)
    prefixes = literal_prefixes(body)
    if first is None or prefixes is None or DIGIT in prefixes:
        return first, frozenset(), first or frozenset()
    return (first, frozenset(p[:2] for p in prefixes if len(p) >= 2),
            frozenset(p for p in prefixes if len(p) == 1))
