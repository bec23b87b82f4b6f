"""Hostility without insult words: hatred ("je les déteste"), disgust, dehumanisation ("sont
des parasites"), denying the worth or the rights of people, exclusion ("n'ont rien à faire
ici"), essentialising a negative trait ("ils sont tous menteurs", "typique des …").
Patterns: lexicons/hostility.txt. Reported as `contempt` with form=hostility, use and aim, so
that the rules for contempt apply; rules decide whether a protected group, a patient, a
colleague or a named person is aimed at.

Some constructions say nothing hostile until we know about whom (obj=, subj= attributes):
"marre des gardes" is not "marre des migrants", "c'est un virus" may be about a virus.
Negated statements ("je ne déteste pas", "ne sont pas une menace"), quoted or denounced ones
("arrêtez de dire que …") and rejected claims ("vous ne pouvez pas croire que …") are not
reported as direct hostility.
"""
from __future__ import annotations

from functools import lru_cache

from ..patterns import fast

from ..analysis import Analysis
from ..wordforms import load_entries
from . import _speech
from ._scan import pattern_hits, warm

NEGATION_INSIDE = fast(r"\b(?:pas|jamais|nullement|aucunement|tout\s+sauf|loin\s+d'etre)\b")
NEGATION_BEFORE = fast(r"\b(?:ne|n')\s*$|\b(?:pas|jamais)\s+(?:de\s+)?$")
NEGATION_AFTER = fast(r"\s*(?:pas|plus|jamais|point|nullement)\b")
# A claim put forward to be rejected: "vous ne pouvez pas croire que …", "comment peut-on
# penser que …", "le cliché selon lequel …".
_CLAIM = fast(r"\b(?:croire|croyez|crois|croit|penser|pensez|penses|pense|pretendre|pretendez|"
              r"affirmer|imaginer|considerer|dire|dites)\s+(?:\p{L}+\s+){0,2}?(?:que|qu')")
_REJECT = fast(r"\b(?:(?:pouvez|peux|peut|pouvons|devez|doit|faut)\s+pas|comment|pourquoi|faux|"
               r"absurde|ridicule|arret\p{L}*|cess\p{L}*|honte)\b")
_STEREOTYPE = fast(r"\b(?:cliches?|prejuges?|stereotypes?|idees?\s+recues?|amalgames?|"
                   r"generalisations?|selon\s+lequel|selon\s+laquelle)\b")
_PRONOUN_AIM = fast(r"\b(?:te|t'|vous|toi)\b")
_WORD = fast(r"[\p{L}'-]+")
_PEOPLE_PRONOUNS = frozenset({"ils", "elles", "eux", "vous", "tu", "t'", "toi", "il", "elle",
                              "gens", "ceux", "celles", "tous", "toutes", "personnes", "mecs",
                              "types", "nanas"})
_FILLERS = frozenset({"ne", "n'", "y", "en", "comme", "qui", "vraiment", "franchement",
                      "le", "la", "les", "l'", "des", "de", "du", "d'", "ces", "ce", "cette"})


@lru_cache(maxsize=1)
def _people() -> tuple[frozenset[str], frozenset[str]]:
    """(protected group words, all people words: groups and role nouns)."""
    from .targets import role_lexicon

    table = role_lexicon()
    groups = frozenset(f for f, k in table.items() if k == "group")
    people = frozenset(f for f, k in table.items() if k != "establishment")
    return groups, people


@lru_cache(maxsize=1)
def _negative_words() -> frozenset[str]:
    neg = {f for f, e in load_entries("hostility_words").items() if "neg" in e.tags}
    return frozenset(neg | set(load_entries("insults")))


def _words(text: str) -> list[str]:
    out = []
    for w in _WORD.findall(text):
        w = w.strip("'-")
        if "'" in w:
            head, _, tail = w.partition("'")
            out.extend((head + "'", tail) if tail else (head + "'",))
        elif w:
            out.append(w)
    return out


def _has(words: list[str], table: frozenset[str]) -> bool:
    return any(w in table for w in words) or any(
        f"{a} {b}" in table for a, b in zip(words, words[1:]))


def _object_ok(view: str, start: int, end: int, kind: str) -> bool:
    """A group (obj=group) or any people word (obj=people) right after the construction."""
    groups, people = _people()
    head = view.rfind(" ", start, end) + 1 or start
    words = _words(view[head:end + 40])[:5]
    return _has(words, groups if kind == "group" else people | _PEOPLE_PRONOUNS)


def _subject_ok(view: str, start: int) -> bool:
    """People spoken of just before the predicate ("les X comme vous sont …")."""
    c0, _ = _speech.clause(view, start, start)
    words = [w for w in _words(view[max(c0, start - 60):start]) if w not in _FILLERS][-3:]
    return _has(words, _people()[1] | _PEOPLE_PRONOUNS)


def _negative_nearby(view: str, start: int, end: int) -> bool:
    s0, s1 = _speech.sentence(view, start, end)
    words = _words(view[s0:s1])
    return _has(words, _negative_words())


def _rejected_claim(view: str, start: int) -> bool:
    s0, _ = _speech.sentence(view, start, start)
    before = view[s0:start]
    claim = _CLAIM.search(before)
    return bool((claim and _REJECT.search(before[:claim.start() + 1] or before))
                or _STEREOTYPE.search(before))


class HostilityDetector:
    name = "hostility"

    def __init__(self):
        warm()

    def detect(self, analysis: Analysis):
        view = analysis.view.text
        for kind, attrs, start, end in pattern_hits(analysis, "hostility"):
            obj, subj = attrs.pop("obj", None), attrs.pop("subj", None)
            if not attrs.pop("neg", None) and (
                    NEGATION_INSIDE.search(view, start, end)
                    or NEGATION_BEFORE.search(view[max(0, start - 12):start])
                    or NEGATION_AFTER.match(view, end)):
                continue
            if obj and not _object_ok(view, start, end, obj):
                continue
            if obj == "group" and not _negative_nearby(view, start, end):
                continue
            if subj and not _subject_ok(view, start):
                continue
            reported = (_speech.reported(view, start, end, analysis.view.facts)
                        or _rejected_claim(view, start))
            c0, c1 = _speech.clause(view, start, end)
            aim = "addressee" if _PRONOUN_AIM.search(view[c0:c1]) else "group"
            yield analysis.view_signal(kind, start, end, 0.7, "propos hostiles", self.name,
                                       use="reported" if reported else "direct", aim=aim,
                                       severity=2, needs_target=True,
                                       obfuscated=analysis.disguised(start, end), slur=False,
                                       **attrs)
