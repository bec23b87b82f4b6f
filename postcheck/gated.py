"""Patterns searched once per hostile word (postcheck/detectors/_speech_cues.py), behind the
cheapest tests that tell they cannot match: a search for the literal words every match holds,
and, for a post's view, its word facts (postcheck/wordfacts.py).
"""
from __future__ import annotations

import re

from .dispatchgate import gate_of
from .factors import DIGIT, required_factors
from .patterns import fast
from .regexparts import _top_level, split_top
from .wordfacts import FACTS, read as read_facts


class Gated:
    """A compiled pattern whose `search` first looks for the literal words every match holds
    (postcheck/factors.py) with one alternation of plain strings, which `re` scans at the
    speed of a character class: most texts hold none, and the pattern itself (a long
    alternation behind a `\\b`, tried at every position) is then not run. Same results.
    After `use_word_facts`, `search(..., facts=View.facts)` of a view or of a part of it does
    not even scan when no word of the view holds one of those words (postcheck/wordfacts.py)."""

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern
        factors = required_factors(pattern.pattern)
        self._words = None if not factors else re.compile("|".join(
            r"\d" if f == DIGIT else re.escape(f) for f in sorted(factors)))
        # Each required word cut to its longest run of word characters, which lies inside a
        # run of the text: a word of the view holds one, or the pattern cannot match.
        runs = [DIGIT if f == DIGIT else max(re.findall(r"\w+", f), key=len, default="")
                for f in factors or ()]
        self._runs = tuple(runs) if runs and all(runs) else None
        self._slot = self._gate = None

    def use_word_facts(self) -> None:
        """Register with postcheck/wordfacts.py what `search(..., facts=...)` reads: for a
        `\\b(?:a|b|...)` pattern, which alternatives may match given the words (the gate of
        postcheck/dispatchgate.py: each alternative's required words and where it begins);
        else whether a word holds a required word."""
        if self._slot is not None or self._gate is not None:
            return
        alternatives = _alternatives(self.pattern.pattern)
        if alternatives:
            self._gate = gate_of(alternatives)
            self._gate.use_word_facts()
        elif self._runs is not None:
            runs = re.compile("|".join(r"\d" if r == DIGIT else re.escape(r) for r in self._runs))
            self._slot = FACTS.register(("gated", self.pattern.pattern), 1,
                                        lambda word: int(runs.search(word) is not None))

    def search(self, text: str, *span, facts=None):
        if facts is not None:
            if self._gate is not None:
                if self._gate.live_facts(facts) == 0:
                    return None
            elif self._slot is not None:
                if read_facts(facts, self._slot) == 0:
                    return None
        if self._words is not None and self._words.search(text, *span) is None:
            return None
        return self.pattern.search(text, *span)


def _alternatives(pattern: str) -> list[str] | None:
    """The alternatives of a `\\b(?:a|b|...)` pattern (one group after the `\\b`), else None."""
    if not pattern.startswith(r"\b(?:") or list(_top_level(pattern)) != [(0, "\\")]:
        return None
    return split_top(pattern[5:-1])


def gated(pattern: str) -> Gated:
    """`fast(pattern)` behind a search for its required words (see Gated)."""
    return Gated(fast(pattern))
