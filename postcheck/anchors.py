r"""Where a match can begin, walked back to from a literal string it must hold.

"ma\s+nuit", "(?:sa|son|ses)\s+(?:fille|mari|...)": many lexicon alternatives begin with a
short word ("ma", "sa": in most posts), then spaces, then a word worth looking for ("nuit").
Rather than finding every word start of a post to try them there, the start is walked back
to from each place the longer word (the anchor) occurs: over the spaces, then over "ma".

`chains(pattern)` reads a pattern (`re`'s parse tree, `\d` as [0-9]: prefixgate.parse) as
pieces - a finite set of strings ("ne", "nee", "nes", "nees" for "nee?s?"), or a run of one
class of characters (`\s+`, `\d*`) - followed by a part whose every match begins with one of
a few anchors ("matin"); a branch gives one chain per way through it. Every match of the
pattern begins where a chain's pieces can match, ending where one of its anchors begins:
walking back over them from each occurrence of an anchor (backwalk.py) and trying the pattern
there alone finds all its matches. Lookarounds and laziness are ignored, which can only add
positions to try.
"""
from __future__ import annotations

import re

from .factors import _element as _exact_of, _quality, worth_a_look
from .prefixgate import (_ASCII_DIGIT_OP, ASCII_DIGITS, _C, _REPEATS, _sequence as _prefixes,
                         class_chars, parse)

_MAX_CHAINS = 64
_MAX_STRINGS = 64
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
        found = _walk(list(parsed), (), shortest)
    except (re.error, _NoChain):
        return None
    return [(tuple(reversed(pieces)), anchors) for pieces, anchors in found]


def _walk(items: list, pieces: tuple, shortest: float) -> list:
    found, _ = _prefixes(items, {""})
    if found and "" not in found and worth_a_look(found, shortest):
        here = [(pieces, frozenset(found))]
        try:  # "les\s+changes?": "change" rules out more posts than "les"
            deeper = _step(items, pieces, shortest)
        except _NoChain:
            return here
        return deeper if _weakest(deeper) > _weakest(here) else here
    return _step(items, pieces, shortest)


def _weakest(found: list) -> float:
    return min(_quality(anchors)[0] for _, anchors in found)


def _step(items: list, pieces: tuple, shortest: float) -> list:
    """_walk after reading the first of `items` as a piece."""
    if not items:
        raise _NoChain
    (op, av), rest = items[0], items[1:]
    if op in _ZERO_WIDTH:
        return _walk(rest, pieces, shortest)
    if op is _C.SUBPATTERN and not av[1] & re.IGNORECASE:
        return _walk(list(av[3]) + rest, pieces, shortest)
    if op is _ATOMIC:
        return _walk(list(av) + rest, pieces, shortest)
    if op is _C.BRANCH:
        out = [c for branch in av[1] for c in _walk(list(branch) + rest, pieces, shortest)]
        if len(out) > _MAX_CHAINS:
            raise _NoChain
        return out
    run = _run(op, av)
    if run is not None:
        low, high, inner = av[0], av[1], list(av[2])
        if low >= 1:  # "\d+h" is "\d*" then "[0-9]h", which may be the anchor
            try:
                return _walk(inner + rest, pieces + ((run, low - 1, high - 1),), shortest)
            except _NoChain:
                pass
        return _walk(rest, pieces + ((run, low, high),), shortest)
    exact = _exact_of(op, av).exact
    if exact is None:
        raise _NoChain
    if pieces and isinstance(pieces[-1], frozenset):
        joined = frozenset(a + b for a in pieces[-1] for b in exact)
        if len(joined) <= _MAX_STRINGS:
            return _walk(rest, pieces[:-1] + (joined,), shortest)
    return _walk(rest, pieces + (frozenset(exact),), shortest)


def _run(op, av):
    """The characters a repeated class matches (`SPACE` for `\\s`), if op repeats one
    class (or one character more than once); else None."""
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
