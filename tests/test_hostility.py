"""Hostility towards groups and its spelling variants (issue 4).

Sentences written for these tests. Hateful ones must get a language finding (PC2xx at
warning or error); counter-speech, quotes, neutral or positive mentions of groups, swearing at
things and near-miss real words must not. Obfuscated variants are generated from our own
hateful sentences (leet, spaced letters, swapped, dropped or doubled letters).
"""
from __future__ import annotations

import pytest

HATEFUL = [
    "Franchement je déteste les musulmans, tous autant qu'ils sont.",
    "Moi je hais les Roms, c'est viscéral.",
    "J'éprouve un profond dégoût pour les homosexuels.",
    "Les migrants me dégoûtent, voilà c'est dit.",
    "Ces Arabes me donnent envie de vomir.",
    "Les réfugiés, ce sont des parasites qui vivent sur notre dos.",
    "Les juifs sont des rats, point.",
    "Les autistes sont des sous-hommes.",
    "Ces immigrés sont un cancer pour notre pays.",
    "La vie des clandestins ne vaut rien à mes yeux.",
    "Les trans ne méritent aucun respect.",
    "Les lesbiennes n'ont rien à faire dans notre pays.",
    "Les Maghrébins n'ont pas leur place ici.",
    "Dehors les étrangers, on est chez nous !",
    "Retournez dans votre pays, les migrants !",
    "Les musulmans sont tous des menteurs.",
    "Les femmes sont toutes hystériques, c'est connu.",
    "Les Noirs sont naturellement violents.",
    "Voler, c'est typique des Roms, ces profiteurs.",
    "Je n'ai que du mépris pour les homosexuels.",
    "Je peux pas les blairer, ces gitans.",
    "Les Africains ne valent pas mieux que des singes.",
    "Mon chat est plus intelligent que tous ces immigrés.",
    "Les réfugiés ne devraient pas avoir le droit de travailler.",
    "J'en ai ras le bol de ces musulmans.",
    "Les homos sont malades de la tête.",
    "Les étrangers sont une menace pour notre civilisation.",
    "Trop d'immigrés en France, c'est une invasion.",
    "Les femmes voilées me répugnent.",
    "Plutôt crever que d'être soigné par des Arabes.",
    "Les trisomiques sont inutiles à la société.",
    "Jamais confiance aux Roms.",
    "Ces sans-papiers sont des déchets.",
    "Cette vermine de clandestins envahit nos urgences.",
    "Les juifs ne sont rien d'autre que des cafards.",
]

NOT_HATEFUL = [
    "Le présentateur est mort d'un cancer à 71 ans, quelle tristesse.",
    "Ma collègue est en arrêt maladie depuis lundi, courage à elle.",
    "Je déteste les lundis matin, surtout après une garde.",
    "Je ne déteste pas les migrants, j'ai juste peur de ce que je ne connais pas.",
    "Arrêtez de dire que les Roms sont des parasites, c'est faux et c'est raciste.",
    "Quelqu'un m'a écrit « les migrants sont des rats », j'ai signalé le message.",
    "Les réfugiés ne sont pas une menace, ce sont des familles qui fuient la guerre.",
    "Les musulmans de mon service sont des collègues formidables.",
    "Beaucoup de patientes trans consultent au centre, l'accueil y est bienveillant.",
    "Les femmes représentent la grande majorité des infirmières en France.",
    "Les migrants ont toute leur place dans notre système de soins.",
    "J'en ai marre des gardes de douze heures.",
    "Putain de logiciel, il plante encore.",
    "Le covid est un virus respiratoire.",
    "Les rats du sous-sol ont encore rongé les câbles.",
    "Le cancer du sein touche une femme sur huit.",
    "Ces gâteaux du self sont franchement dégoûtants.",
    "Les patients autistes ont besoin d'un environnement calme.",
    "Je ne veux pas de fleurs pour mon anniversaire.",
    "Les enfants handicapés ont droit à l'école comme les autres.",
    "Dire que les femmes sont hystériques, c'est du sexisme pur.",
    "Rentrez chez vous en sécurité, bon week-end à tous.",
    "Les patients peuvent rentrer chez eux demain matin.",
    "Trop de patients dans le couloir ce soir.",
    "Je refuse de manquer de respect à qui que ce soit.",
    "Les juifs, les musulmans et les chrétiens ont prié ensemble pour les soignants.",
    "C'est typique des infections nosocomiales d'apparaître après deux jours.",
    "Je hais la paperasse de cet hôpital.",
    "Mon chien est plus intelligent que moi parfois 😅",
    "Les mamies du service sont toutes adorables.",
    "Honte à ceux qui disent que les homos sont malades.",
    "Nos collègues africains ont apporté leur savoir-faire au bloc.",
    "On m'a traité de « sale étranger » sur le parking, la direction a porté plainte.",
    "Les femmes trans ont les mêmes droits que tout le monde.",
    "Ces cafards dans la réserve, il faut appeler la désinsectisation.",
]


def flagged(result) -> bool:
    return any(f.code.startswith("PC2") and f.severity in ("warning", "error")
               for f in result.findings)


@pytest.mark.parametrize("text", HATEFUL)
def test_hateful_is_flagged(checker, text):
    assert flagged(checker.check(text)), text


@pytest.mark.parametrize("text", NOT_HATEFUL)
def test_not_hateful_is_left_alone(checker, text):
    assert not flagged(checker.check(text)), text


# Rejected claims and negations: the hostility detector reads them as not direct, but the
# insult words inside (cafards, hystériques, voleurs) are still reported by detectors/insults.py.
REJECTED = [
    "Vous ne pouvez pas sérieusement croire que les réfugiés sont des cafards.",
    "Le cliché selon lequel les femmes sont hystériques a la vie dure.",
    "Les Roms ne sont pas des voleurs, ce sont des gens comme nous.",
]


@pytest.mark.parametrize("text", REJECTED)
def test_rejected_claims_are_not_direct_hostility(checker, text):
    hostile = [s for s in checker.check(text).signals
               if s.kind == "contempt" and s.attrs.get("form") == "hostility"]
    assert all(s.attrs["use"] == "reported" for s in hostile), text


@pytest.mark.xfail(strict=True, reason="insults.py still reports the insult word inside")
@pytest.mark.parametrize("text", REJECTED[:2])
def test_rejected_claims_are_left_alone(checker, text):
    assert not flagged(checker.check(text)), text


# A copula that denies the word ("ne sont pas des", "c'est pas un") refuses it: no insult.
DENIED = [
    REJECTED[2],
    "Non, les aides-soignantes ne sont pas des feignasses, venez faire une nuit avec nous.",
    "Franchement il est pas con ce nouvel interne, il a tout compris en une garde.",
]


@pytest.mark.parametrize("text", DENIED)
def test_denied_words_are_left_alone(checker, text):
    result = checker.check(text)
    assert not flagged(result), text
    assert not [s for s in result.signals if s.kind in ("insult", "contempt")], text


def test_comparison_is_not_a_denial(checker):
    result = checker.check("Ce cadre est plus con que ses pieds, franchement.")
    assert "injure-publique" in {f.rule for f in result.findings}


def test_hatred_of_a_group_is_discriminatory(checker):
    result = checker.check("Je hais les gitans.")
    assert "injure-discriminatoire" in {f.rule for f in result.findings}


def test_contempt_for_patients_is_collective_contempt(checker):
    result = checker.check("Les patients de ce service sont tous des parasites.",
                           profession="infirmier")
    assert {f.code for f in result.findings} & {"PC203", "PC204"}


# --- spelling variants, generated from our own sentences ---------------------------------

_LEET = str.maketrans({"a": "4", "e": "3", "o": "0", "i": "1"})


def leet(word: str) -> str:
    return word.translate(_LEET)


def spaced(word: str) -> str:
    return " ".join(word)


def swapped(word: str) -> str:
    i = len(word) // 2
    return word[:i - 1] + word[i] + word[i - 1] + word[i + 1:]


def dropped(word: str) -> str:
    i = len(word) // 2
    return word[:i] + word[i + 1:]


def doubled(word: str) -> str:
    i = len(word) // 2
    return word[:i] + word[i] * 3 + word[i + 1:]


# (sentence, a word of it to disguise): group nouns and key hostility words.
DISGUISABLE = [
    ("Franchement je déteste les musulmans.", "musulmans"),
    ("Les migrants sont des parasites.", "migrants"),
    ("Les migrants sont des parasites.", "parasites"),
    ("Ces immigrés sont une menace pour notre pays.", "menace"),
    ("J'ai de la haine pour les lesbiennes.", "haine"),
    ("Les handicapés sont des déchets.", "handicapés"),
    ("Les réfugiés ne méritent aucun respect.", "réfugiés"),
    ("Les homosexuels me dégoûtent.", "homosexuels"),
]
VARIANTS = [leet, spaced, swapped, dropped, doubled]
# Misspellings that are themselves French surnames ("meance", "mence") are not corrected:
# a name typed in lower case must never become an insult.
SURNAME_COLLISIONS = {("menace", "swapped"), ("menace", "dropped")}
CASES = [pytest.param(s, w, d, id=f"{d.__name__}-{w}", marks=[pytest.mark.xfail(strict=True)]
                      if (w, d.__name__) in SURNAME_COLLISIONS else [])
         for s, w in DISGUISABLE for d in VARIANTS]


@pytest.mark.parametrize("sentence,word,disguise", CASES)
def test_disguised_hate_is_flagged(checker, sentence, word, disguise):
    text = sentence.replace(word, disguise(word))
    assert text != sentence
    assert flagged(checker.check(text)), text


@pytest.mark.parametrize("text", [
    "Les migr4nts ont toute leur place ici.",
    "J'en ai m4rre des g a r d e s de nuit.",
    "Arrêtez de dire que les musulm4ns sont des p4r4sites.",
])
def test_disguised_but_harmless_is_left_alone(checker, text):
    assert not flagged(checker.check(text)), text


@pytest.mark.parametrize("text", [
    "Le rein gauche est bien vascularisé.",
    "J'étais un cancre en maths au lycée.",
    "On a posé une voie veineuse, tout va bien.",
    "Le patient a une masse au niveau du cou.",
    "Il y a 3 entrées ce soir et 100m€ de budget.",
    "La vie est belle, les valeurs de l'équipe aussi.",
    "Insoutenable!Après trois nuits de suite je craque.",
    "Mot de passe masqué : ******",
])
def test_real_words_are_not_corrected(text):
    from postcheck.lexicon import fold
    from postcheck.obfuscation import build_view
    from postcheck.textnorm import normalize

    norm = normalize(text)
    folded = fold(norm.text)
    assert build_view(norm.text, folded).text.split() == folded.split()


def test_rare_surname_in_lower_case_is_corrected():
    from postcheck import fuzzy

    assert fuzzy.correct("hane") == "haine"
    assert fuzzy.correct("martin") is None        # a usual name is never corrected


def test_patterns_stay_fast_on_pathological_input():
    import time

    from postcheck.patterns import find

    nasty = ("sont tous des les ces vies des de la " * 300) + "!" + ("a " * 3000)
    t = time.perf_counter()
    list(find("hostility", nasty))
    assert time.perf_counter() - t < 0.5
