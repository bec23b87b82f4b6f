"""The patterns of indirect identification clues (clues.py describes the signals): each is
(signal kind, attributes, body on folded text), filled from the lexicons clue_jobs,
clue_celebrity and clue_rare_diseases.
"""
from __future__ import annotations

import re

import regex

from ..lexicon import fold, load

_DET = r"(?:le|la|l'|un|une|notre|ce|cet|cette|son|sa|mon|ma|ton|ta|du|de\s+la|au|a\s+la)\s*"
_FORMER_WORD = r"(?:ancien(?:ne)?|ex-?|futur(?:e)?|jeune|celebre|fameux|fameuse)"
_FORMER = rf"(?:{_FORMER_WORD}\s+)?"
# Before an occupation: a determiner ("le boulanger"), "ancienne" ("ancienne institutrice"), or
# a comma opening an apposition ("ma patiente, collégienne à Ploërmel").
_LEAD = rf"(?:{_DET}{_FORMER}|{_FORMER_WORD}\s+|(?<=[,(]\s{{0,2}}))"
_NAME = r"(?P<name>[^\W\d_][\w'-]*(?:[\s-]+(?:(?:sur|sous|en|les|le|la|de|du|d')[\s-]+)?[^\W\d_][\w'-]*){0,3})"
PREP = r"(?:a|au|aux|sur|en|vers|pres\s+de|du\s+cote\s+de|de|du|d')\s*"
_RELATIVE = (r"(?:femme|mari|epouse|epoux|fille|fils|mere|pere|frere|s(?:oe|œ)ur|compagne|compagnon|"
             r"belle-mere|beau-pere|belle-fille|gendre|petite?-fille|petit-fils|neveu|niece|"
             r"cousine?|tante|oncle|veuve|ex-femme|ex-mari|gamine?|gosse)")
_COLLEAGUES = (r"(?:collegues?|confreres?|consoeurs?|internes?|externes?|infirmier(?:e|s|es)?|"
               r"ide|aides?-soignante?s?|as|cadres?|chefs?|cheffes?|secretaires?|brancardiers?|"
               r"medecins?|kines?|sages?-femmes?|stagiaires?|etudiante?s?|residents?\s+du\s+staff)")
_ORDINAL = r"(?:\d+\s*(?:e|eme|ieme|er|ere)|deuxieme|troisieme|quatrieme|cinquieme|sixieme)"
# What the road pattern's numbered alternative ("la N12", "sur l'A 84") holds in every match:
# "la" or "l'", the road's letters, a digit. Half the posts hold a digit, few this: the pattern
# scans a post holding neither this nor one of its words for nothing. (`re`: its \s holds
# every space `regex`'s does; a literal "l" lets it skip ahead.)
ROAD_NUMBER = re.compile(r"l[a']\s*(?:rn|rd|n|d|a)\s?\d")


def _alternation(*lexicons: str) -> str:
    parts = []
    for name in lexicons:
        for entry in load(name):
            parts.append(entry[3:].strip() if entry.startswith("re:") else regex.escape(fold(entry)))
    return "|".join(f"(?:{p})" for p in parts)


def patterns():
    jobs, stars = _alternation("clue_jobs"), _alternation("clue_celebrity")
    rare = _alternation("clue_rare_diseases")
    # "du village", "de notre petite commune", "du collège", "de Saint-Thélo": which community
    complement = (rf"(?:\s+(?:du|de\s+la|de\s+l'|des|d'|de|a|au|sur)\s*(?:(?:notre|mon|ma|ce|cette)"
                  rf"\s+)?(?:petite?\s+)?(?:(?P<local>bourg|village|coin|quartier|commune|ville|"
                  rf"canton|club|college|lycee|ecole|mairie|place\s+du\s+marche|marche)|{_NAME}))?")
    return (
        ("clue.job", {}, rf"{_LEAD}(?:{jobs}){complement}"),
        ("clue.job", {"relation": True},
         rf"(?:{_DET})?{_RELATIVE}\s+(?:du|de\s+la|de\s+l'|d')\s*{_FORMER}(?:{jobs}|{stars})"),
        # a relative of one of the author's colleagues: "le père d'un de mes internes"
        ("clue.job", {"relation": True},
         rf"(?:{_DET})?{_RELATIVE}\s+(?:d'une?\s+de\s+(?:mes|nos)|de\s+(?:mon|ma|notre)|d'une?\s+"
         rf"(?:collegue|confrere|consoeur))\s+(?:{_COLLEAGUES})"),
        # who runs the one shop: "qui tient la boulangerie de la rue principale"
        ("clue.job", {"anchored": True},
         r"(?:qui\s+)?(?:tient|tenait|gere|gerait|possede|possedait|a\s+repris|tenancier\s+de)\s+"
         r"(?:la|le|l')\s*(?:boulangerie|boucherie|charcuterie|pharmacie|epicerie|superette|bar|"
         r"cafe|tabac|bar-tabac|restaurant|pizzeria|creperie|garage|salon\s+de\s+coiffure|"
         r"fleuriste|librairie|quincaillerie|station-service|camping|hotel|pressing|auto-ecole)"),
        ("clue.celebrity", {}, rf"{_LEAD}(?:{stars}){complement}"),
        ("clue.unique", {}, rf"(?:le|la|l')\s*(?:seule?|unique)\s+(?:{jobs}|habitante?s?|enfant|"
                            rf"ado\w*|bebe|homme|femme|fille|garcon|personne|famille|\w+iste|medecin|docteur|"
                            r"pharmacien\w*|infirmi\w*|kine|veterinaire|notaire)"),
        ("clue.unique", {}, r"(?:le|la|notre|nos|ma|mon|sa|son|votre)\s+(?:doyen(?:ne)?|plus\s+(?:agee?|vieux|vieille|jeune)\s+"
                            r"(?:de|du|des)\s+\w+)|(?:super)?centenaire|premier\s+bebe\s+de\s+"
                            r"l'annee|premiere\s+naissance\s+de\s+l'annee"),
        ("clue.unique", {}, rf"{_ORDINAL}\s+(?:grossesse|enfant|accouchement|cesarienne|"
                            r"fausse\s+couche|ivg|tentative)|\d+\s+peres\s+differents|"
                            r"g\d+\s*p\d+|triples|quadruples|quintuples|sextuples|"
                            r"(?:cas|maladie|syndrome)\s+(?:tres\s+)?(?:rare|rarissime|"
                            r"exceptionnel)|premiere?\s+(?:mondiale|en\s+france)"),
        # a rare disease; "le seul cas du département", "premier cas de X", "la seule de tout
        # le canton"
        ("clue.unique", {}, rare + r"|(?:seule?s?|unique|premiere?|1er|1ere)\s+cas(?:\s+(?:de|d')\s*\w+)?|cas\s+unique|"
                            r"seule?s?\s+(?:\w+\s+){0,2}(?:du|de\s+la|de\s+l'|de\s+tout\s+le|de\s+toute\s+la|"
                            r"dans\s+(?:le|la|l'|tout\s+le|toute\s+la|notre))\s*(?:departement|region|canton|"
                            r"ville|commune|village|secteur|ile|vallee|pays|hopital|etablissement)"),
        ("clue.place", {"scale": "small"},
         rf"(?:(?:petite?\s+)?(?:village|bourg|hameau|patelin|bled|lieu-dit|commune|petite\s+"
         rf"ville|quartier|lotissement|ile|canton|vallee)\s+(?:de\s+\d[\d\s.]*\s*(?:habitants|ames|hab)|"
         rf"(?:de|du|d')\s*{_NAME}))|(?:mon|notre|ce|du|au|le\s+meme)\s+(?:village|bourg|"
         rf"hameau|patelin|bled|quartier|lotissement)"),
        ("clue.place", {"scale": "residence"},
         rf"(?:habite|habitait|vit|vivait|reside|residait|demeure|domicilie\w*|originaire|"
         rf"installee?s?)\s+{PREP}(?:la\s+|le\s+|l')?{_NAME}"),
        # (without one of its road words, a match holds ROAD_NUMBER: see below)
        ("clue.place", {"scale": "road"},
         rf"(?:sur\s+(?:la|l')\s*|la\s+|l')(?:rn|rd|n|d|a)\s?\d{{1,4}}(?:\s+(?:a\s+hauteur\s+de|"
         rf"au\s+niveau\s+de|pres\s+de|vers|entre)\s+{_NAME})?|(?:rocade|peripherique|periph|"
         rf"autoroute|voie\s+express|rond-point|echangeur)\s+(?:de|du|d')\s*{_NAME}"),
        ("clue.place", {"scale": "event"},
         rf"(?:accident|collision|chute|agression|incendie|noyade|rixe|fusillade|fait\s+divers|"
         rf"drame)(?:\s+\w+){{0,3}}?\s+(?:a|sur|au|pres\s+de)\s+{_NAME}"),
    )
