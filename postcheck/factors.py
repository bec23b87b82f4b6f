r"""Literal strings a regular expression cannot match without: its required factors.

`required_factors(r"(?:je|on)\s*(?:vol|pique)(?:e|ons)\s+(?:les|des)\s+gants")` is
{"gants"}: every match contains it. A lexicon pattern can only match a text that holds one of
its factors, which one Aho-Corasick pass tells for all the patterns of a detector at once (the
idea of RE2's and Hyperscan's prefilters). Factors are read from `re`'s own parse tree: for
each piece, the finite set of strings it matches when it is small (`exact`), the strings every
match starts and ends with (`prefix`, `suffix`; {""} says nothing) and the best factor set
inside it; pieces are joined left to right, and a suffix followed by a prefix is a factor too
("t" + "uer" = "tuer"). Of all the valid sets, the one whose shortest string is the longest
wins. None when nothing useful can be said.
"""
from __future__ import annotations

import re
from typing import NamedTuple, Optional, Sequence

import ahocorasick

from .prefixgate import _C, _P, _REPEATS, class_chars

_MAX_STRINGS = 256     # a set grown beyond this is not grown further
_MAX_CLASS = 8         # "[st]" is expanded, "[a-z]" is not
_NOTHING = frozenset([""])

Strings = Optional[frozenset]


class _Info(NamedTuple):
    exact: Strings       # every string the piece can match, or None when unknown or too many
    prefix: frozenset    # every match starts with one of these
    suffix: frozenset    # every match ends with one of these
    factors: Strings     # every match contains one of these


_UNKNOWN = _Info(None, _NOTHING, _NOTHING, None)
_EMPTY = _Info(_NOTHING, _NOTHING, _NOTHING, None)


def required_factors(pattern: str) -> Strings:
    """Strings one of which occurs in every match of `pattern`, or None."""
    try:
        parsed = _P.parse(pattern)
    except re.error:
        return None
    if parsed.state.flags & re.IGNORECASE:
        return None
    found = _best_of(_sequence(list(parsed)))
    return found if found and "" not in found else None


def _quality(strings: Strings) -> tuple[int, int]:
    return (min(map(len, strings)), -len(strings)) if strings else (-1, 0)


def _better(*sets: Strings) -> Strings:
    return max(sets, key=_quality)


def _best_of(info: _Info) -> Strings:
    return _better(info.factors, info.exact, info.prefix, info.suffix)


def _cross(left: Strings, right: Strings) -> Strings:
    if left is None or right is None or len(left) * len(right) > _MAX_STRINGS:
        return None
    return frozenset(a + b for a in left for b in right)


def _concat(a: _Info, b: _Info) -> _Info:
    prefix = a.prefix if a.exact is None else (_cross(a.exact, b.prefix) or a.exact)
    suffix = b.suffix if b.exact is None else (_cross(a.suffix, b.exact) or b.exact)
    junction = _cross(a.suffix, b.prefix)
    return _Info(_cross(a.exact, b.exact), prefix, suffix,
                 _better(a.factors, b.factors, junction))


def _sequence(items) -> _Info:
    info = _EMPTY
    for op, av in items:
        if op not in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):  # zero width: its neighbours touch
            info = _concat(info, _element(op, av))
    return info


def _element(op, av) -> _Info:
    if op is _C.LITERAL:
        one = frozenset(chr(av))
        return _Info(one, one, one, None)
    if op is _C.IN:
        chars = class_chars(av, _MAX_CLASS)
        if not chars or len(chars) > _MAX_CLASS:
            return _UNKNOWN
        chars = frozenset(chars)
        return _Info(chars, chars, chars, None)
    if op is _C.SUBPATTERN:
        return _UNKNOWN if av[1] & re.IGNORECASE else _sequence(list(av[3]))
    if op is getattr(_C, "ATOMIC_GROUP", None):
        return _sequence(list(av))
    if op is _C.BRANCH:
        return _branch([_sequence(list(branch)) for branch in av[1]])
    if op in _REPEATS:
        low, high, inner = av[0], av[1], _sequence(list(av[2]))
        if low == high == 1:
            return inner
        if low == 0:
            if high == 1 and inner.exact is not None:
                optional = inner.exact | _NOTHING
                return _Info(optional, optional, optional, None)
            return _Info(None, _NOTHING, _NOTHING, None)
        return _Info(None, inner.prefix, inner.suffix, _best_of(inner))
    return _UNKNOWN


def _union(sets) -> Strings:
    if any(s is None for s in sets):
        return None
    out = frozenset().union(*sets)
    return out if len(out) <= _MAX_STRINGS else None


def _branch(infos: list[_Info]) -> _Info:
    factors = [_best_of(i) for i in infos]
    return _Info(_union([i.exact for i in infos]),
                 _union([i.prefix for i in infos]) or _NOTHING,
                 _union([i.suffix for i in infos]) or _NOTHING,
                 None if any(not f for f in factors) else frozenset().union(*factors))


class FactorGate:
    """`possible(text)`: the indices of the patterns that may match in `text`, from one
    Aho-Corasick pass over all their required factors. A pattern without factors, or whose
    shortest factor is shorter than `shortest` (a one-letter factor is in every post, and
    costs a step per occurrence), is always possible."""

    def __init__(self, patterns: Sequence[Strings], shortest: int = 2):
        always, table = set(), {}
        for i, factors in enumerate(patterns):
            if not factors or min(map(len, factors)) < shortest:
                always.add(i)
                continue
            for factor in factors:
                table.setdefault(factor, set()).add(i)
        self.always = frozenset(always)
        self._automaton = ahocorasick.Automaton() if table else None
        for factor, ids in table.items():
            self._automaton.add_word(factor, tuple(sorted(ids)))
        if self._automaton is not None:
            self._automaton.make_automaton()

    def possible(self, text: str) -> set[int]:
        found = set(self.always)
        if self._automaton is not None:
            for _, ids in self._automaton.iter(text):
                found.update(ids)
        return found


_ASCII_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")


class StartGate:
    """`finditer(text)`: the matches of `compiled` (a `regex` pattern or a FastPattern whose
    body `body` follows a word-start look-behind) that `compiled.finditer(text)` gives, found by
    trying it only where a literal prefix of `body` begins (one Aho-Corasick pass): a post
    holds few such places. Without usable prefixes, the pattern scans the post as before."""

    def __init__(self, compiled, body: str):
        from .prefixgate import DIGIT, literal_prefixes

        self.compiled = compiled
        prefixes = literal_prefixes(body)
        self._automaton = None
        if prefixes and DIGIT not in prefixes:
            self._automaton = ahocorasick.Automaton()
            for prefix in prefixes:
                self._automaton.add_word(prefix, len(prefix))
            self._automaton.make_automaton()

    def finditer(self, text: str, timeout=None):
        if self._automaton is None:
            yield from self.compiled.finditer(text, timeout=timeout)
            return
        starts = {last - length + 1 for last, length in self._automaton.iter(text)}
        end = 0
        for start in sorted(starts):
            # a letter, digit or "_" before: inside a word, where the look-behind fails
            if start < end or start and text[start - 1] in _ASCII_WORD:
                continue
            m = self.compiled.match(text, start, timeout=timeout)
            if m is not None:
                end = m.end()
                yield m
