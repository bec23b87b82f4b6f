"""Harassment evidence: calls to pile on, flood, mass-report, expose, track down or confront
someone (`harassment.call`, attrs strength strong/weak and form), announced repetition
(`harassment.repeat`), threats (`threat`, attrs aim person/group, strength, form), a score to
settle ("celle qui m'a dénoncée": `grievance`) and contact details or a location given about
someone (`doxxing`, attr form). Patterns: lexicons/harassment.txt.

The patterns are constructions; a few checks need words around them, done here on the hits
only (a handful per post at most):
- a call or threat that is quoted or denounced ("il m'a écrit « je sais où tu habites », j'ai
  porté plainte") or negated ("ne harcelez pas") is not reported;
- "je vais le tuer, ce dossier": the object dislocated after the verb is not a person;
- a threat against people in numbers needs a person word in its sentence ("il faut tuer les
  bactéries" is not one);
- "je vais le tuer 😂": the stock hyperbole of exasperation (tuer, étrangler, étriper...)
  followed by laughter is a joke, not a threat; other violence stays a threat even with 😂.
"""
from __future__ import annotations

import re

from ..analysis import Analysis
from ..patterns import fast
from . import _speech
from ._scan import pattern_hits, warm
from .targets import role_lexicon

_WHY = {
    "harassment.call": "appel à s'en prendre à quelqu'un",
    "harassment.repeat": "ciblage répété annoncé",
    "threat": "menace",
    "grievance": "compte à régler avec quelqu'un",
    "doxxing": "coordonnées ou localisation d'une personne",
}
_NEGATED = fast(r"(?:\bne|\bn')\s*$")
_DISLOCATED = fast(r"\s*,?\s*(?:ce|cet|cette|ces|mon|ma|mes|son|sa|ses|le|la|les)\s+(\p{L}+)")
_SECOND_PERSON = fast(r"\b(?:te|t'|toi|vous|tu)(?!\w)")
_WORD = fast(r"\p{L}+")
_PERSON_WORDS = frozenset({
    "ils", "elles", "eux", "vous", "toi", "tous", "toutes", "gens", "personnes", "types", "mecs",
    "nanas", "meufs", "mec", "type", "gars", "nana", "meuf", "bonhomme", "race", "engeance", "vermine", "racaille", "racailles", "ceux", "celles"})
# "il m'a écrit : ...", "elle a dit que ..." (not "celui qui m'a menacé : ...", a grievance)
_SPEECH = fast(r"\b(?:dit|dire|ecrit|ecrire|lance|hurle|crie|menace|menacee|repete|envoye|sorti|gueule|"
               r"texte|rugi|balance)\s*(?::|que\s|qu'|\"|,)[^.!?\n]{0,50}$")
_SCORES = {"weak": 0.6, "strong": 0.85}
_HYPERBOLE = fast(r"(?:tuer|tue|trucider|etrangler|etrangle|etriper|etripe|zigouiller|assassiner|"
                  r"massacrer|buter|bute|bouffer|faire\s+la\s+peau)\b")
_LAUGH = fast(r"\s*[,.!]{0,3}\s*(?:😂|🤣|😅|😆|😹|😜|😝|🙃|😁|😄|mdr|ptdr|lol|xd|jpp|haha|hihi|hehe)",
              re.IGNORECASE)


def _reported(view: str, start: int, end: int, facts=None) -> bool:
    """Quoted, reported or denounced: the words are someone else's. `facts`: View.facts of
    `view` (the gated DENOUNCE then most often needs no scan)."""
    s0, s1 = _speech.sentence(view, start, end)
    if _speech.DENOUNCE.search(view, s0, s1, facts=facts):
        return True
    quote = _speech.in_quotes(view, start, end)
    if quote and len(view[quote[0] + 1:quote[1] - 1].split()) >= 3:
        return True
    m = _SPEECH.search(view, max(s0, start - 70), start)
    return bool(m) and "qui " not in view[max(s0, m.start() - 12):m.start()]


def _joke(view: str, start: int, end: int) -> bool:
    """"Je vais le tuer 😂": an exasperated hyperbole, laughed off right away."""
    return bool(_HYPERBOLE.search(view, start, end)) and bool(_LAUGH.match(view, end))


def _person_nouns() -> frozenset[str]:
    return frozenset(f for f in role_lexicon() if " " not in f) | _PERSON_WORDS


class HarassmentDetector:
    name = "harassment"

    def __init__(self):
        warm()
        self.person_nouns = _person_nouns()

    def detect(self, analysis: Analysis):
        view, facts = analysis.view.text, analysis.view.facts
        for kind, attrs, start, end in pattern_hits(analysis, "harassment"):
            if kind in ("harassment.call", "harassment.repeat", "threat") and (
                    _reported(view, start, end, facts) or _NEGATED.search(view, max(0, start - 4), start)):
                continue
            if kind == "harassment.call" and view[max(0, start - 5):start] in ("vous ", "nous "):
                continue  # "vous harcelez les soignants": a statement, not an imperative
            if kind == "threat" and not self._aimed_at_people(view, start, end, attrs):
                continue
            if kind == "threat" and _joke(view, start, end):
                continue
            score = _SCORES.get(attrs.get("strength"), 0.8)
            yield analysis.view_signal(kind, start, end, score, _WHY[kind], self.name, **attrs)

    def _aimed_at_people(self, view: str, start: int, end: int, attrs: dict) -> bool:
        if attrs.get("aim") == "person":
            if attrs.get("form") != "direct" or _SECOND_PERSON.search(view, start, end):
                return True
            m = _DISLOCATED.match(view, end)
            return not m or m.group(1) in self.person_nouns
        s0, s1 = _speech.sentence(view, start, end)
        return any(w in self.person_nouns for w in _WORD.findall(view, s0, s1))
