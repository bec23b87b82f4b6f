"""The shortcuts the clue detector takes must not change what it finds."""
from __future__ import annotations

import pytest

from postcheck.detectors.clue_patterns import ROAD_NUMBER
from postcheck.detectors.clues import ClueDetector
from postcheck.lexicon import TIMEOUT


@pytest.fixture(scope="module")
def road():
    clues = ClueDetector()
    return clues.patterns[clues.scanned[clues._road]][2]


@pytest.mark.parametrize("text", [
    "carambolage sur la rn 165 vers lorient", "bouchon sur l'a 84 au niveau de fougeres",
    "sortie de route sur la d12", "la n7 pres de valence", "sur l'a10"])
def test_a_numbered_road_holds_the_road_number(road, text):
    assert list(road.finditer(text, timeout=TIMEOUT)) and ROAD_NUMBER.search(text)


@pytest.mark.parametrize("text", ["rendez-vous vers 14h, 3 patients", "la salle 12 au 2e etage"])
def test_digits_alone_are_no_road(road, text):
    assert not ROAD_NUMBER.search(text) and not list(road.finditer(text, timeout=TIMEOUT))


def test_road_words_still_scanned():
    from postcheck.analysis import Analysis
    from postcheck.checker import make_post
    from postcheck.textnorm import normalize
    post = make_post({"text": "Accident sur la rocade de Vannes ce matin"})
    analysis = Analysis(post, normalize(post.text), None)
    analysis.__dict__["ents"] = ()
    kinds = [(s.kind, s.attrs.get("scale")) for s in ClueDetector().detect(analysis)]
    assert ("clue.place", "road") in kinds
