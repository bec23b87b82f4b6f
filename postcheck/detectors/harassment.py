"""Harassment evidence: calls to pile on, flood, mass-report, expose or track someone down
(`harassment.call`, attr strength strong/weak and form), announced repetition
(`harassment.repeat`), threats (`threat`, attr aim person/group) and contact details or a
location published about someone (`doxxing`, attr form). Patterns: lexicons/harassment.txt.

A call or threat that is quoted or denounced ("il m'a écrit « je sais où tu habites », j'ai
porté plainte") is not reported.
"""
from __future__ import annotations

from ..analysis import Analysis
from . import _speech
from ._scan import pattern_hits, warm

_WHY = {
    "harassment.call": "appel à s'en prendre à quelqu'un",
    "harassment.repeat": "ciblage répété annoncé",
    "threat": "menace",
    "doxxing": "coordonnées ou localisation d'une personne",
}


class HarassmentDetector:
    name = "harassment"

    def __init__(self):
        warm()

    def detect(self, analysis: Analysis):
        view = analysis.view.text
        for kind, attrs, start, end in pattern_hits(analysis, "harassment"):
            if kind != "doxxing" and _speech.reported(view, start, end):
                continue
            score = 0.6 if attrs.get("strength") == "weak" else 0.85
            yield analysis.view_signal(kind, start, end, score, _WHY[kind], self.name, **attrs)
