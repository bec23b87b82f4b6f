"""The cheap tests care-context runs before its look-behind searches must never skip a match."""
from __future__ import annotations

import itertools

from postcheck.detectors.context import (NAMING_BEFORE, NEGATION_BEFORE, _NAMING_LINKS,
                                         _NEGATION_HINT)

_LEADS = ["", "hier soir ", "le ", "la personne du ", "j'ai vu "]
_HEADS = ["aucun", "aucune", "pas de", "pas d'", "pas une seule", "sans", "ni", "jamais de",
          "zero", "service de", "equipe de la", "unite d'", "depistage du", "lutte contre le",
          "campagne contre l'", "semaine des", "consultation en", "rien de", "une"]
_TAILS = ["", " ", "  ", " vraie ", "\n", " grosse\t", "\u2009", "\u00a0dure\u202f"]


def test_every_negation_or_naming_before_passes_the_cheap_tests():
    for lead, head, tail in itertools.product(_LEADS, _HEADS, _TAILS):
        before = (lead + head + tail)[-30:]
        if NEGATION_BEFORE.search(before):
            assert _NEGATION_HINT.search(before), before
        if NAMING_BEFORE.search(before):
            assert before.rstrip().endswith(_NAMING_LINKS), before
