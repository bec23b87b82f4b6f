"""Professional conduct: what a carer should not publish about their own practice or their
health advice, whatever the audience thinks of it.

- `conduct.unworthy`: the author tells of conduct unworthy of the profession (taking drugs
  from the ward, unplugging call bells, leaving patients soiled, sedating them for peace);
- `health.misinformation`: unfounded health claims (anti-vaccine, "la chimio tue", miracle
  cures), unless the sentence debunks them ("c'est faux", "arnaque", "charlatan").
Patterns: lexicons/conduct.txt. Rules cite the professional codes for the author's profession.
"""
from __future__ import annotations

import re

from ..patterns import fast

from ..analysis import Analysis
from . import _speech
from ._scan import pattern_hits, warm

DEBUNK = fast(
    r"\b(?:faux|fausse|fake|intox|idee\s+recue|mythe|legende|arnaque|arnaqueur|charlatan\p{L}*|"
    r"escroc\p{L}*|aucune\s+preuve|pas\s+prouve|n'est\s+pas\s+vrai|ne\s+croyez\s+pas|"
    r"desinformation|complotiste|fausse\s+information|rumeur|non\s*,|n'en\s+deplaise)\b")


class ConductDetector:
    name = "conduct"

    def __init__(self):
        warm()

    def detect(self, analysis: Analysis):
        view = analysis.view.text
        for kind, attrs, start, end in pattern_hits(analysis, "conduct"):
            s0, s1 = _speech.sentence(view, start, end)
            if _speech.reported(view, start, end):
                continue
            if kind == "health.misinformation" and DEBUNK.search(view):
                continue
            why = ("conduite indigne racontée par l'auteur" if kind == "conduct.unworthy"
                   else "affirmation de santé sans fondement")
            yield analysis.view_signal(kind, start, end, 0.8, why, self.name, **attrs)
