r"""Run several whole-word lexicon patterns on a text only where they can start.

Every match of `(?<!\w)(?:cancers?|tumeurs?|metastas\w*|...)(?!\w)` begins with one of a few
literal strings ("cancer", "tumeur", "metastas"...), which `re`'s own parser tells us. One
Aho-Corasick pass finds those strings for all the patterns of a detector at once; each pattern
is then tried (`match`) only at the word starts found for it, left to right, skipping positions
inside its previous match: exactly the matches `pattern.finditer(text)` gives, for a fraction
of the cost (a post rarely holds a lexicon word). A pattern whose start cannot be pinned down
this way (it may start with `\w`, `.`, a long repetition) is simply scanned as before.
"""
from __future__ import annotations

import re
from typing import Sequence

from .factors import _automaton
from .reparse import _ASCII_DIGIT_OP, ASCII_DIGITS, parse
from .reparse import _C, _P, _REPEATS, class_chars  # noqa: F401 (dispatch.py reads them here)

_MAX_PREFIXES = 512
_WORD_START = r"(?<!\w)"
_DIGIT_START = re.compile(r"(?<!\w)\d")


class _Stop(Exception):
    """Prefixes cannot be extended further (or grew too many)."""


DIGIT = "\x00digit"   # stands for "a `\\d` digit" at the start of a match


def literal_prefixes(pattern: str, ascii_digits: bool = False) -> frozenset[str] | None:
    """Non-empty literal strings one of which begins every match of `pattern` (DIGIT for a
    match that may begin with any digit, unless `ascii_digits`: see parse), or None when
    nothing can be said."""
    try:
        parsed = parse(pattern, ascii_digits)
    except re.error:
        return None
    if parsed.state.flags & re.IGNORECASE:
        return None
    found, _ = _sequence(list(parsed), {""})
    if not found or "" in found:
        return None
    return frozenset(found)


def _sequence(items, current: set[str]) -> tuple[set[str], bool]:
    """(prefixes after this sequence, whether they are the whole text it matched)."""
    for n, (op, av) in enumerate(items):
        if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            continue  # zero width: the real pattern checks it
        if op in _REPEATS and av[0] == 0:  # optional: with it, and without it
            taken, whole = _sequence(list(av[2]), {""})
            skipped, skip_whole = _sequence(items[n + 1:], current)
            with_it = _grow(current, taken)
            if with_it is None:
                return current, False
            if whole and av[1] == 1:
                with_it, whole = _sequence(items[n + 1:], with_it)
            else:
                whole = False
            out = skipped | with_it
            return (out, whole and skip_whole) if len(out) <= _MAX_PREFIXES else (current, False)
        try:
            strings, complete = _element(op, av)
        except _Stop:
            return current, False
        grown = _grow(current, strings)
        if grown is None:
            return current, False
        current = grown
        if not complete or DIGIT in strings:
            return current, False
    return current, True


def _grow(current: set[str], strings: set[str]) -> set[str] | None:
    grown = {DIGIT if s == DIGIT and not c else c if s == DIGIT else c + s
             for c in current for s in strings}
    return grown if len(grown) <= _MAX_PREFIXES else None


def _element(op, av) -> tuple[set[str], bool]:
    if op is _C.LITERAL:
        return {chr(av)}, True
    if op is _ASCII_DIGIT_OP:
        return set(ASCII_DIGITS), True
    if op is _C.IN:
        if av == [(_C.CATEGORY, _C.CATEGORY_DIGIT)]:
            return {DIGIT}, False
        chars = class_chars(av, 64)
        if chars is None:
            raise _Stop
        return chars, True
    if op is _C.SUBPATTERN:
        if av[1] & re.IGNORECASE:
            raise _Stop
        return _sequence(list(av[3]), {""})
    if op is _C.BRANCH:
        out, complete = set(), True
        for branch in av[1]:
            strings, whole = _sequence(list(branch), {""})
            out |= strings
            complete = complete and whole
        return out, complete
    if op in _REPEATS:  # at least once
        strings, whole = _sequence(list(av[2]), {""})
        return strings, whole and av[0] == av[1] == 1
    raise _Stop


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"   # what `\w` means in a `re` str pattern


# What a `regex` word-start look-behind is known to fail after, without asking regex.
ASCII_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")


class PrefixGate:
    """`finditer_all(text)`: for each pattern, the list of its matches in `text`, the same
    as `list(pattern.finditer(text))`. Patterns are compiled `re` patterns. `table` maps each
    prefix to (its length, the patterns it starts), for a pass shared with other gates
    (postcheck/literalscan.py; `finditer_all_from` reads its hits)."""

    def __init__(self, patterns: Sequence[re.Pattern]):
        self.patterns = list(patterns)
        self._scan_whole: list[bool] = []
        self._digit_start: list[bool] = []
        table: dict[str, set[int]] = {}
        for i, pattern in enumerate(self.patterns):
            prefixes = (literal_prefixes(pattern.pattern)
                        if pattern.pattern.startswith(_WORD_START) else None)
            self._scan_whole.append(prefixes is None)
            self._digit_start.append(bool(prefixes) and DIGIT in prefixes)
            for prefix in (prefixes or set()) - {DIGIT}:
                table.setdefault(prefix, set()).add(i)
        self.table = {prefix: (len(prefix), tuple(sorted(ids))) for prefix, ids in table.items()}
        # no match without a hit: every pattern has literal starts, none a digit
        self.needs_hits = not any(self._scan_whole) and not any(self._digit_start)
        self._automaton = _automaton(self.table)

    def finditer_all(self, text: str) -> list[list[re.Match]]:
        hits = self._automaton.iter(text) if self._automaton is not None else ()
        return self.finditer_all_from(text, hits)

    def finditer_all_from(self, text: str, hits) -> list[list[re.Match]]:
        """`finditer_all(text)`, given the (end, (length, ids)) hits of `table` in `text`."""
        if not hits and self.needs_hits:
            return [[] for _ in self.patterns]
        starts: list[set[int]] = [set() for _ in self.patterns]
        for last, (length, ids) in hits:
            start = last - length + 1
            if start and _is_word(text[start - 1]):
                continue
            for i in ids:
                starts[i].add(start)
        if any(self._digit_start):
            digits = [m.start() for m in _DIGIT_START.finditer(text)]
            for i, flag in enumerate(self._digit_start):
                if flag:
                    starts[i].update(digits)
        out = []
        for pattern, whole, positions in zip(self.patterns, self._scan_whole, starts):
            if whole:
                out.append(list(pattern.finditer(text)))
                continue
            out.append(matches_at(pattern, text, positions) if positions else [])
        return out


def matches_at(pattern: re.Pattern, text: str, starts, **options) -> list[re.Match]:
    """What `pattern.finditer(text)` gives when its matches can only begin at `starts`: tried
    there left to right, skipping the starts inside the previous match. `options` (a
    `regex` timeout) go to `pattern.match`."""
    found, end = [], 0
    for start in sorted(starts):
        if start >= end:
            m = pattern.match(text, start, **options)
            if m is not None:
                found.append(m)
                end = m.end()
    return found


class Presence:
    """`possible(text)`: False when `pattern` cannot match anywhere in `text` because none of
    its literal prefixes occurs in it (one Aho-Corasick pass); True otherwise, and always when
    its prefixes are unknown."""

    def __init__(self, pattern: str):
        prefixes = literal_prefixes(pattern)
        usable = prefixes is not None and DIGIT not in prefixes
        self._automaton = _automaton({p: len(p) for p in prefixes}) if usable else None

    def possible(self, text: str) -> bool:
        return self._automaton is None or next(self._automaton.iter(text), None) is not None
