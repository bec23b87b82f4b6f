"""Where lexicon patterns can match a post, so that each is tried there only (care context,
media cues, the author's self-presentation, clues).

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
from itertools import repeat

from .. import _recache
from ..anchors import chains
from ..backwalk import build, walk
from ..dispatch import split_top
from ..factors import required_factors, worth_a_look
from ..lexicon import fold, load
from ..prefixgate import ASCII_WORD, _is_word, literal_prefixes, matches_at
from ..reparse import _C, _P, has_other_digits

_SHORTEST = 2.5   # a factor or anchor lighter than that rules out nothing (as in dispatch.py)


class CueGate:
    """`finditer_all(text, patterns, hits)`: `list(pattern.finditer(text))` for each pattern,
    the alternatives of pattern i being `groups[i]` (`re` syntax, folded text), given the
    (end, payload) hits of `table` in `text`. Patterns begin with a word-start look-behind:
    `(?<!\\w)` (`re`), or, with `ascii_words`, one this gate only knows to fail after an ASCII
    letter, digit or "_" (`regex`'s)."""

    def __init__(self, groups: list[list[str]], ascii_words: bool = False):
        # key -> (alternatives needing it, {pattern: alternatives it starts},
        #         [(pieces walked back from it, pattern, alternative)])
        table: dict[str, tuple[set, dict, list]] = {}
        short: dict[str, dict] = {}  # a start of 1-2 characters -> {pattern: alternatives}
        self.free, self.unknown, n = set(), [set() for _ in groups], 0
        # `\\d` read as [0-9] somewhere: a post with another digit is scanned
        self.reads_digits = any("\\d" in body for bodies in groups for body in bodies)
        read_all([body for bodies in groups for body in bodies])
        for i, alternatives in enumerate(groups):
            for n, body in enumerate(alternatives, n + 1):
                factors, by_factors, walks, starts = _read(body)
                for pieces, anchors in walks or ():
                    for anchor in anchors:  # no pieces: the anchor starts the alternative
                        entry = _entry(table, anchor)
                        if pieces:
                            entry[2].append((pieces, i, n))
                        else:
                            entry[1].setdefault(i, set()).add(n)
                # without factors, an alternative needs one of its starts ("ts")
                for key in factors if by_factors else starts or ():
                    _entry(table, key)[0].add(n)
                if not by_factors and not starts:
                    self.free.add(n)
                if walks is None and starts is None:
                    self.unknown[i].add(n)  # may begin anywhere: its pattern scans the post
                for start in starts or ():
                    (short.setdefault(start, {}) if by_factors and len(start) <= 2
                     else _entry(table, start)[1]).setdefault(i, set()).add(n)
        tries: dict[frozenset, tuple] = {}  # anchors of the same alternatives share one
        for needing, starting, walked in table.values():
            if walked and frozenset(walked) not in tries:
                tries[frozenset(walked)] = build(walked)
        self.table = {key: (len(key), tuple(needing), _frozen(starting),
                            tries[frozenset(walked)] if walked else None)
                      for key, (needing, starting, walked) in table.items()}
        self.short = {key: _frozen(starting) for key, starting in short.items()}
        self.short_alternatives = frozenset().union(*(alternatives for starting in short.values()
                                                      for alternatives in starting.values()))
        self._word = _ascii_word if ascii_words else _is_word
        edge = r"(?<![A-Za-z0-9_])" if ascii_words else r"(?<!\w)"
        self._short_starts = re.compile(edge + "(?=%s)" % "|".join(map(re.escape, short))
                                        if short else r"(?!x)x")

    @staticmethod
    def walkable(body: str) -> bool:
        """Whether the alternative `body` is tried only at the starts of its chains or of its
        literal prefixes, in posts holding its factors (never on every post, nor everywhere)."""
        _, by_factors, walks, starts = _read(body)
        return by_factors and (walks is not None or starts is not None)

    def finditer_all(self, text: str, patterns, hits, other_digits=None, matchers=None,
                     **options) -> list[list]:
        """`options` (timeout) go to the patterns' `finditer` and `match`; `other_digits`:
        whether `text` holds a digit outside 0-9 (literalscan's), None to look; `matchers`:
        for each pattern, what tries it at given starts (`matchers[i].matches_at(text,
        starts)`, as first_chars.py does), None for prefixgate.matches_at."""
        if self.reads_digits:
            if other_digits is None:
                other_digits = has_other_digits(text)
            if other_digits:
                return [list(p.finditer(text, **options)) for p in patterns]
        if not hits and not self.free:
            return [[] for _ in patterns]
        alive, tries, anchored, word = set(self.free), [], [], self._word
        for last, (length, needing, starting, anchoring) in hits:
            alive.update(needing)
            start = last - length + 1
            if anchoring:
                anchored.append((start, anchoring))
            if starting and not (start and word(text[start - 1])):
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
            walk(root, text, at, alive, starts, word)
        return [list(p.finditer(text, **options)) if not unknown.isdisjoint(alive)
                else (matcher.matches_at(text, s) if matcher else matches_at(p, text, s, **options))
                if s else []
                for p, s, unknown, matcher in zip(patterns, starts, self.unknown,
                                                  matchers or repeat(None))]


def _ascii_word(ch: str) -> bool:
    return ch in ASCII_WORD


_READS: dict[str, tuple] = {}
_LAYOUT = "cue gate reads v1"   # change when _analyse's output changes


def read_all(bodies: list[str]) -> None:
    """Analyse these alternatives at once, from the on-disk cache when it holds them (the
    analysis of a few thousand alternatives is a noticeable part of a cold start)."""
    missing = list(dict.fromkeys(b for b in bodies if b not in _READS))
    if missing:
        _READS.update(zip(missing, _recache.cached(
            "cuegate", [_LAYOUT, *missing], lambda: [_analyse(b) for b in missing])))


def _read(body: str) -> tuple:
    found = _READS.get(body)
    if found is None:
        found = _READS[body] = _analyse(body)
    return found


def _analyse(body: str) -> tuple:
    """(factors, whether worth a look, chains or None, literal prefixes when no chains)."""
    factors = required_factors(body, ascii_digits=True)
    by_factors = worth_a_look(factors, _SHORTEST)
    walks = chains(body, _SHORTEST) if by_factors else None
    return factors, by_factors, walks, None if walks else literal_prefixes(body, ascii_digits=True)


def _entry(table: dict, key: str) -> tuple:
    return table.setdefault(key, (set(), {}, []))


def _frozen(starting: dict) -> tuple:
    return tuple((i, frozenset(alternatives)) for i, alternatives in starting.items())


def lexicon_alternatives(name: str) -> list[str]:
    """The alternatives compile_words(name) joins, an entry's own top-level ones apart."""
    return [alternative for entry in load(name) for alternative in (
        top_alternatives(entry[3:].strip()) if entry.startswith("re:")
        else [re.escape(fold(entry))])]


def top_alternatives(body: str) -> list[str]:
    """The top-level alternatives of `body` (whole unless `re` reads as many there)."""
    parts, parsed = split_top(body), _P.parse(body)
    same = (len(parts) == 1 or len(parsed) == 1 and parsed[0][0] is _C.BRANCH
            and len(parsed[0][1][1]) == len(parts))
    return parts if same else [body]
