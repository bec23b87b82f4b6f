"""Photos and videos announced in the text ("story de la nuit", "vidéo en story", 📸)."""
from __future__ import annotations

import regex

from ..analysis import Analysis
from ..lexicon import TIMEOUT, compile_words

MEDIA_EMOJI = regex.compile(r"[📸📷🎥📹🤳🎬]")
# "merci pour cette vidéo", "très bonne vidéo", "le médecin de la vidéo": a reaction to
# someone else's media; "j'ai des photos": evidence kept, not a post. Neither announces one.
REACTION_BEFORE = regex.compile(r"(?:\bcette|\bta|\bvotre|\bton|\bvos|\btes|\bbonne|\bbelle|"
                                r"\bsuper|\bgenial\w*|\bexcellente?|\bde\s+la|\bdans\s+la|"
                                r"\bsur\s+la|\bj'ai\s+(?:des|les))\s+$")


class MediaDetector:
    name = "media"

    def __init__(self):
        self.words = compile_words("media_cues")

    def detect(self, analysis: Analysis):
        folded = analysis.folded
        for m in self.words.finditer(folded, timeout=TIMEOUT):
            reaction = bool(REACTION_BEFORE.search(folded[max(0, m.start() - 20):m.start()]))
            yield analysis.signal("media.announced", m.start(), m.end(), 0.7,
                                  "lexique media_cues", self.name, reaction=reaction)
        for m in MEDIA_EMOJI.finditer(analysis.text):
            yield analysis.signal("media.announced", m.start(), m.end(), 0.6,
                                  "émoji photo ou vidéo", self.name, reaction=False)
