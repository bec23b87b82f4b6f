"""Shared pieces of postcheck's Presidio recognizers."""
from __future__ import annotations

import regex
from presidio_analyzer import EntityRecognizer, PatternRecognizer, RecognizerResult
from presidio_analyzer.pattern_recognizer import REGEX_TIMEOUT_SECONDS, logger

LANG = "fr"
B = r"(?<![\p{L}\p{N}])"   # no letter or digit before
E = r"(?![\p{L}\p{N}])"    # no letter or digit after
_NAME, _ID = RecognizerResult.RECOGNIZER_NAME_KEY, RecognizerResult.RECOGNIZER_IDENTIFIER_KEY


class Prefiltered:
    """For PatternRecognizers: skip the patterns on posts that lack their cheap trigger (most
    posts): the context-anchored patterns are costly, and a post without "IPP" has no IPP.
    `patterns_for(text)` may narrow the patterns to those whose trigger the post has."""

    PREFILTER: regex.Pattern
    TAGS_RESULTS = True  # scan_patterns gives each result the recognizer's name and id

    def patterns_for(self, text: str):
        return self.patterns if self.PREFILTER.search(text) else ()

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        patterns = self.patterns_for(text)
        return scan_patterns(self, text, patterns, regex_flags) if patterns else []


def prefilter_of(recognizer):
    """The PREFILTER search that alone decides whether a Prefiltered recognizer keeping the
    base analyze and patterns_for scans its patterns (else None): the bridge runs that test
    itself, two Python calls fewer per recognizer and post."""
    cls = type(recognizer)
    if cls.analyze is Prefiltered.analyze and cls.patterns_for is Prefiltered.patterns_for:
        return recognizer.PREFILTER.search
    return None


def scan_patterns(recognizer: PatternRecognizer, text: str, patterns, flags=None) -> list:
    """What PatternRecognizer.analyze returns when only `patterns` can match (the same
    results, explanations and scores), without its per-pattern timing and debug log: that
    bookkeeping cost more than most scans right after spaCy."""
    flags = flags if flags else recognizer.global_regex_flags
    results = []
    for pattern in patterns:
        if not pattern.compiled_regex or pattern.compiled_with_flags != flags:
            pattern.compiled_with_flags = flags
            pattern.compiled_regex = regex.compile(pattern.regex, flags=flags)
        try:
            for match in pattern.compiled_regex.finditer(text, timeout=REGEX_TIMEOUT_SECONDS):
                _add_match(recognizer, pattern, text, match.span(), flags, results)
        except TimeoutError:
            logger.warning("Regex pattern '%s' timed out after %s seconds, skipping.",
                           pattern.name, REGEX_TIMEOUT_SECONDS, exc_info=True)
    # remove_duplicates leaves a lone result (its score is above zero) as it is
    return EntityRecognizer.remove_duplicates(results) if len(results) > 1 else results


def _add_match(recognizer, pattern, text, span, flags, results) -> None:
    start, end = span
    found = text[start:end]
    if not found:
        return
    valid = recognizer.validate_result(found)
    explanation = recognizer.build_regex_explanation(
        recognizer.name, pattern.name, pattern.regex, pattern.score, valid, flags)
    result = RecognizerResult(recognizer.supported_entities[0], start, end, pattern.score,
                              explanation, {_NAME: recognizer.name, _ID: recognizer.id})
    if valid is not None:
        result.score = EntityRecognizer.MAX_SCORE if valid else EntityRecognizer.MIN_SCORE
    if recognizer.invalidate_result(found):
        result.score = EntityRecognizer.MIN_SCORE
    if result.score > EntityRecognizer.MIN_SCORE:
        results.append(result)
    explanation.score = result.score
