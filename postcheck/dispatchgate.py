r"""Which alternatives of a dispatched scan (postcheck/dispatch.py) may match a text, from the
literal words they cannot match without (postcheck/factors.py).

Sets of alternatives are int bit masks (bit n: alternative n). One Aho-Corasick pass over the
text ORs the masks of the words found: an alternative is possible when a word it requires is
there, and also one for each of its pieces that requires a rare enough word ("adresse" in
"son\s+adresse\s+:", besides "son"). A text may instead be known by its runs of word
characters (View.words): each word's mask is then remembered with its other facts
(postcheck/wordfacts.py), the words required being cut to their longest run of word
characters ("'adresse" -> "adresse"), which lies inside one run of the text.
"""
from __future__ import annotations

import itertools
import re
from typing import Sequence

from .factors import _ANY_DIGIT, DIGIT, FactorGate, _automaton
from .prefixgate import DIGIT as PREFIX_DIGIT
from .wordfacts import FACTS, read as read_facts

_IDS = itertools.count()

# Shorter words ("de", "on") are in every post: they would rule out nothing. A required digit
# (ranked 2.5 letters by factors.py) is checked by one search and does rule posts out.
_MIN_FACTOR = 2.5
# A piece's words are looked for only when they are rarer than that: "sa" or "on" would cost a
# step at most places and rule out little.
_MIN_PIECE = 3
_WORD_RUN = re.compile(r"\w+")


class Gate:
    """`live(text)` / `live_facts(facts)`: the mask of the alternatives that may match."""

    def __init__(self, factors: Sequence, pieces: Sequence[Sequence], prefixes: Sequence):
        """`factors[n]`: the words alternative n requires (one of them), or None;
        `pieces[n]`: the same for each of its pieces; `prefixes[n]`: the literal strings one
        of which begins each of its matches (prefixgate.literal_prefixes), or None."""
        gate = FactorGate(factors, shortest=_MIN_FACTOR)   # decides which are worth gating
        needed = [() if n in gate.always else [whole] + [
            p for p in piece_factors if p != whole and _strong(p)]
            for n, (whole, piece_factors) in enumerate(zip(factors, pieces))]
        # Layer 0 (bits 0 .. size-1) holds the alternatives a word of the text may begin
        # (_Starts); layer k+1, for each alternative, whether the k-th word it requires was
        # found (k=0: the whole pattern's, k>0: its pieces'), set from the start for those that
        # need nothing there. An alternative is possible when its bit is set in every layer: a
        # few operations on one int, whatever the words found. (Layer 0 comes first: most words
        # begin some alternative, and their ints stay short.)
        size, self._layers = len(factors), 1 + (max(map(len, needed), default=1) or 1)
        self._size, self._alternatives = size, (1 << size) - 1
        self._starts = _Starts(prefixes, size)
        self._preset, self._on_digit, table = _mask(gate.always) << size, 0, {}
        for n, required in enumerate(needed):
            for k in range(len(required) or 1, self._layers - 1):
                self._preset |= 1 << ((k + 1) * size + n)
            for k, strings in enumerate(required):
                for factor in strings:
                    bit = 1 << ((k + 1) * size + n)
                    if factor == DIGIT:
                        self._on_digit |= bit
                    else:
                        table[factor] = table.get(factor, 0) | bit
        self._automaton = _automaton(table)
        runs, self._runs_always = {}, self._preset | self._starts.always
        for factor, mask in table.items():
            run = max(_WORD_RUN.findall(factor), key=len, default="")
            if run:
                runs[run] = runs.get(run, 0) | mask
            else:   # no word character: ':', '->', cannot be told from the words
                self._runs_always |= mask
        self._run_automaton = _automaton(runs)
        # Text mode cannot tell where alternatives start: its layer 0 is set from the start.
        self._preset |= self._alternatives
        self._width, self._slot = self._layers * size, None

    def live(self, text: str) -> int:
        live = self._preset
        if self._on_digit and _ANY_DIGIT.search(text):
            live |= self._on_digit
        if self._automaton is not None:
            for _, mask in self._automaton.iter(text):
                live |= mask
        return self._settle(live)

    def use_word_facts(self) -> None:
        """Give each word's mask a place in postcheck/wordfacts.py, for `live_facts`."""
        if self._slot is None:
            self._slot = FACTS.register(("dispatch", next(_IDS)), self._width, self._word_mask)

    def live_facts(self, facts) -> int | None:
        """The same for a text whose runs of word characters have these FACTS.of, None when
        they do not tell."""
        found = None if self._slot is None else read_facts(facts, self._slot)
        return None if found is None else self._settle(self._runs_always | found)

    def _word_mask(self, word: str) -> int:
        mask = self._on_digit if self._on_digit and _ANY_DIGIT.search(word) else 0
        if self._run_automaton is not None:
            for _, found in self._run_automaton.iter(word):
                mask |= found
        return mask | self._starts.of(word)

    def word_table(self):
        """Which alternatives a match may begin with a run of word characters `word` (when
        `use_word_facts` was called): `((bits >> shift) | always) & alternatives`, with bits
        `known.get(word)` or else `word_of(word)`. Handed out as (known, shift, always,
        word_of), always already within this gate's alternatives, for the caller's own loop
        (one look-up a word)."""
        return FACTS._words, self._slot[0], self._starts.always & self._alternatives, FACTS.word

    def _settle(self, found: int) -> int:
        """The alternatives set in every layer of `found`."""
        live = found
        for k in range(1, self._layers):
            live &= found >> (k * self._size)
        return live & self._alternatives


class _Starts:
    """Which alternatives a word may begin (a match of an alternative begins a run of word
    characters, `(?<!\\w)`): those with a literal prefix that is a prefix of the word, or, when
    the prefix goes on past its first run of word characters ("j'" "qu'il"), whose first run
    is the whole word. `always`: those it cannot tell (no prefix known, or one beginning with
    another character)."""

    def __init__(self, prefixes: Sequence, size: int):
        self.always, self._digit, self._prefix, self._whole = 0, 0, {}, {}
        for n, strings in enumerate(prefixes):
            bit = 1 << n
            if strings is None or any(p != PREFIX_DIGIT and not _WORD_RUN.match(p)
                                      for p in strings):
                self.always |= bit
                continue
            for p in strings:
                if p == PREFIX_DIGIT:
                    self._digit |= bit
                    continue
                run = _WORD_RUN.match(p).group()
                table = self._prefix if run == p else self._whole
                table[run] = table.get(run, 0) | bit
        # Every beginning of a prefix: a word is looked up only while it may still begin one.
        self._stems = frozenset(p[:n] for p in self._prefix for n in range(1, len(p)))

    def of(self, word: str) -> int:
        mask = self._whole.get(word, 0) | (self._digit if word[:1].isdecimal() else 0)
        for n in range(1, len(word) + 1):
            head = word[:n]
            mask |= self._prefix.get(head, 0)
            if head not in self._stems:
                break
        return mask


def gate_of(alternatives: Sequence[str]) -> Gate:
    """The gate of these alternatives (regular expressions), each matched behind a `(?<!\\w)`
    or a `\\b`."""
    from .factors import required_factors
    from .prefixgate import literal_prefixes
    from .regexparts import split_pieces

    return Gate([required_factors(a) for a in alternatives],
                [[f for f in map(required_factors, split_pieces(a)) if f] for a in alternatives],
                [literal_prefixes(a) for a in alternatives])


def _strong(strings) -> bool:
    """Is a piece's required word worth a bit of the gate (not "de", "a", a digit)?"""
    gate = FactorGate([strings], shortest=_MIN_PIECE)
    return not gate.always and not gate.on_digit


def _mask(members) -> int:
    mask = 0
    for n in members:
        mask |= 1 << n
    return mask


def _bits(mask: int) -> list[int]:
    """The members of a mask, in increasing order."""
    out = []
    while mask:
        low = mask & -mask
        out.append(low.bit_length() - 1)
        mask ^= low
    return out

