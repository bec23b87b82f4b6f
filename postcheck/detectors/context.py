"""Care and health context: what turns a name into a breach of patient secrecy.

Reports five kinds of evidence, each from a lexicon in postcheck/lexicons/:
- `health`      a condition or hospital stay, a procedure or treatment, or an outcome
                (attribute `aspect`: condition, procedure, outcome);
- `care.act`    care given to someone (toilette, suture, perfusion...);
- `care.setting` a service or unit (urgences, réa, EHPAD...);
- `patient.cue` words saying someone is cared for (patiente, résident, "la mamie");
- `care.duty`   the author on duty (ma garde, cette nuit en service, au boulot).
A cue preceded by a negation ("aucun patient") is not reported.
"""
from __future__ import annotations

import re

import regex

from ..analysis import Analysis
from ..lexicon import TIMEOUT, FastPattern, compile_words
from ..literalscan import SCAN
from .cue_gate import CueGate, lexicon_alternatives
from .first_chars import FirstChars

# (?r): a look-behind pattern ending in `$`, only asked whether it matches, is searched from
# the end, where its matches end, instead of trying every start before (3-10x faster).
NEGATION_BEFORE = regex.compile(r"(?r)(?:\baucune?|\bpas\s+(?:de|d'|une?(?:\s+seule?)?)|\bsans|\bni|"
                                r"\bjamais\s+(?:de|d')|\bzero)\s+(?:\w+\s+)?$")

# "le service de dialyse", "l'équipe de chirurgie", "le dépistage du diabète": the health word
# names a unit, a trade or a campaign, not something that happened to someone.
NAMING_BEFORE = re.compile(
    r"\b(?:service|equipe|unite|pole|centre|departement|consultation|bloc|salle|secretariat|"
    r"staff|congres|colloque|journee|semaine|mois|campagne|formation|reunion|chef|cadre|"
    r"interne|externe|infirmiere?|ide|medecin|chirurgien|specialiste|association|ligue|"
    r"fondation|recherche|depistage|prevention|vaccination|sensibilisation|lutte\s+contre)s?"
    r"\s+(?:de\s+la\s+|de\s+l'|de\s+|d'|du\s+|des\s+|en\s+|contre\s+(?:le\s+|la\s+|l')?)$")

# "les patients", "aux résidents", "tous nos malades": people cared for in general, which
# does not make a person named in the post one of them (attribute `group`).
GROUP_BEFORE = re.compile(r"\b(?:les|des|aux|ces|tous\s+(?:les|nos|mes|ses)|toutes\s+(?:les|nos|"
                             r"mes|ses)|nos|vos|leurs|certains|plusieurs|beaucoup\s+de|de)\s+"
                             r"(?:\w+\s+)?$")

# Every match of NEGATION_BEFORE holds one of these words followed by a space (`re`'s \s
# holds every space `regex`'s does), and the text before a match of NAMING_BEFORE ends (spaces
# apart) with one of those: cheap tests that spare most searches ("ni" alone is in many words).
_NEGATION_WORDS = ("ni", "pas", "sans", "aucune?", "jamais", "zero")
_NAMING_LINKS = ("de", "du", "des", "en", "la", "le", "contre", "'")
_NEGATION_HINT = re.compile("(?:%s)\\s" % "|".join(_NEGATION_WORDS))

# (signal kind, lexicon, score, attributes)
LEXICONS = (
    ("health", "health_conditions", 0.8, {"aspect": "condition"}),
    ("health", "health_procedures", 0.7, {"aspect": "procedure"}),
    ("health", "health_outcomes", 0.7, {"aspect": "outcome"}),
    ("care.act", "care_acts", 0.7, {}),
    ("care.setting", "care_settings", 0.5, {}),
    ("patient.cue", "patient_cues", 0.7, {}),
    ("care.duty", "care_duty", 0.6, {}),
)


class CareContextDetector:
    name = "care-context"

    def __init__(self):
        self.patterns = [(kind, lexicon, compile_words(lexicon), score, attrs)
                         for kind, lexicon, score, attrs in LEXICONS]
        # Each lexicon is tried only where one of its entries can start and the post holds
        # what that entry needs (CueGate), when all are plain `re` patterns; otherwise each
        # lexicon scans the post.
        # what each lexicon's signals say, made once
        self._reports = [(kind, f"lexique {lexicon}", score, attrs, kind == "health",
                          kind == "patient.cue") for kind, lexicon, _, score, attrs in self.patterns]
        compiled = [p[2] for p in self.patterns]
        self.gate = (CueGate([lexicon_alternatives(lexicon) for _, lexicon, _, _ in LEXICONS])
                     if all(isinstance(p, FastPattern) for p in compiled) else None)
        if self.gate is not None:
            self._compiled = [p._re for p in compiled]
            self._at = [FirstChars(lexicon) for _, lexicon, _, _ in LEXICONS]
            self.slot = SCAN.register(self.gate.table)

    def detect(self, analysis: Analysis):
        folded = analysis.folded
        if self.gate is not None:
            found = self.gate.finditer_all(folded, self._compiled, SCAN.hits(analysis, self.slot),
                                          SCAN.other_digits(analysis), self._at)
        else:
            found = [p[2].finditer(folded, timeout=TIMEOUT) for p in self.patterns]
        signal, name = analysis.signal, self.name
        for (kind, why, score, attrs, health, cue), matches in zip(self._reports, found):
            for m in matches:
                start, end = m.span()
                before = folded[start - 30 if start > 30 else 0:start]
                if _NEGATION_HINT.search(before) and NEGATION_BEFORE.search(before):
                    continue
                if health and before.rstrip().endswith(_NAMING_LINKS) and \
                        NAMING_BEFORE.search(before):
                    continue
                if cue:
                    yield signal(kind, start, end, score, why, name, **attrs, group=bool(
                        m.group().endswith("s") and GROUP_BEFORE.search(before)))
                else:
                    yield signal(kind, start, end, score, why, name, **attrs)
