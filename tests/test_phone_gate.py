"""phone_gate: the phonenumbers matcher is skipped only where it cannot find a number."""
import random

import phonenumbers
import pytest

from postcheck.detectors.phone_gate import ABROAD, NINE_CLOSE, may_hold_phone


@pytest.mark.parametrize("text", [
    "Réf. du colis : 17 28 39 40 51, livré hier.",
    "Son NIR commence par 2 91 05 13 208 417 et la suite est illisible.",
    "Commande 4815162342 validée.",
])
def test_runs_too_long_for_france_are_set_aside(text):
    assert not may_hold_phone(text)
    assert not list(phonenumbers.PhoneNumberMatcher(text, "FR", leniency=0))


@pytest.mark.parametrize("text", [
    "Appelez-moi au 06 39 98 12 34 ce soir.",
    "Le standard : 0139981234.",
    "Sans le zéro : 639 981 234.",
    "Depuis l'étranger : +33 6 39 98 12 34.",
    "Composez le 00 44 20 7946 0018 pour Londres.",
    "Ligne 7 x 123456789012 à vérifier",     # an extension, then nine digits
    "Poste 12 34 56 78 90 1# au fond",       # the last block is an extension
    "Code 0961482EXT. 36, lot 12 34 56 78 91",  # "EXT" may be read as three digits
])
def test_posts_that_may_hold_a_number_keep_the_matcher(text):
    assert may_hold_phone(text)


def test_never_skips_a_number_the_matcher_finds():
    rng = random.Random(7)
    labels = ["ext ", "EXT.", "x", "#", " - ", ".", "/", "(", "    ", "le ", "tel: ", "33", "00",
              "G", "anexo ", ""]

    def block():
        return "".join(rng.choice("0123456789") for _ in range(rng.choice([1, 2, 2, 3, 8, 12])))

    for _ in range(3000):
        text = "".join(rng.choice(labels) + " ".join(block() for _ in range(rng.randint(1, 7)))
                       + rng.choice(["", " ", "#", " x ", "EXT. "]) for _ in range(rng.randint(1, 4)))
        if (NINE_CLOSE.search(text) or ABROAD.search(text)) and not may_hold_phone(text):
            assert not list(phonenumbers.PhoneNumberMatcher(text, "FR", leniency=0)), text
