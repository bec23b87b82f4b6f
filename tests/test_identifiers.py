"""French identifier recognizers, through the full pipeline (one spaCy pass + Presidio)."""
import pytest


def kinds(checker, text):
    result = checker.check(text)
    return {(s.kind, text[s.start:s.end]) for s in result.signals}


@pytest.mark.parametrize("nir", ["1 84 03 76 451 089 96", "184037645108996", "1.84.03.76.451.089.96",
                                 "1 8 4 0 3 7 6 4 5 1 0 8 9 9 6"])
def test_valid_nir_in_usual_spellings(checker, nir):
    result = checker.check(f"Carte vitale {nir} rejetée")
    nirs = [s for s in result.signals if s.kind == "id.nir"]
    assert nirs and nirs[0].score == 1.0
    assert f"Carte vitale {nir} rejetée"[nirs[0].start:nirs[0].end] == nir


def test_nir_with_wrong_key_is_kept_with_a_low_score(checker):
    result = checker.check("numéro 1 84 03 76 451 089 97 refusé")
    nirs = [s for s in result.signals if s.kind == "id.nir"]
    assert nirs and nirs[0].score < 0.6


def test_two_phone_numbers_side_by_side_are_not_a_nir(checker):
    found = kinds(checker, "Standard 01.41.29.00.35 ou 01 41 29 00 37")
    assert not any(k == "id.nir" for k, _ in found)
    assert ("id.phone", "01.41.29.00.35") in found


@pytest.mark.parametrize("phone", ["06 39 98 12 44", "0639981244", "06.39.98.12.44", "+33 6 39 98 12 44",
                                   "06/39/98/12/44"])
def test_french_phone_numbers(checker, phone):
    assert ("id.phone", phone) in kinds(checker, f"appelez-la au {phone} svp")


def test_email_is_validated_offline(checker):
    assert ("id.email", "jeanne.martin@ch-exemple.fr") in kinds(
        checker, "écrivez à jeanne.martin@ch-exemple.fr demain")


def test_patient_numbers_need_their_context_word(checker):
    assert ("id.ipp", "8004123391") in kinds(checker, "le dossier IPP 8004123391 est bloqué")
    assert not any(k == "id.ipp" for k, _ in kinds(checker, "commande 8004123391 livrée"))


@pytest.mark.parametrize("room", ["ch. 12", "chbre 4", "lit n°9", "box 2", "chambre 115", "lit 3b"])
def test_room_bed_and_box_numbers(checker, room):
    assert ("id.room", room) in kinds(checker, f"la dame du {room} a sonné")


def test_room_opening_a_sentence_designates_nobody(checker):
    result = checker.check("Chambre 12 rénovée, merci !")
    rooms = [s for s in result.signals if s.kind == "id.room"]
    assert rooms and rooms[0].attrs["occupant"] is False


def test_age_of_a_person_versus_a_duration(checker):
    assert ("id.age", "94 ans") in kinds(checker, "une dame de 94 ans refuse la douche")
    for duration in ("Infirmière depuis 15 ans", "30 ans de maison", "entre 50 et 74 ans",
                     "chez les 15-24 ans"):
        assert not any(k == "id.age" for k, _ in kinds(checker, duration)), duration


def test_birth_dates_numeric_and_written(checker):
    assert ("id.birthdate", "30/06/1998") in kinds(checker, "Dossier de la patiente née le 30/06/1998 à revoir")
    assert ("id.birthdate", "3 janvier 1950") in kinds(checker, "il est né le 3 janvier 1950")


def test_plate_and_handle(checker):
    found = kinds(checker, "je connais ta plaque AB-123-CD et ton compte @jean.dupont_35")
    assert ("id.plate", "AB-123-CD") in found
    assert ("person.handle", "@jean.dupont_35") in found


def test_ages_and_months_in_one_post(checker):
    """Each age pattern only runs when the post has its own unit: both must still be found."""
    found = kinds(checker, "une maman de 27 ans et son bébé de 5 mois aux urgences")
    assert ("id.age", "27 ans") in found and ("id.age", "5 mois") in found
    assert ("id.age", "8 sem") in kinds(checker, "le nourrisson de 8 sem va mieux")


def test_bare_room_without_a_room_word(checker):
    """Without "chambre", "lit", "box"... only the bare-number patterns are tried."""
    assert ("id.room", "la 214") in kinds(checker, "le monsieur de la 214 a encore appelé")
    assert ("id.room", "lit 7") in kinds(checker, "au lit 7, le monsieur de la 12 dort")


def test_scan_patterns_gives_what_presidio_gives():
    """The lean pattern loop returns Presidio's own results: spans, scores, explanations."""
    from presidio_analyzer import PatternRecognizer

    from postcheck.detectors.identifiers import build_identifier_recognizers
    from postcheck.detectors.recognizer_base import scan_patterns

    texts = ["né le 4/11/1961, 71 ans, lit n°5, IPP 4481230917, tél 06 71 22 40 18",
             "12 bis, rue des Lilas à Tours ; plaque GH 482 KL ; ecrire a paul.roy@exemple.fr",
             "@marie_b la 9 a sonné, bébé de 3 mois, le 1er mars 2023"]
    for recognizer in build_identifier_recognizers():
        if not isinstance(recognizer, PatternRecognizer):
            continue
        for text in texts:
            ours = scan_patterns(recognizer, text, recognizer.patterns)
            theirs = PatternRecognizer.analyze(recognizer, text, None)
            assert [(r.start, r.end, r.score, r.analysis_explanation.__dict__) for r in ours] == \
                   [(r.start, r.end, r.score, r.analysis_explanation.__dict__) for r in theirs]


def test_context_words_still_raise_scores(checker):
    """Only results whose recognizer has context words go through Presidio's enhancement."""
    def score(kind, text):
        return max(s.score for s in checker.check(text).signals if s.kind == kind)
    assert score("id.phone", "son portable : 07 71 22 40 18") > score("id.phone", "ah 07 71 22 40 18 ah")
    assert score("id.nir", "nir 2 91 07 33 512 046 21") > score("id.nir", "ah 2 91 07 33 512 046 21")
