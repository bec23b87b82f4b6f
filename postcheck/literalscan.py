"""One Aho-Corasick pass per post for the literal gates of several detectors.

Right after spaCy the CPU caches are cold and an automaton pass costs ~8 µs whatever it looks
for. The care-context, media, profession, establishment and clue detectors all gate on literal
strings of the folded text (factors a pattern needs, prefixes it starts with: factors.py,
prefixgate.py); with one automaton each, that was seven passes a post. Each gate now registers
its table of strings here (`SCAN.register(table)` gives a slot): one automaton holds them all,
the first detector to look at a post runs the one pass, and each gate reads the hits of its
own slot (`SCAN.hits(analysis, slot)`, the `(end, payload)` pairs its own automaton would have
given). Hits are kept with the post's Analysis (`analysis.shared`).
"""
from __future__ import annotations

from operator import itemgetter

import ahocorasick

from .reparse import OTHER_DIGIT


class LiteralScan:
    def __init__(self):
        self._tables: list[dict] = []
        self._built: tuple | None = None      # (automaton or None, number of slots)

    def register(self, table: dict) -> int:
        """The slot of `table` (string -> payload); an equal table shares its slot, so that
        building a detector again adds nothing."""
        for slot, known in enumerate(self._tables):
            if known == table:
                return slot
        self._tables.append(dict(table))
        self._built = None
        return len(self._tables) - 1

    def hits(self, analysis, slot: int) -> list[tuple[int, object]]:
        """(index of its last character, payload) of each occurrence of a string of `slot`'s
        table in `analysis.folded`, in the order the automaton finds them."""
        return self._pass(analysis, slot)[slot]

    def reader(self, *slots: int):
        """For a detector reading several slots: `reader(a, b)(analysis)` gives
        `(hits(analysis, a), hits(analysis, b))` in one call."""
        pick, last = itemgetter(*slots), max(slots)
        if len(slots) == 1:
            return lambda analysis: (pick(self._pass(analysis, last)),)
        return lambda analysis: pick(self._pass(analysis, last))

    def _pass(self, analysis, slot: int) -> list[list[tuple[int, object]]]:
        """Every slot's hits in this post, from its one pass (made now if none was, or if
        `slot` was registered since)."""
        found = analysis.shared.get("literal hits")
        if found is None or slot >= len(found):
            found = analysis.shared["literal hits"] = self.scan(analysis.folded)
        return found

    def other_digits(self, analysis) -> bool:
        """Whether the post holds a digit outside 0-9, which gates reading `\\d` as [0-9]
        must not miss (looked for once a post)."""
        found = analysis.shared.get("other digits")
        if found is None:
            text = analysis.folded
            found = analysis.shared["other digits"] = (not text.isascii() and
                                                       OTHER_DIGIT.search(text) is not None)
        return found

    def scan(self, text: str) -> list[list[tuple[int, object]]]:
        """The hits of every slot in `text` (one pass)."""
        automaton, slots = self._built or self._build()
        found: list[list] = [[] for _ in range(slots)]
        if automaton is not None:
            for last, entries in automaton.iter(text):
                for slot, payload in entries:
                    found[slot].append((last, payload))
        return found

    def _build(self) -> tuple:
        merged: dict[str, list] = {}
        for slot, table in enumerate(self._tables):
            for key, payload in table.items():
                merged.setdefault(key, []).append((slot, payload))
        automaton = None
        if merged:
            automaton = ahocorasick.Automaton()
            for key, entries in merged.items():
                automaton.add_word(key, tuple(entries))
            automaton.make_automaton()
        self._built = (automaton, len(self._tables))
        return self._built


SCAN = LiteralScan()
