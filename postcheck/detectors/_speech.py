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
from ..patterns import fast
from ._aim_cues import (ENDS, FIGURATIVE_ENDS, FRAGMENT, REFLEXIVE, REFLEXIVE_ENDS, STRONG_ENDS,
                        VOCATIVE_GROUP)
from ._speech_cues import (_CLAUSE_DASH, _DENIED, AFTER_NP, APPOSITION, DEMONSTRATIVE,
                           DENOUNCE, FIGURATIVE_OF, REPORT_VERB, SELF_AFTER, SELF_SUBJECT,
                           STRONG_BEFORE, VOCATIVE_BEFORE, copula, determiner_may_end)


_PLURAL_DET = {"ces", "les", "mes", "tes", "ses", "nos", "vos", "leurs", "des"}
_ADDRESSEE = {"tu", "t'", "toi", "vous", "t"}
_SELF = {"je", "j'", "moi", "me", "m'", "nous", "on"}
_PERSON_PRON = {"il", "elle", "c'", "ce", "ca", "lui", "celui-la", "celle-la", "celui-ci", "celle-ci"}
_GROUP_PRON = {"ils", "elles", "eux"}
_VOCATIVE_HEADS = {"espece", "bande", "tas", "roi", "reine", "champion", "championne", "fils",
                   "fille", "tete", "face", "gueule", "sac", "troupeau", "ramassis", "nid",
                   "race", "genre", "comportement", "typique", "trop", "plein", "beaucoup",
                   "bcp", "assez", "moins", "plus", "nombre", "paquet", "invasion", "horde",
                   "vermine", "vies", "vie", "place", "envie"}


def clause(text: str, start: int, end: int) -> tuple[int, int]:
    find, right = text.find, len(text)
    for i in (find(".", end), find("!", end), find("?", end), find(";", end),
              find("\n", end), find("…", end)):
        if 0 <= i < right:
            right = i
    m = _CLAUSE_DASH.search(text, end) if "-" in text or "–" in text else None
    if m is not None and m.start() < right:
        right = m.start()
    return _clause_start(text, start), right


def _clause_start(text: str, start: int) -> int:
    # One call a character, no generator: these run several times per hostile word.
    rfind = text.rfind
    left = max(rfind(".", 0, start), rfind("!", 0, start), rfind("?", 0, start),
               rfind(";", 0, start), rfind("\n", 0, start), rfind("…", 0, start)) + 1
    dash = max(rfind(" - ", 0, start), rfind(" – ", 0, start))
    return max(left, dash + 3) if dash >= 0 else left


def sentence(text: str, start: int, end: int) -> tuple[int, int]:
    rfind, find = text.rfind, text.find
    left = max(rfind(".", 0, start), rfind("!", 0, start), rfind("?", 0, start),
               rfind("\n", 0, start)) + 1
    right = len(text)
    for i in (find(".", end), find("!", end), find("?", end), find("\n", end)):
        if 0 <= i < right:
            right = i
    return left, right


def in_quotes(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The quoted passage around [start, end), if any (straight double quotes after
    normalisation, or apostrophes used as quotes around several words)."""
    return _quoted(text, sentence(text, start, end)[0], start, end)


def _quoted(text: str, s0: int, start: int, end: int) -> tuple[int, int] | None:
    left = text.rfind('"', s0, start)
    if left >= 0 and text.count('"', s0, left) % 2 == 0:
        right = text.find('"', end)
        if right >= 0:
            return left, right + 1
    return None


def reported(text: str, start: int, end: int, facts=None) -> bool:
    """`facts`: View.facts of `text`, when it is the view (lets gated patterns skip)."""
    s0, s1 = sentence(text, start, end)
    if DENOUNCE.search(text[s0:s1], facts=facts):
        return True
    if REPORT_VERB.search(text[max(s0, start - 60):start], facts=facts):
        return True
    quote = _quoted(text, s0, start, end)
    if quote:
        inner = text[quote[0] + 1:quote[1] - 1].split()
        return len(inner) >= 3
    return False


def is_self(text: str, start: int, end: int | None = None, c0: int | None = None) -> bool:
    """`c0`: where the clause around `start` begins, when known."""
    if c0 is None:
        c0 = _clause_start(text, start)
    if end is not None and SELF_AFTER.match(text, end):
        return True
    return bool(SELF_SUBJECT.search(text[max(c0, start - 40):start]))


def aim(text: str, start: int, end: int, tags: frozenset[str], role_nouns=frozenset()) -> str:
    """At whom the word at [start, end) is aimed (see module docstring)."""
    c0, c1 = clause(text, start, end)
    before = text[max(c0, start - 80):start]
    after = text[end:c1 + 1]
    amb, tail = "amb" in tags, before.rstrip()
    if tail.endswith(REFLEXIVE_ENDS) and before[-1:].isspace() and REFLEXIVE.search(before):
        return "verb"   # "il s'y est attardé", "je me suis planté": a reflexive verb
    if is_self(text, start, end, c0):
        return "self"
    m = copula(before, tail)
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
    if tail.endswith(STRONG_ENDS) and STRONG_BEFORE.search(before):
        return "addressee" if VOCATIVE_BEFORE.search(before) else "person"
    fig = FIGURATIVE_OF.search(before) if tail.endswith(FIGURATIVE_ENDS) else None
    if fig and fig.group("noun") not in _VOCATIVE_HEADS:
        return "person" if fig.group("noun") in role_nouns else "thing"
    d = DEMONSTRATIVE.search(before) if determiner_may_end(tail) else None
    if d and (AFTER_NP.match(after) or not amb):
        if amb and d.group("det") not in ("ce", "cet", "cette", "ces") and not d.group("adj").strip():
            return "none"
        return "group" if d.group("det") in _PLURAL_DET else "person"
    if FRAGMENT.match(before) and ENDS.match(after):
        return "person"   # "… a opéré sans prévenir. Un boucher." says what the one just named is
    if not before.strip(" ,\"'") and ENDS.match(after):
        return "addressee"
    if not amb and "," in before and APPOSITION.search(before):
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
