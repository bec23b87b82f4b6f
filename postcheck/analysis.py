"""What every detector gets to look at: the post, its normalised text and the one spaCy doc."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any

from .model import Post, Signal
from .textnorm import NormalizedText


@dataclass
class Analysis:
    post: Post
    norm: NormalizedText
    doc: Any  # spacy.tokens.Doc over norm.text

    @property
    def text(self) -> str:
        """The normalised text detectors match on."""
        return self.norm.text

    @cached_property
    def folded(self) -> str:
        """Lower case, no accents, same length as `text`: what lexicons match on."""
        from .lexicon import fold

        return fold(self.norm.text)

    def signal(self, kind: str, start: int, end: int, score: float, why: str,
               detector: str, **attrs: Any) -> Signal:
        """Build a Signal from offsets in the normalised text."""
        ostart, oend = self.norm.to_original(start, end)
        return Signal(kind, ostart, oend, round(float(score), 3), why, detector, attrs)
