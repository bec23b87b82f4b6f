"""Lexicons are data: text files in postcheck/lexicons/, one entry per line, `#` for comments.

Matching is done on a *folded* view of the text (lower case, accents stripped) that has exactly
the same length as the normalised text, so offsets carry over unchanged. Word edges are Unicode
aware and treat the apostrophe as an edge, so "l'abruti" matches "abruti" but "con" never
matches inside "contexte".
"""
from __future__ import annotations

import re
import sys
import unicodedata
from functools import lru_cache
from importlib import resources

import regex

# Letters/digits on either side mean we are inside a longer word.
WORD_START = r"(?<![\p{L}\p{N}_])"
WORD_END = r"(?![\p{L}\p{N}_])"
TIMEOUT = 1.0  # seconds; a pathological input must not hang a check


def _strip_table() -> dict[int, str]:
    table = {}
    for code in range(0xC0, 0x250):
        ch = chr(code)
        base = unicodedata.normalize("NFD", ch)[0]
        if base != ch and base.isascii():
            table[code] = base.lower() if ch.islower() else base
    return table


_STRIP = _strip_table()
# str.translate looks every character up in the table; posts are mostly ASCII, so only the
# accented letters are replaced, by one C-level scan (3x cheaper on a tweet).
_STRIP_CHARS = {chr(code): base for code, base in _STRIP.items()}
_ACCENTED = re.compile("[" + "".join(sorted(_STRIP_CHARS)) + "]")


def _unaccent(m: re.Match) -> str:
    return _STRIP_CHARS[m.group()]


_FOLDED_WORDS: dict[str, str] = {}   # fold() of short strings (words): looked up per token


def fold(text: str) -> str:
    """Lower-case and strip accents, one character for one character."""
    short = len(text) <= 24
    if short:
        hit = _FOLDED_WORDS.get(text)
        if hit is not None:
            return hit
    low = text.lower()
    if len(low) != len(text):  # a few characters (İ) grow when lower-cased: keep them
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    folded = low if low.isascii() else _ACCENTED.sub(_unaccent, low)
    if short:
        if len(_FOLDED_WORDS) >= 50_000:
            _FOLDED_WORDS.clear()
        _FOLDED_WORDS[text] = folded
    return folded


@lru_cache(maxsize=None)
def load(name: str) -> tuple[str, ...]:
    """Entries of lexicons/<name>.txt (comments and blank lines dropped, order kept)."""
    raw = resources.files("postcheck").joinpath("lexicons", f"{name}.txt").read_text("utf-8")
    entries = []
    for line in raw.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            entries.append(line)
    return tuple(entries)


@lru_cache(maxsize=None)
def folded_set(name: str) -> frozenset[str]:
    return frozenset(fold(e) for e in load(name))


class FastPattern:
    """A lexicon compiled with the standard `re` module, which runs these alternations of word
    families several times faster than `regex`. Same calls as a regex pattern; `timeout` is
    accepted and ignored (lexicon entries have no nested repetition to blow up)."""

    __slots__ = ("_re", "pattern")

    def __init__(self, compiled: re.Pattern):
        self._re = compiled
        self.pattern = compiled.pattern

    def finditer(self, string, pos=0, endpos=sys.maxsize, timeout=None):
        return self._re.finditer(string, pos, endpos)

    def search(self, string, pos=0, endpos=sys.maxsize, timeout=None):
        return self._re.search(string, pos, endpos)

    def match(self, string, pos=0, endpos=sys.maxsize, timeout=None):
        return self._re.match(string, pos, endpos)


def _fast(literals: list[str], patterns: list[str], before: str, after: str):
    """The lexicon as a FastPattern, or None when an entry needs `regex` (\\p{..}, named
    lists...). `(?<!\\w)`/`(?!\\w)` are the same word edges as WORD_START/WORD_END."""
    alternatives = [re.escape(w) for w in literals] + [f"(?:{p})" for p in patterns]
    body = "|".join(alternatives) or r"(?!x)x"
    try:
        return FastPattern(re.compile(f"{before}(?<!\\w)(?:{body})(?!\\w){after}"))
    except re.error:
        return None


def compile_words(*names: str, before: str = "", after: str = ""):
    """One pattern matching any entry of the named lexicons as whole words (folded).

    Entries starting with `re:` are regular expressions (on folded text); the others are
    literal words or phrases fed through a regex named list, which stays fast with thousands
    of entries.
    """
    literals: list[str] = []
    patterns: list[str] = []
    for name in names:
        for entry in load(name):
            if entry.startswith("re:"):
                patterns.append(entry[3:].strip())
            else:
                literals.append(fold(entry))
    words = sorted(set(literals), key=len, reverse=True)
    fast = _fast(words, patterns, before, after)
    if fast is not None:
        return fast
    alternatives = []
    if literals:
        alternatives.append(r"\L<words>")
    alternatives.extend(f"(?:{p})" for p in patterns)
    body = "|".join(alternatives) or r"(?!x)x"
    return regex.compile(f"{before}{WORD_START}(?:{body}){WORD_END}{after}",
                         words=words, ignore_unused=True)
