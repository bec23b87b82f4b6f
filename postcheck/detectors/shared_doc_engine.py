"""A Presidio NlpEngine over the spaCy doc postcheck already has (see presidio_bridge)."""
from __future__ import annotations

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine
from spacy.attrs import IDX, IS_PUNCT, IS_STOP, LENGTH, LOWER

from ..nlp import get_nlp

_COLUMNS = [IDX, LENGTH, LOWER, IS_STOP, IS_PUNCT]
_BOOSTED = RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY


class SharedDocEngine(NlpEngine):
    """A Presidio NlpEngine over postcheck's single spaCy pipeline. `artifacts(doc)` turns a
    doc we already have into NlpArtifacts; lemmas are the lower-cased tokens (no lemmatizer:
    French context words are listed with their inflections instead)."""

    def __init__(self, nlp=None):
        self._nlp = nlp

    def load(self):
        if self._nlp is None:
            self._nlp = get_nlp()

    def is_loaded(self):
        return self._nlp is not None

    def artifacts(self, doc) -> NlpArtifacts:
        # Built without an engine (Presidio then skips its per-lemma stop-word look-ups), the
        # keywords are taken from the token flags the doc already has.
        indices, lemmas, keywords = [], [], []
        for token in doc:  # one pass: creating spaCy Token objects is the costly part
            lower = token.lower_
            indices.append(token.idx)
            lemmas.append(lower)
            if not (token.is_stop or token.is_punct):
                keywords.append(lower)
        artifacts = NlpArtifacts(entities=list(doc.ents), tokens=doc, tokens_indices=indices,
                                 lemmas=lemmas, nlp_engine=None, language="fr", scores=None)
        artifacts.nlp_engine = self
        artifacts.keywords = keywords
        return artifacts

    def process_text(self, text, language):
        self.load()
        return self.artifacts(self._nlp(text))

    def process_batch(self, texts, language, batch_size=1, n_process=1, **kwargs):
        self.load()
        for text, doc in zip(texts, self._nlp.pipe(texts, batch_size=batch_size)):
            yield text, self.artifacts(doc)

    def is_stopword(self, word, language):
        return self._nlp.vocab[word].is_stop

    def is_punct(self, word, language):
        return self._nlp.vocab[word].is_punct

    def get_supported_entities(self):
        return ["PER"]

    def get_supported_languages(self):
        return ["fr"]


class ContextBooster:
    """What AnalyzerEngine._enhance_using_context does to results (its LemmaContextAwareEnhancer
    over the NlpArtifacts of `artifacts(doc)`, recognizers keeping EntityRecognizer's own step):
    the same boosts and explanations, done in place (the results are ours, Presidio deep-copies
    them) and read from one array of the doc's token attributes instead of a spaCy Token
    object per word of the post."""

    def __init__(self, enhancer, recognizers):
        if type(enhancer) is not LemmaContextAwareEnhancer or any(
                type(r).enhance_using_context is not EntityRecognizer.enhance_using_context
                for r in recognizers) or enhancer.context_matching_mode != "substring":
            raise TypeError("ContextBooster only mirrors Presidio's default context enhancement")
        self.factor = enhancer.context_similarity_factor
        self.floor = enhancer.min_score_with_context_similarity
        self.before = enhancer.context_prefix_count + 1  # the match's own word counts too
        self.after = enhancer.context_suffix_count + 1
        self.words = {r.id: [w.lower() for w in r.context] for r in recognizers if r.context}

    def boost(self, results, doc, id_key=RecognizerResult.RECOGNIZER_IDENTIFIER_KEY) -> None:
        if not len(doc):  # Presidio's context is then [""]: no context word is in it
            return
        rows = doc.to_array(_COLUMNS).tolist()
        strings = doc.vocab.strings
        keywords = {lower for _, _, lower, stop, punct in rows if not (stop or punct)}
        for result in results:
            meta = result.recognition_metadata
            if meta.get(_BOOSTED):
                continue
            found = self._supportive(self._around(rows, result.start, keywords, strings),
                                     self.words[meta[id_key]])
            if found:
                result.score = min(max(result.score + self.factor, self.floor), 1.0)
                result.analysis_explanation.set_supportive_context_word(found)
                result.analysis_explanation.set_improved_score(result.score)

    def _around(self, rows, start, keywords, strings) -> set:
        """The (lower-cased) keywords of the words around the token at `start`, as
        LemmaContextAwareEnhancer._extract_surrounding_words collects them."""
        index = next((i for i, (idx, size, *_) in enumerate(rows)
                      if idx == start or start < idx + size), None)
        if index is None:
            raise ValueError("Did not find the match in the list of tokens")
        words = set()
        for step, count in ((-1, self.before), (1, self.after)):
            i = index
            while 0 <= i < len(rows) and count > 0:
                lemma = strings[rows[i][2]]
                lower = lemma.lower()
                if (rows[i][2] if lower == lemma else _hash(strings, lower)) in keywords:
                    words.add(lower)
                    count -= 1
                i += step
        return words

    @staticmethod
    def _supportive(words, context) -> str:
        """The first context word within one of `words` (Presidio's substring mode)."""
        words = [w.lower() for w in words]
        return next((c for c in context if any(c in w for w in words)), "")


def _hash(strings, text):
    """The key of a string that may not be in the StringStore (then no token has it)."""
    return strings[text] if text in strings else None
