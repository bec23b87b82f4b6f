"""/v2/check and /v2/languages speak LanguageTool's protocol, field for field."""
from __future__ import annotations

import json

import pytest

from .test_ltformat import units

DRAFT = "😵🚑 Nuit de folie en réa : Mme Perrault (ch. 14) a encore arraché sa perfusion."


def lt_check(client, **form):
    answer = client.post("/v2/check", data={"language": "fr", **form})
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_matches_carry_utf16_offsets_and_languagetool_fields(client, checker):
    answer = lt_check(client, text=DRAFT, profession="infirmier")
    assert answer["software"]["apiVersion"] == 1 and answer["warnings"] == {
        "incompleteResults": False}
    assert answer["language"]["code"] == "fr"
    findings = checker.check(DRAFT, profession="infirmier").findings
    expected = {(f.code, s.text) for f in findings for s in f.spans}
    got = set()
    for match in answer["matches"]:
        span = units(DRAFT, match["offset"], match["length"])
        got.add((match["rule"]["id"], span))
        ctx = match["context"]
        assert units(ctx["text"], ctx["offset"], ctx["length"]) == span
        assert span in match["sentence"]
        assert match["replacements"] == [] and match["shortMessage"]
        rule = match["rule"]
        assert rule["issueType"] == "legal" and rule["category"]["id"].startswith("POSTCHECK_")
        finding = next(f for f in findings if f.code == rule["id"])
        for ref in finding.references:                 # the law travels in the message
            assert ref.id in match["message"] and ref.id in rule["description"]
        assert "Questions à se poser" in match["message"]
        assert rule["urls"][0]["value"] == finding.references[0].url
    assert got == expected
    assert any("Perrault" in span for _, span in got)
    assert answer["sentenceRanges"]


def test_offsets_differ_from_python_after_an_emoji(client):
    match = lt_check(client, text=DRAFT)["matches"][0]
    span = units(DRAFT, match["offset"], match["length"])
    assert DRAFT.index(span) == match["offset"] - 2           # two emoji before: +2 units


def test_data_with_markup_answers_offsets_in_the_marked_up_text(client):
    data = {"annotation": [{"markup": "<p>"}, {"text": "Mme Perrault (ch. 14) "},
                           {"markup": "<br>", "interpretAs": "\n"},
                           {"text": "a arraché sa perfusion 😵"}, {"markup": "</p>"}]}
    original = "".join(part.get("text", part.get("markup")) for part in data["annotation"])
    answer = lt_check(client, data=json.dumps(data))
    spans = {units(original, m["offset"], m["length"]) for m in answer["matches"]}
    assert "Mme Perrault" in spans


def test_rule_filters(client):
    every = lt_check(client, text=DRAFT)["matches"]
    assert every
    code = every[0]["rule"]["id"]
    assert not [m for m in lt_check(client, text=DRAFT, disabledRules=code)["matches"]
                if m["rule"]["id"] == code]
    category = every[0]["rule"]["category"]["id"]
    assert lt_check(client, text=DRAFT, disabledCategories=category)["matches"] == [
        m for m in every if m["rule"]["category"]["id"] != category]
    only = lt_check(client, text=DRAFT, enabledRules=code.lower(), enabledOnly="true")
    assert {m["rule"]["id"] for m in only["matches"]} == {code}


@pytest.mark.parametrize("form,status,expect", [
    ({"language": "en-US", "text": "hello"}, 400, "français"),
    ({"language": "fr"}, 400, "« text » ou « data »"),
    ({"language": "fr", "data": "{pas du json"}, 400, "data"),
    ({"language": "fr", "text": "x", "enabledOnly": "true"}, 400, "enabledRules"),
    ({"language": "fr", "text": "a\x00b"}, 400, "octets nuls"),
])
def test_errors_are_plain_text_like_languagetool(client, form, status, expect):
    answer = client.post("/v2/check", data=form)
    assert answer.status_code == status
    assert answer.headers["content-type"].startswith("text/plain")
    assert answer.text.startswith("Error: ") and expect in answer.text


def test_empty_text_has_no_match(client):
    assert lt_check(client, text="   ")["matches"] == []


@pytest.mark.parametrize("language", ["auto", "fr-FR", "fr-CA"])
def test_french_variants_and_auto_are_accepted(client, language):
    assert lt_check(client, text=DRAFT, language=language)["matches"]


def test_languages(client):
    assert client.get("/v2/languages").json() == [
        {"name": "French", "code": "fr", "longCode": "fr-FR"}]
