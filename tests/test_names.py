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


def test_titles_spelled_with_long_s_or_dotted_capital_i(checker):
    """The title gate folds words; "ſ" and "İ" still match the title pattern, so they count."""
    assert "Monſieur Vidal" in persons(checker, "Hier Monſieur Vidal est reparti")
    assert "MONSİEUR VIDAL" in persons(checker, "Hier MONSİEUR VIDAL est reparti")


def test_first_names_with_accents_case_and_hyphens(checker):
    """A post's words are folded once; accented, capitalised and compound names still count."""
    found = persons(checker, "Merci à HÉLÈNE Garnier et à Marie-Noëlle Perrot pour la garde")
    assert "HÉLÈNE Garnier" in found and "Marie-Noëlle Perrot" in found


def test_place_word_gate_agrees_with_the_full_check():
    from postcheck.detectors import name_patterns as np
    from postcheck.lexicon import fold

    texts = ["rendez-vous rue Emile Zola", "Le CHU Paul Brousse", "Merci Paul", "xxxxxxxxxxxxxxxxxxxx"
             "xxxxxxxxxxxxxxxxxxxrue Jean", "au lycée Jean Moulin, Jean", "le St Antoine de Paul",
             "l'ehpadJeanne puis la longue avenue du Maine rueJean ſt Paul au CHU İsa quaiMarc",
             "promo-Lucie, groupe hospitalier Pitié, av. Foch, HÔPITAL Bichat, 2rue Paul"]
    for text in texts:
        folded = fold(text)
        places = np.PLACE_KEYS & set(np.LETTER_RUNS.findall(folded))
        for start in range(len(text) + 1):
            assert np.in_place_name(text, start) == np.in_place_name(text, start, folded, places)


@pytest.mark.parametrize("text", [
    "l'Marie-Anne\tet  jean-pierre, d'Hélène--Lucas a-t-il vu Rose ?",
    "Salut Ève!\nPaul l'a dit à Ana: aujourd'hui JEAN-MARC O'Neil… émile_x 2Léa",
])
def test_words_at_first_name_runs_are_those_of_one_pass(text):
    """word_at restarts the WORD search near a first name: it must give the very match (and
    next match) that one pass over the whole text gives there."""
    from postcheck.detectors import name_patterns as np
    from postcheck.detectors.name_words import whole_runs, word_at
    from postcheck.lexicon import fold
    words = list(np.WORD.finditer(text))
    folded = fold(text)
    runs = set(np.LETTER_RUNS.findall(folded))
    assert whole_runs(folded, runs) == [m.start() for m in np.LETTER_RUNS.finditer(folded)]
    for at in range(len(text)):
        following = [w for w in words if w.end() > at]
        for seen in {0, *(w.end() for w in words if w.end() <= at)}:
            w, rest = word_at(text, at, seen)
            got = [w.span(), *(m.span() for m in rest)] if w else []
            assert got == [m.span() for m in following]


@pytest.mark.parametrize("text", [
    "Mme Durand, M. Petit et le dr Roux ; MONSIEUR Lenoir, Mrſ Blanc, MonsİEUR Faure",
    "Interne : Camille, Patiente: Odette, Père Martin, me dit mme huchet-2Dr Mr.Leroy",
])
def test_titles_tried_at_title_runs_only_are_all_titles(checker, text):
    """A title's letters are a whole run of letters of the folded text: trying TITLE at the
    runs that are TITLE_KEYS finds what a search of the whole text finds."""
    from postcheck.detectors import name_patterns as np
    from postcheck.detectors.name_words import whole_runs
    from postcheck.gazetteer import get_gazetteer
    from postcheck.lexicon import fold
    folded = fold(text)
    starts = whole_runs(folded, np.TITLE_KEYS & set(np.LETTER_RUNS.findall(folded)))
    everywhere = list(np.titled(text, get_gazetteer()))
    assert len(everywhere) >= 5
    assert list(np.titled(text, get_gazetteer(), starts)) == everywhere
