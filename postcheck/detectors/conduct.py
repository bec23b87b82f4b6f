"""Professional conduct: what a carer should not publish about their own practice or their
health advice, whatever the audience thinks of it.

- `conduct.unworthy`: the author (je, nous, or "on" for the team) tells of conduct unworthy
  of the profession: taking drugs or material from the ward, cutting off or ignoring call
  bells, leaving patients soiled, restraining or sedating them for convenience, working drunk,
  falsifying care records, mocking patients' bodies. The subject is in the pattern; what
  someone else does is defamation (defamation.py).
- `health.misinformation`: unfounded health claims pushed as fact (anti-vaccine, anti-
  treatment, miracle cures) and advice against validated treatment.
Both are skipped in questions, under negation ("le vaccin ne provoque pas l'autisme"), in
hypotheticals ("si on attache un patient sans prescription…"), in reported or quoted speech,
and for misinformation when the post debunks it ("c'est faux", "idée reçue", "charlatan").
- `conduct.contempt`: contempt for a category of patients ("les vieux … c'est fait exprès",
  "ils ont qu'à pas …"), read as a pair (_conduct_pairs.py); rule PC204.
Patterns: lexicons/conduct.txt (linear) and conduct_cues.txt (pairs, any order in a sentence).
Rules cite the professional codes for the author's profession.
"""
from __future__ import annotations

from ..patterns import fast, scanner

from ..analysis import Analysis
from . import _conduct_pairs, _speech
from ._scan import pattern_hits, warm

DEBUNK = fast(
    r"\b(?:faux|fausse|fake|intox|idee\s+recue|mythe|legende|arnaque|arnaqueur|charlatan\p{L}*|"
    r"escroc\p{L}*|aucune\s+preuve|pas\s+prouve|n'est\s+pas\s+vrai|ne\s+croyez\s+pas|"
    r"desinformation|complotiste|fausse\s+information|rumeur|non\s*,|n'en\s+deplaise|"
    r"dementi\p{L}*|infond\p{L}*|contre-verite|fact-?check\p{L}*|hoax|infox)\b")
NEGATED_BEFORE = fast(r"(?:\b(?:ne|n')\s*(?:\p{L}+\s+|l'|y\s+){0,2}|\b(?:jamais|pas|sans)\s+)$")
NEGATED_INSIDE = fast(r"\b(?:ne|n'|pas|jamais|aucun|aucune|nullement|guere)\b")
HYPOTHETICAL = fast(r"\b(?:si|s'il|s'ils|meme\s+si|au\s+cas\s+ou|et\s+si|imagine[zs]?|imaginons|"
                    r"supposons|admettons|interdit|interdiction)\b")
# Someone else's belief or claim, told by the author ("certains disent que…", "ma patiente a
# peur que…"): not the author's own claim.
OTHERS_CLAIM = fast(
    r"(?:\b(?:certains|beaucoup|des\s+gens|les\s+gens|on|ils|elles|antivax\p{L}*|influenceu\p{L}+|"
    r"internet|les\s+reseaux|patiente?s?|parents?|familles?|mamans?)\s+(?:\p{L}+\s+){0,2}?"
    r"(?:disent|dit|pretendent|pretend|affirment|affirme|racontent|raconte|croient|croit|ecrivent|"
    r"repetent|partagent)\s+(?:que|qu')|\bon\s+(?:entend|lit)\b|\bj'entends\b|\bj'ai\s+(?:lu|entendu)\b|"
    r"\bil\s+para[iî]t\b|\bparait-il\b|\b(?:croit|croient|craint|craignent|pensent|ont\s+peur|"
    r"a\s+peur|s'inquiete\p{L}*|se\s+demande\p{L}*|inquiete?s?|persuadee?s?)\s+(?:que|qu'|de|d'))")
# Someone else's words told by the author ("elle m'a dit : je débranche…"). Narrower than
# _speech.reported, which also reads "ceux qui appellent…" as a denunciation.
TOLD = fast(r"\b(?:(?:m'|nous\s+|l')?(?:a|ont|avait)\s+(?:dit|raconte|avoue|confie|ecrit|explique)|"
            r"(?:dit|disent|raconte|racontent|pretend|pretendent|avoue|avouent|ecrit|ecrivent)\s+"
            r"(?:que|qu'|:)|selon\s+(?:elle|lui|eux|elles))[^.!?\n]{0,60}$")
# A device removed for a reason that is not the patient's ("le temps de la réparer").
REPAIR = fast(r"\b(?:le\s+temps\s+(?:de|d')|pour\s+(?:la\s+|le\s+|les\s+|l')?(?:reparer|changer|nettoyer|"
              r"remplacer|tester|desinfecter|recharger)|(?:en\s+)?panne|defectueu\p{L}*|hors\s+service)")
# A claim true as stated: antibiotics do nothing against viruses.
TRUE_CLAIM = fast(r"\bantibio\p{L}*\b[^.!?\n]{0,60}\b(?:virus|vira\p{L}*|rhumes?|grippes?|covid|"
                  r"bronchiolites?|rhinopharyngites?)\b")


def _skipped(view: str, kind: str, attrs: dict, start: int, end: int) -> bool:
    s0, s1 = _speech.sentence(view, start, end)
    if view[s1:s1 + 1] == "?":
        return True
    c0, _ = _speech.clause(view, start, end)
    before = view[max(c0, start - 60):start]
    if NEGATED_BEFORE.search(before) or HYPOTHETICAL.search(before):
        return True
    if attrs.get("polarity") != "neg" and NEGATED_INSIDE.search(view, start, end):
        return True
    if _speech.in_quotes(view, start, end):
        return True
    if kind == "conduct.unworthy":
        return bool(TOLD.search(view[max(s0, start - 60):start]) or REPAIR.search(view, start, s1))
    sentence_before = view[max(s0, start - 80):start]
    return bool(DEBUNK.search(view) or OTHERS_CLAIM.search(sentence_before)
                or TRUE_CLAIM.search(view, s0, s1))


def _pair_skipped(view: str, kind: str, s0: int, s1: int, cues: list) -> bool:
    if view[s1:s1 + 1] == "?":
        return True
    first = min(c[1] for c in cues)
    if HYPOTHETICAL.search(view, s0, first) or OTHERS_CLAIM.search(view[s0:first]):
        return True
    if TOLD.search(view[max(s0, first - 60):first]):
        return True
    for family, start, end in cues:
        if _speech.in_quotes(view, start, end):
            return True
        if not _conduct_pairs.negation_matters(family):
            continue
        c0, _ = _speech.clause(view, start, end)
        if NEGATED_BEFORE.search(view[max(c0, start - 40):start]):
            return True
        if NEGATED_INSIDE.search(_conduct_pairs.negation_inside(family, view[start:end])):
            return True
    families = {c[0] for c in cues}
    if kind == "health.misinformation":
        return bool(DEBUNK.search(view) or TRUE_CLAIM.search(view, s0, s1)
                    or ("remedy" in families and _conduct_pairs.COMPLEMENT.search(view, s0, s1)))
    if families & {"sedate", "aesthetic"} and _conduct_pairs.MEDICAL.search(view, s0, s1):
        return True
    if kind == "conduct.contempt" and _conduct_pairs.FONDNESS.search(view, s0, s1):
        return True
    return bool(_conduct_pairs.WARNING.search(view, s0, s1))


WHY = {"conduct.unworthy": "conduite indigne racontée par l'auteur",
       "conduct.contempt": "mépris envers une catégorie de patients",
       "health.misinformation": "affirmation de santé sans fondement"}


class ConductDetector:
    name = "conduct"

    def __init__(self):
        warm()
        cues = scanner("conduct_cues")   # built with the detector, not on the first post
        if cues is not None:
            cues.use_word_facts()   # the cue scan then reads the view's word facts

    def detect(self, analysis: Analysis):
        facts = analysis.view.facts
        view = analysis.view.text
        found = []
        for kind, attrs, start, end in pattern_hits(analysis, "conduct"):
            if _skipped(view, kind, attrs, start, end):
                continue
            found.append((kind, start))
            yield analysis.view_signal(kind, start, end, 0.8, WHY[kind], self.name, **attrs)
        for kind, attrs, start, end, cues in _conduct_pairs.pairs(view, facts):
            s0, s1 = attrs.pop("sentence")
            if any(k == kind and s0 <= p < s1 for k, p in found) or _pair_skipped(view, kind, s0, s1, cues):
                continue
            yield analysis.view_signal(kind, start, end, 0.75, WHY[kind], self.name, **attrs)
