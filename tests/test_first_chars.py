"""A lexicon cut by first characters must match what the whole lexicon pattern matches."""
from __future__ import annotations

import pytest

from postcheck.detectors.context import LEXICONS
from postcheck.detectors.first_chars import FirstChars
from postcheck.lexicon import compile_words, fold
from postcheck.prefixgate import matches_at

_TEXTS = [
    "Cette nuit de garde aux urgences, perfusion posee puis suture chez une patiente agee",
    "Le résident de la chambre 12 a fait une chute, scanner en urgence et retour en EHPAD",
    "pas de décès ce soir, mais deux intubations et un arrêt cardiaque récupéré en réa",
    "Ma mamie sous chimio, dialyse trois fois par semaine : les soignants sont au top !",
    "toilette, pansement, prise de sang ; la famille du monsieur du 4 est arrivée 😀",
    "Photo prise en salle de réveil, vidéo en story, capture d'écran du dossier 📸",
]


@pytest.mark.parametrize("lexicon", [name for _, name, _, _ in LEXICONS] + ["media_cues"])
def test_same_matches_as_the_whole_lexicon_at_every_start(lexicon):
    whole, cut = compile_words(lexicon)._re, FirstChars(lexicon)
    for text in map(fold, _TEXTS):
        starts = range(len(text) + 1)
        expected = [m.span() for m in matches_at(whole, text, starts)]
        assert [m.span() for m in cut.matches_at(text, starts)] == expected
