"""Coverage of establishment detection on ../shared/data/etablissements/FR.csv, each name
rewritten as a person writes it in a post (tests/establishment_sentences.py). The figure is
reported in the README; it must stay at or above 0.85."""
from __future__ import annotations

import pytest

from .establishment_sentences import CSV, rows, sentence_for

TARGET = 0.85


def _found(detector, nlp, sentence: str, name: str) -> bool:
    from postcheck.analysis import Analysis
    from postcheck.model import Post
    from postcheck.textnorm import normalize

    norm = normalize(sentence)
    start = sentence.find(name)
    end = start + len(name)
    analysis = Analysis(Post(sentence), norm, nlp(norm.text))
    return any(s.attrs.get("named") and s.start < end and start < s.end
               for s in detector.detect(analysis))


def coverage(lower: bool = False) -> float:
    from postcheck.detectors.establishments import EstablishmentDetector
    from postcheck.nlp import get_nlp

    detector, nlp = EstablishmentDetector(), get_nlp()
    hits = total = 0
    for row in rows():
        sentence, name = sentence_for(row)
        if lower:
            sentence, name = sentence.lower(), name.lower()
        total += 1
        hits += _found(detector, nlp, sentence, name)
    return hits / total


@pytest.mark.slow
def test_establishment_coverage():
    if not CSV.exists():
        pytest.skip("../shared/data/etablissements/FR.csv absent")
    share = coverage()
    print(f"establishments found: {share:.3f}")
    assert share >= TARGET
