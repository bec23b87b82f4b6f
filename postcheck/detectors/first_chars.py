"""A lexicon pattern cut by the first character of its alternatives, for matches tried at
known positions (the care-context gate gives a few a post).

A care lexicon is one alternation of a few hundred alternatives, which `re` tries one after
the other at a position: most cannot begin with the character found there. `FirstChars(names)`
keeps, for each character, the alternatives that can begin with it (their literal prefixes,
prefixgate.py), plus those of unknown start, in the order compile_words gives them; a match
tried at a position runs only those. The first alternative of the whole pattern that matches
there is the first of those that does: same match. Patterns are compiled on first need.
"""
from __future__ import annotations

import re

from .. import _recache
from ..lexicon import fold, load
from ..prefixgate import DIGIT, literal_prefixes
from .cue_gate import top_alternatives

_LAYOUT = "first chars v1"   # change when _read's output changes
_FLAGS = re.compile(r"\(\?[aiLmsux-]")   # inline flags: the start is not read, kept everywhere


class FirstChars:
    def __init__(self, *names: str):
        # reading a few hundred alternatives is a noticeable part of a cold start: the result
        # is kept in the on-disk pattern cache, keyed by the lexicons' entries
        entries = [entry for name in names for entry in load(name)]
        self._alternatives, self._firsts = _recache.cached(
            "firstchars", [_LAYOUT, *names, "\x01", *entries], lambda: _read(names))
        self._patterns: dict[str, re.Pattern] = {}

    def pattern(self, char: str) -> re.Pattern:
        """The pattern of the alternatives that can begin with `char`."""
        found = self._patterns.get(char)
        if found is None:
            body = "|".join(a for a, firsts in zip(self._alternatives, self._firsts)
                            if firsts is None or char in firsts) or r"(?!x)x"
            found = self._patterns[char] = re.compile(rf"(?<!\w)(?:{body})(?!\w)")
        return found

    def matches_at(self, text: str, starts) -> list[re.Match]:
        """prefixgate.matches_at for the whole lexicon pattern: tried at `starts` left to right,
        skipping the starts inside the previous match."""
        found, end, patterns = [], 0, self._patterns
        for start in sorted(starts):
            if start >= end:
                char = text[start:start + 1]
                pattern = patterns.get(char) or self.pattern(char)
                m = pattern.match(text, start)
                if m is not None:
                    found.append(m)
                    end = m.end()
        return found


def _read(names) -> tuple[list[str], list]:
    """(alternatives in compile_words' order: literal words longest first, then each `re:`
    entry's own; the first characters of each, None when unknown)."""
    literals, patterns = [], []
    for name in names:
        for entry in load(name):
            if entry.startswith("re:"):
                patterns.extend(top_alternatives(entry[3:].strip()))
            else:
                literals.append(fold(entry))
    words = sorted(set(literals), key=len, reverse=True)
    alternatives = [re.escape(w) for w in words] + [f"(?:{p})" for p in patterns]
    return alternatives, [_first_chars(body) for body in alternatives]


def _first_chars(body: str) -> frozenset[str] | None:
    """The characters a match of `body` can begin with, or None when unknown."""
    if _FLAGS.search(body):
        return None
    prefixes = literal_prefixes(body)
    if prefixes is None or DIGIT in prefixes:
        return None
    return frozenset(p[0] for p in prefixes)
