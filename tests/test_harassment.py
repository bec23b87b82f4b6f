"""Harassment, threats and doxxing (rules PC209-PC213): sentences written for these tests,
none taken from the dev corpus or HateCheck. Each bad sentence names the rules it must fire;
good sentences (emergency numbers, union calls, care routines, jokes about things, reported
threats) must fire none of PC209-PC213."""
from __future__ import annotations

import time

import pytest

from postcheck.patterns import load_patterns

from .conftest import fired

HARASSMENT_RULES = {"PC209", "PC210", "PC211", "PC212", "PC213"}

BAD = [
    ("Voilà le 07 de la secrétaire qui m'a raccroché au nez : appelez-la en boucle ce soir 😤", ['PC209', 'PC211']),
    ("Tout le monde en MP à @lea_ide_nuit, on la noie sous les messages jusqu'à ce qu'elle quitte le service.", ['PC209', 'PC210']),
    ('Go spammer le compte de cette diététicienne qui se prend pour une star 😂', ['PC209']),
    ("Signalez son profil en masse, cette influenceuse santé doit disparaître d'Insta.", ['PC209']),
    ('Faites sauter la page du cabinet Kervella, on a assez souffert de ce charlatan.', ['PC209']),
    ('À vos claviers : on descend les avis Google du Dr Quéré ce soir.', ['PC209']),
    ("Il faut que tout le monde écrive au directeur de l'EHPAD des Mimosas, jour et nuit, jusqu'à ce qu'il démissionne.", ['PC209', 'PC210']),
    ("Qui est partante pour saturer la boîte mail de l'infirmière coordinatrice ? Elle l'a bien cherché.", ['PC209']),
    ("Balancez sa photo partout dans l'hôpital, que tout le monde voie la tête de ce brancardier.", ['PC209']),
    ("J'afficherai la trombine de l'aide-soignante dans tout le hall, qu'on sache qui elle est.", ['PC209']),
    ('Trouvez-moi où elle habite, cette manip radio, et on verra.', ['PC209']),
    ('Envoyez-moi tout ce que vous savez sur le nouveau cadre de pôle, ses comptes perso aussi.', ['PC209']),
    ("Qqn sait où crèche le brancardier Yannick ? J'ai deux mots à lui dire.", ['PC209']),
    ('Allez lui dire ses quatre vérités à cette sage-femme, elle bosse à la maternité du CHU ce soir.', ['PC209', 'PC211']),
    ('Passez tous la cueillir à la fin de sa garde, la petite stagiaire.', ['PC209']),
    ("On l'attendra à plusieurs devant l'entrée du personnel, le chef de bloc.", ['PC209']),
    ('Mettez-lui une étoile sur Google et des commentaires bien salés, à ce podologue.', ['PC209']),
    ('Qui est chaud pour bombarder de messages le kiné de la rue Jaurès ? Il a refusé ma mère.', ['PC209']),
    ("Chaque lundi, je reposterai une de tes bourdes, Dr Salaün, jusqu'à ce que tu t'excuses publiquement.", ['PC210']),
    ('Je balancerai ses notes de transmission sur le groupe tous les soirs, à la nouvelle IDE.', ['PC210']),
    ("On ne lâchera pas la cadre tant qu'elle sera en poste, ici.", ['PC210']),
    ("Tous les matins je lui rappellerai son erreur devant l'équipe, à Maëlle, jusqu'à ce qu'elle change de service.", ['PC210']),
    ("Au brancardier qui m'a bousculée : je vais te défoncer dès que je te croise.", ['PC212']),
    ('Un jour je la crève, cette infirmière de nuit qui me pourrit la vie.', ['PC212']),
    ("Toi le vigile de l'accueil, fais gaffe à ta bagnole ce soir.", ['PC213']),
    ('Je connais ton immeuble et ton digicode, monsieur le plaignant.', ['PC213']),
    ('Le voisin qui a appelé la police : tu vas morfler.', ['PC213']),
    ('On va régler son compte à ce patient, il a craché sur Julie.', ['PC213']),
    ('Madame la cheffe de service, vous allez payer très cher ce planning 😡', ['PC212']),
    ('Je te jure je vais le buter ce mec du SAMU.', ['PC213']),
    ("Sa plaque : GH-512-TR, la Clio grise du parking du personnel. Ce gros porc m'a harcelée.", ['PC211']),
    ("Elle habite au 12 rue de Brest à Morlaix, la patiente qui m'a traitée de grosse vache. Faites-vous plaisir.", ['PC209', 'PC211']),
    ("Son adresse mail pro c'est j.rolland@chu-exemple.fr, la DRH qui refuse nos primes, lâchez-vous 😈", ['PC209', 'PC211']),
    ('Ces familles qui hurlent aux urgences, faudrait toutes les gazer.', ['PC213']),
    ('Les internes de ce genre mériteraient de crever la bouche ouverte.', ['PC213']),
    ("Les gars on se cotise pas, on harcèle la nouvelle jusqu'à ce qu'elle pleure, chacun son tour.", ['PC209', 'PC210'], "restreint"),
    ("jvais te démonter la tête à la sortie du self, l'interne", ['PC212']),
    ('Faut lui pourrir sa page Insta à la nouvelle cheffe, 0 étoile partout', ['PC209'], "restreint"),
    # contact details with a presentative and a role, and a call to tell / flood
    ("Voilà le fixe perso du chef des urgences : 02 99 41 27 36. Faites-lui savoir ce que vous pensez de sa réorganisation.", ['PC209', 'PC211']),
    ("Son adresse mail perso c'est g.morvan@exemple.fr, au dentiste qui m'a arraché la mauvaise dent. Je vous laisse lui dire votre façon de penser.", ['PC209', 'PC211']),
    ("On appelle tous le 07 55 90 12 68 (c'est le portable de la directrice) jusqu'à ce qu'elle rouvre le service !", ['PC209', 'PC211']),
    # calls to the crowd in other shapes
    ("Tout le monde en com pour lui expliquer qu'il est une honte pour la profession, ce kiné 🫵", ['PC209']),
    ("Relayez son nom, à cet ostéo, qu'il ne puisse plus jamais toucher un patient.", ['PC209']),
    ("Les collègues, on va toutes publier des faux avis sur la pharmacie de la rue Haute 😡", ['PC209'], "restreint"),
    ("Identifions cette aide-soignante qui a filmé ma grand-mère, je veux son nom et son adresse.", ['PC209']),
    ("L'urgentiste qui a renvoyé mon père chez lui, c'est une ordure. Ce week-end on débarque tous chez lui.", ['PC209']),
    ("La pharmacienne qui m'a humiliée au comptoir s'appelle Coralie, allez voir sa page Facebook les amis 😏", ['PC209']),
    ("Il se gare tous les matins devant la maison médicale. Si vous le croisez, vous savez ce qu'il vous reste à faire.", ['PC209']),
    # announced repetition
    ("Toutes les semaines je posterai un nouveau dossier sur les erreurs du Dr Le Floch, abonnez-vous.", ['PC210']),
    ("Je commenterai chacun de tes posts @ide_nolwenn, tu n'as pas fini de me lire.", ['PC210']),
    # shunning a colleague
    ("Consigne pour l'équipe de nuit : personne ne lui adresse la parole tant qu'elle n'a pas demandé sa mutation.", ['PC209'], "restreint"),
    ("La nouvelle ASH, on l'ignore et on lui refile les pires chambres du couloir.", ['PC209'], "restreint"),
    # veiled meeting with a score to settle
    ("Tu vas moins faire la maligne, la stagiaire : on se retrouve au vestiaire après ta garde.", ['PC212'], "restreint"),
    ("Je sais à quelle heure tu finis, le brancardier, on se reverra sur le parking.", ['PC212']),
]

GOOD = [
    'Appelez le 15 en cas de douleur thoracique, pas le cabinet.',
    'Je vais le tuer ce dossier de certification 😂',
    "Ce patient m'a menacée, j'ai porté plainte.",
    "Partagez l'info : collecte de sang jeudi dans le hall !",
    'Chaque jour je publie une astuce santé pour les aidants.',
    "Écrivez à votre député pour défendre les postes d'IDE en psychiatrie.",
    'Tous en grève le 5 : rassemblement devant la direction à 14 h, venez nombreux.',
    'Signalez ce faux compte à la plateforme, il usurpe le logo du CHU.',
    'Passez la voir en néonat, elle sera ravie de vous montrer le bébé.',
    "On va bien s'occuper de toi, mon grand, l'opération va bien se passer.",
    'Fais gaffe à toi sur la route, il y a du verglas.',
    "Je sais où tu ranges les clés du chariot d'urgence ? Je ne les trouve pas.",
    'Le Dr Hervé va payer ses cotisations ordinales en retard.',
    "Tu vas souffrir un peu au début de la rééducation, c'est normal.",
    'Il faut tuer les bactéries avec une friction de 30 secondes.',
    'Les infirmières devraient toutes être mieux payées.',
    "Rappel : chaque garde, je vérifie son chariot d'urgence avant la relève.",
    'Je continuerai à me battre pour les patients, on ne lâche rien !',
    "Mort de rire, t'es mort de fatigue après ta garde ?",
    'Les résidents adorent les visites, allez leur rendre visite vous aussi !',
    'Je vous laisse juger du résultat de la nouvelle organisation.',
    "On se relaie toute la nuit au chevet de M. Petit pour qu'il ne soit pas seul.",
    "Jusqu'à ce que la fièvre tombe, on surveille toutes les 2 heures.",
    'Bombardez-nous de questions pendant le webinaire sur la vaccination !',
    "Inondez les réseaux de photos de vos blouses pour la journée de l'infirmière !",
    'Tout le monde peut écrire à la direction pour demander plus de postes.',
    'Trouvez où se trouve la salle de formation sur le plan ci-joint.',
    "Il m'a dit « je vais te crever », j'ai prévenu la cadre et porté plainte.",
    "Quelqu'un a le numéro de la pharmacie de garde de Quimper ?",
    "Chaque semaine on publiera le planning des gardes sur l'intranet.",
    'Nous allons massacrer le karaoké de la soirée de Noël 🎤',
    'Qui est chaud pour appeler les familles des résidents et leur souhaiter bonne année ?',
    "Appelez-la tous les jours si besoin, c'est une patiente isolée.",
    'Son numéro de chambre est affiché sur la porte.',
    'Fais attention à toi et à ta famille pendant les fêtes ❤️',
    "Surveillance horaire jusqu'à ce que la douleur cède, puis toutes les 4 h.",
    "Avis de recherche : M. Tanguy, 82 ans, a quitté l'EHPAD ce matin, appelez le 17 si vous le voyez.",
    'Nouveau numéro du secrétariat de cardiologie : 02 98 00 11 22, du lundi au vendredi.',
    'Je vais finir par le jeter par la fenêtre, ce logiciel de prescription 😅',
    'Tous les lundis je partage une fiche mémo sur les anticoagulants.',
    'Ne harcelez pas les soignants au téléphone, la permanence répond dès 8 h.',
    'Les familles peuvent appeler le service jour et nuit, une infirmière répond toujours.',
    'On va défoncer la machine à café si elle retombe en panne 😂',
    'Elle habite à Brest depuis peu et cherche une colocation, contactez-la en MP !',
    'Mettez-nous 5 étoiles sur Google si vous avez aimé votre séjour en maternité 🙏',
    'Ma fille va me tuer si je rate encore son spectacle 😅',
    'Vous allez adorer le nouveau self du personnel !',
    "On l'attend avec impatience, notre nouvelle interne arrive lundi !",
    'Rendez-lui visite en pédiatrie, le petit Noé adore les dessins.',
    'On va tout casser au tournoi de foot inter-services ⚽',
    'Allez voir le Dr Martin de ma part, il est top.',
    # near misses of the patterns above
    "Le numéro du cadre d'astreinte : 06 10 20 30 40, appelez-le en cas de souci de planning.",
    "Tout le monde en commentaire pour souhaiter un bon anniversaire à notre doyenne Odette !",
    "Allez voir son profil, notre podologue poste des conseils super clairs sur les semelles.",
    "Dites-lui ce que vous en pensez, elle attend vos retours sur la nouvelle fiche de liaison.",
    "Il faut lui dire qu'elle ferait mieux de se reposer, elle enchaîne les nuits.",
    "On se retrouve sur le parking à 7 h pour le covoiturage vers le congrès.",
    "Les commentaires haineux, on les ignore et on signale.",
    "Personne ne lui parle de son diagnostic tant que le médecin n'est pas passé.",
    "Chaque mois je publie une fiche sur les effets du magnésium en grossesse.",
    "Je vais suivre tous tes posts, ta série sur les pansements est géniale !",
    "Retrouvez le Dr Guégan en consultation de tabacologie le mardi matin.",
    "On va tous chez Mamie Jeanne dimanche pour ses 90 ans 🎂",
    "Le kiné a encore oublié la réunion, je vais le tuer 😂",
    "Quatre ans sans vacances à Noël, j'en ai marre. #balancetonhopital",
    "Elle traîne toujours au lit le dimanche, ma fille.",
]


def _codes(result) -> set[str]:
    return {f.code for f in result.findings} & HARASSMENT_RULES


def _refs(result, code: str) -> set[str]:
    return {r.id for f in result.findings if f.code == code for r in f.references}


@pytest.mark.parametrize("case", BAD, ids=[f"bad-{i}" for i in range(len(BAD))])
def test_bad(checker, case):
    text, codes, *audience = case
    result = checker.check(text, audience=audience[0] if audience else "public")
    assert set(codes) <= _codes(result), (text, _codes(result))


@pytest.mark.parametrize("text", GOOD, ids=[f"good-{i}" for i in range(len(GOOD))])
def test_good(checker, text):
    assert not _codes(checker.check(text)), text


def test_enough_cases():
    assert len(BAD) >= 30 and len(GOOD) >= 30


def test_private_group_is_no_excuse(checker):
    result = checker.check("Tout le monde la harcèle en MP ce soir, la nouvelle cadre.",
                           audience="restreint")
    assert "CP 222-33-2-2" in _refs(result, "PC209")


def test_doxxing_cites_disclosure_and_harassment(checker):
    result = checker.check("Son portable perso : 06 44 18 27 90, ce gros nul de kiné. "
                           "Spammez-le toute la nuit.")
    assert {"CP 223-1-1", "CP 222-33-2-2"} <= _refs(result, "PC211")


def test_threat_against_health_worker_cites_433_3(checker):
    result = checker.check("L'infirmière de nuit qui m'a fait virer, je vais lui faire la peau.")
    assert "CP 433-3" in _refs(result, "PC212")
    assert "PC213" not in _codes(result)


def test_threat_against_neighbour_is_not_433_3(checker):
    result = checker.check("Le voisin du dessus, je vais lui casser la gueule s'il recommence.")
    assert "PC213" in _codes(result)
    assert all("CP 433-3" not in _refs(result, c) for c in HARASSMENT_RULES)


def test_dislocated_thing_is_not_threatened(checker):
    assert not _codes(checker.check("Je vais la massacrer, cette imprimante du poste de soins."))
    assert _codes(checker.check("Je vais la massacrer, cette interne de garde."))


def test_two_shunning_acts_make_a_call(checker):
    """One act ("on l'ignore") may be advice about trolls; two against one person are a plan."""
    one = checker.check("La nouvelle interne, on l'ignore.", audience="restreint")
    two = checker.check("La nouvelle interne, on l'ignore et on lui laisse toutes les corvées.",
                        audience="restreint")
    assert "PC209" not in _codes(one) and "PC209" in _codes(two)


def test_laughed_off_hyperbole_is_not_a_threat(checker):
    """Stock hyperbole + laughter is a joke; other violence stays a threat even with 😂."""
    assert not _codes(checker.check("Le cadre a encore changé le planning, je vais l'étrangler 🤣"))
    assert _codes(checker.check("Le cadre a encore changé le planning, je vais lui casser la gueule 😂"))
    assert _codes(checker.check("Le cadre a encore changé le planning, je vais l'étrangler."))


def test_lexicon_is_built_from_the_grammar():
    """harassment.txt is the output of grammar/build.py (harassment.tpl + blocks.txt)."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "postcheck" / "lexicons" / "grammar" / "build.py"
    spec = importlib.util.spec_from_file_location("grammar_build", path)
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    text = (path.parent.parent / "harassment.txt").read_text("utf-8")
    assert build.build("harassment") == text


@pytest.mark.parametrize("text", [
    "a " * 3000, "on va la " * 800, "tout le monde " * 500, "jusqu'a ce que " * 400,
    "chaque jour je " * 500, "son numero " * 600, "allez tous lui " * 500,
    "qui est chaud pour " * 400, "je vais te " * 600, "il faut que " * 600,
    "personne ne lui parle " * 300, "tout le monde en com pour lui " * 200,
    "chaque lundi je posterai une " * 200, "on se retrouve " * 400, "partagez " * 600])
def test_patterns_stay_bounded(text):
    pattern, _ = load_patterns("harassment")
    t0 = time.perf_counter()
    list(pattern.finditer(text))
    assert time.perf_counter() - t0 < 0.5
