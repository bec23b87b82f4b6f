"""The one spaCy pipeline postcheck runs: `fr_core_news_sm`, loaded once, lazily, with only
the components the detectors use: the tokenizer and NER.

The model's NER carries its own embedding layer (its config has no Tok2VecListener), so the
shared `tok2vec` component feeds nothing we read: running it cost 40 % of every spaCy pass for
the same entities."""
from __future__ import annotations

import threading

MODEL = "fr_core_news_sm"
USED_COMPONENTS = ("ner",)
_UNUSED_COMPONENTS = ("tok2vec", "morphologizer", "parser", "senter", "attribute_ruler",
                      "lemmatizer")

_lock = threading.Lock()
_nlp = None


def get_nlp():
    """The shared pipeline; the first call loads it (about half a second when warm)."""
    global _nlp
    if _nlp is None:
        with _lock:
            if _nlp is None:
                _nlp = _load()
    return _nlp


def _load():
    from . import _tokcache

    primed = _tokcache.prime()
    import spacy

    nlp = spacy.load(MODEL, exclude=list(_UNUSED_COMPONENTS))
    if not primed:
        _tokcache.save()
    return nlp
