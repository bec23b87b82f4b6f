"""Every rule's documented examples are run: a `bad` example must trigger the rule (a rule
that can never fire is a failing test) and a `good` example must not."""
from __future__ import annotations

import pytest

from postcheck.rules.loader import load_ruleset

from .conftest import fired

RULESET = load_ruleset()
CASES = [(rule.id, kind, example)
         for rule in RULESET.rules
         for kind in ("bad", "good")
         for example in rule.examples[kind]]


def _as_post(example) -> dict:
    return example if isinstance(example, dict) else {"text": example}


@pytest.mark.parametrize("rule_id,kind,example", CASES,
                         ids=[f"{r}-{k}-{i}" for i, (r, k, _) in enumerate(CASES)])
def test_rule_example(checker, rule_id, kind, example):
    post = _as_post(example)
    result = checker.check(post["text"], profession=post.get("profession"),
                           audience=post.get("audience", "public"))
    if kind == "bad":
        assert rule_id in fired(result), f"{rule_id} devait se déclencher"
    else:
        assert rule_id not in fired(result), f"{rule_id} ne devait pas se déclencher"


def test_every_rule_has_examples_of_both_kinds():
    for rule in RULESET.rules:
        assert rule.examples["bad"] and rule.examples["good"], rule.id
