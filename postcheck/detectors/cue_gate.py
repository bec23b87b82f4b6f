"""Where the care-context lexicons can match a post, so that each is tried there only.

A lexicon (`compile_words`) is one alternation of a few hundred alternatives; scanning seven
of them over every word start of every post was most of the care-context detector's time.
An alternative is possible in a post only if one of its required factors occurs (factors.py:
"garde" for "ma\\s+garde"), and then can only begin where its start is walked back to from
one of its anchors (anchors.py: over the spaces before "garde", then over "ma"). Factors and
anchors are the keys of one table, found by the pass shared with other detectors
(literalscan.py). The few alternatives without that shape are tried where one of their
literal starts opens a word (starts of 1-2 characters, in most words, by one scan of word
starts only when one of them is possible), or make their lexicon scan the whole post.
`\\d` is read as [0-9] ("g\\dp\\d" needs "g2p1"); a post with another digit is scanned.
"""
from __future__ import annotations

import re

from ..anchors import chains
from ..backwalk import build, walk
from ..dispatch import split_top
from ..factors import required_factors, worth_a_look
from ..lexicon import fold, load
from ..prefixgate import OTHER_DIGIT, _C, _P, _is_word, literal_prefixes, matches_at

_SHORTEST = 2.5   # a factor or anchor lighter than that rules out nothing (as in dispatch.py)


class CueGate:
    """`finditer_all(text, patterns, hits)`: `list(pattern.finditer(text))` for each lexicon
    (`patterns`, compiled from `lexicons` in order), given the (end, payload) hits of `table`
    in `text`."""

    def __init__(self, lexicons: list[str]):
        # key -> (alternatives needing it, {lexicon: alternatives it starts},
        #         [(pieces walked back from it, lexicon, alternative)])
        table: dict[str, tuple[set, dict, list]] = {}
        short: dict[str, dict] = {}  # a start of 1-2 characters -> {lexicon: alternatives}
        self.free, self.unknown, n = set(), [set() for _ in lexicons], 0
        for i, name in enumerate(lexicons):
            for n, body in enumerate(_alternatives(name), n + 1):
                factors = required_factors(body, ascii_digits=True)
                by_factors = worth_a_look(factors, _SHORTEST)
                walks = chains(body, _SHORTEST) if by_factors else None
                for pieces, anchors in walks or ():
                    for anchor in anchors:  # no pieces: the anchor starts the alternative
                        entry = _entry(table, anchor)
                        if pieces:
                            entry[2].append((pieces, i, n))
                        else:
                            entry[1].setdefault(i, set()).add(n)
                starts = None if walks else literal_prefixes(body, ascii_digits=True)
                # without factors, an alternative needs one of its starts ("ts")
                for key in factors if by_factors else starts or ():
                    _entry(table, key)[0].add(n)
                if not by_factors and not starts:
                    self.free.add(n)
                if walks is None and starts is None:
                    self.unknown[i].add(n)  # may begin anywhere: its lexicon is scanned
                for start in starts or ():
                    (short.setdefault(start, {}) if by_factors and len(start) <= 2
                     else _entry(table, start)[1]).setdefault(i, set()).add(n)
        self.table = {key: (len(key), tuple(needing), _frozen(starting),
                            build(walked) if walked else None)
                      for key, (needing, starting, walked) in table.items()}
        self.short = {key: _frozen(starting) for key, starting in short.items()}
        self.short_alternatives = frozenset().union(*(a for s in short.values() for a in s.values()))
        self._short_starts = re.compile(r"(?<!\w)(?=%s)" % "|".join(map(re.escape, short))
                                        if short else r"(?!x)x")

    def finditer_all(self, text: str, patterns, hits) -> list[list]:
        if not text.isascii() and OTHER_DIGIT.search(text):
            return [list(p.finditer(text)) for p in patterns]
        alive, tries, anchored = set(self.free), [], []
        for last, (length, needing, starting, anchoring) in hits:
            alive.update(needing)
            start = last - length + 1
            if anchoring:
                anchored.append((start, anchoring))
            if starting and not (start and _is_word(text[start - 1])):
                tries.append((start, starting))
        if not alive.isdisjoint(self.short_alternatives):
            short = self.short
            for m in self._short_starts.finditer(text):
                start = m.start()
                one, two = text[start:start + 1], text[start:start + 2]
                if one in short:
                    tries.append((start, short[one]))
                if two != one and two in short:
                    tries.append((start, short[two]))
        starts: list[set] = [set() for _ in patterns]
        for start, starting in tries:
            for i, alternatives in starting:
                if not alive.isdisjoint(alternatives):
                    starts[i].add(start)
        for at, root in anchored:
            walk(root, text, at, alive, starts)
        return [list(p.finditer(text)) if not unknown.isdisjoint(alive)
                else matches_at(p, text, s) if s else []
                for p, s, unknown in zip(patterns, starts, self.unknown)]


def _entry(table: dict, key: str) -> tuple:
    return table.setdefault(key, (set(), {}, []))


def _frozen(starting: dict) -> tuple:
    return tuple((i, frozenset(alternatives)) for i, alternatives in starting.items())


def _alternatives(name: str):
    """The alternatives compile_words(name) joins, an entry's own top-level ones apart
    (an entry is kept whole unless `re` reads as many top-level branches in it)."""
    for entry in load(name):
        if not entry.startswith("re:"):
            yield re.escape(fold(entry))
            continue
        body = entry[3:].strip()
        parts, parsed = split_top(body), _P.parse(body)
        same = (len(parts) == 1 or len(parsed) == 1 and parsed[0][0] is _C.BRANCH
                and len(parsed[0][1][1]) == len(parts))
        yield from (parts if same else [body])
