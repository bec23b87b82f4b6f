"""The deobfuscated view as data (see postcheck/obfuscation.py): its text, and for each of
its characters the span of the folded text it came from, so that a match in the view points
at what the person typed.
"""
from __future__ import annotations

from typing import NamedTuple


class View(NamedTuple):
    """A named tuple: built for every post, it costs less than a frozen dataclass."""
    text: str
    starts: tuple[int, ...] | None   # None: the view is the folded text itself
    ends: tuple[int, ...] | None
    changed: frozenset[int]
    # Every maximal run of word characters (`\w+`) of `text`, and perhaps a few more words
    # (None when not known). Detectors rule lexicons out from them with look-ups instead of
    # another scan: a word too many only rules out less.
    words: tuple[str, ...] | list[str] | None = None
    # FACTS.of(words) (postcheck/wordfacts.py) when `words` is known.
    facts: tuple[int, int] | None = None

    def to_norm(self, start: int, end: int) -> tuple[int, int]:
        """View [start, end) -> normalised-text [start, end)."""
        if self.starts is None:
            return start, end
        return self.starts[start], self.ends[end - 1]

    def altered(self, start: int, end: int) -> bool:
        return bool(self.changed) and not self.changed.isdisjoint(range(start, end))


def _assemble(folded: str, edits) -> View:
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    changed: set[int] = set()
    pos = 0
    for start, end, repl, obfuscated in edits:
        if start < pos:
            continue
        chars.append(folded[pos:start])
        starts.extend(range(pos, start))
        ends.extend(range(pos + 1, start + 1))
        offset = len(starts)
        src = [i for i in range(start, end) if folded[i].isalnum() or folded[i] in "@$€*!|"]
        one_to_one = len(src) == len(repl.replace(" ", ""))
        same_shape = one_to_one and len(repl) == end - start and src == list(range(start, end))
        k = 0
        for n, ch in enumerate(repl):
            if one_to_one and ch != " ":
                a, b = src[k], src[k] + 1
                k += 1
            elif one_to_one:
                a = b = src[k] if k < len(src) else end
            else:
                a, b = start, end
            if obfuscated and ch != " " and (not same_shape or folded[a] != ch):
                changed.add(offset + n)
            starts.append(a)
            ends.append(b)
        chars.append(repl)
        pos = end
    chars.append(folded[pos:])
    starts.extend(range(pos, len(folded)))
    ends.extend(range(pos + 1, len(folded) + 1))
    return View("".join(chars), tuple(starts), tuple(ends), frozenset(changed))
