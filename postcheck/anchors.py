r"""Where a match can begin, walked back to from a literal string it must hold.

"ma\s+nuit", "(?:sa|son|ses)\s+(?:fille|mari|...)" begin with a short word ("ma", "sa": in
most posts), then spaces, then a word worth looking for ("nuit", the anchor): rather than
trying them at every word start, their start is walked back to from each anchor found.

`chains(pattern)` reads a pattern (`re`'s parse tree, `\d` as [0-9]: reparse.py) as pieces -
a finite set of strings ("ne", "nee", "nes", "nees" for "nee?s?") or a run of one class of
characters (`\s+`, `\d*`) - then a part whose every match begins with an anchor ("matin");
a branch gives one chain per way through it (or one set of strings). Every match begins where
a chain's pieces match up to one of its anchors: trying the pattern where backwalk.py walks
back to finds all its matches (lookarounds and laziness are ignored: more places to try).
"""
from __future__ import annotations

import re

from .factors import _element as _exact_of, _quality, _sequence as _exact_sequence, worth_a_look
from .prefixgate import _sequence as _prefixes
from .reparse import _ASCII_DIGIT_OP, ASCII_DIGITS, _C, _REPEATS, class_chars, parse

_MAX_CHAINS = _MAX_STRINGS = 64   # readings of a pattern, strings of a piece
_GOOD = 4   # anchors of 4 letters or more: no need to read further for better ones
SPACE = "\\s"     # a run of `\s` (str.isspace, as `re` reads it)
_ZERO_WIDTH = (_C.AT, _C.ASSERT, _C.ASSERT_NOT)
_ATOMIC = getattr(_C, "ATOMIC_GROUP", None)


class _NoChain(Exception):
    """The pattern is not pieces followed by an anchored part."""


def chains(pattern: str, shortest: float = 2.5) -> list[tuple[tuple, frozenset]] | None:
    """[(pieces from the anchor backwards, anchors)]; anchors weigh at least `shortest`
    letters (factors.worth_a_look). None when the pattern has no such reading."""
    try:
        parsed = parse(pattern, ascii_digits=True)
        if parsed.state.flags & re.IGNORECASE:
            return None
        found = _Reader(shortest).read(list(parsed))
    except (re.error, _NoChain):
        return None
    return [(tuple(reversed(pieces)), anchors) for pieces, anchors in found]


class _Reader:
    """Reads a sequence of parse items as [(pieces, anchors)], each sequence once (the same
    rest of a pattern is reached through many branches)."""

    def __init__(self, shortest: float):
        self.shortest, self._known = shortest, {}

    def read(self, items: list) -> list:
        key = tuple(map(id, items))
        if key not in self._known:
            try:
                self._known[key] = self._here_or_further(self._anchored(items),
                                                         lambda: self._step(items))
            except _NoChain:
                self._known[key] = None
        if self._known[key] is None:
            raise _NoChain
        return self._known[key]

    def _anchored(self, items: list) -> list | None:
        """[((), anchors)] when what `items` match begins with anchors worth a look."""
        found, _ = _prefixes(items, {""})
        if found and "" not in found and worth_a_look(found, self.shortest):
            return [((), frozenset(found))]
        return None

    @staticmethod
    def _here_or_further(here: list | None, further) -> list:
        """`here`, unless reading further (`further()`) gives better anchors
        ("les\\s+changes?": "change" rules out more posts than "les")."""
        if here is not None and _weakest(here) >= _GOOD:
            return here
        try:
            deeper = further()
        except _NoChain:
            if here is None:
                raise
            return here
        return deeper if here is None or _weakest(deeper) > _weakest(here) else here

    def _step(self, items: list) -> list:
        """The readings of `items` whose first item is a piece (or splits into branches)."""
        if not items:
            raise _NoChain
        (op, av), rest = items[0], items[1:]
        if op in _ZERO_WIDTH:
            return self.read(rest)
        if op is _C.SUBPATTERN and not av[1] & re.IGNORECASE:
            return self.read(list(av[3]) + rest)
        if op is _ATOMIC:
            return self.read(list(av) + rest)
        if op is _C.BRANCH:
            return self._branch([list(b) for b in av[1]], rest)
        if op is _C.LITERAL:  # a word is read whole ("faire", not "f" then "aire")
            n = next((n for n, item in enumerate(items) if item[0] is not _C.LITERAL), len(items))
            word = "".join(chr(code) for _, code in items[:n])
            return _after(frozenset([word]), self.read(items[n:]))
        if op in _REPEATS and av[0] == 0 and av[1] == 1 and _exact_of(op, av).exact is None:
            return self._branch([[], list(av[2])], rest)  # "(?:ancienne\s+)?"
        run = _run(op, av)
        if run is not None:
            low, high, inner = int(av[0]), int(av[1]), list(av[2])  # plain ints: picklable
            if low >= 1:  # "\d+h" is "\d*" then "[0-9]h", which may be the anchor
                try:
                    return _after((run, low - 1, high - 1), self.read(inner + rest))
                except _NoChain:
                    pass
            return _after((run, low, high), self.read(rest))
        exact = _exact_of(op, av).exact
        if exact is None:
            raise _NoChain
        return _after(frozenset(exact), self.read(rest))

    def _branch(self, branches: list, rest: list) -> list:
        """Readings through one of `branches` then `rest`: the branches of finite strings as
        one piece ("(?:sa|son|ses)"), the others each on its own; or every branch on its own
        ("(?:hier|ce\\s+matin)": "hier" is an anchor), whichever has the better anchors."""
        finite = [_finite(b) for b in branches]
        if sum(e is None for e in finite) > _MAX_CHAINS:
            raise _NoChain  # one reading at least per branch not read as strings: too many
        grouped = None
        if any(e is not None for e in finite):
            strings = frozenset().union(*(e for e in finite if e is not None))
            try:
                grouped = self._strings_then(strings, rest) + self._each(
                    [b for b, e in zip(branches, finite) if e is None], rest)
            except _NoChain:
                pass
        if grouped is not None and (_weakest(grouped) >= _GOOD or len(branches) > _MAX_CHAINS):
            return _capped(grouped)
        try:
            apart = self._each(branches, rest)
        except _NoChain:
            if grouped is None:
                raise
            return _capped(grouped)
        return _capped(grouped if grouped is not None and _weakest(grouped) >= _weakest(apart)
                       else apart)

    def _strings_then(self, strings: frozenset, rest: list) -> list:
        """Readings of one of `strings` then `rest`."""
        as_branch = (_C.BRANCH, (None, [[(_C.LITERAL, ord(c)) for c in s]
                                        for s in sorted(strings)]))
        return self._here_or_further(self._anchored([as_branch] + rest),
                                     lambda: _after(strings, self.read(rest)))

    def _each(self, branches: list, rest: list) -> list:
        return _capped([c for branch in branches for c in self.read(branch + rest)])


def _after(piece, readings: list) -> list:
    """`piece` then each of `readings` (a set of strings joined to a first one, if few)."""
    out = []
    for pieces, anchors in readings:
        if isinstance(piece, frozenset) and pieces and isinstance(pieces[0], frozenset):
            joined = frozenset(a + b for a in piece for b in pieces[0])
            if len(joined) <= _MAX_STRINGS:
                out.append(((joined,) + pieces[1:], anchors))
                continue
        out.append(((piece,) + pieces, anchors))
    return out


def _capped(readings: list) -> list:
    if len(readings) > _MAX_CHAINS:
        raise _NoChain  # too many ways through the pattern
    return readings


def _weakest(readings: list) -> float:
    return min(_quality(anchors)[0] for _, anchors in readings)


def _finite(items: list):
    """The few strings `items` match, or None."""
    exact = _exact_sequence(items).exact
    return exact if exact is not None and len(exact) <= _MAX_STRINGS else None


def _run(op, av):
    """The characters of the class (`SPACE`: `\\s`) op repeats (a letter: more than once)."""
    if op not in _REPEATS or av[1] < 1 or len(av[2]) != 1:
        return None
    inner_op, inner_av = av[2][0]
    if inner_op is _ASCII_DIGIT_OP:
        return frozenset(ASCII_DIGITS)
    if inner_op is _C.IN:
        if inner_av == [(_C.CATEGORY, _C.CATEGORY_SPACE)]:
            return SPACE
        chars = class_chars(inner_av, 64)
        return frozenset(chars) if chars else None
    if inner_op is _C.LITERAL and av[1] > 1:
        return frozenset(chr(inner_av))
    return None
