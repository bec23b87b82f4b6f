"""Accuracy floors on the labelled dev corpus and the third-party identifier data.

The figures themselves come from benchmarks/accuracy.py and benchmarks/identifiers.py;
these tests keep them from sliding below the issue's acceptance thresholds.
"""
import pytest

from postcheck.evaluate import evaluate_corpus

from .conftest import SHARED


@pytest.fixture(scope="module")
def dev_report(checker, dev_corpus):
    return evaluate_corpus(checker, SHARED / "corpus" / "dev.jsonl")


def test_secrecy_scores_on_dev_corpus(dev_report):
    refs = dev_report["references"]
    assert refs["CSP L1110-4"]["f1"] >= 0.9
    assert refs["CSP R4127-4"]["f1"] >= 0.9
    assert dev_report["span_recall_by_reference"]["CSP L1110-4"] >= 0.9


def test_fine_drafts_stay_ok(dev_report):
    assert dev_report["fine_ok_share"] >= 0.92


def test_identifier_recall_on_eds_pseudo(checker):
    path = SHARED / "data" / "eds-pseudo" / "gen_dataset_train.jsonl"
    if not path.exists():
        pytest.skip("../shared/data/eds-pseudo absent")
    from benchmarks.identifiers import evaluate

    scores, _ = evaluate(checker, path, verbose=False)
    for label in ("NOM", "PRENOM"):
        assert scores[label]["recall"] >= 0.85, label
    for label in ("SECU", "TEL", "MAIL"):
        assert scores[label]["recall"] >= 0.95, label
