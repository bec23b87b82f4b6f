"""Python counts code points, JavaScript and Java (so LanguageTool clients) count UTF-16 code
units: an emoji is 1 for the first, 2 for the second. This module converts between them."""
from __future__ import annotations

from bisect import bisect_right


class Utf16Index:
    """Code-point offset ↔ UTF-16 offset for one text, in O(log n) per lookup.

    Only characters beyond U+FFFF (emoji, rare CJK) differ; a text without them is the
    identity and costs nothing.
    """

    def __init__(self, text: str):
        self.text = text
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
        self.length = len(text) + len(self._astral)

    def to_utf16(self, cp: int) -> int:
        return cp + bisect_right(self._astral, cp - 1)

    def to_codepoint(self, unit: int, *, round_up: bool = False) -> int:
        """The code point at `unit`; a unit inside a surrogate pair rounds down (or up)."""
        lo, hi = 0, len(self.text)
        while lo < hi:          # smallest cp whose utf-16 offset is >= unit
            mid = (lo + hi) // 2
            if self.to_utf16(mid) < unit:
                lo = mid + 1
            else:
                hi = mid
        if self.to_utf16(lo) != unit and not round_up:
            lo -= 1
        return max(0, min(lo, len(self.text)))


def utf16_len(text: str) -> int:
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)
