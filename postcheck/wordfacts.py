"""Facts about single words that several detectors need, kept in one remembered int a word.

Right after spaCy's pass the caches are cold, and what a per-post step costs is mostly the
memory it touches: three tables of word facts looked up for the same twenty words cost three
times one. So the language detectors that can rule work out from a post's words alone (is the
word plainly written, does it hold a word a pattern requires, can it be part of a lexicon
phrase) each register a fact here: a function of the word, given a few bits of one int. A
post's words (View.words) are looked up once, and the OR of their ints is kept on its view.
A word's int is computed on its first occurrence and remembered (a bounded table of words,
never of posts). Registering a fact adds bits: `generation` tells which facts a view's
facts were computed with, and a fact registered later is not read from them.
"""
from __future__ import annotations

import threading
from typing import Callable, Hashable, Iterable

_MAX_WORDS = 30_000


class WordFacts:
    def __init__(self):
        self._lock = threading.Lock()
        self._slots: dict[Hashable, tuple[int, int, int, int]] = {}
        self._facts: tuple[tuple[int, Callable[[str], int]], ...] = ()
        self._words: dict[str, int] = {}
        self.generation = 0

    def register(self, key: Hashable, width: int,
                 fact: Callable[[str], int]) -> tuple[int, int, int, int]:
        """The slot given to `fact` (word -> int below 2**width): (offset, width, mask of its
        bits, generation from which facts hold them); the same for the same key."""
        with self._lock:
            if key not in self._slots:
                offset = sum(slot[1] for slot in self._slots.values())
                self.generation += 1
                self._slots[key] = (offset, width, ((1 << width) - 1) << offset,
                                    self.generation)
                self._facts += ((offset, fact),)
                self._words = {}
            return self._slots[key]

    def of(self, words: Iterable[str]) -> tuple[int, int]:
        """(generation, OR of the words' ints)."""
        known, generation, found = self._words, self.generation, 0
        for word in words:
            bits = known.get(word)
            if bits is None:
                bits = self._compute(word)
            if bits:
                found |= bits
        return generation, found

    def word(self, word: str) -> int:
        """One word's int."""
        bits = self._words.get(word)
        return self._compute(word) if bits is None else bits

    def _compute(self, word: str) -> int:
        bits = 0
        for offset, fact in self._facts:
            bits |= fact(word) << offset
        if len(self._words) >= _MAX_WORDS:
            self._words = {}
        self._words[word] = bits
        return bits


def read(facts: tuple[int, int] | None, slot: tuple[int, int, int, int]) -> int | None:
    """The bits of `slot` in a view's facts, None when they are not known for it (facts
    computed before the slot was registered; slots only ever get added, after the others)."""
    if facts is None or facts[0] < slot[3]:
        return None
    bits = facts[1] & slot[2]   # masked first: no copy of the whole int
    return bits >> slot[0] if bits and slot[0] else bits


FACTS = WordFacts()
