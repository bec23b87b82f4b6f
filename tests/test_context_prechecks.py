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


def test_patterns_searched_from_the_end_answer_as_searched_forward():
    import regex

    from postcheck.detectors import clue_shapes, clues, establishments, media

    reversed_ = [NEGATION_BEFORE, clues._HOSPITAL_BEFORE, clues.ClueDetector().town_before,
                 clue_shapes._STRONG_SLOT, clue_shapes._PERSON_SLOT, clue_shapes.EPONYM_BEFORE,
                 establishments._NOT_HOSPITAL_BEFORE, establishments._DETERMINER_BEFORE,
                 media.REACTION_BEFORE]
    befores = [(lead + head + tail)[-30:] for lead, head, tail in itertools.product(
        _LEADS + ["une dame de 80 ans venue de ", "vu au chu de ", "dans la rue "],
        _HEADS + ["habitante de", "maladie d'", "j'ai des", "cette", "a", "le", "homme de"], _TAILS)]
    for pattern in reversed_:
        assert pattern.pattern.startswith("(?r)")
        forward = regex.compile(pattern.pattern[4:])
        assert [bool(pattern.search(b)) for b in befores] == \
            [bool(forward.search(b)) for b in befores]
        assert any(pattern.search(b) for b in befores)
