"""Hostility without insult words: hatred ("je les déteste"), disgust, dehumanisation ("sont
des parasites"), denying the worth of lives, exclusion ("n'ont rien à faire ici").
Patterns: lexicons/hostility.txt. Reported as `contempt` with form=hostility, use and aim, so
that the rules for contempt apply; rules decide whether a protected group, a patient, a
colleague or a named person is aimed at.

Negated statements ("je ne déteste pas", "ne sont pas une menace") and quoted or denounced
ones ("arrêtez de dire que …") are not reported as direct hostility.
"""
from __future__ import annotations

import re

from ..patterns import fast

from ..analysis import Analysis
from . import _speech
from ._scan import pattern_hits, warm

NEGATION_INSIDE = fast(r"\b(?:pas|jamais|nullement|aucunement|tout\s+sauf|loin\s+d'etre)\b")
NEGATION_BEFORE = fast(r"\b(?:ne|n')\s*$|\b(?:pas|jamais)\s+(?:de\s+)?$")
_PRONOUN_AIM = fast(r"\b(?:te|t'|vous|toi)\b")


class HostilityDetector:
    name = "hostility"

    def __init__(self):
        warm()

    def detect(self, analysis: Analysis):
        view = analysis.view.text
        for kind, attrs, start, end in pattern_hits(analysis, "hostility"):
            span = view[start:end]
            if not attrs.pop("neg", None) and (
                    NEGATION_INSIDE.search(span)
                    or NEGATION_BEFORE.search(view[max(0, start - 12):start])):
                continue
            use = "reported" if _speech.reported(view, start, end) else "direct"
            c0, c1 = _speech.clause(view, start, end)
            aim = "addressee" if _PRONOUN_AIM.search(view[c0:c1]) else "group"
            yield analysis.view_signal(kind, start, end, 0.7, "propos hostiles", self.name,
                                       use=use, aim=aim, severity=2, needs_target=True,
                                       obfuscated=analysis.disguised(start, end), slur=False,
                                       **attrs)
