"""Context detectors: care settings and duty, the author's profession, establishments and
indirect identification clues. Sentences written for these tests, not taken from corpora."""
from __future__ import annotations

import pytest


def kinds(checker, text, kind):
    result = checker.check(text)
    return [(text[s.start:s.end], dict(s.attrs)) for s in result.signals if s.kind == kind]


@pytest.mark.parametrize("text,word,profession", [
    ("En tant qu'IDE je trouve ça injuste", "IDE", "infirmier"),
    ("Infirmière depuis 12 ans et toujours motivée", "Infirmière", "infirmier"),
    ("Interne en chir, troisième garde de la semaine", "Interne en chir", "interne"),
    ("Je suis AS à domicile et j'adore ça", "AS", "aide-soignant"),
    ("Bravo à toutes #sagefemme", "#sagefemme", "sage-femme"),
    ("Fière d'être médecin urgentiste", "médecin urgentiste", "medecin"),
    ("Question IDE : vous faites comment ?", "IDE", "infirmier"),
])
def test_profession_self(checker, text, word, profession):
    found = kinds(checker, text, "profession.self")
    assert any(word in span and attrs.get("profession") == profession for span, attrs in found)


@pytest.mark.parametrize("text", [
    "Ma collègue IDE est partie en vacances",
    "Tu as vu le match hier ?",
    "Docteur, une question sur le vaccin",
    "#idealiste #infiltration",
])
def test_not_a_self_presentation(checker, text):
    assert not kinds(checker, text, "profession.self")


@pytest.mark.parametrize("text,phrase", [
    ("Ma garde commence à 20h", "Ma garde"),
    ("Cette nuit en service c'était calme", "Cette nuit en service"),
    ("Déjà 14h de garde, je craque", "14h de garde"),
    ("Retour au boulot après trois semaines", "au boulot"),
])
def test_care_duty(checker, text, phrase):
    assert any(phrase.lower() in span.lower() for span, _ in kinds(checker, text, "care.duty"))


@pytest.mark.parametrize("text", ["Mise en garde à vue hier soir", "Je cherche une garde d'enfants"])
def test_not_on_duty(checker, text):
    assert not kinds(checker, text, "care.duty")


@pytest.mark.parametrize("text,name,type_", [
    ("Heureuse de commencer lundi au CH de Quimperlé !", "CH de Quimperlé", "ch"),
    ("je bosse au chu de brest depuis 3 ans", "chu de brest", "chu"),
    ("Transférée au CH St-Malo hier", "CH St-Malo", "ch"),
    ("l'hosto de Pontoise est saturé", "hosto de Pontoise", "hopital"),
    ("Stage à la clinique Les Glycines", "clinique Les Glycines", "clinique"),
    ("Elle est suivie à Necker depuis un an", "Necker", "hopital"),
    ("Je pars à l'AP-HP en septembre", "AP-HP", "chu"),
    ("Animation à l'EHPAD « Les Tilleuls » samedi", "EHPAD « Les Tilleuls »", "ehpad"),
    ("aux urgences de Morlaix ce matin", "urgences de Morlaix", "service"),
])
def test_named_establishments(checker, text, name, type_):
    found = kinds(checker, text, "establishment")
    assert (name, {"type": type_, "named": True}) in found, found


@pytest.mark.parametrize("text,expected", [
    ("Je suis à l'hôpital depuis ce matin", [("hôpital", {"type": "hopital", "named": False})]),
    ("Mme Riou sortie de la ch 17 hier", []),
    ("Cas clinique passionnant ce matin", []),
    ("Merci au chef de clinique pour son aide", []),
    ("Inscription au lycée Jean-Perrin", []),
])
def test_establishment_edges(checker, text, expected):
    assert kinds(checker, text, "establishment") == expected


@pytest.mark.parametrize("text,kind,phrase", [
    ("Dans un hameau de 300 habitants tout se sait", "clue.place", "hameau de 300 habitants"),
    ("elle habite à Landerneau depuis toujours", "clue.place", "habite à Landerneau"),
    ("collision sur la N12 à hauteur de Lamballe", "clue.place", "sur la N12 à hauteur de Lamballe"),
    ("une dame, ancienne institutrice du village, très gentille", "clue.job",
     "ancienne institutrice du village"),
    ("la femme du maire est passée", "clue.job", "la femme du maire"),
    ("le seul boulanger du coin", "clue.unique", "le seul boulanger"),
    ("sa 5e grossesse en six ans", "clue.unique", "5e grossesse"),
    ("la présentatrice de la météo est venue", "clue.celebrity", "la présentatrice"),
])
def test_clues(checker, text, kind, phrase):
    assert any(phrase in span for span, _ in kinds(checker, text, kind)), kinds(checker, text, kind)


def test_indirect_identification_fires_with_two_clues_and_health(checker):
    from .conftest import fired

    text = "Le seul pharmacien d'un village de 500 habitants hospitalisé pour un AVC, tout le monde sait"
    assert "secret-patient-indirect" in fired(checker.check(text))
    assert "secret-patient-indirect" not in fired(checker.check(
        "Le village de 500 habitants a enfin sa maison de santé, bravo aux élus"))


@pytest.mark.parametrize("text", [
    "Heureuse de commencer lundi au CH de Quimper !",
    "Fière de mon équipe de réa au CHU de Brest, 10 ans déjà 💙",
    "Garde de nuit aux urgences de Vannes, calme pour une fois 🤞",
    "Journée portes ouvertes à la maternité de Dinan samedi, venez visiter les salles de naissance !",
    "Infirmière depuis 20 ans à l'hôpital de Morlaix, toujours la même passion pour les soins",
    "Les urgences de Cahors fermeront la nuit en août faute de médecins : inquiétant.",
    "Photo de l'équipe du bloc du CHU de Caen 📸 on a fêté les 20 ans de la cheffe !",
])
def test_naming_a_hospital_or_service_stays_ok(checker, text):
    assert checker.check(text, profession="infirmier").verdict == "ok"
