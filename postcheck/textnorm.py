"""Normalise a draft for matching while keeping a map back to the submitted text.

Detectors match on the normalised text (NFC, straight apostrophes, no zero-width characters,
Latin letters instead of Cyrillic/Greek look-alikes inside Latin words, plain spaces and
hyphens) and report offsets in the original, so that a span always points at what the person
typed. Folding that would destroy information (leetspeak: "s4l0pe" vs a phone number) is left
to the detectors that need it.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Sequence

import regex

_DROP = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}
_SPACES = {"\u00a0", "\u202f", "\u2007", "\u2009", "\u200a", "\u3000", "\t"}
_APOSTROPHES = {"\u2019", "\u2018", "\u02bc", "\u2032", "\u00b4", "`", "\uff07"}
_DQUOTES = {"\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb", "\u2033"}
_HYPHENS = {"\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212", "\ufe63", "\uff0d"}
# Look-alikes that appear inside Latin words to dodge filters (Cyrillic, Greek).
_HOMOGLYPHS = str.maketrans({
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i",
    "ј": "j", "ѕ": "s", "к": "k", "м": "m", "т": "t", "н": "h", "в": "b",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
    "С": "C", "Т": "T", "Х": "X", "У": "Y", "І": "I",
    "ο": "o", "α": "a", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ρ": "p", "τ": "t",
    "Α": "A", "Β": "B", "Ε": "E", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O",
    "Ρ": "P", "Τ": "T", "Χ": "X", "Υ": "Y",
})


# One-for-one replacements go through str.translate; only drops and compositions, which change
# the length, need the character loop.
_ONE_TO_ONE = str.maketrans({**{c: " " for c in _SPACES}, **{c: "'" for c in _APOSTROPHES},
                             **{c: '"' for c in _DQUOTES}, **{c: "-" for c in _HYPHENS}})
_LENGTH_CHANGING = regex.compile("[" + "".join(_DROP) + r"\p{Mn}]")
_NON_LATIN_LETTER = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")
# str.translate looks every character up; most posts hold none of these: one scan says so
_REPLACED = re.compile("[" + re.escape("".join(chr(c) for c in _ONE_TO_ONE)) + "]")
# `regex` takes ~3 µs to scan a tweet for \p{Mn}; `re` scans for "anything outside blocks that
# hold no combining mark, no dropped and no Cyrillic/Greek character" (Latin, punctuation,
# currency, symbols, emoji) in an eighth of that. Only posts where it finds something (a
# variation selector after an emoji, a zero-width joiner...) pay for the exact scans.
# test_textnorm checks every character of these blocks against the exact patterns.
SAFE_BLOCKS = "\x00-\xac\xae-\u02ff\u2010-\u205f\u20a0-\u20cf\u2100-\u2bff\U0001f000-\U0001faff"
_UNSAFE = re.compile(f"[^{SAFE_BLOCKS}]")


@dataclass(frozen=True, init=False)
class NormalizedText:
    """`text` is the normalised string; `starts[i]`/`ends[i]` give the original offsets of
    normalised character i."""

    original: str
    text: str
    starts: Sequence[int]   # a range when nothing moved (most posts): nothing to build
    ends: Sequence[int]

    def __init__(self, original: str, text: str, starts: Sequence[int], ends: Sequence[int]):
        # one per post: filled in one call rather than field by field (model.py says why)
        self.__dict__.update(original=original, text=text, starts=starts, ends=ends)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised [start, end) back to the submitted text."""
        if start >= end:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return pos, pos
        return self.starts[start], self.ends[end - 1]


def _is_latin_letter(ch: str) -> bool:
    return ch.isalpha() and ord(ch) < 0x250


def normalize(original: str) -> NormalizedText:
    unsafe = _UNSAFE.search(original) is not None
    if unsafe and _LENGTH_CHANGING.search(original):
        norm = _normalize_slow(original)
    else:
        n = len(original)
        text = original.translate(_ONE_TO_ONE) if _REPLACED.search(original) else original
        norm = NormalizedText(original, text, range(n), range(1, n + 1))
    if unsafe and _NON_LATIN_LETTER.search(norm.text):
        chars = list(norm.text)
        _fold_homoglyphs(chars)
        norm = NormalizedText(original, "".join(chars), norm.starts, norm.ends)
    return norm


def _normalize_slow(original: str) -> NormalizedText:
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for i, ch in enumerate(original):
        if ch in _DROP:
            continue
        if unicodedata.combining(ch) and chars:
            composed = unicodedata.normalize("NFC", chars[-1] + ch)
            if len(composed) == 1:
                chars[-1] = composed
                ends[-1] = i + 1
                continue
        if ch in _SPACES:
            ch = " "
        elif ch in _APOSTROPHES:
            ch = "'"
        elif ch in _DQUOTES:
            ch = '"'
        elif ch in _HYPHENS:
            ch = "-"
        chars.append(ch)
        starts.append(i)
        ends.append(i + 1)
    return NormalizedText(original, "".join(chars), tuple(starts), tuple(ends))


def _fold_homoglyphs(chars: list[str]) -> None:
    """Replace Cyrillic/Greek look-alikes only in words that also contain Latin letters, so
    that genuine Cyrillic or Greek text is left alone."""
    n = len(chars)
    i = 0
    while i < n:
        if not chars[i].isalpha():
            i += 1
            continue
        j = i
        while j < n and (chars[j].isalpha() or chars[j] in "'-"):
            j += 1
        word = chars[i:j]
        if any(_is_latin_letter(c) for c in word) and any(not _is_latin_letter(c) and c.isalpha() for c in word):
            for k in range(i, j):
                chars[k] = chars[k].translate(_HOMOGLYPHS)
        i = j
