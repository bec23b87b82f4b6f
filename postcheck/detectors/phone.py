"""French phone numbers through Presidio's PhoneRecognizer (python-phonenumbers), behind
phone_gate: the matcher is the costliest recognizer and most posts cannot hold a number."""
from __future__ import annotations

from presidio_analyzer.predefined_recognizers import PhoneRecognizer

from .phone_gate import may_hold_phone
from .recognizer_base import LANG


class FrPhoneRecognizer(PhoneRecognizer):
    """Presidio's phonenumbers matcher (the costliest), only on posts where it may find a
    number (phone_gate: nine digits close that are not a run too long for France, or a
    number from abroad): a date like 12/03/1947 or a NIR no longer wakes it up."""

    MIN_DIGITS = 8  # a "+" or "00", then eight digits at least
    TAGS_RESULTS = True  # PhoneRecognizer gives each result the recognizer's name and id

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        if not may_hold_phone(text):
            return []
        return PhoneRecognizer.analyze(self, text, entities, nlp_artifacts)


def french_phone_recognizer() -> PhoneRecognizer:
    # Leniency 0 ("possible"): numbers in the ranges reserved for fiction (06 39 98...) or not
    # yet assigned are still somebody's number once posted.
    return FrPhoneRecognizer(supported_language=LANG, supported_regions=("FR",), leniency=0,
                           context=["tél", "tel", "téléphone", "portable", "numéro", "num", "06",
                                    "appelez", "joindre"])
