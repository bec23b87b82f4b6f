"""Insults (PC201 public, PC202 restricted, PC205 no target): the words of today's slang,
old-fashioned and professional insults, and targets identifiable by a name after a body
("le CMP de Lorient"), a handle, or a verbless sentence right after a named person.
Sentences written for these tests, with invented names and places."""
from __future__ import annotations

import pytest

from .conftest import fired

INJURE = {"injure-publique"}

PUBLIC_INSULTS = [
    # slang, SMS spelling, verlan, with their plurals
    "Notre nouvelle cadre, Mme Perrault, c'est une vraie tchoin 💅",
    "Les deux internes de cardio, Hugo Lenoir et Max Vidal, sont des tarbas finis.",
    "Romain Ledoux du brancardage est un gros bolosse, personne ne peut le voir.",
    "Jessica Marin du secrétariat, quelle chaudasse.",
    # old-fashioned
    "La pharmacienne Mme Chauvin, cette vieille rombière, m'a encore fait la leçon.",
    "Le Dr Vasseur est un malotru et un goujat avec les aides-soignantes.",
    "Ma collègue @nina_soins_56 fait la maligne en story, une vraie dinde.",
    # professional insults, a team or a body named with its place
    "Le CMP de Pontivy, c'est une bande de guignols, trois semaines pour un rappel.",
    "Les manips de l'imagerie du CH de Lorient sont tous des nazes.",
    "Le Pr Garnier, ce mandarin, ne dit jamais bonjour aux externes.",
    "Le quotidien @LaVigieDuLittoral et ses journaleux, quelle honte.",
    "Le Dr Morel a recousu la plaie sans anesthésie locale. Un charcutier.",
    "La clinique Sainte-Anne, c'est des bras cassés du premier au dernier.",
    "M. Guérin du service achats est un alcoolo notoire.",
    # hateful qualifiers said of a named person
    "Le Dr Lambert est un misogyne, il coupe la parole à toutes les internes.",
    "Mme Roche de l'accueil, une sale raciste.",
    # contempt for a colleague's standing
    "Cette pseudo-infirmière @soins_pas_chers fait n'importe quoi en vidéo.",
]

NOT_INJURE = [
    # an unidentifiable patient or relative: contempt, not an injure
    "La dame de la chambre d'à côté de tout à l'heure, quelle vieille chouette 🙄",
    "Franchement le patient de cette nuit c'était un gros lourd.",
    "Les visiteurs qui arrivent à 21 h : vous êtes des boulets 🙃",
    # words with an ordinary meaning, reflexive verbs, counter-speech
    "Je me suis attardée sur le dossier, le Dr Morel avait raison.",
    "Il s'y est pas attardé, Mme Bernard lui a tout réexpliqué.",
    "Torchon propre pour chaque soin, rappel de l'hygiène au CH de Vannes.",
    "Le boucher du marché de Quimper offre des saucisses aux soignants, merci à lui !",
    "Dire que les femmes médecins sont moins compétentes, c'est sexiste.",
    "Rôti de porc et purée à la cantine du CHU de Brest ce midi.",
    "Ma fille s'appelle Lou et c'est la plus belle des crevettes 😍",
]


@pytest.mark.parametrize("text", PUBLIC_INSULTS)
def test_public_insult_to_identifiable_target(checker, text):
    assert fired(checker.check(text, audience="public")) & INJURE


@pytest.mark.parametrize("text", NOT_INJURE)
def test_no_injure_without_identifiable_target(checker, text):
    assert not fired(checker.check(text, audience="public")) & INJURE


def test_restricted_audience_gives_the_lesser_offence(checker):
    result = checker.check("Thomas de la pharmacie, ce gros tocard, a encore perdu ma commande.",
                           audience="restreint")
    assert "injure-non-publique" in fired(result)
    assert not fired(result) & INJURE


def test_named_body_is_marked_named(checker):
    result = checker.check("La PMI de Carhaix ne rappelle jamais.")
    named = [s for s in result.signals if s.kind == "target" and s.attrs.get("named")]
    assert named and named[0].attrs.get("kind") == "establishment"


def test_bare_patient_is_anonymous_but_room_is_not(checker):
    def anonymous(text):
        return [s.attrs.get("anonymous") for s in checker.check(text).signals
                if s.kind == "target" and s.attrs.get("kind") == "patient"]
    assert anonymous("La patiente de ce matin était adorable.") == [True]
    assert anonymous("La patiente de la chambre 8 était adorable.") == [False]
