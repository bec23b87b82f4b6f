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

import regex

from ..analysis import Analysis
from ..lexicon import TIMEOUT, FastPattern, compile_words
from ..prefixgate import PrefixGate

NEGATION_BEFORE = regex.compile(r"(?:\baucune?|\bpas\s+(?:de|d'|une?(?:\s+seule?)?)|\bsans|\bni|"
                                r"\bjamais\s+(?:de|d')|\bzero)\s+(?:\w+\s+)?$")

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
        # One pass finds where any lexicon can start (postcheck/prefixgate.py), when all are
        # plain `re` patterns; otherwise each lexicon scans the post.
        compiled = [p[2] for p in self.patterns]
        self.gate = (PrefixGate([p._re for p in compiled])
                     if all(isinstance(p, FastPattern) for p in compiled) else None)

    def detect(self, analysis: Analysis):
        folded = analysis.folded
        if self.gate is not None:
            found = self.gate.finditer_all(folded)
        else:
            found = [p.finditer(folded, timeout=TIMEOUT) for p in self.patterns]
        for (kind, lexicon, _, score, attrs), matches in zip(self.patterns, found):
            for m in matches:
                if NEGATION_BEFORE.search(folded[max(0, m.start() - 25):m.start()]):
                    continue
                yield analysis.signal(kind, m.start(), m.end(), score, f"lexique {lexicon}",
                                      self.name, **attrs)
