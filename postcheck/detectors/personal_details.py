r"""Personal details that locate or date a person: postal address, birth date, calendar
date, age, and the room, bed or box a patient is in. French patterns on Presidio's
PatternRecognizer, each skipped on posts that lack its cheap trigger.

Patterns whose first test is a variable-length lookbehind start with a cheap lookahead
("(?=\d)"): zero-width tests at one position commute, so the matches are the same, but the
lookbehind is only tried where the number starts instead of at every character."""
from __future__ import annotations

import regex
from presidio_analyzer import Pattern, PatternRecognizer

from .recognizer_base import LANG, B as _B, E as _E, Prefiltered

_MONTHS = (r"(?:janvier|janv\.?|f[ée]vrier|f[ée]vr?\.?|mars|avril|avr\.?|mai|juin|juillet|"
           r"juil\.?|ao[uû]t|septembre|sept\.?|octobre|oct\.?|novembre|nov\.?|d[ée]cembre|d[ée]c\.?)")
_NUM_DATE = r"(?:0?[1-9]|[12]\d|3[01])[/.](?:0?[1-9]|1[0-2])(?:[/.](?:19|20)?\d{2})?"
_WORD_DATE = rf"(?:1er|0?[1-9]|[12]\d|3[01])\s+{_MONTHS}(?:\s+(?:19|20)\d{{2}})?"
_DATE = rf"(?:{_NUM_DATE}|{_WORD_DATE})"


class FrAddressRecognizer(Prefiltered, PatternRecognizer):
    # a number then a street word, as in the pattern (case-sensitive like it)
    PREFILTER = regex.compile(r"\d(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av\.|bd|boulevard|all[ée]e|"
                              r"impasse|chemin|place|pl\.|route|quai|cours|square|r[ée]sidence|"
                              r"lotissement|lieu-dit|voie)")
    PATTERNS = [Pattern(
        "street",
        _B + r"\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av\.|bd|boulevard|all[ée]e|impasse|"
        r"chemin|place|pl\.|route|quai|cours|square|r[ée]sidence|lotissement|lieu-dit|voie)"
        r"(?:\s+(?:d[eu]s?|de\s+la|de\s+l'|l'|la|le|les|[\p{Lu}][\p{L}'-]+)){1,5}"
        r"(?:,?\s+(?:à\s+|\d{5}\s+)[\p{Lu}][\p{L}'-]+(?:[ -][\p{Lu}][\p{L}'-]+)?)?",
        0.8)]

    def __init__(self):
        super().__init__("FR_ADDRESS", name="FrAddressRecognizer", supported_language=LANG,
                         patterns=self.PATTERNS, context=["habite", "adresse", "domicile", "chez"],
                         global_regex_flags=regex.DOTALL | regex.MULTILINE)


class FrBirthDateRecognizer(Prefiltered, PatternRecognizer):
    # the pattern's lookbehind, ending where a digit starts (every date starts with one)
    PREFILTER = regex.compile(r"(?=\d)(?<=\b(?:n[ée]e?s?|DDN|naissance)\s*(?:le|:|en)?\s*)",
                              regex.IGNORECASE)
    PATTERNS = [Pattern(
        "birth_date",
        r"(?=\d)(?<=\b(?:n[ée]e?s?|DDN|date\s+de\s+naissance)\s*(?:le|:|en)?\s*)" + _DATE + _E,
        0.9)]

    def __init__(self):
        super().__init__("DATE_OF_BIRTH", name="FrBirthDateRecognizer", supported_language=LANG,
                         patterns=self.PATTERNS)


class FrDateRecognizer(Prefiltered, PatternRecognizer):
    """A calendar day: on its own it identifies nobody, but it helps with other clues."""

    TRIGGER = regex.compile(r"\d[/.]\d|\d\s+[a-zéû]{3}", regex.IGNORECASE)
    # What the pattern needs: a digit then [/.] and a digit, or a digit (1er) and a month.
    # Checked first (it rejects more posts); TRIGGER decides as before ("1er mai" alone has none).
    PREFILTER = regex.compile(r"\d[/.]\d|\d(?:er)?\s+(?:janv|f[ée]v|mars|avr|mai|juin|juil|ao[uû]t|"
                              r"sept|oct|nov|d[ée]c)", regex.IGNORECASE)

    PATTERNS = [Pattern("date", r"(?=\d)" + _B + r"(?<![/.\d]\s?)" + _DATE + r"(?![/.]?\d)" + _E, 0.3)]

    def __init__(self):
        super().__init__("DATE", name="FrDateRecognizer", supported_language=LANG,
                         patterns=self.PATTERNS)

    def patterns_for(self, text):
        return self.patterns if self.PREFILTER.search(text) and self.TRIGGER.search(text) else ()


class FrAgeRecognizer(Prefiltered, PatternRecognizer):
    """A person's age ("32 ans", "de 94 ans"), not a duration ("depuis 15 ans", "30 ans de
    maison") nor an age bracket ("entre 50 et 74 ans", "les 15-24 ans")."""

    # "N ans" for the first pattern, "N mois/sem/jours" for the second (a match is one or the
    # other): the second pattern's lookbehind is not tried on posts that only give ages.
    PREFILTER = regex.compile(r"\d\s?(?:ans()|(?:mois|sem|jours)())", regex.IGNORECASE)
    _NOT_BEFORE = (r"(?<!(?:\b(?:depuis|apr[eè]s|pendant|durant|y\s+a|plus\s+de|moins\s+de|"
                   r"en|dans|pour|sur|entre|et|des|les|ces|chaque|tous\s+les|bient[oô]t|"
                   r"d[ée]j[aà])|\b(?:de|entre)\s+\d{1,3}\s*(?:ans\s+)?(?:[àa]|ou)|[-–/\d])\s*)")
    PATTERNS = [Pattern(
        "age",
        _NOT_BEFORE + _B + r"\d{1,3}\s?ans" + _E +
        r"(?!\s+(?:(?:de\s|d')(?!\s*(?-i:[\p{Lu}]))|d[ée]j[aà]|sans|que|qu'|plus\s+t|apr[eè]s|"
        r"avant|pass[ée]s|d[''’]exp|d[''’]anciennet|au\s+service|chez\s+nous\s+comme))",
        0.5),
        # a baby's or a child's age in months or weeks: "un bébé de 3 mois", "nourrisson de 6 sem"
        Pattern("age_months", r"(?<=\b(?:b[ée]b[ée]|nourrisson|nouveau-n[ée]e?|pr[ée]ma|enfant|"
                r"petite?|fille|gar[çc]on|fils|jumeaux|jumelles|loulou|puce)\s+(?:de\s+|d')?)"
                + _B + r"\d{1,2}\s?(?:mois|semaines|sem|jours)" + _E, 0.5)]

    def __init__(self):
        super().__init__("AGE", name="FrAgeRecognizer", supported_language=LANG,
                         patterns=self.PATTERNS)

    def patterns_for(self, text):
        first = self.PREFILTER.search(text)  # most posts with digits: none
        if first is None:
            return ()
        found = {first.lastindex, *(m.lastindex for m in self.PREFILTER.finditer(text, first.end()))}
        return [p for n, p in enumerate(self.patterns, 1) if n in found]


# Words for a person who may occupy a room, before a bare room number ("le papi du 12").
_OCCUPANT = (r"patiente?s?|r[ée]sidente?s?|mec|gars|type|monsieur|m\.|mr|dame|madame|mme|mamie|"
             r"mamy|papi|papy|p[ée]p[ée]|m[ée]m[ée]|vieux|vieille|femme|homme|fille|gar[çc]on|"
             r"gamine?|petite?|jeune|ado|b[ée]b[ée]|famille|fils|mari|[ée]pouse|occupante?|"
             r"voisine?|celui|celle|lui|elle")


# "chambre 12 rénovée", "le box 3 est libre": the room as a place, not its occupant.
_ROOM_AS_PLACE = regex.compile(
    r"\s*(?:(?:est|sera|vient\s+d'[eê]tre|a\s+[ée]t[ée])\s+(?:enfin\s+|de\s+nouveau\s+)?)?"
    r"(?:libre|lib[ée]r[ée]e?|disponible|ferm[ée]e?|r[ée]nov[ée]e?|repeinte?|nettoy[ée]e?|"
    r"refaite?|d[ée]sinfect[ée]e?|condamn[ée]e?|pr[eê]te?|vide|inond[ée]e?|en\s+travaux|"
    r"climatis[ée]e?|[ée]quip[ée]e?)\b", regex.IGNORECASE)

_CARED_OCCUPANT = (r"patiente?|r[ée]sidente?|monsieur|m\.|mr|dame|madame|mme|mamie|mamy|papi|"
                   r"papy|p[ée]p[ée]|m[ée]m[ée]|vieux|vieille|petite?|occupante?|voisine?")


class FrRoomRecognizer(Prefiltered, PatternRecognizer):
    """Room, bed and box numbers: "ch. 12", "chbre 4", "lit n°9", "box 2", "chambre 115"."""

    # A room word (first group) or la/le/du (second), then a number: looked for behind the
    # first digit of each run of digits (where a context that may end in digits also ends).
    # A room word wins where both could be: without one, the first pattern cannot match.
    # The room words are those of the first pattern (not any word in "ch": "chez 3").
    _ROOM_WORD = r"(?<=(?:ch(?:ambre|bre|b)?|lit|box|bx)\.?\s*(?:n°|no\.?|num\w*\.?|#)?\s*\d)"
    PREFILTER = regex.compile(r"\d(?<!\d\d)(?:" + _ROOM_WORD + r"()|(?<=(?:la|le|du)\.?\s*"
                              r"(?:n°|no\.?|num\w*\.?|#)?\s*\d)())", regex.IGNORECASE)
    ROOM_WORD = regex.compile(r"\d(?<!\d\d)" + _ROOM_WORD, regex.IGNORECASE)
    PATTERNS = [Pattern(
        "room",
        _B + r"(?:chambre|chbre|chb|ch\.?|lit|box|bx)\s*(?:n°|no\.?|num[ée]ro|num\.?|#)?\s*"
        r"\d{1,4}[a-d]?" + _E,
        0.6),
        # a bare number standing for the room's occupant: "le monsieur de la 214", "Mme T. de
        # la 3", "la 12 a encore sonné" (never the emergency numbers 15, 17, 18, 112...)
        # "du 93" after "le mec", "les gars" is a département: "du" only after care words
        Pattern("bare_room", r"(?=(?:la|du)\s+\d)(?:(?<=(?:\b(?:" + _OCCUPANT + r")|(?-i:[\p{Lu}][\p{L}'-]*\.?))\s+"
                r"de\s+)la|(?<=\b(?:" + _CARED_OCCUPANT + r")\s+)du)\s+\d{1,4}[a-d]?" + _E +
                r"(?!\s*(?:%|h\b|ans|€|e\b|eme))", 0.6),
        Pattern("bare_room_subject", _B + r"(?:la\s+|le\s+(?!(?:15|17|18|112|114|115|119|3114)\b))"
                r"\d{1,4}[a-d]?(?=\s+(?:qui\s+)?(?:ne\s+|n')?(?:m'a\s+|nous\s+a\s+|a\s+(?:encore\s+|re)?|"
                r"vient\s+de\s+|n'arr[eê]te\s+pas\s+de\s+|re|s'est\s+|se\s+)?(?:sonn|appel|hurl|"
                r"cri|refus|r[ée]clam|arrach|vomi|tomb|chut|fugu|d[ée]c[ée]d|r[aâ]l|gueul|insult|"
                r"frapp|crach|pleur|d[ée]lir|plaint|veut|voulait|demande|agit|d[ée]sat))", 0.6)]
    BARE = ("bare_room", "bare_room_subject")

    def __init__(self):
        super().__init__("ROOM", name="FrRoomRecognizer", supported_language=LANG,
                         patterns=self.PATTERNS)

    def patterns_for(self, text):
        first = self.PREFILTER.search(text)  # the first number after a room word or la/le/du
        if first is None:
            return ()
        if first.lastindex == 1 or self.ROOM_WORD.search(text, first.end()):
            return self.patterns
        return self.patterns[1:]

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        """Mark whether the number designates someone ("le patient du box 3", "Mme X (ch 4)")
        or only a place opening a sentence ("Chambre 12 rénovée !", "Lit 4 libre")."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for r in results:
            before = text[:r.start].rstrip()
            occupant = (bool(before) and before[-1] not in ".!?:;\n"
                        and not _ROOM_AS_PLACE.match(text, r.end)) or (
                r.analysis_explanation is not None
                and r.analysis_explanation.pattern_name in self.BARE)
            r.recognition_metadata["postcheck_attrs"] = {"occupant": occupant}
        return results
