"""postcheck's own HTTP API (/v1, /healthz, OpenAPI) and its behaviour with bad input."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PATIENT = (ROOT / "examples" / "brouillon-patient.txt").read_text(encoding="utf-8").strip()
OK = (ROOT / "examples" / "brouillon-ok.txt").read_text(encoding="utf-8").strip()


@pytest.mark.parametrize("draft", [PATIENT, OK], ids=["patient", "ok"])
@pytest.mark.parametrize("profession", [None, "infirmier", "medecin"])
def test_check_is_the_library_result(client, checker, draft, profession):
    body = {"text": draft, "profession": profession, "audience": "public", "id": "d1"}
    answer = client.post("/v1/check", json=body)
    assert answer.status_code == 200
    expected = checker.check(draft, profession=profession, audience="public", id="d1")
    assert answer.json() == expected.to_dict()


def test_check_reports_the_patient_with_code_point_spans(client):
    result = client.post("/v1/check", json={"text": PATIENT}).json()
    assert result["verdict"] == "block"
    spans = [s for f in result["findings"] for s in f["spans"]]
    assert spans and all(PATIENT[s["start"]:s["end"]] == s["text"] for s in spans)
    assert any("Perrault" in s["text"] for s in spans)
    assert {q["n"] for q in result["questions"]} >= {7}


@pytest.mark.parametrize("body,content_type,expect", [
    (b'{"text": ', "application/json", "JSON"),
    (b"[1, 2]", "application/json", "objet JSON"),
    (b'{"texte": "oubli"}', "application/json", "champ « text » : obligatoire"),
    (b'{"text": 12}', "application/json", "champ « text » : du texte est attendu"),
    (b'{"text": ""}', "application/json", "vide"),
    (b'{"text": "  \\n "}', "application/json", "blanc"),
    (b'{"text": "a\\u0000b"}', "application/json", "octets nuls"),
    (b'{"text": "a\\ud800b"}', "application/json", "demi-paires"),
    (b'{"text": "ok", "profession": "chirurgien"}', "application/json", "profession"),
    (b'{"text": "ok", "audience": "amis"}', "application/json", "audience"),
    (b"text=hello", "application/x-www-form-urlencoded", "application/json"),
])
def test_bad_input_is_a_readable_422(client, body, content_type, expect):
    answer = client.post("/v1/check", content=body, headers={"content-type": content_type})
    assert answer.status_code == 422
    error = answer.json()["error"]
    assert expect in error["message"] and error["code"]


def test_a_422_never_echoes_the_text(client):
    secret = "Mme Zorglubette du lit 12"
    answer = client.post("/v1/check", json={"text": secret, "audience": 7})
    assert answer.status_code == 422
    assert "Zorglubette" not in answer.text


def test_a_body_over_the_limit_is_a_413(make_client):
    small = make_client(max_body=2048)
    body = {"text": "Mme Perrault " * 400}
    answer = small.post("/v1/check", json=body)
    assert answer.status_code == 413
    assert "2048 octets" in answer.json()["error"]["message"]

    def chunks():                      # no Content-Length: counted while it streams in
        yield b'{"text": "'
        for _ in range(100):
            yield b"Mme Perrault " * 10
        yield b'"}'

    streamed = small.post("/v1/check", content=chunks(),
                          headers={"content-type": "application/json"})
    assert streamed.status_code == 413


def test_busy_server_answers_503_at_once(make_client):
    saturated = make_client(max_pending=0)
    answer = saturated.post("/v1/check", json={"text": OK})
    assert answer.status_code == 503
    assert answer.headers["retry-after"] == "1"


def test_rules_and_references_come_from_the_ruleset(client, checker):
    rules = client.get("/v1/rules").json()
    assert [r["id"] for r in rules] == [r.id for r in checker.ruleset.rules]
    references = {r["id"]: r for r in client.get("/v1/references").json()}
    cited = {ref["id"] for r in rules for ref in r["references"]}
    assert cited <= set(references)
    assert all(references[i]["title"] and references[i]["url"] for i in cited)


def test_health_and_openapi(client, checker):
    health = client.get("/healthz").json()
    assert health["status"] == "ok" and health["rules"] == len(checker.ruleset.rules)
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/v1/check", "/v1/rules", "/v1/references", "/healthz", "/v2/check",
            "/v2/languages"} <= set(paths)


def test_unknown_route_and_method_in_french(client):
    missing = client.get("/v1/nope")
    assert missing.status_code == 404 and "introuvable" in missing.json()["error"]["message"]
    wrong = client.get("/v1/check")
    assert wrong.status_code == 405 and wrong.headers["allow"] == "POST"


def test_token_is_required_when_set(make_client):
    guarded = make_client(token="s3cret")
    assert guarded.post("/v1/check", json={"text": OK}).status_code == 401
    bad = guarded.post("/v1/check", json={"text": OK}, headers={"Authorization": "Bearer x"})
    assert bad.status_code == 401 and "jeton" in bad.json()["error"]["message"]
    good = guarded.post("/v1/check", json={"text": OK},
                        headers={"Authorization": "Bearer s3cret"})
    assert good.status_code == 200
    assert guarded.get("/healthz").status_code == 200          # liveness stays open


def test_cors_is_off_by_default_and_configurable(client, make_client):
    origin = "chrome-extension://abcdefghijklmnop"
    plain = client.post("/v1/check", json={"text": OK}, headers={"Origin": origin})
    assert "access-control-allow-origin" not in plain.headers
    open_ = make_client(cors_origins=("chrome-extension://*",), token="t")
    preflight = open_.options("/v1/check", headers={
        "Origin": origin, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization,content-type"})
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == origin
    page = open_.options("/v1/check", headers={
        "Origin": "https://evil.example", "Access-Control-Request-Method": "POST"})
    assert page.headers.get("access-control-allow-origin") != "https://evil.example"
    denied = open_.post("/v1/check", json={"text": OK}, headers={"Origin": origin})
    assert denied.status_code == 401
    assert denied.headers["access-control-allow-origin"] == origin   # readable by the extension


def test_loopback_server_refuses_foreign_host_headers(client):
    answer = client.get("/healthz", headers={"Host": "rebound.example:8765"})
    assert answer.status_code == 400
    assert "Host" in answer.json()["error"]["message"]
    assert client.get("/healthz", headers={"Host": "localhost:8765"}).status_code == 200
