"""Shared pieces of postcheck's Presidio recognizers."""
from __future__ import annotations

import regex

LANG = "fr"
B = r"(?<![\p{L}\p{N}])"   # no letter or digit before
E = r"(?![\p{L}\p{N}])"    # no letter or digit after


class Prefiltered:
    """Skip a recognizer's patterns on posts that lack its cheap trigger (most posts): the
    context-anchored patterns are costly, and a post without "IPP" has no IPP."""

    PREFILTER: regex.Pattern

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        if not self.PREFILTER.search(text):
            return []
        return super().analyze(text, entities, nlp_artifacts, regex_flags)
