r"""First-character dispatch for big alternations of whole-word patterns.

`re` scans `(?<!\w)(?:alt1|alt2|...)(?!\w)` by trying every alternative at every word start;
with a few hundred alternatives that is most of a lexicon's cost. An alternative can only
match where the text holds one of its possible first characters, which `re`'s own parser tells
us. So `Dispatched` finds the word starts once, then tries only the alternatives that can start
with the character found there, in their original order: the same matches as the plain
pattern (same leftmost-first choice, same backtracking), 2-3x faster on tweet-sized posts.
Patterns it cannot reason about (case-insensitive, back-references, empty matches) keep the
plain pattern.

Most alternatives also cannot match without one of a few literal words ("gants" in "on pique
les gants"; postcheck/factors.py finds them): one Aho-Corasick pass tells which alternatives
are possible in this text, and only those are tried, one by one in their original order (the
first that matches wins, as in the alternation). A post rarely holds the words a threat or an
allegation is built on, so most word starts try nothing at all.
"""
from __future__ import annotations

import re
import sys
from typing import Iterator, Sequence

from . import _recache
from ._recache import cached
from .factors import FactorGate, required_factors
from .prefixgate import _C, _P, _REPEATS, DIGIT, class_chars, literal_prefixes

_WORD_START, _WORD_END = r"(?<!\w)", r"(?!\w)"
_ZERO_WIDTH = (_C.AT, _C.ASSERT, _C.ASSERT_NOT)


_LAYOUT = "alternatives by two characters, digits, factors v5"   # cache key: change with _build


class Unsupported(Exception):
    """The pattern uses something dispatch cannot reason about: keep the plain pattern."""


def split_top(pattern: str) -> list[str]:
    """The top-level alternatives of `pattern` (its `|` outside groups and classes)."""
    out, depth, in_class, start, i = [], 0, False, 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
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
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


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


class Dispatched:
    """`(?<!\\w)(?:alternatives)(?!\\w)` scanned by first characters and required words.

    `alternatives` is an ordered sequence of (label, pattern); `finditer` yields
    (label, match) exactly where the plain alternation would match, labels telling which
    alternative matched."""

    def __init__(self, alternatives: Sequence[tuple[str, str]]):
        # Building parses and compiles every alternative (seconds for the pattern lexicons):
        # the result is kept on disk between runs (postcheck/_recache.py).
        self._patterns, self._by_start, self._starts, factors = cached(
            "dispatch", [_LAYOUT] + [f"{label}\x01{body}" for label, body in alternatives],
            lambda: _build(alternatives))
        self._labels = [label for label, _ in alternatives]
        self._gate = FactorGate(factors, shortest=_MIN_FACTOR)

    def possible(self, text: str) -> set[int]:
        """The alternatives that may match somewhere in `text`."""
        return self._gate.possible(text)

    def finditer(self, text: str, pos: int = 0,
                 endpos: int = sys.maxsize) -> Iterator[tuple[str, re.Match]]:
        live = self.possible(text)
        if len(live) <= _FEW:
            yield from self._search_each(text, sorted(live), pos, endpos)
            return
        by_start, tried, last = self._by_start, {}, pos
        for start in self._starts.finditer(text, pos, endpos):
            at = start.start()
            if at < last:
                continue
            key = text[at:at + 2]
            if key not in by_start:
                key = text[at] if text[at] in by_start else (
                    DIGIT if text[at].isdecimal() else "")
            candidates = tried.get(key)
            if candidates is None:
                candidates = tried[key] = [n for n in by_start.get(key, ()) if n in live]
            for n in candidates:
                m = self._patterns[n].match(text, at, endpos)
                if m is not None:
                    last = m.end()
                    yield self._labels[n], m
                    break

    def _search_each(self, text: str, live: list[int], pos: int,
                     endpos: int) -> Iterator[tuple[str, re.Match]]:
        """The same matches from each possible alternative's own `search`: the leftmost place
        where one matches, and there the first of them in order, as the alternation does."""
        found = {n: self._patterns[n].search(text, pos, endpos) for n in live}
        while True:
            hits = [(m.start(), n, m) for n, m in found.items() if m is not None]
            if not hits:
                return
            at, n, m = min(hits, key=lambda h: (h[0], h[1]))
            yield self._labels[n], m
            end = m.end()
            for k, other in found.items():
                if other is not None and other.start() < end:
                    found[k] = self._patterns[k].search(text, end, endpos)


# Shorter words ("de", "on") are in every post: they would rule out nothing. A required digit
# (ranked 2.5 letters by factors.py) is checked by one search and does rule posts out.
_MIN_FACTOR = 2.5
# With this few possible alternatives, one `search` each beats walking the word starts.
_FEW = 4


def _build(alternatives: Sequence[tuple[str, str]]):
    """(each alternative compiled; for each two-character start, or one-character start when
    the second is not known, or "" for any other, the alternatives that may begin there in
    their order; the word starts worth a look; each alternative's required factors)."""
    firsts, twos, wild = [], [], []
    for label, body in alternatives:
        first, two, one = _starts_of(body)
        firsts.append(first)
        twos.append(two)
        wild.append(one)
    anywhere = any(f is None for f in firsts)
    keys = sorted(set().union(*(f for f in firsts if f is not None)) - {DIGIT})
    digits = any(f is not None and DIGIT in f for f in firsts)
    if digits:   # ASCII digits by key, any other decimal digit under DIGIT
        keys = sorted(set(keys) | set("0123456789")) + [DIGIT]
    pairs = sorted(set().union(*twos))
    by_start = {}
    for key in pairs + keys + ([""] if anywhere else []):
        members = tuple(n for n, (f, two, one) in enumerate(zip(firsts, twos, wild))
                        if f is None or key[:1] in one or key in two
                        or (DIGIT in one and (key == DIGIT or key[:1].isdecimal())))
        if members:
            by_start[key] = members
    factors = [required_factors(body) for _, body in alternatives]
    patterns = [_recache.compile(_WORD_START + f"(?:{body})" + _WORD_END)
                for _, body in alternatives]
    chars = "".join(re.escape(k) for k in keys if k != DIGIT) + (r"\d" if digits else "")
    starts = _recache.compile(_WORD_START + ("(?s:.)" if anywhere else f"[{chars}]"))
    return patterns, by_start, starts, factors


def _starts_of(body: str) -> tuple[frozenset | None, frozenset, frozenset]:
    """(possible first characters or None for any; the two-character starts known; the first
    characters after which any second character is possible)."""
    first = first_chars(body)
    prefixes = literal_prefixes(body)
    if first is None or prefixes is None or DIGIT in prefixes:
        return first, frozenset(), first or frozenset()
    return (first, frozenset(p[:2] for p in prefixes if len(p) >= 2),
            frozenset(p for p in prefixes if len(p) == 1))
