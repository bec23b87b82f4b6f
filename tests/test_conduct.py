"""Professional conduct: PC302 (the author tells of unworthy conduct) and PC301 (unfounded
health claims pushed with a carer's authority). Sentences written for these tests; they vary
the verb, the drug, the vaccine, the remedy and the disease so that a pattern echoing one
sentence fails here."""
from __future__ import annotations

import time

import pytest

from postcheck.patterns import load_patterns

from .conftest import fired

UNWORTHY = [
    "Nuit calme, j'ai embarqué deux plaquettes de Xanax dans le chariot 😇",
    "On pique deux ampoules de morphine en fin de garde, personne ne compte.",
    "Je me suis servie dans les stups pour tenir la nuit, chut 🤫",
    "J'ai ramené trois boîtes de Stilnox du service pour mes insomnies.",
    "Ceux qui sonnent sans arrêt, je leur débranche la sonnette vers minuit 😴",
    "Le 14 sonne toutes les deux minutes, on a retiré sa télécommande d'appel et bonne nuit.",
    "Je réponds plus aux sonnettes après 2h du matin, ils attendront.",
    "On les laisse mariner dans leurs couches jusqu'à l'équipe du matin, c'est la vie.",
    "Pour être tranquille, je double la dose de Tercian du monsieur du fond le soir.",
    "Les agités, on les attache au lit tous les soirs, sinon impossible de bosser.",
    "Je leur file du Loxapac pour qu'ils nous foutent la paix la nuit.",
    "J'ai fait toute ma garde complètement défoncée, et personne n'a rien vu 😂",
    "J'ai bu trois verres de rosé avant de prendre mon poste, ni vu ni connu.",
    "Je remplis les pancartes au pif en fin de nuit, personne ne vérifie.",
    "J'ai coché toutes les toilettes sans les faire, on était deux pour trente.",
    "On s'est bien marrées devant les vergetures de la patiente du fond du couloir 😂",
    "J'ai pris en photo les fesses du papy pendant la toilette, trop drôle.",
    "Quand la mamie hurle, je ferme sa porte et je fais exprès de ne pas entendre.",
    "On falsifie les feuilles de traçabilité des frigos depuis des mois.",
    "Moi je les sangle au fauteuil pour aller plus vite, tant pis.",
    "J'ai chouravé des gants et des masques pour mon cabinet perso.",
    "On assomme les résidents au Tercian dès 19h, comme ça la nuit est calme.",
    "Je bosse bourrée le dimanche matin, les patients n'y voient que du feu.",
    "Je suis arrivée complètement saoule à ma garde de Noël 🎄",
    "On a débranché l'alarme du scope du box 3, ça bipait trop.",
    "J'ai mangé le dessert de la mamie du 4, elle dormait de toute façon 😋",
]

MISINFORMATION = [
    "En tant qu'infirmière je vous le dis : le vaccin contre la grippe donne la maladie d'Alzheimer.",
    "Les vaccins ARN modifient votre ADN, renseignez-vous avant de piquer vos ados.",
    "Le Gardasil rend les jeunes filles stériles, je ne le ferai jamais à mes patientes.",
    "Je déconseille vivement tous les vaccins aux femmes enceintes.",
    "Ne faites pas vacciner vos bébés avant 2 ans, leur immunité naturelle suffit.",
    "Les vaccins sont de vrais poisons pour nos enfants.",
    "La radiothérapie détruit votre système immunitaire, fuyez-la.",
    "Arrêtez votre insuline et passez au jeûne, le diabète disparaît tout seul.",
    "Les antidépresseurs ne servent à rien, faites du sport et c'est réglé.",
    "Le curcuma détruit les cellules cancéreuses mieux que n'importe quelle chimio.",
    "Le cancer du sein se soigne par le jeûne et les tisanes, j'en ai vu guérir.",
    "Le vinaigre de cidre guérit le diabète de type 2 en trois semaines.",
    "Les huiles essentielles remplacent largement les antibiotiques pour les cystites.",
    "N'écoutez pas votre pédiatre, le lait maternel suffit contre la bronchiolite.",
    "La chimio, c'est du poison : elle tue plus de malades que le cancer.",
    "Jetez vos anticoagulants, une cure d'ail fluidifie le sang naturellement.",
    "L'homéopathie est bien plus efficace que les antibiotiques contre les otites des petits.",
    "Le vaccin contre la rougeole provoque l'autisme, c'est prouvé.",
    "Le MMS élimine le paludisme en 48 heures, j'en ai ramené d'Afrique.",
    "L'argent colloïdal soigne toutes les infections, plus besoin d'antibiotiques.",
    "Pas besoin de vaccin contre le tétanos si on mange bio 😉",
    "Les médecins vous mentent : la chimio tue, le citron guérit.",
    "Refusez le vaccin HPV pour vos filles, il abîme le système nerveux.",
    "Le gluten nourrit les tumeurs, supprimez-le et votre cancer régressera.",
    "Les statines provoquent des cancers, arrêtez-les tout de suite.",
    "Fuyez les oncologues, ils vivent de votre maladie.",
]

GOOD = [
    "Rappel : toute ampoule de morphine cassée se déclare et se trace dans le registre des stupéfiants.",
    "Je n'ai jamais pris un seul comprimé dans l'armoire du service, même en pleine migraine.",
    "Si on attache un résident sans prescription, c'est une contention illégale : parlons-en.",
    "Cette nuit j'ai répondu à toutes les sonnettes, vingt-deux appels, épuisée mais fière.",
    "Une collègue m'a raconté qu'elle débranchait les sonnettes, j'ai prévenu la cadre.",
    "J'ai pris deux Doliprane pour ma migraine avant ma garde.",
    "Non, le vaccin ROR ne provoque pas l'autisme : l'étude qui le prétendait était frauduleuse.",
    "Le vaccin contre la grippe ne donne pas la grippe, il contient un virus inactivé.",
    "Les antibiotiques ne servent à rien contre un rhume, c'est viral.",
    "Certains parents pensent que les vaccins rendent autistes ; c'est une idée reçue démentie.",
    "Ma patiente a peur que la chimio la tue avant le cancer, on en a longuement parlé.",
    "Est-ce que l'homéopathie soigne vraiment les otites ? Non, et voici pourquoi.",
    "Les huiles essentielles ne remplacent pas les antibiotiques, demandez conseil à votre médecin.",
    "Je ne déconseille jamais un vaccin sans en parler au médecin traitant.",
    "Bilan de la campagne : 300 soignants vaccinés contre la grippe cet automne 💉",
    "Après la chimio, pensez à bien vous hydrater et signalez toute fièvre au service.",
    "Vaccination HPV : elle protège contre les cancers du col, parlez-en à votre médecin.",
    "On a retiré la sonnette du 6 le temps de la réparer et on lui a donné une clochette.",
    "Les familles peuvent apporter des chocolats, l'équipe les partage à la pause 🍫",
    "Je bois énormément d'eau pendant mes gardes de 12 h, pensez-y !",
    "J'ai fait ma nuit complètement épuisée, trois entrées et un décès.",
    "Le jus de citron ne guérit pas le cancer, méfiez-vous des vendeurs de cures.",
    "Infirmière, je rappelle que le vaccin contre la rougeole a sauvé des millions d'enfants.",
    "On s'est marrés toute la nuit avec les collègues, super ambiance malgré la charge.",
    "Prise en charge de la douleur : la morphine se prescrit et se trace, parlez-en à votre médecin.",
    "Dans ce documentaire, une aide-soignante raconte qu'elle attachait les résidents la nuit.",
    "On attache un patient uniquement sur prescription, et on réévalue toutes les heures.",
    "Je change les protections de mes résidents dès qu'ils sonnent, même à 4 h du matin.",
]

OUR_RULES = {"conduite-indigne", "desinformation-sante"}


@pytest.mark.parametrize("text", UNWORTHY)
def test_unworthy_conduct_fires(checker, text):
    assert "conduite-indigne" in fired(checker.check(text, profession="infirmier"))


@pytest.mark.parametrize("text", MISINFORMATION)
def test_health_misinformation_fires(checker, text):
    assert "desinformation-sante" in fired(checker.check(text, profession="infirmier"))


@pytest.mark.parametrize("text", GOOD)
def test_fine_posts_do_not_fire(checker, text):
    result = checker.check(text, profession="infirmier")
    assert not fired(result) & OUR_RULES


@pytest.mark.parametrize("text", GOOD[:10])
def test_fine_posts_are_not_defamation_either(checker, text):
    result = checker.check(text, profession="infirmier")
    assert not fired(result) & {"diffamation-publique", "diffamation-non-publique"}


def test_misinformation_needs_a_health_professional(checker):
    text = "Le vaccin contre la grippe donne la maladie d'Alzheimer."
    assert "desinformation-sante" not in fired(checker.check(text, profession="communication"))


def test_team_conduct_at_a_named_place_is_also_an_allegation(checker):
    text = "À l'EHPAD Les Hortensias, on sangle les résidents au fauteuil pour gagner du temps."
    result = checker.check(text, profession="aide-soignant")
    assert {"conduite-indigne", "diffamation-publique"} <= fired(result)


def test_patterns_stay_bounded():
    pattern, _ = load_patterns("conduct")
    nasty = ("je " * 300 + "les les " * 200 + "vaccin " * 200 + "l'" * 300
             + "pour qu'ils " * 200 + "mieux que " * 200)
    start = time.perf_counter()
    list(pattern.finditer(nasty))
    assert time.perf_counter() - start < 1.0


# Read as pairs (lexicons/conduct_cues.txt): the two halves in either order, told as a joke,
# a tip or with a generic "tu"; each family varies its words so that no one draft is echoed.
PAIRED_MISINFORMATION = [
    "Pour soigner une sinusite, trois inhalations d'huile essentielle d'eucalyptus et oubliez l'antibio 🌿",
    "Mes granules homéo soignent les otites de mes petits bien mieux qu'un antibiotique.",
    "Les gélules de moringa à la place du Levothyrox, ma thyroïde ne s'est jamais aussi bien portée.",
    "La propolis m'a guérie de ma cystite en deux jours, sans passer par les antibiotiques.",
    "Cure de jus verts au lieu de la chimio : témoignage d'une collègue qui va très bien.",
    "Vacciner un nourrisson, franchement inutile : son système immunitaire suffit largement.",
    "Je ne vaccine plus mes enfants : une alimentation saine suffit à les protéger.",
    "Le vaccin contre la varicelle refile la varicelle, mes trois enfants l'ont eue après.",
    "Les antennes 5G et ce virus, c'est le même calendrier, ouvrez les yeux.",
    "Les labos vous mentent sur les effets secondaires des vaccins, renseignez-vous.",
]
PAIRED_UNWORTHY = [
    "Petit secret de nuit : je rajoute une demi-dose de Théralène aux bavards et on est peinards jusqu'à 6h 🤫",
    "Double dose de Tercian pour le monsieur qui crie, ni vu ni connu.",
    "Apéro en salle de pause alors que les sonnettes sonnent depuis vingt minutes 🍹",
    "Session TikTok avec les collègues pendant que les brancards s'entassent dans le couloir 😂",
    "J'injecte de l'acide hyaluronique à mon domicile, sans ordonnance, écrivez-moi.",
    "Quand tu fais la sourde oreille aux sonnettes de la chambre du fond 🙉",
    "Les familles pénibles, on les fait poireauter exprès à l'accueil.",
    "Deux verres de whisky vidés dans le poste de soins avant la relève 🥃",
    "Et que tu reprends le volant bien éméchée après le pot de Noël du service 🎄",
    "Un arrêt de travail pour partir en vacances, le médecin n'a rien vu 😎",
    "Seringues et gants \"récupérés\" à la réserve pour les soins de la famille 😇",
]
PAIRED_CONTEMPT = [
    "Toutes ces mamies qui tombent de leur lit à 3h, je suis sûre qu'elles le font exprès.",
    "Les fumeurs qui viennent chialer pour leur BPCO, ils n'avaient qu'à pas fumer.",
    "Ces diabétiques qui viennent geindre pour leurs pieds, faudrait peut-être arrêter de bouffer.",
]
PAIRED_GOOD = [
    "L'huile essentielle de lavande ne soigne pas les otites : consultez si la douleur dure.",
    "Une inhalation de thym en complément de votre traitement peut soulager, demandez conseil.",
    "Le système immunitaire d'un nourrisson ne suffit pas : le calendrier vaccinal le protège.",
    "Le vaccin contre la varicelle ne refile pas la varicelle, c'est une idée reçue.",
    "On augmente la dose de Tercian sur prescription quand l'agitation met le patient en danger.",
    "Pour que la patiente dorme tranquille, le médecin a prescrit un somnifère léger.",
    "Méfiez-vous des injections d'acide hyaluronique proposées sans ordonnance : c'est illégal.",
    "Pendant que les patients attendent, l'équipe trie et rassure, bravo à tous.",
    "Les résidents qui tombent la nuit ne le font pas exprès, on adapte la surveillance.",
    "Les familles qui viennent pleurer pour leur maman en fin de vie ont droit à du temps.",
    "Arrêt de travail après mon entorse, merci aux collègues qui m'ont remplacée.",
    "Formation aux injections esthétiques réservée aux médecins : inscriptions ouvertes.",
    "Le miel calme la toux des plus d'un an, et les antibiotiques ne servent à rien contre un virus.",
]


@pytest.mark.parametrize("text", PAIRED_MISINFORMATION)
def test_paired_misinformation_fires(checker, text):
    assert "desinformation-sante" in fired(checker.check(text, profession="infirmier"))


@pytest.mark.parametrize("text", PAIRED_UNWORTHY)
def test_paired_unworthy_conduct_fires(checker, text):
    assert "conduite-indigne" in fired(checker.check(text, profession="infirmier"))


@pytest.mark.parametrize("text", PAIRED_CONTEMPT)
def test_contempt_for_a_category_of_patients_fires_pc204_with_r4312_9(checker, text):
    result = checker.check(text, profession="infirmier", audience="public")
    assert "mepris-collectif" in fired(result)
    refs = {r.id for f in result.findings if f.rule == "mepris-collectif" for r in f.references}
    assert "CSP R4312-9" in refs


@pytest.mark.parametrize("text", PAIRED_GOOD)
def test_paired_fine_posts_do_not_fire(checker, text):
    result = checker.check(text, profession="infirmier")
    assert not fired(result) & (OUR_RULES | {"mepris-collectif"})


def test_one_half_of_a_pair_alone_is_not_evidence(checker):
    for text in ("Les huiles essentielles, j'en mets dans mon diffuseur le soir.",
                 "On augmente la dose de morphine, la douleur est à 8.",
                 "Les vieux qui nous racontent leur jeunesse, c'est le meilleur moment."):
        assert not fired(checker.check(text, profession="infirmier")) & (OUR_RULES | {"mepris-collectif"})


def test_cue_patterns_stay_bounded():
    pattern, _ = load_patterns("conduct_cues")
    nasty = ("on " * 300 + "les vieux " * 200 + "pendant que les " * 200 + "huile " * 300
             + "sans " * 200 + "5g " * 200)
    start = time.perf_counter()
    list(pattern.finditer(nasty))
    assert time.perf_counter() - start < 1.0
