r"""First-character dispatch for big alternations of whole-word patterns.

`re` scans `(?<!\w)(?:alt1|alt2|...)(?!\w)` by trying every alternative at every word start;
with a few hundred alternatives that is most of a lexicon's cost. An alternative can only
match where the text holds one of its possible first characters, which `re`'s own parser tells
us. So `Dispatched` finds the word starts once, then tries only the alternatives that can start
with the character found there, in their original order: the same matches as the plain
pattern (same leftmost-first choice, same backtracking), 2-3x faster on tweet-sized posts.
Patterns it cannot reason about (case-insensitive, back-references, empty matches) keep the
plain pattern.

Most alternatives also cannot match without one of a few literal words ("gants" in "on pique
les gants"; postcheck/factors.py finds them), and begin with one of a few words: the gate
(postcheck/dispatchgate.py) tells which alternatives are possible in this text, from one
Aho-Corasick pass or, for a view, from its words' remembered facts, and only those are tried,
one by one in their original order (the first that matches wins, as in the alternation), at
the word starts whose word may begin them. A post rarely holds the words a threat or an
allegation is built on, so most word starts try nothing at all.
"""
from __future__ import annotations

import re
import sys
from typing import Iterator, Sequence

from . import _recache
from ._recache import cached
from .dispatchgate import Gate, _bits, _mask
from .factors import required_factors
from .prefixgate import DIGIT, literal_prefixes
from .regexparts import Unsupported, _starts_of, first_chars, split_pieces, split_top

__all__ = ["Dispatched", "Unsupported", "first_chars", "split_top"]
_WORD_START, _WORD_END = r"(?<!\w)", r"(?!\w)"
_WORD_CHARS = re.compile(r"\[(?:[0-9a-zA-Z_]|\\d)*\]")   # a class of word characters only


_LAYOUT = "alternatives by two characters, digits, factors of pieces, prefixes v7"   # cache key: change with _build


class Dispatched:
    """`(?<!\\w)(?:alternatives)(?!\\w)` scanned by first characters and required words.

    `alternatives` is an ordered sequence of (label, pattern); `finditer` yields
    (label, match) exactly where the plain alternation would match, labels telling which
    alternative matched. Sets of alternatives are int bit masks (bit n: alternative n): the
    possible ones are the OR of what the required words found say, the ones to try at a word
    start one AND, tried lowest bit first, i.e. in their original order."""

    def __init__(self, alternatives: Sequence[tuple[str, str]]):
        # Building parses and compiles every alternative (seconds for the pattern lexicons):
        # the result is kept on disk between runs (postcheck/_recache.py).
        self._patterns, by_start, self._starts, factors, pieces, prefixes = cached(
            "dispatch", [_LAYOUT] + [f"{label}\x01{body}" for label, body in alternatives],
            lambda: _build(alternatives))
        self._labels = [label for label, _ in alternatives]
        self._by_start = {key: _mask(members) for key, members in by_start.items()}
        self._gate = Gate(factors, pieces, prefixes)
        # The word starts with their whole run of word characters, for Gate.word_table; only
        # when every start character is one (else a run could hide a start inside it).
        self._runs = None if not _WORD_CHARS.fullmatch(self._starts.pattern[len(_WORD_START):])\
            else re.compile(self._starts.pattern + r"\w*")

    def possible(self, text: str) -> set[int]:
        """The alternatives that may match somewhere in `text`."""
        return set(_bits(self._gate.live(text)))

    def live(self, text: str, facts=None) -> int:
        """The alternatives that may match in `text` (bit n: alternative n), as `finditer`
        finds them: from `facts` (View.facts of `text`) when they tell."""
        live = None if facts is None else self._gate.live_facts(facts)
        return self._gate.live(text) if live is None else live

    def mask_of(self, labels) -> int:
        """The alternatives whose label is among `labels` (bit n: alternative n)."""
        return _mask(n for n, label in enumerate(self._labels) if label in labels)

    def use_word_facts(self) -> None:
        """Let `finditer` take a text's word facts (postcheck/wordfacts.py, View.facts)."""
        self._gate.use_word_facts()

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize,
                 facts=None) -> Iterator[tuple[str, re.Match]]:
        """`facts`: View.facts of `text`, which the gate then reads instead of scanning it;
        then at each word start, only alternatives that may begin with the word are tried."""
        gate = self._gate
        live = None if facts is None else gate.live_facts(facts)
        if live is None:
            live, words = gate.live(text), None
        else:
            words = self._runs
        if live.bit_count() <= _FEW:
            yield from self._search_each(text, _bits(live), pos, endpos)
            return
        if words is not None:
            yield from self._walk_words(text, live, pos, endpos)
            return
        by_start, patterns, last = self._by_start, self._patterns, pos
        for start in self._starts.finditer(text, pos, endpos):
            at = start.start()
            if at < last:
                continue
            candidates = by_start.get(text[at:at + 2])
            if candidates is None:
                candidates = by_start.get(text[at])
                if candidates is None:
                    candidates = by_start.get(DIGIT if text[at].isdecimal() else "", 0)
            hit = _first_match(patterns, candidates & live, text, at, endpos)
            if hit is not None:
                last = hit[1].end()
                yield self._labels[hit[0]], hit[1]

    def _walk_words(self, text: str, live: int, pos: int,
                    endpos: int) -> Iterator[tuple[str, re.Match]]:
        """The word-start walk when the word facts tell which alternatives each word may
        begin (Gate.word_table: one look-up a word): those are the only ones tried."""
        patterns, labels, last = self._patterns, self._labels, pos
        known, shift, always, word_of = self._gate.word_table()
        always &= live
        wanted = live << shift   # a word's bits tested in place, not shifted: most try nothing
        for start in self._runs.finditer(text, pos, endpos):
            word = start.group()
            bits = known.get(word)
            if bits is None:
                bits = word_of(word)
            if (always or bits & wanted) and start.start() >= last:
                hit = _first_match(patterns, ((bits >> shift) & live) | always, text,
                                   start.start(), endpos)
                if hit is not None:
                    last = hit[1].end()
                    yield labels[hit[0]], hit[1]

    def _search_each(self, text: str, live: list[int], pos: int,
                     endpos: int) -> Iterator[tuple[str, re.Match]]:
        """The same matches from each possible alternative's own `search`: the leftmost place
        where one matches, and there the first of them in order, as the alternation does."""
        found = {n: self._patterns[n].search(text, pos, endpos) for n in live}
        while True:
            hits = [(m.start(), n, m) for n, m in found.items() if m is not None]
            if not hits:
                return
            at, n, m = min(hits, key=lambda h: (h[0], h[1]))
            yield self._labels[n], m
            end = m.end()
            for k, other in found.items():
                if other is not None and other.start() < end:
                    found[k] = self._patterns[k].search(text, end, endpos)


def _first_match(patterns, candidates: int, text: str, at: int, endpos: int):
    """(n, match) for the first candidate alternative (bit n, lowest first) matching at
    `at`, the one the alternation would pick; None when none does."""
    while candidates:
        low = candidates & -candidates
        n = low.bit_length() - 1
        m = patterns[n].match(text, at, endpos)
        if m is not None:
            return n, m
        candidates ^= low
    return None


# With this few possible alternatives, one `search` each beats walking the word starts.
_FEW = 4


def _build(alternatives: Sequence[tuple[str, str]]):
    """(each alternative compiled; for each two-character start, or one-character start when
    the second is not known, or "" for any other, the alternatives that may begin there in
    their order; the word starts worth a look; each alternative's required factors)."""
    firsts, twos, wild = [], [], []
    for label, body in alternatives:
        first, two, one = _starts_of(body)
        firsts.append(first)
        twos.append(two)
        wild.append(one)
    anywhere = any(f is None for f in firsts)
    keys = sorted(set().union(*(f for f in firsts if f is not None)) - {DIGIT})
    digits = any(f is not None and DIGIT in f for f in firsts)
    if digits:   # ASCII digits by key, any other decimal digit under DIGIT
        keys = sorted(set(keys) | set("0123456789")) + [DIGIT]
    pairs = sorted(set().union(*twos))
    by_start = {}
    for key in pairs + keys + ([""] if anywhere else []):
        members = tuple(n for n, (f, two, one) in enumerate(zip(firsts, twos, wild))
                        if f is None or key[:1] in one or key in two
                        or (DIGIT in one and (key == DIGIT or key[:1].isdecimal())))
        if members:
            by_start[key] = members
    factors = [required_factors(body) for _, body in alternatives]
    pieces = [[f for f in map(required_factors, split_pieces(body)) if f]
              for _, body in alternatives]
    patterns = [_recache.compile(_WORD_START + f"(?:{body})" + _WORD_END)
                for _, body in alternatives]
    chars = "".join(re.escape(k) for k in keys if k != DIGIT) + (r"\d" if digits else "")
    starts = _recache.compile(_WORD_START + ("(?s:.)" if anywhere else f"[{chars}]"))
    prefixes = [literal_prefixes(body) for _, body in alternatives]
    return patterns, by_start, starts, factors, pieces, prefixes
