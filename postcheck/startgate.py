"""Trying a pattern only where one of its literal prefixes opens a word.

`StartGate(TYPES, body, ends_word=True).finditer_from(text, hits)` gives what
`TYPES.finditer(text)` gives, trying the pattern only at the word starts the shared pass
(literalscan.py) found one of its prefixes at ("ch", "clinique", "ehpad"...); a prefix that is
a whole alternative ("ch") is not tried where a letter follows it ("chez").
"""
from __future__ import annotations

import re

from .factors import _automaton
from .prefixgate import ASCII_WORD, DIGIT, _sequence, literal_prefixes
from .reparse import _C, _P


class StartGate:
    """`finditer(text)`: what `compiled.finditer(text)` gives (`regex` pattern or FastPattern:
    a word-start look-behind, then `body`, then a word-end look-ahead if `ends_word`), trying
    it only where a literal prefix of `body` begins (one pass; a post holds few), not followed
    by a letter if the prefix is a whole match ("ch" in "chez"). Without usable prefixes, it
    scans the whole post. `table` maps each prefix to (its length, whether whole), for a pass
    shared with other gates (`finditer_from` reads its hits)."""

    def __init__(self, compiled, body: str, ends_word: bool = False):
        self.compiled = compiled
        prefixes = literal_prefixes(body)
        usable = prefixes and DIGIT not in prefixes
        whole = whole_prefixes(body) if ends_word else ()
        self.table = {p: (len(p), p in whole) for p in prefixes} if usable else {}
        self.scans_whole = not usable
        self._automaton = _automaton(self.table)

    def finditer(self, text: str, timeout=None):
        hits = self._automaton.iter(text) if self._automaton is not None else ()
        return self.finditer_from(text, hits, timeout)

    def finditer_from(self, text: str, hits, timeout=None):
        """`finditer(text)`, given the (end, length) hits of `table` in `text`."""
        if self.scans_whole:
            yield from self.compiled.finditer(text, timeout=timeout)
            return
        starts = {last - length + 1 for last, (length, whole) in hits
                  if not (whole and text[last + 1:last + 2] in ASCII_WORD)}
        end = 0
        for start in sorted(starts):
            # a letter, digit or "_" before: inside a word, where the look-behind fails
            if start < end or start and text[start - 1] in ASCII_WORD:
                continue
            m = self.compiled.match(text, start, timeout=timeout)
            if m is not None:
                end = m.end()
                yield m


def whole_prefixes(pattern: str) -> frozenset[str]:
    """Literal prefixes of `pattern` that are only ever whole matches: every alternative
    (nested top-level branches apart) that begins with one ends with it ("ch" in "chu|ch",
    not "hopital" in "hopital|hopital\\s+de\\s+jour")."""
    try:
        parsed = _P.parse(pattern)
    except re.error:
        return frozenset()
    whole, partial = set(), set()
    for leaf in _leaves(list(parsed)):
        found, complete = _sequence(leaf, {""})
        (whole if complete else partial).update(found)
    return frozenset(whole - partial - {"", DIGIT})


def _leaves(items: list, limit: int = 512) -> list:
    """The alternatives of a sequence, each branch of it (and of its groups) apart."""
    for n, (op, av) in enumerate(items):
        if op is _C.SUBPATTERN and not av[1] & re.IGNORECASE:
            return _leaves(items[:n] + list(av[3]) + items[n + 1:], limit)
        if op is _C.BRANCH:
            out = [leaf for branch in av[1]
                   for leaf in _leaves(items[:n] + list(branch) + items[n + 1:], limit)]
            return out if len(out) <= limit else [items]
    return [items]
