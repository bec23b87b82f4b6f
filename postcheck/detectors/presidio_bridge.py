"""Run postcheck's French recognizers (Presidio recognizer classes, in a Presidio registry) on
the spaCy doc we already have: one spaCy pass per post whatever the number of recognizers."""
from __future__ import annotations

import logging

import regex

from presidio_analyzer import (AnalyzerEngine, EntityRecognizer, RecognizerRegistry,
                               RecognizerResult)

from ..analysis import Analysis
from ..nlp import get_nlp
from .identifiers import build_identifier_recognizers
from .names import FrenchNameRecognizer
from .recognizer_base import prefilter_of, scan_patterns
from .shared_doc_engine import SharedDocEngine

# Presidio entity type -> postcheck signal kind
ENTITY_KINDS = {
    "PERSON": "person", "INITIALS": "person.initials", "HANDLE": "person.handle",
    "FR_NIR": "id.nir", "FR_PATIENT_NUMBER": "id.ipp", "PHONE_NUMBER": "id.phone",
    "EMAIL_ADDRESS": "id.email", "FR_ADDRESS": "id.address", "DATE_OF_BIRTH": "id.birthdate",
    "DATE": "id.date", "AGE": "id.age", "ROOM": "id.room", "LICENSE_PLATE": "id.plate",
}


def build_analyzer(nlp) -> tuple[AnalyzerEngine, SharedDocEngine]:
    engine = SharedDocEngine(nlp)
    registry = RecognizerRegistry(supported_languages=["fr"])
    for recognizer in [FrenchNameRecognizer(), *build_identifier_recognizers()]:
        registry.add_recognizer(recognizer)
    analyzer = AnalyzerEngine(registry=registry, nlp_engine=engine, supported_languages=["fr"])
    return analyzer, engine


def _below_warning(record: logging.LogRecord) -> bool:
    return record.levelno >= logging.WARNING


def keep_presidio_debug_out_of_logs() -> None:
    """Presidio logs the words around each match at DEBUG ("Context list is: ..."): text of
    the post. Those records are dropped at the source, whatever the application's log level."""
    for name in ("presidio-analyzer", "decision_process"):
        logger = logging.getLogger(name)
        if _below_warning not in logger.filters:
            logger.addFilter(_below_warning)


class PresidioDetector:
    """Runs the recognizers of the Presidio registry on a post, as AnalyzerEngine.analyze
    would (same recognizers, context enhancement, score thresholds and de-duplication), but
    without its per-call set-up: the recognizer lists are resolved once, recognizers whose
    entities all need a digit are skipped on posts without one, and the NlpArtifacts (a pass
    over every token) are only built when a result may get a context boost."""

    name = "identifiers"

    def __init__(self):
        keep_presidio_debug_out_of_logs()
        self.analyzer, self.engine = build_analyzer(get_nlp())
        self.entities = list(ENTITY_KINDS)
        self.recognizers = self.analyzer.registry.get_recognizers(language="fr",
                                                                  entities=self.entities)
        for recognizer in self.recognizers:
            if not recognizer.is_loaded:
                recognizer.load()
                recognizer.is_loaded = True
        self.with_context = {r.id for r in self.recognizers if r.context}
        # recognizers whose results carry their name and id already (_add_recognizer_id's work)
        self.tagging_itself = {r.id for r in self.recognizers if getattr(r, "TAGS_RESULTS", False)}
        self.context_recognizers = [r for r in self.recognizers if r.context]
        self.context_words = {r.id: [w.lower() for w in r.context or ()] for r in self.recognizers}
        self.thresholds = {r.id: r.score_thresholds for r in self.recognizers}
        self.thresholds_are_zero = (self.analyzer.default_score_threshold == 0
                                    and not any(self.thresholds.values()))
        # by the number of digits in the post (up to the most any recognizer needs): the
        # recognizers that may find something, in registry order, with their prefilter
        needs = [_digits_needed(r) for r in self.recognizers]
        self.by_digits = [[(r, prefilter_of(r)) for r, n in zip(self.recognizers, needs) if n <= count]
                          for count in range(max(needs) + 1)]

    def detect(self, analysis: Analysis):
        results = self.analyze(analysis.text, analysis.doc, analysis.ents, analysis.folded)
        for r in _resolve_overlaps(results) if results else ():
            explanation = r.analysis_explanation
            why = (explanation.textual_explanation if explanation and explanation.textual_explanation
                   else f"motif {explanation.pattern_name}" if explanation else r.entity_type)
            meta = r.recognition_metadata  # ** copies the attributes into the signal's own
            yield analysis.signal(ENTITY_KINDS[r.entity_type], r.start, r.end, r.score, why,
                                  self.name, **(meta.get("postcheck_attrs", _NO_ATTRS)
                                                if meta else _NO_ATTRS))

    def analyze(self, text: str, doc, ents=None, folded=None) -> list[RecognizerResult]:
        """What AnalyzerEngine.analyze(..., return_decision_process=True) returns."""
        by_digits = self.by_digits
        recognizers = by_digits[min(len(_DIGIT.findall(text)), len(by_digits) - 1)]
        # the name recognizer reads only the doc's entities, and the folded text
        entities = _DocEntities(doc.ents if ents is None else ents, folded)
        results = []
        for recognizer, prefilter in recognizers:
            if prefilter is None:
                current = recognizer.analyze(text, self.entities, entities)
            elif prefilter(text) is None:  # what Prefiltered.analyze would find first
                continue
            else:
                current = scan_patterns(recognizer, text, recognizer.patterns)
            if current:
                if recognizer.id not in self.tagging_itself:
                    _add_recognizer_id(current, recognizer)
                results.extend(current)
        if not results:  # most posts: nothing to enhance, filter or de-duplicate
            return results
        key, boostable = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY, self.with_context
        boosted = [r for r in results if r.recognition_metadata.get(key) in boostable]
        if boosted and self._may_boost(text, boosted):
            # Presidio deep-copies every result it is given: only those whose recognizer has
            # context words can change, so only they go (same order, Presidio keeps it).
            enhanced = iter(AnalyzerEngine._enhance_using_context(
                self.analyzer, text, boosted, self.engine.artifacts(doc),
                self.context_recognizers))
            results = [next(enhanced) if r.recognition_metadata.get(key) in boostable else r
                       for r in results]
        if self.thresholds_are_zero:  # what the per-result look-up below would find
            results = [r for r in results if r.score >= 0]
        else:
            threshold = self.analyzer._AnalyzerEngine__get_result_score_threshold
            results = [r for r in results if r.score >= threshold(r, self.thresholds)]
        if len(results) == 1:  # what remove_duplicates leaves of a single result
            return results if results[0].score != 0 else []
        return EntityRecognizer.remove_duplicates(results)

    def _may_boost(self, text: str, boosted) -> bool:
        """Presidio boosts a result when one of its recognizer's context words is part of a
        (lower-cased) word near it: with none of them anywhere in the post, nothing changes."""
        lowered = text.lower()
        words = self.context_words
        key = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
        return any(w in lowered for r in boosted for w in words[r.recognition_metadata[key]])


# Entities whose every pattern needs a digit (a post without one cannot hold them).
_NEED_A_DIGIT = {"FR_NIR", "FR_PATIENT_NUMBER", "FR_ADDRESS", "DATE_OF_BIRTH", "DATE", "AGE",
                 "ROOM", "LICENSE_PLATE", "PHONE_NUMBER"}
_DIGIT = regex.compile(r"\d")  # the recognizers' \d (regex knows newer digits than re)
_NO_ATTRS: dict = {}


def _digits_needed(recognizer) -> int:
    """Fewest digits a post must hold for the recognizer to find anything: its MIN_DIGITS
    (a NIR has 13), else one for the entities that need a digit."""
    return getattr(recognizer, "MIN_DIGITS",
                   1 if set(recognizer.supported_entities) <= _NEED_A_DIGIT else 0)


class _DocEntities:
    __slots__ = ("entities", "folded")

    def __init__(self, ents, folded=None):
        self.entities = ents if isinstance(ents, (tuple, list)) else list(ents)
        self.folded = folded


def _add_recognizer_id(results, recognizer) -> None:
    """What AnalyzerEngine does to each recognizer's results before context enhancement."""
    for result in results:
        if not result.recognition_metadata:
            result.recognition_metadata = {}
        meta = result.recognition_metadata
        meta.setdefault(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY, recognizer.id)
        meta.setdefault(RecognizerResult.RECOGNIZER_NAME_KEY, recognizer.name)


# When identifiers of different kinds cover the same characters, the more specific wins
# (a valid NIR is not also a phone number; a birth date is not also a plain date).
_PRIORITY = ["FR_NIR", "FR_PATIENT_NUMBER", "DATE_OF_BIRTH", "FR_ADDRESS", "EMAIL_ADDRESS",
             "PHONE_NUMBER", "LICENSE_PLATE", "ROOM", "DATE", "AGE"]


def _resolve_overlaps(results):
    if len(results) == 1:  # nothing to rank
        return results
    ranked = [r for r in results if r.entity_type in _PRIORITY]
    ranked.sort(key=lambda r: (_PRIORITY.index(r.entity_type), -r.score))
    kept = []
    for r in ranked:
        if not any(r.start < k.end and k.start < r.end for k in kept):
            kept.append(r)
    others = [r for r in results if r.entity_type not in _PRIORITY]
    return sorted(kept + others, key=lambda r: (r.start, r.end))
