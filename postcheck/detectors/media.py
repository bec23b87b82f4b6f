"""Photos and videos announced in the text ("story de la nuit", "vidéo en story", 📸).

Attributes tell the rules how to read the announcement:
- `reaction`: a reaction to someone else's media ("merci pour cette vidéo"), not a post of one;
- `training`: the post is about training material (mannequin, simulation, tuto), not care;
- `live`: the media is taken from inside a place of care or a shift ("en direct du SAU",
  "story de ma garde", "photo souvenir en salle de réveil").
"""
from __future__ import annotations

import regex

from ..analysis import Analysis
from ..lexicon import TIMEOUT, FastPattern, compile_words
from ..literalscan import SCAN
from .cue_gate import CueGate, lexicon_alternatives
from .first_chars import FirstChars

_EMOJIS = "📸📷🎥📹🤳🎬"   # photo or video emojis
# "merci pour cette vidéo", "très bonne vidéo", "le médecin de la vidéo": a reaction to
# someone else's media; "j'ai des photos": evidence kept, not a post. Neither announces one.
# (?r): a look-behind pattern ending in `$`, only asked whether it matches, is searched from
# the end, where its matches end, instead of trying every start before (3-10x faster).
REACTION_BEFORE = regex.compile(r"(?r)(?:\bcette|\bta|\bvotre|\bton|\bvos|\btes|\bbonne|\bbelle|"
                                r"\bsuper|\bgenial\w*|\bexcellente?|\bde\s+la|\bdans\s+la|"
                                r"\bsur\s+la|\bj'ai\s+(?:des|les))\s+$")
# "ta photo avec le gâteau en commentaire 👇": the author posts it after all.
POSTED_AFTER = regex.compile(r"^.{0,40}?(?:en\s+commentaires?|ci-dessous|en\s+pj|en\s+story|"
                             r"👇|⬇|je\s+(?:te\s+|vous\s+)?(?:poste|mets|partage|publie))")
# "la vidéo qui prétend que…", "la vidéo virale": someone else's media, in the news.
REACTION_AFTER = regex.compile(r"^\s*(?:qui\s+(?:pretend|affirme|assure|dit\s+que|explique\s+que|"
                               r"circule|tourne|buzz)|virale?s?\b|complotiste|mensong|(?:du|de\s+la|de\s+l')\s*"
                               r"(?:ministre|president\w*|gouvernement|depute\w*|senat\w*|"
                               r"reportage|journal|jt\b|emission|documentaire))")
TRAINING = regex.compile(r"\b(?:mannequins?|simulation|simul[ée]e?|tuto\w*|webinaires?|"
                         r"d[ée]monstration|cours\s+(?:de|d')|atelier|e-learning)\b")
LIVE_AFTER = regex.compile(r"^\W{0,3}(?:du|de\s+la|des|de\s+l'|depuis|en|au|aux|a\s+la|"
                           r"(?:de|pendant)\s+(?:ma|la|notre|cette|mon)\s+(?:nuit|garde|"
                           r"journee|service|astreinte|poste)|de\s+garde|de\s+nuit)\b")
LIVE_CUE = regex.compile(r"(?:en\s+direct|live|stor(?:y|ies)|photo\s+souvenir|"
                         r"souvenir\s+en\s+photo|vlog)")


class MediaDetector:
    name = "media"

    def __init__(self):
        self.words = compile_words("media_cues")
        # Cue words are tried only where they can begin, in posts holding what they need
        # (CueGate); that, and the emojis (folding keeps them in place), are found by the
        # pass shared with other detectors (postcheck/literalscan.py).
        self.gate = (CueGate([lexicon_alternatives("media_cues")])
                     if isinstance(self.words, FastPattern) else None)
        self.cue_slot = SCAN.register(self.gate.table) if self.gate is not None else None
        self.first_chars = [FirstChars("media_cues")]   # where the gate tries the words
        self.emoji_slot = SCAN.register(dict.fromkeys(_EMOJIS, 1))

    def detect(self, analysis: Analysis):
        folded = analysis.folded
        if self.gate is None:
            cues = list(self.words.finditer(folded, timeout=TIMEOUT))
        else:
            cues = self.gate.finditer_all(folded, [self.words._re],
                                          SCAN.hits(analysis, self.cue_slot),
                                          matchers=self.first_chars)[0]
        emojis = [last for last, _ in SCAN.hits(analysis, self.emoji_slot)]
        if not cues and not emojis:
            return
        training = bool(TRAINING.search(folded))  # only worth a scan when a media is announced
        for m in cues:
            after = folded[m.end():m.end() + 60]
            reaction = bool(REACTION_BEFORE.search(folded[max(0, m.start() - 20):m.start()])
                            and not POSTED_AFTER.search(after)) or bool(REACTION_AFTER.search(after))
            live = bool(LIVE_CUE.match(m.group()) and
                        (m.group().startswith(("photo", "souvenir"))
                         or LIVE_AFTER.search(folded[m.end():m.end() + 40])))
            yield analysis.signal("media.announced", m.start(), m.end(), 0.7,
                                  "lexique media_cues", self.name, reaction=reaction,
                                  training=training, live=live)
        for at in emojis:
            yield analysis.signal("media.announced", at, at + 1, 0.6,
                                  "émoji photo ou vidéo", self.name, reaction=False,
                                  training=training, live=False)
