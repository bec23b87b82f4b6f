r"""Literal strings a regular expression cannot match without (its required factors), and
gates that use them to skip patterns that cannot match a post.

`required_factors(r"(?:je|on)\s*(?:vol|pique)(?:e|ons)\s+(?:les|des)\s+gants")` is {"gants"}:
a pattern can only match a text holding one of its factors, which one Aho-Corasick pass tells
for all the patterns of a detector (the idea of RE2's and Hyperscan's prefilters). Read from
`re`'s parse tree: per piece, the strings it matches when few (`exact`), those every match
starts and ends with (`prefix`, `suffix`; {""} says nothing) and its best factor set; pieces
join left to right, a suffix then a prefix being a factor too ("t" + "uer"). The valid set
whose shortest string is the longest wins; None when nothing useful can be said.
"""
from __future__ import annotations

import re
from typing import NamedTuple, Optional, Sequence

import ahocorasick

from .reparse import _ASCII_DIGIT_OP, ASCII_DIGITS, _C, _REPEATS, class_chars, parse

_MAX_STRINGS = 256     # a set grown beyond this is not grown further
_MAX_CLASS = 8         # "[st]" is expanded, "[a-z]" is not
# "A `\d` digit" ("g\d+p\d+" needs one), checked by one search; ranks as 2.5 letters.
DIGIT = "\x00digit"
_ANY_DIGIT = re.compile(r"\d")
_NOTHING = frozenset([""])
_DIGITS = frozenset(ASCII_DIGITS)

Strings = Optional[frozenset]


class _Info(NamedTuple):
    exact: Strings       # every string the piece can match, or None when unknown or too many
    prefix: frozenset    # every match starts with one of these
    suffix: frozenset    # every match ends with one of these
    factors: Strings     # every match contains one of these


_UNKNOWN = _Info(None, _NOTHING, _NOTHING, None)
_EMPTY = _Info(_NOTHING, _NOTHING, _NOTHING, None)


def required_factors(pattern: str, ascii_digits: bool = False) -> Strings:
    """Strings one of which occurs in every match of `pattern`, or None. With `ascii_digits`,
    `\\d` is read as [0-9] (prefixgate.parse)."""
    try:
        parsed = parse(pattern, ascii_digits)
    except re.error:
        return None
    found = None if parsed.state.flags & re.IGNORECASE else _best_of(_sequence(list(parsed)))
    return found if found and "" not in found else None


# Words in almost every French post, and endings inside countless words ("vraiment"): a set
# holding one rules out few posts, so any set of real 3-letter words is preferred to it.
_COMMON = frozenset("""que qu' qui quoi pour pas plus elle elles ils est 'est c'est les des une
    ment ent ant ait ais tous tout toute dans avec sur par mais nous vous leur son ses mon mes ton
    tes aux ont ete etait avait comme bien meme encore aussi fait faire etre avoir cette ces""".split())


def _weight(s: str) -> float:
    """How much a factor rules out, as a number of letters; a digit counts double ("24")."""
    if s == DIGIT:
        return 2.5
    return 2.9 if s in _COMMON else len(s) + any(c.isdigit() for c in s)


def _quality(strings: Strings) -> tuple[float, int]:
    if not strings:
        return (-1, 0)
    return (min(map(_weight, strings)), -len(strings))


def worth_a_look(factors: Strings, shortest: float) -> bool:
    """Whether looking for `factors` rules posts out: none weighs less than `shortest` letters
    (a 2-letter word is in every post; a digit weighs 2.5)."""
    return bool(factors) and _quality(factors)[0] >= shortest


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
    if op is _ASCII_DIGIT_OP:
        return _Info(_DIGITS, _DIGITS, _DIGITS, None)
    if op is _C.IN:
        if av == [(_C.CATEGORY, _C.CATEGORY_DIGIT)]:
            return _Info(None, _NOTHING, _NOTHING, frozenset([DIGIT]))
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


def _automaton(table: dict):
    """An Aho-Corasick automaton of table's keys (reporting their values), None if empty."""
    if not table:
        return None
    automaton = ahocorasick.Automaton()
    for key, value in table.items():
        automaton.add_word(key, value)
    automaton.make_automaton()
    return automaton


class FactorGate:
    """`possible(text)`: the indices of the patterns that may match `text`, from one pass over
    all their required factors. A pattern without factors, or with one shorter than `shortest`
    (a letter is in every post, at a step per occurrence), is always possible. `table` maps
    each factor to the patterns needing it, for a pass shared with other gates
    (postcheck/literalscan.py; `possible_from` reads its hits)."""

    def __init__(self, patterns: Sequence[Strings], shortest: int = 2):
        always, table = set(), {}
        for i, factors in enumerate(patterns):
            if not worth_a_look(factors, shortest):
                always.add(i)
                continue
            for factor in factors:
                table.setdefault(factor, set()).add(i)
        self.always = frozenset(always)
        self.on_digit = frozenset(table.pop(DIGIT, ()))
        self.table = {f: tuple(sorted(ids)) for f, ids in table.items()}
        self._automaton = _automaton(self.table)

    def possible(self, text: str) -> set[int]:
        return self.possible_from(text, self._automaton.iter(text) if self._automaton else ())

    def possible_from(self, text: str, hits) -> set[int]:
        """`possible(text)`, given the (end, ids) hits of `table` in `text`."""
        found = set(self.always)
        if self.on_digit and _ANY_DIGIT.search(text):
            found |= self.on_digit
        for _, ids in hits:
            found.update(ids)
        return found
