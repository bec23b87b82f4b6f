"""What every detector gets to look at: the post, its normalised text and the one spaCy doc."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from types import MappingProxyType
from typing import Any

from .model import Post, Signal
from .textnorm import NormalizedText


@dataclass
class Analysis:
    post: Post
    norm: NormalizedText
    doc: Any  # spacy.tokens.Doc over norm.text
    # What passes shared by several detectors found in this post (literalscan.py): kept with
    # the post itself, so that detectors run over a whole batch in turn each find it there.
    shared: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def text(self) -> str:
        """The normalised text detectors match on."""
        return self.norm.text

    @cached_property
    def ents(self) -> tuple:
        """spaCy's entities, built once (each `doc.ents` creates its Span objects anew)."""
        return tuple(getattr(self.doc, "ents", ()))

    @cached_property
    def folded(self) -> str:
        """Lower case, no accents, same length as `text`: what lexicons match on."""
        from .lexicon import fold

        return fold(self.norm.text)

    @cached_property
    def view(self):
        """The deobfuscated view of `folded` (leet, masks, spacing, hashtags undone; see
        postcheck/obfuscation.py) that the language detectors match on."""
        from .obfuscation import build_view

        return build_view(self.norm.text, self.folded)

    def view_signal(self, kind: str, start: int, end: int, score: float, why: str,
                    detector: str, /, **attrs: Any) -> Signal:
        """Build a Signal from offsets in the deobfuscated view."""
        nstart, nend = self.view.to_norm(start, end)
        return self.signal(kind, nstart, nend, score, why, detector, **attrs)

    def disguised(self, start: int, end: int) -> bool:
        """True when the view span [start, end) hides what was typed: leet, masks, spacing,
        stretched letters, or look-alike and invisible characters removed by normalisation."""
        if self.view.altered(start, end):
            return True
        nstart, nend = self.view.to_norm(start, end)
        ostart, oend = self.norm.to_original(nstart, nend)
        return (oend - ostart) != (nend - nstart) or any(
            a != b and b not in "'\"- " for a, b in zip(self.norm.original[ostart:oend], self.text[nstart:nend]))

    def signal(self, kind: str, start: int, end: int, score: float, why: str,
               detector: str, /, **attrs: Any) -> Signal:
        """Build a Signal from offsets in the normalised text. `attrs` is this call's own
        dict: the signal can keep a read-only view of it, no copy needed."""
        ostart, oend = self.norm.to_original(start, end)
        return Signal(kind, ostart, oend, round(float(score), 3), why, detector,
                      MappingProxyType(attrs))
