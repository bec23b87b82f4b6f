"""Defamation (PC207 public, PC208 restricted): a precise, dishonouring fact alleged against
an identifiable person or body. Sentences written for these tests, with invented names; they
vary the verb family, tense, agreement and object so that a pattern echoing one sentence
fails here."""
from __future__ import annotations

import time

import pytest

from postcheck.patterns import load_patterns

from .conftest import fired

RULES = {"diffamation-publique", "diffamation-non-publique"}

BAD = [
    "Le Dr Paul Hénaff vole des ampoules de kétamine dans l'armoire du bloc.",
    "La cadre de nuit a piqué dans la caisse des résidents pour payer ses vacances.",
    "Mme Roussel, l'économe de la clinique, a empoché les dons de l'association.",
    "Notre directeur s'est octroyé une prime de 15 000 € pendant qu'on manquait de tout.",
    "Le chef de pôle a détourné les budgets de formation de l'hôpital de Lannion.",
    "Au CH de Morlaix, la direction truque les chiffres des urgences avant chaque audit.",
    "Le Dr Bastien Morel antidate ses certificats d'arrêt de travail.",
    "L'interne Léa Martin a falsifié la signature du chef sur les ordonnances.",
    "Le kiné Julien Prigent facture des séances jamais réalisées à la Sécu.",
    "Le Dr Agathe Colin se fait régler ses consultations en espèces, sans feuille de soins.",
    "Le directeur de l'EHPAD Les Tilleuls a caché la chute d'une résidente à sa famille.",
    "La clinique du Parc a étouffé plusieurs plaintes de patientes.",
    "L'aide-soignante de nuit, Sandrine Le Du, frappe les résidents qui refusent de se coucher.",
    "Au CH de Quimper, les soignants de gériatrie laissent les patients dans leurs excréments.",
    "Le Dr Olivier Keraudren humilie ses internes devant les familles.",
    "Le chirurgien Marc Le Goff a giflé une infirmière au bloc mardi.",
    "Le Pr Lemoine harcèle sexuellement les externes depuis des années.",
    "Le gynécologue Hervé Salaün a fait des attouchements sur une patiente endormie.",
    "Thierry Corlay, le brancardier, met des mains aux fesses des stagiaires.",
    "Le Dr Nadia Ferrand arrive ivre à ses gardes, tout le service le sait.",
    "Notre anesthésiste, le Dr Gourvès, picole avant d'endormir les patients.",
    "Le cadre de santé Yvon Tallec se drogue pendant ses astreintes.",
    "La Clinique Saint-Yves refuse de soigner les patients à la CMU.",
    "Le Dr Arnaud Pellen ne reçoit pas les bénéficiaires de l'AME, c'est systématique.",
    "Le Dr Le Meur, urologue, opère sans le consentement de ses patients.",
    "À l'EHPAD du Littoral, on sert aux pensionnaires de la viande avariée.",
    "Le Dr Yann Corre a laissé mourir une patiente faute d'avoir répondu à son bip.",
    "La directrice des soins, Mme Riou, a menti aux familles sur les causes du décès.",
    "Le Dr Loïc Tanguy exerce sans diplôme depuis dix ans.",
    "Le pharmacien du CH de Vannes, M. Guillou, revend les stupéfiants du service.",
    "Je l'ai vue gifler une résidente, Mme Guéguen, au moment du repas.",
    "Plusieurs résidentes ont été maltraitées par l'aide-soignante de nuit de l'EHPAD Ker Maria.",
    "Le Dr Rozenn Caradec n'a jamais obtenu son diplôme de spécialité, elle opère quand même.",
]

HEDGED = [
    "Il paraît que le Dr Hugo Menez aurait falsifié des comptes rendus opératoires.",
    "On raconte que la cadre sup, Mme Abgrall, détourne les heures sup des agents.",
]

RESTRICTED = [
    "Entre nous, le Dr Le Bihan trafique ses cotations, faites gaffe.",
    "Ne le répétez pas : Karim du brancardage se sert dans les affaires des patients.",
]

GOOD = [
    "Je trouve la direction complètement nulle dans la gestion des plannings.",
    "Notre cadre est incompétente, franchement, elle ne sait pas organiser une équipe.",
    "Est-ce que la direction a vraiment détourné les primes Covid ?",
    "Le Dr Morvan n'a jamais volé de médicaments, arrêtez les rumeurs.",
    "Hier j'ai humilié un stagiaire sans le vouloir, je m'en excuse publiquement.",
    "Si un soignant frappe un patient, il doit être signalé immédiatement à la direction.",
    "Un médecin qui falsifie un dossier risque la radiation par l'Ordre.",
    "J'ai fait un signalement à l'ARS et déposé une plainte, laissons l'enquête suivre son cours.",
    "Le Dr Renaud a été condamné par le tribunal pour avoir détourné des fonds, selon la presse.",
    "Formation obligatoire : prévenir la maltraitance des résidents, inscriptions auprès de la direction des soins.",
    "Rappel : toute ampoule de stupéfiant cassée se déclare à la pharmacie et se trace dans le registre.",
    "La direction a changé le planning de décembre sans prévenir personne.",
    "On attache un patient uniquement sur prescription médicale, avec une réévaluation régulière.",
    "Voler des médicaments dans un service est une faute grave passible de licenciement.",
    "Notre cadre ne falsifie pas les plannings, elle les affiche en retard, c'est tout.",
    "Le film raconte l'histoire d'un chirurgien qui opère ivre, glaçant.",
    "La direction du CHU ment-elle aux familles sur les délais ?",
    "Les patients m'ont volé mon stylo préféré, je ne le reverrai jamais 😂",
    "Merci au Dr Kerjean qui a soigné ma grand-mère avec tant de patience.",
    "Notre EHPAD a été inspecté : l'ARS a constaté que tout était conforme.",
    "Le directeur a augmenté les effectifs de nuit, enfin !",
    "La cadre a refusé mes congés de Noël, encore une fois.",
    "Mon collègue Pierre boit beaucoup de café pendant ses gardes, il tient à ça.",
    "Le Dr Le Corre est rentré ivre de joie de son congrès à Lyon.",
    "Il paraît que le nouveau chef de service est très exigeant avec les internes.",
    "La pharmacie a détruit les stupéfiants périmés selon la procédure, devant le cadre.",
    "Ma collègue a caché les chocolats des familles pour la pause de minuit 😄",
    "Je n'ai jamais vu le Dr Salaün maltraiter un patient en vingt ans.",
    "Les aides-soignantes de l'équipe de jour changent les résidents toutes les trois heures.",
    "La clinique refuse les patients sans rendez-vous après 19 h, c'est affiché à l'accueil.",
]


def _signals(result, kind="defamation"):
    return [s for s in result.signals if s.kind == kind]


@pytest.mark.parametrize("text", BAD)
def test_public_allegation_fires(checker, text):
    result = checker.check(text, profession="infirmier", audience="public")
    assert "diffamation-publique" in fired(result)


@pytest.mark.parametrize("text", HEDGED)
def test_hedged_allegation_still_fires_and_says_so(checker, text):
    result = checker.check(text, audience="public")
    assert "diffamation-publique" in fired(result)
    assert any(s.attrs.get("hedged") for s in _signals(result))


@pytest.mark.parametrize("text", RESTRICTED)
def test_restricted_allegation_is_non_public_defamation(checker, text):
    result = checker.check(text, audience="restreint")
    assert fired(result) & RULES == {"diffamation-non-publique"}


@pytest.mark.parametrize("text", GOOD)
def test_no_allegation(checker, text):
    result = checker.check(text, profession="infirmier", audience="public")
    assert not fired(result) & RULES
    assert not fired(checker.check(text, audience="restreint")) & RULES


def test_first_hand_evidence_is_recorded(checker):
    result = checker.check("Je l'ai vu frapper un résident, le Dr Kervella, lundi soir.")
    assert any(s.attrs.get("evidence") for s in _signals(result))


def test_report_to_authorities_keeps_the_allegation_but_marks_the_channel(checker):
    # Publishing the accusation stays defamation even when it was also reported.
    result = checker.check("J'ai fait un signalement à l'ARS : le Dr Jaouen frappe ses "
                           "patients âgés.")
    assert "diffamation-publique" in fired(result)
    assert all(s.attrs.get("channel") for s in _signals(result))


def test_patterns_stay_bounded():
    """Every lexicon line on a long adversarial input: no catastrophic backtracking."""
    pattern, _ = load_patterns("defamation")
    nasty = ("a " * 400 + "les les les " * 200 + "vole " * 200 + "d'" * 300
             + "falsifie le " * 200 + "sans " * 300)
    start = time.perf_counter()
    list(pattern.finditer(nasty))
    assert time.perf_counter() - start < 1.0


def test_lexicons_are_built_from_the_grammar():
    """lexicons/defamation.txt and conduct.txt are the output of grammar/build.py: an edit
    made to the built file instead of the template would be lost at the next build."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "postcheck" / "lexicons" / "grammar" / "build.py"
    spec = importlib.util.spec_from_file_location("grammar_build", path)
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    assert build.main(["--check"]) == 0


def test_factoring_keeps_the_language():
    import importlib.util
    import re
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "postcheck" / "lexicons" / "grammar" / "build.py"
    spec = importlib.util.spec_from_file_location("grammar_build", path)
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    raw = r"(?:vol|volait|vole|voler)\s+(?:stups?|stupefiants?|morphine|[mM]idazolam|\(x\))"
    factored = build.factor(raw)
    assert factored != raw
    for text in ("vol stups", "volait stupefiant", "vole morphine", "voler Midazolam",
                 "voler (x)", "vol stupefiants"):
        assert bool(re.fullmatch(raw, text)) == bool(re.fullmatch(factored, text)) is True
    for text in ("volent stups", "vol stupe", "vol morph"):
        assert not re.fullmatch(factored, text)


# --- recall: victims named by their tie to the author, the author as victim, cover-ups,
# other people's money, paid favours, discrimination, companies, drinking at work ---
MORE_BAD = [
    "Le brancardier Kévin Lallemand a bousculé ma mère dans le couloir des urgences.",
    "L'auxiliaire de vie Sabrina Colas a frappé mon grand-père pendant sa toilette.",
    "Le podologue Fabrice Marquet a abusé de ma fille pendant une séance.",
    "Le Dr Perrine Daumas m'a agressée dans son bureau après la consultation.",
    "Le chef de bloc, M. Servant, m'a touchée aux fesses devant toute l'équipe.",
    "Le manip radio Julien Aubry m'a mis une main sur les seins pendant l'examen.",
    "La société Medivia a dissimulé les complications de sa prothèse de hanche.",
    "Le laboratoire Cerfane cachait les vrais résultats de son essai clinique.",
    "La direction de la clinique Saint-Roch couvre le Dr Lefranc depuis des années.",
    "La trésorière de l'amicale, Mme Berthier, a empoché les chèques-cadeaux des agents.",
    "Le directeur de l'EHPAD Les Glycines s'est payé une voiture avec l'argent des résidents.",
    "Le Dr Hamon signe des certificats de complaisance contre quelques billets.",
    "La clinique du Vallon recale les patientes voilées à l'accueil.",
    "Le Dr Fontaine s'adresse sèchement à toutes les patientes africaines.",
    "La secrétaire Mme Vidal a refusé de recevoir ma femme parce qu'elle est à la CMU.",
    "Le médecin de garde, le Dr Ravel, a refusé d'examiner mon bébé malgré la fièvre.",
    "Le veilleur de nuit Bruno Tessier picole tous les soirs dans le vestiaire.",
]

MORE_GOOD = [
    "Cette histoire m'a secouée, le Dr Lenoir a été formidable avec la famille.",
    "Le message du Dr Morin m'a touchée, merci pour tout.",
    "Le laboratoire Biolam publie les effets secondaires de son vaccin sur son site.",
    "J'ai signalé le commentaire de @grincheux_du_44 qui insulte les aides-soignantes.",
    "La mutuelle couvre les séances de kiné après une prothèse, bonne nouvelle.",
    "Ma collègue Inès a payé le gâteau avec la cagnotte du service, comme prévu par l'équipe.",
    "Un patient m'a frappée cette nuit, j'ai déposé plainte et l'équipe m'a soutenue.",
    "La patiente de ce matin m'a agressée verbalement, grosse fatigue.",
]


@pytest.mark.parametrize("text", MORE_BAD)
def test_more_allegations_fire(checker, text):
    assert "diffamation-publique" in fired(checker.check(text, audience="public"))


@pytest.mark.parametrize("text", MORE_GOOD)
def test_more_non_allegations_stay_quiet(checker, text):
    assert not fired(checker.check(text, audience="public")) & RULES
