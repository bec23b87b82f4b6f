"""Defamation evidence: the allegation of a precise, checkable fact that harms someone's
honour ("X vole dans la pharmacie", "la direction a truqué les plannings", "le Dr Y falsifie
ses comptes rendus"). Patterns: lexicons/defamation.txt (theft, fraud, abuse, substances at
work, illegal or unsafe practice).

A value judgement ("je trouve la direction nulle") contains no such fact and is not reported.
Attributes: `act` (the kind of fact), `hedged` (rumour, conditional, "il paraît que": the law
punishes a dubitative allegation too, but rules may word it differently), `evidence` (the
author claims proof or first-hand knowledge: "je l'ai vu", "j'ai les captures"), `negated`.
Rules pair it with an identifiable target (a name, a role, an establishment).
"""
from __future__ import annotations

import re

from ..patterns import fast

from ..analysis import Analysis
from . import _speech
from ._scan import pattern_hits, warm

HEDGE = fast(
    r"\b(?:il\s+para[iî]t|parait-il|on\s+dit|on\s+m'a\s+dit|j'ai\s+entendu|apparemment|"
    r"aurait|auraient|serait|seraient|soup[cç]onn\p{L}*|rumeurs?|ragots?|selon\s+(?:certains|"
    r"des|les|plusieurs)|il\s+semble(?:rait)?|peut-etre|sans\s+doute|je\s+crois\s+que|"
    r"si\s+(?:c'est|c\s+est)\s+vrai|il\s+se\s+murmure|d'apres\s+(?:certains|des))\b")
EVIDENCE = fast(
    r"\b(?:je\s+l'ai\s+vue?|je\s+les\s+ai\s+vus|j'ai\s+vu|j'ai\s+(?:les|des)\s+(?:preuves|captures|"
    r"photos|videos|mails|enregistrements)|tout\s+le\s+(?:monde|service|bloc)\s+le\s+sait|"
    r"plusieurs\s+\p{L}+\s+(?:ont\s+ete\s+)?temoins|temoins|c'est\s+tous\s+les\s+jours|"
    r"depuis\s+\d+\s+ans|preuves?\s+a\s+l'appui)\b")
NEGATED = fast(r"\b(?:ne|n')\s*(?:\p{L}+\s+){0,1}$|\b(?:jamais|pas)\s+$")


class DefamationDetector:
    name = "defamation"

    def __init__(self):
        warm()

    def detect(self, analysis: Analysis):
        view = analysis.view.text
        for kind, attrs, start, end in pattern_hits(analysis, "defamation"):
            s0, s1 = _speech.sentence(view, start, end)
            sentence = view[s0:s1]
            before = view[max(s0, start - 20):start]
            if fast(r"\b(?:je|j'|moi)\s*(?:\p{L}+\s+){0,1}$").search(before):
                continue   # the author about themself: conduct, not defamation
            hedged = bool(HEDGE.search(sentence))
            reported = _speech.reported(view, start, end)
            evidence = bool(EVIDENCE.search(view))
            negated = bool(NEGATED.search(before)) and "jamais" not in view[start:end]
            if negated:
                continue
            score = 0.8 if evidence else 0.7
            yield analysis.view_signal(
                "defamation", start, end, score * (0.8 if hedged or reported else 1.0),
                "allégation d'un fait précis portant atteinte à l'honneur", self.name,
                hedged=hedged or reported, evidence=evidence, **attrs)
