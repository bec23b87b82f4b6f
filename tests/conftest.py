"""Shared fixtures. The Checker (spaCy model + rules) is built once per test session."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def checker():
    from postcheck import Checker

    return Checker()


@pytest.fixture(scope="session")
def dev_corpus():
    path = SHARED / "corpus" / "dev.jsonl"
    if not path.exists():
        pytest.skip("../shared/corpus/dev.jsonl absent")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def fired(result) -> set[str]:
    return {f.rule for f in result.findings}
