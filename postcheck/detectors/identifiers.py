"""French identifier recognizers, built on Presidio's PatternRecognizer / PhoneRecognizer.

Presidio ships no French recognizer and its generic ones carry English context words, so each
recognizer here has French patterns, French context words and, where a checksum exists, a
validator from a maintained library (python-stdnum for the NIR, phonenumbers for phones).
"""
from __future__ import annotations

import regex
from presidio_analyzer import Pattern, PatternRecognizer
from presidio_analyzer.predefined_recognizers import EmailRecognizer, PhoneRecognizer

LANG = "fr"
_MONTHS = (r"(?:janvier|janv\.?|f[ée]vrier|f[ée]vr?\.?|mars|avril|avr\.?|mai|juin|juillet|"
           r"juil\.?|ao[uû]t|septembre|sept\.?|octobre|oct\.?|novembre|nov\.?|d[ée]cembre|d[ée]c\.?)")
_NUM_DATE = r"(?:0?[1-9]|[12]\d|3[01])[/.](?:0?[1-9]|1[0-2])(?:[/.](?:19|20)?\d{2})?"
_WORD_DATE = rf"(?:1er|0?[1-9]|[12]\d|3[01])\s+{_MONTHS}(?:\s+(?:19|20)\d{{2}})?"
_DATE = rf"(?:{_NUM_DATE}|{_WORD_DATE})"
_B = r"(?<![\p{L}\p{N}])"   # no letter/digit before
_E = r"(?![\p{L}\p{N}])"    # no letter/digit after


class NirRecognizer(PatternRecognizer):
    """Numéro de sécurité sociale (NIR): 13 digits + 2-digit key, spaced or not, Corsica 2A/2B."""

    PATTERNS = [Pattern(
        "nir",
        _B + r"[12][ .]?\d{2}[ .]?(?:0[1-9]|1[0-2]|[2-9]\d)[ .]?(?:\d{2}|2[ab])[ .]?\d{3}"
             r"[ .]?\d{3}(?:[ .]?\d{2})?" + _E,
        0.4)]
    CONTEXT = ["nir", "sécu", "secu", "sécurité sociale", "carte vitale", "vitale", "insee",
               "numéro", "n°", "cpam", "assuré", "patient", "patiente"]

    def __init__(self):
        super().__init__("FR_NIR", name="NirRecognizer", supported_language=LANG,
                         patterns=self.PATTERNS, context=self.CONTEXT)

    def validate_result(self, pattern_text: str):
        from stdnum.fr import nir

        compact = regex.sub(r"[ .]", "", pattern_text)
        if len(compact) == 15 and nir.is_valid(compact):
            return True
        return None  # keep the pattern's low score: a NIR-shaped number with a wrong key


class PatientNumberRecognizer(PatternRecognizer):
    """IPP, NDA, NIP and dossier numbers: only with their context word just before."""

    PATTERNS = [Pattern(
        "ipp_nda",
        r"(?<=(?:\bIPP|\bNDA|\bNIP|\bn°\s*(?:de\s+)?(?:dossier|s[ée]jour|patient)|\bdossier"
        r"(?:\s+patient)?|\bs[ée]jour)\s*(?:n°|no|num[ée]ro|:|#)?\s*)\d{6,12}" + _E,
        0.85)]

    def __init__(self):
        super().__init__("FR_PATIENT_NUMBER", name="PatientNumberRecognizer",
                         supported_language=LANG, patterns=self.PATTERNS,
                         context=["ipp", "nda", "dossier", "séjour", "dpi", "patient"])


class AddressRecognizer(PatternRecognizer):
    PATTERNS = [Pattern(
        "street",
        _B + r"\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av\.|bd|boulevard|all[ée]e|impasse|"
        r"chemin|place|pl\.|route|quai|cours|square|r[ée]sidence|lotissement|lieu-dit|voie)"
        r"(?:\s+(?:d[eu]s?|de\s+la|de\s+l'|l'|la|le|les|[\p{Lu}][\p{L}'-]+)){1,5}"
        r"(?:,?\s+(?:à\s+|\d{5}\s+)[\p{Lu}][\p{L}'-]+(?:[ -][\p{Lu}][\p{L}'-]+)?)?",
        0.8)]

    def __init__(self):
        super().__init__("FR_ADDRESS", name="AddressRecognizer", supported_language=LANG,
                         patterns=self.PATTERNS, context=["habite", "adresse", "domicile", "chez"],
                         global_regex_flags=regex.DOTALL | regex.MULTILINE)


class BirthDateRecognizer(PatternRecognizer):
    PATTERNS = [Pattern(
        "birth_date",
        r"(?<=\b(?:n[ée]e?s?|DDN|date\s+de\s+naissance)\s*(?:le|:|en)?\s*)" + _DATE + _E,
        0.9)]

    def __init__(self):
        super().__init__("DATE_OF_BIRTH", name="BirthDateRecognizer", supported_language=LANG,
                         patterns=self.PATTERNS)


class DateRecognizer(PatternRecognizer):
    """A calendar day: on its own it identifies nobody, but it helps with other clues."""

    PATTERNS = [Pattern("date", _B + r"(?<![/.\d]\s?)" + _DATE + r"(?![/.]?\d)" + _E, 0.3)]

    def __init__(self):
        super().__init__("DATE", name="DateRecognizer", supported_language=LANG,
                         patterns=self.PATTERNS)


class AgeRecognizer(PatternRecognizer):
    """A person's age ("32 ans", "de 94 ans"), not a duration ("depuis 15 ans", "30 ans de
    maison") nor an age bracket ("entre 50 et 74 ans", "les 15-24 ans")."""

    _NOT_BEFORE = (r"(?<!(?:\b(?:depuis|apr[eè]s|pendant|durant|y\s+a|plus\s+de|moins\s+de|"
                   r"en|dans|pour|sur|entre|et|des|les|ces|chaque|tous\s+les|bient[oô]t|"
                   r"d[ée]j[aà])|[-–/\d])\s*)")
    PATTERNS = [Pattern(
        "age",
        _NOT_BEFORE + _B + r"\d{1,3}\s?ans" + _E +
        r"(?!\s+(?:de\s|d'|d[ée]j[aà]|sans|que|qu'|plus\s+t|apr[eè]s|avant|pass[ée]s|"
        r"d[''’]exp|d[''’]anciennet|au\s+service|chez\s+nous\s+comme))",
        0.5)]

    def __init__(self):
        super().__init__("AGE", name="AgeRecognizer", supported_language=LANG,
                         patterns=self.PATTERNS)


class RoomRecognizer(PatternRecognizer):
    """Room, bed and box numbers: "ch. 12", "chbre 4", "lit n°9", "box 2", "chambre 115"."""

    PATTERNS = [Pattern(
        "room",
        _B + r"(?:chambre|chbre|chb|ch\.?|lit|box|bx)\s*(?:n°|no\.?|num[ée]ro|num\.?|#)?\s*"
        r"\d{1,4}[a-d]?" + _E,
        0.6)]

    def __init__(self):
        super().__init__("ROOM", name="RoomRecognizer", supported_language=LANG,
                         patterns=self.PATTERNS)

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        """Mark whether the number designates someone ("le patient du box 3", "Mme X (ch 4)")
        or only a place opening a sentence ("Chambre 12 rénovée !", "Lit 4 libre")."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for r in results:
            before = text[:r.start].rstrip()
            occupant = bool(before) and before[-1] not in ".!?:;\n"
            r.recognition_metadata["postcheck_attrs"] = {"occupant": occupant}
        return results


class PlateRecognizer(PatternRecognizer):
    PATTERNS = [Pattern("plate_siv", _B + r"[A-HJ-NP-TV-Z]{2}[- ]?\d{3}[- ]?[A-HJ-NP-TV-Z]{2}" + _E,
                        0.6)]

    def __init__(self):
        super().__init__("LICENSE_PLATE", name="PlateRecognizer", supported_language=LANG,
                         patterns=self.PATTERNS, context=["plaque", "immatriculation", "voiture"],
                         global_regex_flags=regex.DOTALL | regex.MULTILINE)


class HandleRecognizer(PatternRecognizer):
    PATTERNS = [Pattern("handle", r"(?<![\p{L}\p{N}_.])@[\p{L}\p{N}_](?:[\p{L}\p{N}_.]*[\p{L}\p{N}_])?",
                        0.6)]

    def __init__(self):
        super().__init__("HANDLE", name="HandleRecognizer", supported_language=LANG,
                         patterns=self.PATTERNS)


class FrenchEmailRecognizer(EmailRecognizer):
    """Presidio's e-mail pattern, with the domain checked against the public-suffix snapshot
    bundled in tldextract: the stock recognizer downloads the list on first use."""

    def __init__(self):
        super().__init__(supported_language=LANG, context=["mail", "e-mail", "courriel", "contact"])

    def validate_result(self, pattern_text: str):
        return bool(_offline_tld_extract()(pattern_text.rsplit("@", 1)[-1]).suffix)


_EXTRACT = None


def _offline_tld_extract():
    global _EXTRACT
    if _EXTRACT is None:
        import tldextract

        _EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    return _EXTRACT


def french_phone_recognizer() -> PhoneRecognizer:
    # Leniency 0 ("possible"): numbers in the ranges reserved for fiction (06 39 98...) or not
    # yet assigned are still somebody's number once posted.
    return PhoneRecognizer(supported_language=LANG, supported_regions=("FR",), leniency=0,
                           context=["tél", "tel", "téléphone", "portable", "numéro", "num", "06",
                                    "appelez", "joindre"])


def build_identifier_recognizers():
    return [NirRecognizer(), PatientNumberRecognizer(), AddressRecognizer(),
            BirthDateRecognizer(), DateRecognizer(), AgeRecognizer(), RoomRecognizer(),
            PlateRecognizer(), HandleRecognizer(), FrenchEmailRecognizer(),
            french_phone_recognizer()]
