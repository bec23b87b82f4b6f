"""Every rule's documented examples are run: a `bad` example must trigger the rule (a rule
that can never fire is a failing test) and a `good` example must not. An example with an
`image` gets a picture drawn by tests/imagegen.py (skipped when image support is absent)."""
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
def test_rule_example(checker, rule_id, kind, example, tmp_path):
    post = _as_post(example)
    attachments = [_draw(post["image"], tmp_path)] if "image" in post else []
    result = checker.check(post["text"], profession=post.get("profession"),
                           audience=post.get("audience", "public"), attachments=attachments)
    if kind == "bad":
        assert rule_id in fired(result), f"{rule_id} devait se déclencher"
    else:
        assert rule_id not in fired(result), f"{rule_id} ne devait pas se déclencher"


def test_every_rule_has_examples_of_both_kinds():
    for rule in RULESET.rules:
        assert rule.examples["bad"] and rule.examples["good"], rule.id


def _draw(spec: dict, tmp_path) -> str:
    from .imagegen import face_image, landscape_image, save, text_image, with_gps
    from .test_images import require_image_support

    require_image_support(face=bool(spec.get("face")))
    if spec.get("face"):
        image = face_image()
    elif spec.get("text"):
        image = text_image(spec["text"], dark=bool(spec.get("dark")))
    else:
        image = landscape_image()
    data = with_gps(image, *spec["gps"]) if spec.get("gps") else image
    return save(data, tmp_path / "piece-jointe.jpg")
