"""French identifier recognizers, built on Presidio's PatternRecognizer / PhoneRecognizer.

Presidio ships no French recognizer and its generic ones carry English context words, so each
recognizer here has French patterns, French context words and, where a checksum exists, a
validator from a maintained library (python-stdnum for the NIR, phonenumbers for phones).
"""
from __future__ import annotations

import re
from functools import lru_cache

import regex
from presidio_analyzer import (AnalysisExplanation, EntityRecognizer, Pattern,
                               PatternRecognizer, RecognizerResult)
from presidio_analyzer.predefined_recognizers import EmailRecognizer

from .personal_details import (FrAddressRecognizer, FrAgeRecognizer, FrBirthDateRecognizer,
                               FrDateRecognizer, FrRoomRecognizer)
from .phone import french_phone_recognizer
from .phone_gate import NINE_CLOSE
from .recognizer_base import LANG, B as _B, E as _E, Prefiltered

_DIGITS, _SPACE = regex.compile(r"\d+"), regex.compile(r"\s")


class FrNirRecognizer(EntityRecognizer):
    """Numéro de sécurité sociale (NIR) however it is spaced: "1 84 03 76 451 089 96",
    "1 4 2 3 8 ...", "199033523811740", with or without its 2-digit key.

    A run of digit groups holding 13 to 15 digits is a candidate (runs glued to a date are
    trimmed group by group). A 15-digit number whose key is valid (python-stdnum) scores 1.0;
    other NIR-shaped numbers keep a low score so that rules ask for context.
    """

    MIN_DIGITS = 13  # THIRTEEN below
    TAGS_RESULTS = True  # each result carries the recognizer's name and id
    RUN = regex.compile(r"(?<![\d/.,:-])\d+(?:[ .]\d+)*(?![\d/-])")
    THIRTEEN = regex.compile(r"\d(?:[ .]?\d){12}")  # in any NIR window: 13 digits, [ .] between
    CONTEXT = ["nir", "sécu", "secu", "sécurité", "vitale", "insee", "assuré", "cpam", "nss"]

    def __init__(self):
        super().__init__(supported_entities=["FR_NIR"], name="FrNirRecognizer",
                         supported_language=LANG, context=self.CONTEXT)

    def load(self):
        pass

    def analyze(self, text, entities, nlp_artifacts=None):
        out = []
        if not self.THIRTEEN.search(text):
            return out
        for m in self.RUN.finditer(text):
            span = self._best_window(m)
            if span:
                start, end, digits = span
                score, why = self._score(digits)
                explanation = AnalysisExplanation(self.name, score, textual_explanation=why)
                out.append(RecognizerResult("FR_NIR", start, end, score, explanation,
                                            {RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                             RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}))
        return out

    @staticmethod
    def _best_window(m):
        groups = [g.span() for g in _DIGITS.finditer(m.group())]
        for drop_left in range(len(groups)):
            for drop_right in range(len(groups) - drop_left):
                window = groups[drop_left:len(groups) - drop_right]
                digits = "".join(m.group()[a:b] for a, b in window)
                pairs = "".join("p" if b - a == 2 else "x" for a, b in window)
                if "pppp" in pairs:  # four 2-digit groups in a row: phone numbers, not a NIR
                    continue
                if 13 <= len(digits) <= 15 and digits[0] in "12345678":
                    return m.start() + window[0][0], m.start() + window[-1][1], digits
                if len(digits) < 13:
                    break
        return None

    @staticmethod
    def _score(digits: str) -> tuple[float, str]:
        from stdnum.fr import nir

        if len(digits) == 15 and nir.is_valid(digits):
            return 1.0, "NIR dont la clé est valide"
        if len(digits) == 13 and digits[0] in "12" and 1 <= int(digits[3:5]) <= 12:
            return 0.6, "NIR sans clé (sexe, année, mois plausibles)"
        return 0.45, "numéro de 13 à 15 chiffres au format d'un NIR"


class FrPatientNumberRecognizer(Prefiltered, PatternRecognizer):
    """IPP, NDA, NIP and dossier numbers: only with their context word just before."""

    # What the pattern needs: one of its context words, then the separators it allows, then
    # the number (same sub-patterns, same flags as Presidio's: a necessary condition). Most
    # posts that say "patient" have no number after it.
    # the number, then the rest looked for behind it: tried at digits only, not at every letter.
    PREFILTER = regex.compile(r"(?=\d)(?<=(?:ipp|nda|nip|dossier|s[ée]jour|patient)\s*(?:n°|no|"
                              r"num[ée]ro|:|#|est|[ée]tant\s+le|=)?\s*[A-Z]{0,3})",
                              regex.IGNORECASE | regex.DOTALL | regex.MULTILINE)

    PATTERNS = [Pattern(  # the lookahead first spares the lookbehind where no number starts
        "ipp_nda",
        r"(?=[A-Z]{0,3}\d)(?<=(?:\bIPP|\bNDA|\bNIP|\bn°\s*(?:de\s+)?(?:dossier|s[ée]jour|patient)"
        r"|\bdossier(?:\s+patient)?|\bs[ée]jour|\bpour\s+le\s+patient)\s*(?:n°|no|num[ée]ro|:|#|est|"
        r"[ée]tant\s+le|=)?\s*)[A-Z]{0,3}\d[\dA-Z]{3,13}" + _E,
        0.85)]

    def __init__(self):
        super().__init__("FR_PATIENT_NUMBER", name="FrPatientNumberRecognizer",
                         supported_language=LANG, patterns=self.PATTERNS,
                         context=["ipp", "nda", "dossier", "séjour", "dpi", "patient"])


class FrPlateRecognizer(Prefiltered, PatternRecognizer):
    MIN_DIGITS = 3
    PREFILTER = regex.compile(r"\d{3}[- ]?[A-HJ-NP-TV-Z]{2}")  # the number and the last letters
    PATTERNS = [Pattern("plate_siv", _B + r"[A-HJ-NP-TV-Z]{2}[- ]?\d{3}[- ]?[A-HJ-NP-TV-Z]{2}" + _E,
                        0.6)]

    def __init__(self):
        super().__init__("LICENSE_PLATE", name="FrPlateRecognizer", supported_language=LANG,
                         patterns=self.PATTERNS, context=["plaque", "immatriculation", "voiture"],
                         global_regex_flags=regex.DOTALL | regex.MULTILINE)


class FrHandleRecognizer(Prefiltered, PatternRecognizer):
    PREFILTER = re.compile("@")  # `re`: cheaper than regex to start, same test for a literal
    PATTERNS = [Pattern("handle", r"(?<![\p{L}\p{N}_.])@[\p{L}\p{N}_](?:[\p{L}\p{N}_.]*[\p{L}\p{N}_])?",
                        0.6)]

    def __init__(self):
        super().__init__("HANDLE", name="FrHandleRecognizer", supported_language=LANG,
                         patterns=self.PATTERNS)


class FrenchEmailRecognizer(Prefiltered, EmailRecognizer):
    """Presidio's e-mail pattern, plus addresses typed with spaces ("jean @ free . fr"); the
    domain is checked against the public-suffix snapshot bundled in tldextract (the stock
    recognizer downloads the list on first use). An unknown suffix keeps a lower score: a
    typo'd address still identifies someone."""

    # "@", a word, a dot: both patterns need it (`re`'s \s covers regex's, [^\s.] any [\w-])
    PREFILTER = re.compile(r"@\s?[^\s.]+\s?\.")
    SPACED = Pattern("email_spaced", r"(?<![\w.@-])[\w.+-]+\s?@\s?[\w-]+(?:\s?\.\s?[\w-]+)*"
                                     r"\s?\.\s?[a-z]{2,}(?![\w@])", 0.5)

    def __init__(self):
        super().__init__(supported_language=LANG, context=["mail", "e-mail", "courriel", "contact"])
        self.patterns = [*self.patterns, self.SPACED]

    def validate_result(self, pattern_text: str):
        domain = _SPACE.sub("", pattern_text).rsplit("@", 1)[-1]
        return True if _offline_tld_extract()(domain).suffix else None


class FrPhoneShapeRecognizer(Prefiltered, PatternRecognizer):
    """Phone numbers in the shapes people type that phonenumbers does not parse: separators
    of any kind ("06/28/42/50/36"), digits one by one, a country code in brackets."""

    # every pattern below needs nine digits or more (ten nationally, a country code and eight)
    MIN_DIGITS, PREFILTER = 9, NINE_CLOSE
    PATTERNS = [
        Pattern("fr_national", r"(?<![\d/.,-])0[1-9](?:[ ./-]{0,3}\d{2}){4}(?![\d/-])", 0.7),
        Pattern("fr_digit_by_digit", r"(?<![\d/-])0(?:[ .-]{1,3}\d){9}(?![\d/-])", 0.6),
        Pattern("international",
                r"(?<![\d\w])(?:\+|00[ .-]?|\(\d{1,3}\)\s?)\d{1,3}[ .-]?(?:\(0\)[ .-]?)?"
                r"(?:\d[ .-]?){7,11}\d(?![\d/-])", 0.55),
    ]

    def __init__(self):
        super().__init__("PHONE_NUMBER", name="FrPhoneShapeRecognizer", supported_language=LANG,
                         patterns=self.PATTERNS)


@lru_cache(maxsize=1)
def _offline_tld_extract():
    import tldextract

    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def build_identifier_recognizers():
    return [FrNirRecognizer(), FrPatientNumberRecognizer(), FrAddressRecognizer(),
            FrBirthDateRecognizer(), FrDateRecognizer(), FrAgeRecognizer(), FrRoomRecognizer(),
            FrPlateRecognizer(), FrHandleRecognizer(), FrenchEmailRecognizer(),
            french_phone_recognizer(), FrPhoneShapeRecognizer()]
