"""A Presidio NlpEngine over the spaCy doc postcheck already has (see presidio_bridge)."""
from __future__ import annotations

from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine

from ..nlp import get_nlp


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
