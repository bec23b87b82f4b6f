"""The spaCy pipeline postcheck loads: only what the detectors read."""
from __future__ import annotations

import spacy

from postcheck.nlp import MODEL, USED_COMPONENTS, get_nlp

DRAFTS = [
    "Mme Kerbrat Odile, 84 ans, chambre 12 au CHU de Brest : nuit agitée.",
    "Le Dr Lemaire a encore changé le planning sans prévenir Julie ni Thomas.",
    "Pot de départ de Nathalie Girard samedi à Quimper, venez nombreux !",
]


def test_only_the_components_we_read_are_loaded():
    assert tuple(get_nlp().pipe_names) == USED_COMPONENTS


def test_ner_does_not_listen_to_the_shared_tok2vec():
    # If a future model made NER read the shared tok2vec, excluding it would silently change
    # the entities: this is the guard.
    config = spacy.util.load_config_from_str(get_nlp().config.to_str())
    ner_tok2vec = config["components"]["ner"]["model"]["tok2vec"]["@architectures"]
    assert "Listener" not in ner_tok2vec


def test_entities_are_those_of_the_tok2vec_and_ner_pipeline():
    with_tok2vec = spacy.load(MODEL, enable=["tok2vec", "ner"])
    ours = get_nlp()
    for draft in DRAFTS:
        expected = [(e.start_char, e.end_char, e.label_) for e in with_tok2vec(draft).ents]
        assert expected, draft  # the drafts hold entities: the comparison means something
        assert [(e.start_char, e.end_char, e.label_) for e in ours(draft).ents] == expected
