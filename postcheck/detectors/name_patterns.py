"""How French names are written in posts and notes, as candidate finders.

Each finder takes the normalised text and the gazetteer and returns candidates
`(start, end, score, why, title)`. The recognizer in names.py merges them, adds spaCy's
entities and decides the role suggested by the words around.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import product

import regex

from ..lexicon import WORD_END, WORD_START, fold, load

CAP = r"[\p{Lu}][\p{Ll}\p{Lu}'-]*[\p{Ll}\p{Lu}]"        # Ballester, Le, O'Neil, Pierre-Yves
PARTICLE = r"(?:de|du|des|le|la|da|di|dos|van|von|ben|el|d')"
CAP_SEQ = rf"{CAP}(?:\s+(?:{PARTICLE}\s+)?{CAP}|\s*{PARTICLE}{CAP}){{0,2}}"
INITIAL = r"[\p{Lu}]\.(?:\s?-?[\p{Lu}]\.?)?|[\p{Lu}]-[\p{Lu}]\.?"    # A.  J.-C.  M.-A  P-A.
TRAILING_INITIAL = r"(?:\s+[\p{Lu}](?:[.-][\p{Lu}])*\.?(?![\p{L}\p{N}]))?"  # "MATTEI A." "Thys S.R"
FORMAL_TITLE = (r"(?:M\.|Mr\.?|Mrs\.?|Mme\.?|Mmes|Mlle\.?|Madame|Monsieur|Mademoiselle|Dr\.?|"
                r"Docteure?|Pr\.?|Professeure?|Me)")
FAMILIAR_TITLE = (r"(?:mamie|mamy|mémé|meme|papi|papy|pépé|pepe|tata|tonton|le\s+petit|"
                  r"la\s+petite|famille|la\s+famille)")
# Capitalised role words that introduce a name in notes and messages ("Patiente : X").
ROLE_TITLE = r"(?:Interne|Externe|Patiente?|Père|Mère|Résidente?)"
STAFF_TITLES = {"dr", "dr.", "docteur", "docteure", "pr", "pr.", "professeur", "professeure",
                "interne", "externe"}
PATIENT_TITLES = {"patient", "patiente", "père", "mère", "résident", "résidente"}
_NO_LOWER_NAME_TITLES = PATIENT_TITLES | {"interne", "externe"}  # never before a lower-case name

# The titles above, grouped by first letter: a pattern that starts on one of a few letters is
# looked for quickly by the regex engine (a lookahead or lookbehind first is tried everywhere).
TITLE = regex.compile(
    r"(?P<title>[MmDdPpIER](?<![\p{L}\p{N}_].)(?:"
    r"(?<=[Mm])(?i:\.|r\.?|rs\.?|me\.?|mes|lle\.?|adame|onsieur|ademoiselle|e)"
    r"|(?<=[Dd])(?i:r\.?|octeure?)|(?<=[Pp])(?i:r\.?|rofesseure?)"
    r"|(?<=I)nterne|(?<=E)xterne|(?<=P)atiente?|(?<=P)ère|(?<=M)ère|(?<=R)ésidente?))(?!\p{L})")
NAME_AFTER_TITLE = regex.compile(
    rf"[.\s]*(?::\s*)?(?P<name>(?:(?:{INITIAL})\s*)?{CAP_SEQ}{TRAILING_INITIAL}|{INITIAL})" + WORD_END)
LOWER_AFTER_TITLE = regex.compile(r"\s*(?P<name>[\p{Ll}][\p{Ll}'-]+[\p{Ll}])" + WORD_END)
FAMILIAR = regex.compile(rf"{WORD_START}(?P<title>(?i:{FAMILIAR_TITLE}))\s+(?P<name>{CAP_SEQ})"
                         + WORD_END)
# What FAMILIAR needs, looked for behind capitals only: it rejects most posts cheaply.
FAMILIAR_GATE = regex.compile(rf"(?=\p{{Lu}})(?<={WORD_START}(?i:{FAMILIAR_TITLE})\s+)")
# A capitalised word (CAP) or a lower-case one of three letters or more, whole; written to
# start on its first letter (WORD_START checked behind it) for the same quick search.
WORD = regex.compile(r"[\p{Lu}\p{Ll}](?<![\p{L}\p{N}_].)(?:(?<=\p{Lu})[\p{Ll}\p{Lu}'-]*[\p{Ll}\p{Lu}]"
                     r"|(?<=\p{Ll})[\p{Ll}'-]+[\p{Ll}])" + WORD_END)
INITIALS = regex.compile(r"(?<![\p{L}\p{N}.])(?:[A-Za-z]\.\s?-?[A-Za-z]\.)(?![\p{L}\p{N}])")
INITIAL_SURNAME = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}.])(?:{INITIAL})\s?(?P<surname>{CAP_SEQ})" + WORD_END)
CAPS_RUN = regex.compile(r"(?<![\p{L}\p{N}])[\p{Lu}][\p{Lu}'-]+(?:\s+[\p{Lu}][\p{Lu}'-]+)+"
                         r"(?![\p{L}\p{N}])")
CAPS_SURNAME_INITIAL = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}])[\p{{Lu}}]{{3,}}(?:[ -][\p{{Lu}}]{{2,}})?\s+(?:{INITIAL})" + WORD_END)
NOT_INITIALS = {"pj", "ps", "nb", "cf", "ex", "ie", "eg", "st", "av", "ap"}
# A name right after these words is part of a place name (hôpital Georges Pompidou, rue
# Victor Hugo, lycée Simone Veil), not a person in the post.
# A lookbehind, tried at the name only (in_place_name) rather than at every character.
PLACE_BEFORE = regex.compile(
    r"(?<=\b(?:h[oô]pital|chu|chr|chru|ch|clinique|polyclinique|ehpad|r[ée]sidence|centre|"
    r"institut|fondation|lyc[ée]e|coll[èe]ge|[ée]cole|universit[ée]|rue|avenue|av\.|bd|"
    r"boulevard|all[ée]e|place|quai|impasse|pavillon|b[aâ]timent|salle|unit[ée]|"
    r"groupe\s+hospitalier|h[oô]pitaux|saint|sainte|st|ste|prix|promo|promotion|m[ée]tro|"
    r"station|pont|parc|stade|chemin|cours|passage|route)(?:\s+(?:de|du|des|d'|la|le))?\s*)",
    regex.IGNORECASE)
_WORD_CHAR = regex.compile(r"[\p{L}\p{N}]")

# Which finders can fire, from the words of the folded post: a TITLE or FAMILIAR match, and a
# word that is a first name, are whole runs of letters there, all within a-z (and the "ſ", "I"
# that fold() keeps). `re` with a plain class: the cheapest pass over a cold post.
LETTER_RUNS = re.compile("[a-zIſ]+")  # (in this order `re` scans it 2x faster)
RUN_LETTERS = "abcdefghijklmnopqrstuvwxyzIſ"   # what LETTER_RUNS takes
# What initials (a letter then "." or "-", no letter before) and names in capitals (two words,
# the first in capitals) need: INITIALS, INITIAL_SURNAME, CAPS_RUN, CAPS_SURNAME_INITIAL.
# Written to start on a "." or "-" or a capital, which the regex engine looks for quickly.
NAME_SHAPES = regex.compile(r"[.-](?<=(?<![\p{L}\p{N}])[A-Za-z\p{Lu}].)|\p{Lu}[\p{Lu}'-]+\s+\p{Lu}")


def _case_insensitive_keys(words: str) -> frozenset[str]:
    """Folded words, with the spellings `(?i)` also accepts that fold() keeps apart: "ſ" for
    "s", and "İ" (folded to "I") for "i"."""
    out = set()
    for word in words.split():
        options = [{"s": "sſ", "i": "iI"}.get(ch, ch) for ch in word]
        out.update("".join(p) for p in product(*options))
    return frozenset(out)


TITLE_KEYS = _case_insensitive_keys(
    "m mr mrs mme mmes mlle madame monsieur mademoiselle dr docteur docteure pr professeur "
    "professeure me interne externe patient patiente pere mere resident residente")
FAMILIAR_KEYS = _case_insensitive_keys(
    "mamie mamy meme papi papy pepe tata tonton petit petite famille")
# PLACE_BEFORE's words (a name comes after them, so each is a whole run of letters)
PLACE_KEYS = _case_insensitive_keys(
    "hopital chu chr chru ch clinique polyclinique ehpad residence centre institut fondation "
    "lycee college ecole universite rue avenue av bd boulevard allee place quai impasse pavillon "
    "batiment salle unite hospitalier hopitaux saint sainte st ste prix promo promotion metro "
    "station pont parc stade chemin cours passage route")


def sentence_start(text: str, pos: int) -> bool:
    """True at the start of the text or of a sentence, where every word has a capital."""
    before = text[:pos].rstrip(" \t\"'«(")
    return not before or before[-1] in ".!?:;\n…" or not _WORD_CHAR.search(before[-3:])


def in_place_name(text: str, start: int, folded: str | None = None, places=None) -> bool:
    """A place word ends the 40 characters before `start` (\\s* absorbs a final newline).
    `places`: the PLACE_KEYS among the LETTER_RUNS of `folded` (the folded text). A place word
    that PLACE_BEFORE finds in the window is a whole run of letters of the window: one of
    `places`, or the window's first or last run when a word of the post runs across its edge;
    with none of those, the regex need not be tried."""
    cut = max(0, start - 40)
    if places is not None:
        window = folded[cut:start]
        if not any(key in window for key in places) and not (
                cut and text[cut - 1].isalpha()
                and window[:len(window) - len(window.lstrip(RUN_LETTERS))] in PLACE_KEYS) and not (
                start and text[start - 1].isalpha()
                and window[len(window.rstrip(RUN_LETTERS)):] in PLACE_KEYS):
            return False
    window = text[cut:start]
    return PLACE_BEFORE.match(window, len(window)) is not None


def undominated(candidates):
    """The candidates that Presidio's remove_duplicates keeps: one within another (or on
    the same span) whose score is as high goes, the first of equal ones stays. Dropped
    before the recognizer works out the role of names that would be thrown away anyway."""
    return [c for i, c in enumerate(candidates) if not any(
        j != i and d[0] <= c[0] and c[1] <= d[1] and c[2] <= d[2]
        and (j < i or d[:3] != c[:3]) for j, d in enumerate(candidates))]


@lru_cache(maxsize=None)
def not_persons() -> frozenset[str]:
    """Words that are never a person even after a title ("Dr Google"): `!` entries of
    lexicons/name_exclusions.txt."""
    return frozenset(fold(e[1:]) for e in load("name_exclusions") if e.startswith("!"))


def titled(text, gaz, starts=None):
    """`starts`: where a title can start, when the caller knows: the letters of a TITLE match
    are a whole run of letters of the folded text, one of TITLE_KEYS, so TITLE need only be
    tried at those runs (name_words.whole_runs) rather than searched for in the whole text."""
    never = not_persons()
    matches = TITLE.finditer(text) if starts is None else (TITLE.match(text, at) for at in starts)
    for m in matches:
        if m is None:
            continue
        title, end = m.group("title"), m.end()
        name = NAME_AFTER_TITLE.match(text, end)  # no lookbehind: as on text[end:]
        if name:
            first = name.group("name").split()[0]
            if fold(first) in never:
                continue
            if not (gaz.is_ambiguous(first) and not title[0].isupper()):
                yield (m.start(), name.end("name"), 0.85,
                       f"titre « {title} » suivi d'un nom propre", title)
                continue
        lower = LOWER_AFTER_TITLE.match(text, end)
        if lower and title.lower() not in _NO_LOWER_NAME_TITLES:
            word = lower.group("name")
            if (gaz.is_surname(word) or gaz.is_first_name(word)) and not gaz.is_ambiguous(word):
                yield (m.start(), lower.end("name"), 0.7,
                       f"titre « {title} » suivi d'un nom du fichier INSEE", title)


def familiar(text, gaz, runs=None):
    if runs is not None and FAMILIAR_KEYS.isdisjoint(runs) or not FAMILIAR_GATE.search(text):
        return
    for m in FAMILIAR.finditer(text):
        first = m.group("name").split()[0]
        if gaz.is_ambiguous(first) and not gaz.is_first_name(first):
            continue
        yield (m.start(), m.end(), 0.8, f"appellation familière « {m.group('title')} » suivie "
                                        f"d'un nom", m.group("title"))


def initial_then_surname(text, gaz):
    for m in INITIAL_SURNAME.finditer(text):
        if not gaz.is_ambiguous(m.group("surname").split()[0]) or m.group("surname").isupper():
            yield m.start(), m.end(), 0.7, "initiale suivie d'un nom", None


def caps_runs(text, gaz):
    """NOM PRÉNOM written in capitals, as in notes and forms: "LEFEBVRE JACQUELINE"."""
    for m in CAPS_RUN.finditer(text):
        words = m.group().split()
        if any(gaz.is_first_name(w, common_only=True) and not gaz.is_ambiguous(w) for w in words):
            if not any(gaz.is_acronym(w) for w in words):
                yield m.start(), m.end(), 0.7, "nom et prénom en capitales", None
    for m in CAPS_SURNAME_INITIAL.finditer(text):
        if not gaz.is_acronym(m.group().split()[0]):
            yield m.start(), m.end(), 0.65, "nom en capitales suivi d'une initiale", None
