"""Cues for `_speech.aim`, kept apart so that module stays small: who a hostile word is
aimed at when the sentence alone does not say it (on the folded view)."""
from __future__ import annotations

from ..patterns import fast

# "Les familles qui râlent : vous êtes des …": the "vous" is people in general.
VOCATIVE_GROUP = fast(r"^\s*(?:a\s+)?(?:aux|les|ces|tous\s+les|toutes\s+les|ceux|celles)\s"
                      r"[^:!?]{0,100}[:,]\s*vous\b")
# "il s'y est attardé", "tu t'es planté": a reflexive verb, not a word for someone.
REFLEXIVE = fast(r"(?:\b(?:m'|s'|se|me|te)|\btu\s+t')\s*(?:y\s+|en\s+)?(?:ne\s+|n')?"
                 r"(?:suis|es|est|sommes|etes|sont|etais|etait|etaient|sera|serait|etre)\s+(?:(?:pas|plus|jamais|trop|bien|deja)\s+)*$")
# "… sans prévenir la patiente. Un boucher.": a verbless sentence naming what someone is.
FRAGMENT = fast(r"\s*(?:(?:un|une|quel|quelle|vraiment|vrai|vraie|sacre|sacree|veritable|"
                r"juste)\s+)+$")
# The end of a word aimed at someone: punctuation, emoji, a comma, "va", "doublé d'un …".
ENDS = fast(r"\s*(?:!|\.|,|\s+va\b|$|\?|[^\p{L}\p{N}\s])|\s+doublee?s?\s+(?:d'|de\s)")

# What the text before a word, its final spaces stripped, ends with wherever the `$`-anchored
# cue matches (REFLEXIVE also needs those spaces): a test of a few characters that spares the
# search, which tries every place of the text, in most cases.
REFLEXIVE_ENDS = ("suis", "es", "est", "sont", "etais", "etait", "etaient", "sera", "serait",
                  "etre", "pas", "plus", "jamais", "trop", "bien", "deja")
STRONG_ENDS = ("de", "des", "d'", "sale", "sales", "gros", "grosse", "grosses", "vieux",
               "vieille", "vieilles", "pauvre", "pauvres", "sacre", "sacree", "=")
FIGURATIVE_ENDS = ("de", "d'")
