"""The matchers compared by benchmarks/lexicon_scaling.py find the same whole-word spans, so
the speed figures it reports compare like with like."""
from __future__ import annotations

import pytest

from benchmarks.lexicon_matchers import MATCHERS, Spacy, build_lexicon, real_forms, trie_pattern
from postcheck.lexicon import fold

# Written for this test: elisions, plurals, a phrase and its first word, words inside words,
# punctuation glued to words.
POSTS = [
    "Franchement, quel abruti ce chauffeur, et l'abrutie d'à côté pareil.",
    "Le contexte est connu : espèce de vieux con, vieille conne, connards va.",
    "Encore une nuit de garde… quelle bande de bras cassés, ces cons.",
    "Réunion de service à 14h, rien à signaler, bonne soirée à toutes.",
    "Quel connard!!Il a encore garé son camion devant les urgences.",
]
FORMS = ["abruti", "abrutie", "con", "cons", "conne", "vieux con", "vieille conne", "connard",
         "connards", "bras casses", "bande de bras casses", "bande"]


@pytest.fixture(scope="module")
def lexicon():
    return list(dict.fromkeys(FORMS + build_lexicon(100, real_forms())))


def _spans(name, factory, lexicon, posts):
    matcher = factory(lexicon)
    if matcher.needs_doc:
        return [matcher.match(Spacy.nlp().make_doc(p)) for p in posts]
    return [matcher.match(p) for p in posts]


def test_character_edge_matchers_agree(lexicon):
    posts = [fold(p) for p in POSTS]
    ref = _spans("aho", MATCHERS["pyahocorasick (postcheck.phrases)"], lexicon, posts)
    found = {posts[i][s:e] for i, spans in enumerate(ref) for s, e in spans}
    assert {"abruti", "abrutie", "vieux con", "vieille conne", "connards", "cons",
            "bande de bras casses", "connard"} <= found
    assert posts[1].index("contexte") not in {s for s, _ in ref[1]}
    for name, factory in MATCHERS.items():
        if not name.startswith("spacy"):
            assert _spans(name, factory, lexicon, posts) == ref, name


def test_spacy_agrees_when_words_are_spaced(lexicon):
    posts = [fold(p) for p in POSTS[:4]]   # the last post glues "!!Il": one spaCy token
    ref = _spans("aho", MATCHERS["pyahocorasick (postcheck.phrases)"], lexicon, posts)
    for name in ("spacy PhraseMatcher ORTH", "spacy PhraseMatcher LOWER"):
        assert _spans(name, MATCHERS[name], lexicon, posts) == ref, name


def test_trie_tries_the_longest_phrase_first():
    import re

    pattern = re.compile(r"(?<!\w)(?:" + trie_pattern(["con", "conne", "connard", "co"]) + r")(?!\w)")
    assert [m.group() for m in pattern.finditer("co con conne connard connar")] == \
        ["co", "con", "conne", "connard"]
