"""Clues that no model or lexicon lists: small towns known by their shape and the slot they
fill ("du canton de Vézac-le-Haut", "un homme de 50 ans de Trémorel"), and named diseases,
mostly rare ("maladie de Gaucher"). Used by clues.py; signals as described there."""
from __future__ import annotations

import re

import regex

from ..analysis import Analysis
from ..gazetteer import get_gazetteer
from ..lexicon import fold, folded_set
from ..patterns import fast

# "à Saint-Aubin-des-Prés", "du canton de Moirans-le-Haut": hyphenated names with a place
# particle, or "Saint-"; and any capitalised word in a slot that only a place fills ("un
# homme de 40 ans de Trélazac", "originaire de Quimbel", "près de Vaulry").
_COMPOUND_TOWN = fast(
    r"(?<![\p{L}\p{N}'-])(?:(?:Saint|Sainte|St|Ste)-[\p{Lu}][\p{L}'-]*\p{Ll}|[\p{Lu}]\p{Ll}+"
    r"(?:-[\p{Lu}]\p{Ll}+){0,2}-(?:sur|sous|en|l[eè]s|lez|le|la|les|de|du|des|aux|au|d')-?"
    r"[\p{Lu}]\p{Ll}+(?:-[\p{Lu}]\p{Ll}+){0,2})(?![\p{L}\p{N}-])")
_SINGLE_TOWN = fast(r"(?<![\p{L}\p{N}'-])[\p{Lu}]\p{Ll}{2,}(?:-[\p{Lu}]\p{Ll}+)?"
                             r"(?![\p{L}\p{N}-])")
# (?r): a look-behind pattern ending in `$`, only asked whether it matches, is searched from
# the end, where its matches end, instead of trying every start before (3-10x faster).
_STRONG_SLOT = regex.compile(
    r"(?r)(?:\d\s*ans|canton|commune|secteur|region|coin|environs|cote|originaire|natif|native|"
    r"habitante?s?|venue?s?|arrivee?s?|transferee?s?|evacuee?s?|amenee?s?|pres|proximite|sortie|mairie|gendarmerie|caserne|pompiers|college|"
    r"lycee|ecole|usine|ferme|camping|plage|port|gare|marche)\s+(?:de|d')\s*$|(?:^|[^\p{L}])a\s+$")
# "de", "d'" or "à" opening a word, then a capital. The first character is matched before the
# word-start test ((?<!\w.)) so that `re` can skip ahead to those letters (6x faster).
_SLOT_END = re.compile(r"[DdaAàÀ](?<!\w.)(?:(?<=[Dd])(?:e|')|(?<=[aAàÀ]))\s*(?=[A-ZÀ-ÖØ-ÞŒ])")
_PERSON_SLOT = regex.compile(
    r"(?r)(?:jeune|homme|femme|dame|monsieur|patiente?|gars|mec|fille|garcon|ado|enfant|bebe|papi|"
    r"mamie|retraitee?|famille|couple|motard|cycliste|randonneu\w+)\s+(?:de|d')\s*$")
EPONYM_BEFORE = regex.compile(
    r"(?r)(?:maladie|syndrome|signe|score|test|manoeuvre|methode|classification|echelle|choree|"
    r"sarcome|lymphome|tumeur|loi|sonde|triade|reflexe|ataxie|dystrophie|myopathie|paralysie|"
    r"angine|anemie|nevrite|neuropathie)\s+(?:de\s+|d')$")
_EPONYM = regex.compile(r"(?i:maladie|syndrome)\s+(?:de\s+|d')(?P<name>[\p{Lu}][\p{L}'-]+)")
EPONYM_WORDS = ("maladie", "syndrome")   # in every match of _EPONYM, folded


def first_name_only(words: str) -> bool:
    parts = words.split()
    return len(parts) == 1 and get_gazetteer().is_first_name(parts[0], common_only=True)


def shaped_towns(analysis: Analysis, taken, hospital_before, town_before, big_cities):
    text, folded, gaz = analysis.text, analysis.folded, get_gazetteer()
    spans = ([(m.start(), m.end(), True) for m in _COMPOUND_TOWN.finditer(text)]
             if "-" in text else [])
    for slot in _SLOT_END.finditer(text):  # only capitalised words right after a place slot
        m = _SINGLE_TOWN.match(text, slot.end())
        if m and not any(a <= m.start() < b for a, b, _ in spans):
            spans.append((m.start(), m.end(), False))
    for start, end, compound in spans:
        if any(a <= start < b or start <= a < end for a, b in taken):
            continue
        before = folded[max(0, start - 25):start]
        if hospital_before.search(before) or EPONYM_BEFORE.search(before):
            continue
        word = text[start:end]
        if compound:
            if not town_before.search(before):
                continue
        else:
            person_slot = bool(_PERSON_SLOT.search(before))
            if not (person_slot or _STRONG_SLOT.search(before)):
                continue
            if (gaz.is_ambiguous(word) or gaz.is_acronym(word) or gaz.is_first_name(word)
                    or person_slot and gaz.is_surname(word)):
                continue
        scale = "city" if fold(word) in big_cities else "town"
        taken.append((start, end))
        yield analysis.signal("clue.place", start, end, 0.4, "indice : lieu nommé (forme)",
                              "clues", scale=scale)


def rare_eponyms(analysis: Analysis):
    """"maladie de Fabry", "syndrome de Cotard": named diseases are mostly rare, and a rare
    disease is a detail that fits few people (common ones: lexicons/clue_common_eponyms.txt)."""
    if not any(word in analysis.folded for word in EPONYM_WORDS):
        return
    common = folded_set("clue_common_eponyms")
    for m in _EPONYM.finditer(analysis.text):
        if fold(m.group("name")) not in common:
            yield analysis.signal("clue.unique", m.start(), m.end(), 0.5,
                                  "indice : maladie rare", "clues")
