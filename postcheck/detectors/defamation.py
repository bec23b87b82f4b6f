"""Defamation evidence: the allegation of a precise, checkable fact that harms someone's
honour ("X vole dans la pharmacie", "la direction a truqué les plannings", "le Dr Y falsifie
ses comptes rendus"). Patterns (lexicons/defamation.txt) are a grammar of allegation: verb
families with their inflections x object families (theft, fraud, cover-up, abuse, sexual
misconduct, substances at work, discrimination and unsafe practice).

This module decides whether the fact is *alleged against someone else*:
- skipped: questions, negation ("il n'a jamais volé"), the author about themself (that is
  conduct, see conduct.py), generic or hypothetical subjects ("un soignant qui frappe un
  patient doit être signalé", "si un collègue vole…"), bare infinitives ("voler est un
  délit"), prevention or training material, lawful practice ("sur prescription"), and facts
  already judged in public ("condamné par le tribunal", "mis en examen");
- kept with attributes: `hedged` (rumour, conditional, hearsay: the law punishes a
  dubitative allegation too), `evidence` (the author claims proof or first-hand knowledge),
  `channel` (the post says the facts were reported to the ARS, the Ordre, the police: the
  report is protected, publishing the allegation is not), `act`, and `polarity=neg` for
  allegations whose negation is the fact ("n'a jamais eu sa thèse").
Rules pair the signal with an identifiable target (a name, a role, an establishment).
"""
from __future__ import annotations

from ..gated import gated
from ..patterns import fast

from ..analysis import Analysis
from . import _speech
from ._scan import pattern_hits, warm

HEDGE = gated(
    r"\b(?:il\s+para[iî]t|parait-il|on\s+dit|on\s+m'a\s+dit|j'ai\s+entendu|apparemment|"
    r"aurait|auraient|serait|seraient|soup[cç]onn\p{L}*|rumeurs?|ragots?|selon\s+(?:certains|"
    r"des|les|plusieurs)|il\s+semble(?:rait)?|peut-etre|sans\s+doute|je\s+crois\s+que|"
    r"si\s+(?:c'est|c\s+est)\s+vrai|il\s+se\s+murmure|d'apres\s+(?:certains|des)|"
    r"on\s+raconte|(?:tout\s+le\s+monde|ils|elles)\s+di(?:t|sent)\s+qu|bruits?\s+de\s+couloir)")
EVIDENCE = fast(
    r"\b(?:je\s+l'ai\s+vue?|je\s+les\s+ai\s+vus|j'ai\s+vu|j'ai\s+(?:les|des)\s+(?:preuves|captures|"
    r"photos|videos|mails|enregistrements)|tout\s+le\s+(?:monde|service|bloc)\s+le\s+sait|"
    r"plusieurs\s+\p{L}+\s+(?:ont\s+ete\s+)?temoins|temoins|c'est\s+tous\s+les\s+jours|"
    r"depuis\s+\d+\s+ans|preuves?\s+a\s+l'appui)\b")
NEGATED = fast(r"(?:\b(?:ne|n')\s*(?:\p{L}+\s+|l'|y\s+){0,2}|\b(?:jamais|pas|plus|nullement|"
               r"aucunement|sans)\s+)$")
# Where the subject of the hit begins: after the last conjunction or punctuation.
_BOUNDARY = fast(r"(?:\bque\b|\bqu'|\bqui\b|\bcar\b|\bmais\b|\bet\b|\bdonc\b|\bpuis\b|\bou\b|"
                 r"[,:;(])")
SELF = fast(r"(?:^|\s)(?:je\b|j')|^\s*(?:moi\s*,?\s*)?nous\s")
PERCEPTION = fast(
    r"(?:\bvue?s?|\bsurprise?s?|\bprise?s?\s+sur\s+le\s+fait|\bentendue?s?|\bfilme\p{L}*|"
    r"\ben\s+train\s+(?:de|d')|\bcontinuent?\s+(?:de|d'|a)|\bn'arrete(?:nt)?\s+pas\s+(?:de|d')|"
    r"\bpasse(?:nt)?\s+(?:son|leur)\s+temps\s+a|\bs'amusen?t?\s+a|\bose(?:nt)?|\ba\s+ose|"
    r"\bse\s+permet(?:tent)?\s+(?:de|d')|\ba\s+l'habitude\s+(?:de|d')|\b(?:a|ont)\s+fait|\bfai[st]|"
    r"\bfont|\blaisse(?:nt)?|\best\s+capable\s+(?:de|d')|\ba\s+(?:essaye|tente)\s+(?:de|d'))"
    r"\s*(?:l'|la\s+|le\s+|les\s+|lui\s+|leur\s+)?$")
INFINITIVE = fast(r"\p{L}+(?:er|ir)")
GENERIC = fast(
    r"(?:(?:^|[.,:;!?(]\s*|\b(?:et|mais|car|donc|alors|or)\s+)(?:un|une|tout|toute|ceux|celles|"
    r"celui|celle|quiconque|chaque|aucune?|n'importe\s+quel(?:le)?|quelqu'un|personne)\s+"
    r"(?:\p{L}+\s+|l'|d'){0,3}?(?:qui|qu'il|qu'elle)\s+|"
    r"\b(?:si|s'il|s'ils|s'elle|s'elles|quand|lorsque|lorsqu'|meme\s+si|au\s+cas\s+ou|et\s+si|"
    r"imagine[zs]?|imaginons|supposons|admettons)\b)")
PUBLIC = gated(
    r"\b(?:condamne\p{L}*|mise?s?\s+en\s+examen|reconnue?s?\s+coupables?|tribunal|cour\s+d'(?:appel|"
    r"assises)|proces|jugement|relaxe\p{L}*|radie\p{L}*\s+par|selon\s+(?:le|la|les|l')\s*(?:presse|"
    r"journal|article|parquet|enquete|rapport)|d'apres\s+(?:le|la|l')\s*(?:presse|journal|article|"
    r"parquet|rapport)|le\s+parquet|l'igas|(?:l'ars|l'inspection|l'enquete)\s+a\s+(?:constate|"
    r"confirme|etabli|publie))")
PREVENTION = gated(
    r"\b(?:prevention|prevenir|lutte(?:r)?\s+contre|formations?\s+(?:sur|a\s+la|aux?|obligatoires?|"
    r"de\s+sensibilisation|:)|sensibilisation|rappel\s*:|procedure|protocole|charte|que\s+faire|"
    r"comment\s+(?:reagir|signaler|declarer|reconnaitre|reperer)|"
    r"attention\s+aux|mefiez-vous|vigilance|campagne|webinaire|conference|serie|film|roman|"
    r"podcast|documentaire|livre)\b")
LAWFUL = fast(r"\s+(?:\p{L}+\s+){0,3}?(?:sur\s+prescription|avec\s+(?:une\s+)?prescription|"
              r"selon\s+(?:le\s+)?protocole|conformement|sur\s+ordonnance|prescrite?s?\s+par)")
CHANNEL = gated(
    r"\b(?:signalement|signale\p{L}*\s+(?:a|aux|au)\s|plainte|fiche\s+(?:d'evenement|fei)|fei|"
    r"declaration\s+d'evenement|article\s+40|lanceur\s+d'alerte|(?:a|aux?)\s+(?:l'ars|l'ordre|"
    r"procureur|la\s+police|la\s+gendarmerie|la\s+justice))")

# Searched once per allegation, behind the post's word facts (postcheck/gated.py).
for _cue in (HEDGE, PUBLIC, PREVENTION, CHANNEL):
    _cue.use_word_facts()

# "le post de @x qui insulte les soignantes": the subject is content anyone can read, not a
# fact imputed to a person.
CONTENT = fast(r"\b(?:posts?|tweets?|commentaires?|messages?|videos?|publications?|story|stories|"
               r"reels?|lives?|articles?|threads?)\s+(?:(?:de|d')\s*\S+\s+)?qui\s*$")
# "Un patient m'a frappée": an indefinite subject with nothing after it names no one.
INDEFINITE = fast(r"(?:^|[.!?:;]\s*)(?:un|une)\s+\p{L}+\s+(?:\p{L}+\s+)?"
                  r"(?:(?:m'|l'|nous\s+|les\s+|lui\s+|leur\s+)?(?:a|ont|avait|aurait)\s+)?$")


def _first_verb(hit: str) -> str:
    words = hit.replace("'", "' ").split()
    return words[1] if len(words) > 1 and words[0] in ("se", "s'") else words[0]


def subject(before: str) -> str:
    """Who does the act in the clause ending at the hit: `self`, `generic`, `seen` (the
    object of "je l'ai vu(e)…"), or `other`."""
    cut = 0
    for m in _BOUNDARY.finditer(before):
        cut = m.end()
    seg = before[cut:]
    if PERCEPTION.search(before):
        return "seen"
    if GENERIC.search(before):
        return "generic"
    if SELF.search(seg):
        return "self"
    return "other"


def allegation(view: str, start: int, end: int, attrs: dict, facts=None) -> dict | None:
    """The context attributes of an allegation at [start, end), or None when the hit is not
    an allegation against someone else. `facts`: View.facts of `view`, which let the gated
    cues skip their search when no word of the post can begin them."""
    s0, s1 = _speech.sentence(view, start, end)
    c0, _ = _speech.clause(view, start, end)
    if view[s1:s1 + 1] == "?":
        return None
    before = view[max(s0, start - 70):start]
    clause_before = view[max(c0, start - 70):start]
    if attrs.get("polarity") != "neg" and NEGATED.search(clause_before):
        return None
    if CONTENT.search(clause_before) or INDEFINITE.search(clause_before):
        return None
    who = subject(clause_before)
    if who in ("self", "generic"):
        return None
    if who != "seen" and INFINITIVE.fullmatch(_first_verb(view[start:end])):
        return None   # "voler des médicaments est un délit": no one is accused
    sentence = view[s0:s1]
    if PREVENTION.search(sentence, facts=facts) or PUBLIC.search(sentence, facts=facts) \
            or LAWFUL.match(view, end):
        return None
    reported = bool(_speech.REPORT_VERB.search(before, facts=facts))
    return {"hedged": bool(HEDGE.search(sentence, facts=facts)) or reported,
            "evidence": who == "seen" or bool(EVIDENCE.search(view)),
            "channel": bool(CHANNEL.search(sentence, facts=facts))}


def _candidates(analysis: Analysis, view: str):
    """The defamation hits, plus the conduct hits told with "on" ("à l'EHPAD X, on attache
    les résidents la nuit"): the one scan keeps a single hit per place, and such a sentence
    is both the team's conduct and an allegation against the establishment."""
    yield from pattern_hits(analysis, "defamation")
    for kind, attrs, start, end in pattern_hits(analysis, "conduct"):
        if kind == "conduct.unworthy" and view.startswith("on ", start):
            yield "defamation", {**attrs, "team": True}, start + 3, end


class DefamationDetector:
    name = "defamation"

    def __init__(self):
        warm()

    def detect(self, analysis: Analysis):
        view, facts = analysis.view.text, analysis.view.facts
        for kind, attrs, start, end in _candidates(analysis, view):
            context = allegation(view, start, end, attrs, facts)
            if context is None:
                continue
            score = 0.8 if context["evidence"] else 0.7
            if context["hedged"]:
                score *= 0.8
            if context["channel"]:
                score *= 0.9
            yield analysis.view_signal(
                kind, start, end, score,
                "allégation d'un fait précis portant atteinte à l'honneur", self.name,
                **context, **attrs)
