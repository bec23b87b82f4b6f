"""Whole-word phrase matching for big lexicons, with pyahocorasick.

benchmarks/lexicon_scaling.py (4,234 folded posts, dev drafts and MLMA-fr tweets; lexicons of
real forms padded with French words): 1.9 µs per post with 100 entries, 2.6 µs with 1,000,
4.9 µs with 10,000, 9.4 µs with 50,000 (substrings found inside longer words, dropped below,
grow with the lexicon), built in 0.1 s at 50,000. A `regex` named list costs 14 µs, 110 µs,
2.8 ms, 29 ms; a `re` alternation 7 µs, 78 µs, 0.8 ms, 14 ms. spaCy's PhraseMatcher is as
fast but needs a Doc of the folded view (+20 µs a post) and misses words glued to punctuation
("abruti!!il"); a trie-shaped `re` alternation is as fast but compiles in 2.4 s at 50,000.
Word edges are checked here (Unicode letters and digits), so "con" never matches inside
"contexte" and "l'abruti" still matches "abruti".
"""
from __future__ import annotations

import itertools
import re
from typing import Any, Iterator, Mapping

import ahocorasick

from .wordfacts import FACTS

_IDS = itertools.count()

_WORD_RUN = re.compile(r"\w+")   # `\w`: alphanumeric or "_", the word edges of finditer
# Words in most posts: a phrase is looked for by another of its words when it has one.
_COMMON = frozenset("""a au aux avec c ce ces d de des du elle en et il ils j je l la le les
    leur lui m ma me mes moi mon n ne nous on ou par pas plus pour qu que qui s sa se ses son
    sur t ta te tes toi ton tu un une vous y avoir etre fait faire tout tous toute""".split())

class PhraseMatcher:
    """Finds the longest whole-word occurrences of the given phrases, left to right."""

    def __init__(self, phrases: Mapping[str, Any], word_facts: bool = False,
                 frequent: frozenset[str] = frozenset()):
        """`word_facts`: register with postcheck/wordfacts.py which words are rarest runs
        (below), for `may_match`; `frequent`: words common in the texts checked, not to file
        phrases under when they have another (only makes `may_match` cheaper)."""
        self.size = len(phrases)
        self._automaton = ahocorasick.Automaton()
        for phrase, value in phrases.items():
            self._automaton.add_word(phrase, (len(phrase), phrase, value))
        if self.size:
            self._automaton.make_automaton()
        # Each run of word characters of a phrase is a whole run of the text where the phrase
        # matches as whole words ("merde" in "de merde", "con" in "a la con"): phrases are
        # filed under their rarest run (a phrase of its own, else not a common word, else not
        # a frequent one, else the longest) with all their runs, which a text must hold for
        # them to match.
        self._by_run: dict[str, list[frozenset[str]]] | None = {}
        for phrase in phrases:
            runs = _WORD_RUN.findall(phrase)
            if not runs:
                self._by_run = None   # a phrase without word characters: no shortcut
                break
            rare = max(runs, key=lambda w: (w in phrases, w not in _COMMON, w not in frequent,
                                            len(w)))
            self._by_run.setdefault(rare, []).append(frozenset(runs))

        # Two bits a word: it is a rarest run; it is all the runs of a phrase ("con"), which
        # then may match wherever the word is.
        self._slot = self._sure = None
        if word_facts and self._by_run is not None:
            runs = frozenset(self._by_run)
            sure = frozenset(w for w, all_runs in self._by_run.items()
                             if frozenset((w,)) in all_runs)
            self._slot = FACTS.register(("phrases", next(_IDS)), 2,
                                        lambda w: int(w in runs) | (2 if w in sure else 0))
            self._sure = 2 << self._slot[0]

    def may_match(self, words, facts) -> bool:
        """False when a text whose runs of word characters are among `words` (all of them), and
        their FACTS.of `facts`, has no match: no scan, and most often no look-up either."""
        if self._slot is None or facts is None or facts[0] < self._slot[3]:
            return True   # not told (the same test as wordfacts.read, inline: every post)
        bits = facts[1] & self._slot[2]
        if not bits:
            return False
        if bits & self._sure:
            return True
        present = set(words)
        return any(runs <= present for word in self._by_run.keys() & present  # iterates present
                   for runs in self._by_run[word])

    def finditer(self, text: str) -> Iterator[tuple[int, int, str, Any]]:
        if not self.size:
            return
        # Runs for every post: word edges tested inline (no call a candidate), and the
        # sort skipped for the usual one match.
        found: dict[int, tuple[int, str, Any]] = {}
        n = len(text)
        for last, (length, phrase, value) in self._automaton.iter(text):
            start = last - length + 1
            if start:
                ch = text[start - 1]
                if ch.isalnum() or ch == "_":
                    continue
            if last + 1 < n:
                ch = text[last + 1]
                if ch.isalnum() or ch == "_":
                    continue
            known = found.get(start)
            if known is None or known[0] <= last:
                found[start] = (last + 1, phrase, value)
        if len(found) < 2:
            for start, (end, phrase, value) in found.items():
                yield start, end, phrase, value
            return
        pos = 0
        for start in sorted(found):
            if start < pos:
                continue
            end, phrase, value = found[start]
            yield start, end, phrase, value
            pos = end
