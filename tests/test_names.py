"""Person names: titles, INSEE gazetteer, capitals, initials, and what is not a name."""
import pytest


def persons(checker, text):
    result = checker.check(text)
    return {text[s.start:s.end]: dict(s.attrs) for s in result.signals if s.kind == "person"}


@pytest.mark.parametrize("text,name", [
    ("Le Dr Morvan a validé", "Dr Morvan"),
    ("ptn la mme huchet m'a griffé", "mme huchet"),
    ("Réponse à M. Thierry Ballester", "M. Thierry Ballester"),
    ("vous avez revu jean-marc perrin depuis ?", "jean-marc perrin"),
    ("Merci à Julie Berthou pour tout", "Julie Berthou"),
    ("Bienvenue à Marine et Thomas Lecoq", "Marine et Thomas Lecoq"),
    ("Dossier de LEFEBVRE Jacqueline transmis", "LEFEBVRE Jacqueline"),
    ("avis du Dr J. Sorrel demandé", "Dr J. Sorrel"),
    ("Quand ta collègue Marine B. arrive", "Marine B."),
    ("Mme Le Goff est stable", "Mme Le Goff"),
    ("On a fêté les 90 ans de Mamie Huguette hier", "Mamie Huguette"),
])
def test_names_are_found(checker, text, name):
    assert name in persons(checker, text)


@pytest.mark.parametrize("text", [
    "Bravo à toute l'équipe !",
    "Merci la direction",
    "Rendez-vous à l'hôpital Georges Pompidou demain",
    "Cabinet au 14 rue Victor Hugo",
    "Fière de notre équipe",
])
def test_not_names(checker, text):
    assert persons(checker, text) == {}


def test_roles_from_titles_and_apposition(checker):
    assert persons(checker, "Le Dr Morvan opère")["Dr Morvan"]["role"] == "staff"
    assert persons(checker, "ma collègue Sandrine Lebrun est là")["Sandrine Lebrun"]["role"] == "staff"
    assert persons(checker, "Mme Rolland de la chambre 4 sonne")["Mme Rolland"]["role"] == "patient"
    assert persons(checker, "M. Tessier arrive lundi")["M. Tessier"]["role"] == "unknown"


def test_initials_are_weak_evidence(checker):
    result = checker.check("A.M., 45 ans, entrée hier")
    initials = [s for s in result.signals if s.kind == "person.initials"]
    assert initials and initials[0].score <= 0.5


def test_acronym_after_a_capitalised_word_is_not_a_name(checker):
    assert persons(checker, "Formation AFGSU pour les nouveaux arrivants mardi") == {}
