"""The one spaCy pipeline postcheck runs: `fr_core_news_sm`, loaded once, lazily, with only
the components the detectors use: the tokenizer and NER.

The model's NER carries its own embedding layer (its config has no Tok2VecListener), so the
shared `tok2vec` component feeds nothing we read: running it cost 40 % of every spaCy pass for
the same entities. Its matrix products run on numpy's BLAS (`blas.py`: 11 % faster here)."""
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
    from .blas import use_numpy_blas

    primed = _tokcache.prime()
    import spacy

    nlp = spacy.load(MODEL, exclude=list(_UNUSED_COMPONENTS))
    use_numpy_blas(nlp)
    if not primed:
        _tokcache.save()
    return nlp
