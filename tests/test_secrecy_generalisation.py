"""Patient secrecy beyond the dev corpus: indirect identification (age, unknown small towns,
rare diseases, unique cases), residents named by first name, bare room numbers, photos of a
patient, initials with a detail — and the look-alikes that must stay quiet (Dr Google, POV,
a video in the news, a colleague at the front desk). Sentences written for these tests, with
invented names and places; none is taken from a corpus."""
from __future__ import annotations

import pytest

SECRECY = "CSP L1110-4"


def secrecy_findings(checker, text, profession="infirmier", audience="public"):
    result = checker.check(text, profession=profession, audience=audience)
    return [f for f in result.findings if any(r.id == SECRECY for r in f.references)]


def signals(checker, text, kind):
    result = checker.check(text)
    return [(text[s.start:s.end], dict(s.attrs)) for s in result.signals if s.kind == kind]


BAD = [
    # indirect identification: age + town / job / rare detail + health
    "Nuit agitée : une ado de 15 ans de Kervignac, intoxication médicamenteuse, transférée en pédopsy.",
    "Admis hier un viticulteur de 61 ans de Saint-Julien-du-Puy pour un AVC massif.",
    "Un homme de 47 ans originaire de Brévanne, amputé après un accident de tracteur.",
    "La boulangère de Tréguidel, 58 ans, est chez nous en réa depuis lundi.",
    "Femme de 29 ans, prof de yoga à Villers-sous-Bois, syndrome de Cotard diagnostiqué cette semaine.",
    "Seul cas de tétanos de la région cette année : un retraité de 82 ans, toujours intubé.",
    "Un bébé de 4 mois du village de Locmaron, bronchiolite sévère, intubé cette nuit.",
    "Premier cas de diphtérie du département chez une collégienne de 13 ans, hospitalisée ici.",
    "Cas clinique : homme de 41 ans, éleveur à Plestin-les-Grèves, maladie de Wilson découverte par hasard.",
    "Le seul pharmacien de Saint-Méen-le-Grand est hospitalisé chez nous depuis hier, croisez les doigts.",
    "Une étudiante de 22 ans de Montauriol, admise cette nuit pour une overdose.",
    # initials + detail
    "J.-L. D., le maire de Pradelles, opéré d'un triple pontage ce matin.",
    "Courage à R. T., le gendarme de Mauzac qu'on a reçu hier soir, grand brûlé.",
    "Bon rétablissement à M.-C. B., institutrice à Lanvollon, greffée du rein la semaine dernière.",
    # residents by first name, age, death
    "Bon anniversaire à Madame Huguette pour ses 97 ans, toute l'unité Alzheimer t'embrasse 🎂",
    "Monsieur Gaston de la 9 nous a quittés ce matin, il va tellement nous manquer.",
    "Notre doyen Marcel fête ses 104 ans aujourd'hui à la résidence, quelle pêche !",
    "Pensée pour Ginette du 1er étage, partie dans la nuit. Repose en paix.",
    # bare room numbers
    "Le papi de la 118 a encore arraché sa perf, troisième fois de la nuit 🙄",
    "La 7 a sonné 25 fois depuis 22h, je craque",
    "La dame du 23 refuse toujours de manger, on fait quoi ?",
    # photos and videos of a patient, consent or not
    "Petit selfie avec ma mamie préférée de l'EHPAD avant son départ 🥰",
    "Photo avec mon petit monsieur de la 4 qui sort enfin aujourd'hui, il est d'accord !",
    "Vidéo de notre centenaire qui souffle ses bougies, elle a donné son accord 🎥",
    "Joyeux anniversaire à Raymonde du 3e étage, ta photo avec les bougies en commentaire 👇",
    "Photo souvenir avec la pensionnaire préférée du service, elle m'a dit oui 😍",
    "la 112 a encore hurlé toute la nuit, j'en peux plus",
    "Bébé de 2 mois arrivé de Pleyber-Christ en arrêt, réanimé, transféré à Brest",
    "Cette nuit on a reçu l'ancien maire de Saint-Yvi, 91 ans, en détresse respiratoire",
    "Le curé de Saint-Thélo est chez nous pour une chute, il râle déjà contre la soupe 😂",
]

GOOD = [
    "Dr Google a encore frappé : trois patients persuadés d'avoir un cancer. Consultez !",
    "POV : tu termines ta première garde de nuit et le soleil se lève 🌅 #etudiantinfirmier",
    "POV : ta première prise de sang réussie en stage, trop fière 😭",
    "Attention à la vidéo qui affirme que le citron guérit le diabète, c'est faux, signalez-la.",
    "La vidéo virale sur les vaccins et l'autisme est un mensonge, partagez plutôt les sources.",
    "La maladie de Lyme se transmet par les tiques, protégez-vous en forêt.",
    "Journée mondiale des maladies rares : soutenez la recherche !",
    "Rendez-vous à Saint-Malo-de-Phily pour la course solidaire du service dimanche !",
    "Mme Lemoine de la comptabilité part à la retraite, merci pour tout !",
    "Notre chambre 12 vient d'être rénovée, merci aux équipes techniques.",
    "Le 15 a appelé pour une régulation, on a géré.",
    "Joyeux anniversaire à Léa, notre super IDE du 3e étage ! 🎂",
    "Le tournoi de foot du CHU a lieu à Plouguerneau samedi, venez nombreux !",
    "Bravo à Julien, pompier volontaire et brancardier de nuit, médaillé ce matin !",
    "Mon papi a 90 ans aujourd'hui, joyeux anniversaire 🎂",
    "Formation AFGSU en salle 3 au 2e étage, pensez à vos badges.",
    "La 2e édition du congrès de gériatrie aura lieu à Sainte-Foy-lès-Lyon.",
    "Le syndrome de l'imposteur touche beaucoup d'internes, parlons-en.",
    "Photo de l'équipe de nuit au complet, aucun patient à l'image 📸",
    "Le premier cas de grippe de la saison est arrivé : vaccinez-vous !",
    "Je suis originaire de Ploumanac'h et fière d'être infirmière 💙",
    "Ma collègue Inès du bloc a eu son concours, trop fière !",
    "On recrute des aides-soignants de nuit à l'EHPAD de Montfaucon, CV en MP.",
    "Le mec de la compta m'a encore oublié sur le planning 🙄",
    "À la Saint-Valentin, le service de cardio offre des dépistages gratuits ❤️",
    "Trop triste pour la chanteuse Maëlle Corbin, j'ai grandi avec ses chansons. RIP",
    "Mme Audran de l'accueil est toujours adorable avec les familles de patients.",
    "Le maire de Quimperlé a inauguré hier le nouveau service de dialyse",
    "Merci au boulanger de Plérin pour les croissants offerts à l'équipe de chirurgie",
    "La vidéo du ministre de la santé est hallucinante",
    "Le 15 nous a envoyé 8 patients en 1h cette nuit",
    "Sandrine de l'accueil maltraite les patients, tout le monde le sait",
    "Notre service a pris en charge 12 enfants de 3 à 10 ans cet été à Quiberon",
    "Fière de notre équipe de Morlaix : premier cas de variole du singe géré sans contamination",
    "Bravo à l'équipe de Landerneau pour la première greffe rénale de la région !",
    "Nadège Carpentier hurle sur tous les patients, quelqu'un peut la recadrer ?",
]


@pytest.mark.parametrize("text", BAD)
def test_secrecy_breach_found(checker, text):
    assert secrecy_findings(checker, text), text


@pytest.mark.parametrize("text", GOOD)
def test_no_secrecy_finding(checker, text):
    assert not secrecy_findings(checker, text), text


@pytest.mark.parametrize("text,age", [
    ("Un jeune de 19 ans de Trévilly, arrêt cardiaque", "19 ans"),
    ("une dame de 84 ans d'Aurillac", "84 ans"),
    ("un bébé de 3 mois, déshydraté", "3 mois"),
    ("une petite de 6 semaines hospitalisée", "6 semaines"),
    ("M. Roche (ch. 7) a 96 ans demain", "96 ans"),
])
def test_age_found(checker, text, age):
    assert age in [span for span, _ in signals(checker, text, "id.age")]


@pytest.mark.parametrize("text", ["30 ans de maison et toujours là", "un arrêt de 3 mois",
                                  "12 ans d'expérience en réa",
                                  "des enfants de 4 à 12 ans"])
def test_not_an_age(checker, text):
    assert not signals(checker, text, "id.age")


@pytest.mark.parametrize("text,room", [
    ("Le monsieur de la 214 qui sonne sans arrêt", "la 214"),
    ("cc, Mme R. de la 5 a mal dormi", "la 5"),
    ("La 12 a encore sonné", "La 12"),
    ("le papy du 8 refuse son traitement", "du 8"),
])
def test_bare_room_designates_occupant(checker, text, room):
    found = signals(checker, text, "id.room")
    assert (room, {"occupant": True}) in found


@pytest.mark.parametrize("text", ["j'ai appelé le 15 qui m'a rappelé", "Le 18 a appelé",
                                  "la 3e fois cette semaine", "le bus de la 12 est en retard",
                                  "rendez-vous le 12 mai", "c'est les gars du 93 qui gèrent",
                                  "Kevin du 59 a encore gagné"])
def test_not_a_room(checker, text):
    assert not signals(checker, text, "id.room")


@pytest.mark.parametrize("text,town", [
    ("un agriculteur du canton de Vézac-le-Haut", "Vézac-le-Haut"),
    ("une famille de Sainte-Colombe-sur-Loire", "Sainte-Colombe-sur-Loire"),
    ("un homme de 50 ans de Trémorel, infarctus", "Trémorel"),
    ("retraitée originaire de Quistinic", "Quistinic"),
])
def test_town_by_shape(checker, text, town):
    assert any(town in span for span, _ in signals(checker, text, "clue.place"))


@pytest.mark.parametrize("text", ["maladie de Fabry découverte tard", "syndrome de Cotard",
                                  "Joyeux anniversaire à Lucienne !", "merci à Thomas"])
def test_not_a_town(checker, text):
    assert not signals(checker, text, "clue.place")


def test_rare_eponym_is_a_clue_common_one_is_not(checker):
    assert signals(checker, "maladie de Gaucher", "clue.unique")
    assert not signals(checker, "maladie de Parkinson", "clue.unique")


@pytest.mark.parametrize("text", ["Dr Google dit que c'est grave", "Docteur Internet a parlé"])
def test_websites_are_not_people(checker, text):
    assert not signals(checker, text, "person")


def test_resident_by_title_and_first_name(checker):
    found = signals(checker, "Madame Odile a bien mangé", "person")
    assert found and found[0][1]["role"] == "patient"


def test_staff_by_workplace(checker):
    found = signals(checker, "M. Perrot du secrétariat est malade", "person")
    assert found and found[0][1]["role"] == "staff"
