"""`re`'s own parser, read by the gates that look for what a pattern needs (factors.py,
prefixgate.py, anchors.py), and one reading of it: `\\d` as the ten ASCII digits.

A gate that knows `g\\dp\\d` needs "g2p1" (not just any digit) rules out far more posts; it
holds on every post without another decimal digit (Arabic, Devanagari...: OTHER_DIGIT), the
rest being scanned as before.
"""
from __future__ import annotations

import re

try:  # Python 3.11+
    from re import _constants as _C, _parser as _P
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _C  # type: ignore
    import sre_parse as _P  # type: ignore

_REPEATS = tuple(op for op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT",
                                                                       None)) if op is not None)
ASCII_DIGITS = "0123456789"
_ASCII_DIGIT_OP = object()   # `\d` read as [0-9]: what it matches in a text without other digits
# a decimal digit outside 0-9 (Arabic, Devanagari...), as one character class: `re` tests a
# position in one step where "(?![0-9])\d" takes two (3x faster on a post)
OTHER_DIGIT = re.compile(r"[^\D0-9]")


def has_other_digits(text: str) -> bool:
    """Whether `text` holds a decimal digit outside 0-9 (Arabic, Devanagari...): where gates
    reading `\\d` as [0-9] must scan instead."""
    return not text.isascii() and OTHER_DIGIT.search(text) is not None


def parse(pattern: str, ascii_digits: bool = False):
    """`re`'s parse tree of `pattern` (re.error if invalid); with `ascii_digits`, each `\\d`
    stands for the ten ASCII digits only, which gates may then look for as plain characters
    on texts where OTHER_DIGIT finds nothing."""
    parsed = _P.parse(pattern)
    if ascii_digits:
        _read_digits_as_ascii(parsed)
    return parsed


def _read_digits_as_ascii(items) -> None:
    for n, (op, av) in enumerate(items):
        if op is _C.IN and av == [(_C.CATEGORY, _C.CATEGORY_DIGIT)]:
            items[n] = (_ASCII_DIGIT_OP, None)
        elif op is _C.SUBPATTERN:
            _read_digits_as_ascii(av[3])
        elif op is _C.BRANCH:
            for branch in av[1]:
                _read_digits_as_ascii(branch)
        elif op in _REPEATS or op in (_C.ASSERT, _C.ASSERT_NOT):
            _read_digits_as_ascii(av[-1])
        elif op is getattr(_C, "ATOMIC_GROUP", None):
            _read_digits_as_ascii(av)


def class_chars(items, widest: int) -> set[str] | None:
    """The characters of a parsed character class (`re` parser items): its literals and its
    ranges narrower than `widest`; None for a category (\\w, \\d), a negation, a wider range."""
    chars = set()
    for kind, value in items:
        if kind is _C.LITERAL:
            chars.add(chr(value))
        elif kind is _C.RANGE and value[1] - value[0] < widest:
            chars.update(map(chr, range(value[0], value[1] + 1)))
        else:
            return None
    return chars
