"""Who says what to whom: small context tests shared by the language detectors, on the
deobfuscated view (folded, lower case, no accents).

- `clause(text, start)`: where the clause around a word begins and ends;
- `reported(text, start, end)`: the word is quoted, reported ("il m'a traitée de ...") or
  denounced ("arrêtez d'appeler les gens des ...", "j'ai porté plainte");
- `aim(text, start, end, entry)`: at whom a hostile word is aimed: `addressee` (tu, vous),
  `person`, `group`, `self` (self-mockery), `thing` ("c'est nul", "journée de con"), `verb`
  (a reflexive verb: "il s'y est attardé"), `denied` ("ils ne sont pas des …") or `none`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import folded_set
from ..patterns import fast, gated
from ._aim_cues import ENDS, FRAGMENT, REFLEXIVE, VOCATIVE_GROUP


_CLAUSE_END = fast(r"[.!?;\n…]|\s[-–]\s|$")
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
STRONG_BEFORE = fast(r"(?:\b(?:espece|bande|tas|roi|reine|champion|championne)\s+(?:de|des|d')|"
                              r"\b(?:sale|sales|gros|grosse|grosses|vieux|vieille|vieilles|"
                              r"pauvre|pauvres|sacre|sacree)|=)\s*$")
DEMONSTRATIVE = fast(rf"\b(?P<det>ce|cet|cette|ces|le|la|l'|les|mon|ma|ton|ta|son|sa|mes|tes|"
                              rf"ses|notre|votre|nos|vos|leur|leurs)\s*(?P<adj>{_DET_ADJ})$")
AFTER_NP = fast(r"\s*(?:de\s|du\s|d'|des\s|qui\s|que\s|qu'|,|:|!|\?|\.|$|@|#|[^\p{L}\p{N}\s])")
# A copula that denies what follows: "ne sont pas", "n'est plus", "c'est pas" ("est plus" alone
# compares: "il est plus … que").
_DENIED = fast(r"(?:\b(?:ne|n')\s*\S+\s+(?:pas|plus|jamais)|\s(?:pas|jamais))$")
_PLURAL_DET = {"ces", "les", "mes", "tes", "ses", "nos", "vos", "leurs", "des"}
_ADDRESSEE = {"tu", "t'", "toi", "vous", "t"}
_SELF = {"je", "j'", "moi", "me", "m'", "nous", "on"}
_PERSON_PRON = {"il", "elle", "c'", "ce", "ca", "lui", "celui-la", "celle-la", "celui-ci", "celle-ci"}
_GROUP_PRON = {"ils", "elles", "eux"}
FIGURATIVE_OF = fast(r"\b(?P<noun>\p{L}+)\s+(?:de|d')\s*$")
_VOCATIVE_HEADS = {"espece", "bande", "tas", "roi", "reine", "champion", "championne", "fils",
                   "fille", "tete", "face", "gueule", "sac", "troupeau", "ramassis", "nid",
                   "race", "genre", "comportement", "typique", "trop", "plein", "beaucoup",
                   "bcp", "assez", "moins", "plus", "nombre", "paquet", "invasion", "horde",
                   "vermine", "vies", "vie", "place", "envie"}


def clause(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(c, 0, start) for c in ".!?;\n…") + 1
    dash = max(text.rfind(" - ", 0, start), text.rfind(" – ", 0, start))
    if dash >= 0:
        left = max(left, dash + 3)
    m = _CLAUSE_END.search(text, end)
    return left, m.start() if m else len(text)


def sentence(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    rights = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    return left, min(rights) if rights else len(text)


def in_quotes(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The quoted passage around [start, end), if any (straight double quotes after
    normalisation, or apostrophes used as quotes around several words)."""
    s0, s1 = sentence(text, start, end)
    left = text.rfind('"', s0, start)
    if left >= 0 and text.count('"', s0, left) % 2 == 0:
        right = text.find('"', end)
        if right >= 0:
            return left, right + 1
    return None


def reported(text: str, start: int, end: int) -> bool:
    s0, s1 = sentence(text, start, end)
    quote = in_quotes(text, start, end)
    whole = text[s0:s1]
    if DENOUNCE.search(whole):
        return True
    if REPORT_VERB.search(text[max(s0, start - 60):start]):
        return True
    if quote:
        inner = text[quote[0] + 1:quote[1] - 1].split()
        return len(inner) >= 3
    return False


def is_self(text: str, start: int, end: int | None = None) -> bool:
    c0, _ = clause(text, start, start)
    if end is not None and SELF_AFTER.match(text, end):
        return True
    return bool(SELF_SUBJECT.search(text[max(c0, start - 40):start]))


def aim(text: str, start: int, end: int, tags: frozenset[str], role_nouns=frozenset()) -> str:
    """At whom the word at [start, end) is aimed (see module docstring)."""
    c0, c1 = clause(text, start, end)
    before = text[max(c0, start - 80):start]
    after = text[end:c1 + 1]
    amb = "amb" in tags
    if REFLEXIVE.search(before):
        return "verb"   # "il s'y est attardé", "je me suis planté": a reflexive verb
    if is_self(text, start, end):
        return "self"
    m = COPULA.search(before) if _COPULA_TAIL.search(before) else None
    if m and (m.group("cop") or m.group("rest")):
        rest = m.group("rest").strip()
        cop = m.group("cop")
        if _DENIED.search(cop):
            return "denied"   # "les infirmières ne sont pas des …": the word is refused
        if cop.startswith(("c'est", "c est", "c'etait")) and not re.search(
                r"\b(?:un|une|des|qu'un|qu'une|le|la|les|tous|toutes|vraie?|gros|grosse)\b", rest):
            return "thing" if "adj" in tags or amb else "person"
        if amb and not rest and cop in (":",):
            return "none"
        if cop == ":" and re.match(r"(?:(?:que|rien\s+que|tous|toutes)\s+)?des\b", rest):
            return "group"   # "aux urgences ce soir : que des …" speaks of the people there
        who = _subject_aim(m.group("subj"), cop)
        if who == "addressee" and VOCATIVE_GROUP.search(text[sentence(text, start, end)[0]:start]):
            return "group"   # "Les familles qui râlent : vous êtes des …" speaks to people in general
        return who
    if STRONG_BEFORE.search(before):
        return "addressee" if fast(r"\b(?:espece|bande)\s+(?:de|d')\s*$").search(before) else "person"
    fig = FIGURATIVE_OF.search(before)
    if fig and fig.group("noun") not in _VOCATIVE_HEADS:
        return "person" if fig.group("noun") in role_nouns else "thing"
    d = DEMONSTRATIVE.search(before)
    if d and (AFTER_NP.match(after) or not amb):
        if amb and d.group("det") not in ("ce", "cet", "cette", "ces") and not d.group("adj").strip():
            return "none"
        return "group" if d.group("det") in _PLURAL_DET else "person"
    if FRAGMENT.match(before) and ENDS.match(after):
        return "person"   # "… a opéré sans prévenir. Un boucher." says what the one just named is
    if not before.strip(" ,\"'") and ENDS.match(after):
        return "addressee"
    if fast(r",\s*(?:une?|des)\s+" + _DET_ADJ + "$").search(before) and not amb:
        return "person"
    return "none"


def _subject_aim(subject: str, copula: str) -> str:
    if copula in ("t'es", "t es"):
        return "addressee"
    if copula == "ce sont":
        return "person"
    words = fast(r"[\p{L}']+").findall(subject)
    if not words:
        return "person"
    last = words[-1]
    if last in _ADDRESSEE or last.endswith("t'"):
        return "addressee"
    if last in _SELF:
        return "self"
    if last in _PERSON_PRON:
        return "person"
    if last in _GROUP_PRON:
        return "group"
    tail = words[-6:]
    for i in range(len(tail) - 1, -1, -1):
        w = tail[i]
        if w == "des" and i > 0:
            continue   # "le bureau des entrées": a complement, not a plural subject
        if w in _PLURAL_DET or w in ("tous", "toutes"):
            return "group"
        if w in ("le", "la", "l'", "ce", "cet", "cette", "mon", "ma", "ton", "ta", "son", "sa",
                 "notre", "votre", "leur", "un", "une", "dr", "mme", "m", "mr", "madame",
                 "monsieur", "docteur", "pr"):
            return "thing" if _names_a_thing(tail[i + 1:]) else "person"
    return "person"


def _names_a_thing(words: list[str]) -> bool:
    """"film", "nouveau logiciel", "emploi du temps": the subject after its determiner is a
    thing ("ce film était débile"), not a person."""
    things = _thing_nouns()
    return any(" ".join(words[:n]) in things for n in (1, 2, 3)) or (
        len(words) > 1 and words[0] in _THING_ADJ and words[1] in things)


@lru_cache(maxsize=None)
def _thing_nouns() -> frozenset[str]:
    return folded_set("thing_nouns")


_THING_ADJ = {"nouveau", "nouvel", "nouvelle", "nouveaux", "nouvelles", "vieux", "vieille",
              "dernier", "derniere", "prochain", "prochaine", "ancien", "ancienne"}
