"""The patterns of postcheck/detectors/_speech.py (what reports, denounces, says "I am",
links a subject to what it is called), kept apart so that module stays small. Patterns that
are tried once per hostile word (DENOUNCE, REPORT_VERB) are gated: a post none of whose words
holds one of their required words is not searched (patterns.Gated, wordfacts.py).
"""
from __future__ import annotations

import re

from ..gated import gated
from ..patterns import fast

# A clause ends at one of .!?;\n… (found with str.find), at a dash between spaces, or at the
# end: `_speech.clause` (the one alternation with `$` was tried at every place).
_CLAUSE_DASH = fast(r"\s[-–]\s")
REPORT_VERB = gated(
    r"(?:\b(?:m'|l'|t'|nous|vous|les|se|s'|me|te)?\s*(?:a|ont|avait|avaient)?\s*"
    r"(?:trait|insult|(?<!s')(?<!se\s)appel|qualifi|surnomm)\p{L}*\s+(?:de\s+|d'|des\s+|les\s+gens\s+des\s+|"
    r"(?:les\s+)?\p{L}+\s+des\s+|comme\s+)?|"
    r"\b(?:dire|dites|disent|disant|dit|ecrire|ecrit|ecrivez|ecrivent|ecrivant|hurle|hurler|crie|"
    r"lance|repete|repeter|menacer|menace|menacent)\s+(?:que\s+|qu'|de\s+|d')?)"
    r"[^.!?\n]{0,40}$")
DENOUNCE = gated(
    r"\b(?:port\p{L}*\s+plainte|plainte|(?:seront|sera|serez|j'ai|je\s+l'ai|je\s+les\s+ai|je\s+vais)\s+"
    r"(?:signal|bloqu)\p{L}*|inacceptable|intolerable|"
    r"pas\s+tolerable|inadmissible|honte\s+a\s+ceux|propos\s+(?:haineux|racistes?|sexistes?|"
    r"homophobes?|injurieux|degradants?)|haineux|arret\p{L}*\s+(?:de|d')|cess\p{L}*\s+(?:de|d')|"
    r"ne\s+donne\s+pas|vous\s+vaudra|n'esperez\s+pas|fait\s+mal\s+de\s+voir|triste\s+vie|"
    r"(?:qui|qu'ils|qu'elles)\s+(?:ecrivent|disent|m'envoient|envoient|traitent|insultent|appellent)|"
    r"du\s+(?:type|style|genre)|des\s+(?:trucs|choses)\s+(?:comme|du)|votre\s+opinion|"
    r"je\s+n'ai\s+(?:aucun\s+respect|que\s+du\s+mepris)\s+pour\s+(?:les\s+)?(?:gens|personnes)|"
    r"comment\s+(?:pouvez|peux|peut|osez)|qu'est-ce\s+qui\s+vous\s+fait\s+dire|"
    r"il\s+m'a\s+traite|elle\s+m'a\s+traite|on\s+m'a\s+traite|se\s+faire\s+traiter|"
    r"victime\s+d'|insulte\p{L}*\s+de|injure\p{L}*|(?:c'est|propos|discours|message)\s+(?:raciste|"
    r"sexiste|homophobe|transphobe|misogyne|grossophobe|validiste)s?)")
SELF_SUBJECT = fast(
    r"(?:\b(?:je|j'|moi|me|m')\s*(?:ne\s+|n')?(?:suis|sens|peux\s+etre|peux\s+pas\s+etre|"
    r"reste|serai|serais|etais|deviens|fais|fais\s+le|fais\s+la|passe\s+pour)|\bj'suis|\bchuis|"
    r"\bjsuis|\bje\s+me\s+sens|\bmoi\s*,?)\s*(?:vraiment\s+|trop\s+|tellement\s+|"
    r"une?\s+|un\s+peu\s+|parfois\s+|vraie?\s+|grosse?\s+|belle\s+|sacree?\s+|la\s+|le\s+|"
    r"de\s+la\s+|du\s+)*$")
SELF_AFTER = fast(r"\s*(?:que\s+je\s+suis|je\s+fais|j'suis|je\s+suis)\b")
_DET_ADJ = (r"(?:(?:un|une|des|de|d'|du|le|la|l'|les|qu'un|qu'une|que\s+des|rien\s+qu'une?|"
            r"rien\s+d'autre\s+qu'une?|rien\s+de\s+plus\s+qu'une?|tous\s+des|toutes\s+des|tous\s+de|"
            r"toutes\s+de|vraiment|juste|simplement|tellement|trop|tres|si|aussi|completement|"
            r"totalement|absolument|franchement|carrement|grave|vrai|vraie|vrais|vraies|gros|"
            r"grosse|grosses|sale|sales|sacre|sacree|pauvre|pauvres|petit|petite|petits|petites|"
            r"vieux|vieille|vieilles|belle|beau|parfait|parfaite|parfaits|parfaites|complet|"
            r"complete|total|totale|immense|enorme|fameux|fameuse|foutu|foutue|mega|super|plus|"
            r"pire|pires|veritable|veritables|espece\s+de|bande\s+de|roi\s+des|reine\s+des|"
            r"champion(?:ne)?\s+des|tas\s+de)\s*)*")
COPULA = fast(
    rf"(?P<subj>(?:\S+\s+){{0,6}}?)(?P<cop>(?<![\p{{L}}'])(?:(?:ne\s+|n')?(?:est|es|etes|sont|etait|etais|"
    rf"etaient|sera|seras|serez|seront|serait|reste|restes|restent|devient|deviens|demeure)|"
    rf"t'es|t\s+es|c'est|c\s+est|ce\s+sont|c'etait)(?:\s+(?:pas|plus|jamais|que|qu'))?|=|:)\s*"
    rf"(?P<rest>{_DET_ADJ})$")
# COPULA without its subject: there is a match of COPULA exactly when there is one of this
# (the subject may be empty), found at a fraction of the cost (no subject tried at each place).
_COPULA_TAIL = fast(COPULA.pattern[COPULA.pattern.index("(?P<cop>"):])
# What the text before a word, its final spaces stripped, ends with wherever _COPULA_TAIL
# matches (a copula, then determiners and adjectives, each perhaps glued to the next).
_COPULA_ENDS = (
    "est", "es", "sont", "etait", "etais", "etaient", "sera", "seras", "serez", "seront",
    "serait", "reste", "restes", "restent", "devient", "deviens", "demeure", "pas", "plus",
    "jamais", "que", "qu'", "=", ":", "un", "une", "des", "de", "d'", "du", "le", "la", "l'",
    "vraiment", "juste", "simplement", "tellement", "trop", "tres", "si", "aussi",
    "completement", "totalement", "absolument", "franchement", "carrement", "grave", "vrai",
    "vraie", "vrais", "vraies", "gros", "grosse", "grosses", "sale", "sales", "sacre", "sacree",
    "pauvre", "pauvres", "petit", "petite", "petits", "petites", "vieux", "vieille",
    "vieilles", "belle", "beau", "parfait", "parfaite", "parfaits", "parfaites", "complet",
    "complete", "total", "totale", "immense", "enorme", "fameux", "fameuse", "foutu", "foutue",
    "mega", "super", "pire", "pires", "veritable", "veritables")
# Their last two characters (one for "=" and ":"): most texts end otherwise, told by one
# look-up before the `endswith` of all of them.
_COPULA_LAST = frozenset(e[-2:] for e in _COPULA_ENDS)


def copula_may_end(tail: str) -> bool:
    """False when _COPULA_TAIL cannot match a text that is `tail` plus spaces."""
    return (tail[-2:] in _COPULA_LAST or tail[-1:] in "=:") and tail.endswith(_COPULA_ENDS)


# Likewise for DEMONSTRATIVE: a determiner, then perhaps what _COPULA_ENDS holds of _DET_ADJ.
_DET_ENDS = _COPULA_ENDS + ("ce", "cet", "cette", "ces", "les", "mon", "ma", "ton", "ta", "son",
                            "sa", "mes", "tes", "ses", "notre", "votre", "nos", "vos", "leur",
                            "leurs")
_DET_LAST = frozenset(e[-2:] for e in _DET_ENDS)


def determiner_may_end(tail: str) -> bool:
    """False when DEMONSTRATIVE cannot match a text that is `tail` plus spaces."""
    return (tail[-2:] in _DET_LAST or tail[-1:] in "=:") and tail.endswith(_DET_ENDS)


def copula(before: str, tail: str) -> re.Match | None:
    """`COPULA.search(before)` (`tail`: `before` without its final spaces), for less: the
    endings first, then the copula alone; a match's subject is at most six words each with
    its spaces before a copula at or after that one, so none begins left of the seventh run
    of spaces before it (a search from there, not from every place of the text)."""
    if not copula_may_end(tail):
        return None
    found = _COPULA_TAIL.search(before)
    if found is None:
        return None
    parts = before[:found.start()].rsplit(None, 7)
    return COPULA.search(before, len(parts[0]) if len(parts) == 8 else 0)


STRONG_BEFORE = fast(r"(?:\b(?:espece|bande|tas|roi|reine|champion|championne)\s+(?:de|des|d')|"
                              r"\b(?:sale|sales|gros|grosse|grosses|vieux|vieille|vieilles|"
                              r"pauvre|pauvres|sacre|sacree)|=)\s*$")
DEMONSTRATIVE = fast(rf"\b(?P<det>ce|cet|cette|ces|le|la|l'|les|mon|ma|ton|ta|son|sa|mes|tes|"
                              rf"ses|notre|votre|nos|vos|leur|leurs)\s*(?P<adj>{_DET_ADJ})$")
AFTER_NP = fast(r"\s*(?:de\s|du\s|d'|des\s|qui\s|que\s|qu'|,|:|!|\?|\.|$|@|#|[^\p{L}\p{N}\s])")
# A copula that denies what follows: "ne sont pas", "n'est plus", "c'est pas" ("est plus" alone
# compares: "il est plus … que").
_DENIED = fast(r"(?:\b(?:ne|n')\s*\S+\s+(?:pas|plus|jamais)|\s(?:pas|jamais))$")
FIGURATIVE_OF = fast(r"\b(?P<noun>\p{L}+)\s+(?:de|d')\s*$")
# The two cues `aim` builds per call otherwise (a string of 1,000 characters to hash).
VOCATIVE_BEFORE = fast(r"\b(?:espece|bande)\s+(?:de|d')\s*$")
APPOSITION = fast(r",\s*(?:une?|des)\s+" + _DET_ADJ + "$")
for _gated in (REPORT_VERB, DENOUNCE):
    _gated.use_word_facts()
