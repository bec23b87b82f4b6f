"""The text checked is health data: no log line, error answer or crash report may contain
it. Every kind of request (good, malformed, too big, crashing) is sent with a marker, and
every log captured is searched for it."""
from __future__ import annotations

import json
import logging
import urllib.error
import urllib.parse
import urllib.request

import pytest

MARKER = "Zorglubette"
DRAFT = f"Mme {MARKER} (ch. 12) a encore arraché sa perfusion 😵"


def _requests(post):
    """The same abuse for the in-process and the real server: returns the answers."""
    answers = [
        post("/v1/check", json.dumps({"text": DRAFT}).encode(), "application/json"),
        post("/v1/check", f'{{"text": "{DRAFT}"'.encode(), "application/json"),
        post("/v1/check", json.dumps({"text": DRAFT, "profession": MARKER}).encode(),
             "application/json"),
        post("/v1/check", json.dumps({"text": DRAFT * 5000}).encode(), "application/json"),
        post("/v2/check", urllib.parse.urlencode({"text": DRAFT, "language": "fr"}).encode(),
             "application/x-www-form-urlencoded"),
        post("/v2/check", urllib.parse.urlencode({"data": "{" + DRAFT}).encode(),
             "application/x-www-form-urlencoded"),
        post(f"/v2/check?text={urllib.parse.quote(DRAFT)}", b"", "text/plain"),
        post(f"/{urllib.parse.quote(DRAFT)}", b"", "text/plain"),
    ]
    return answers


class ExplodingChecker:
    """Stands for a bug deep in a detector whose exception message quotes the text."""

    def __init__(self, real):
        self.ruleset = real.ruleset

    def check(self, text, **_):
        if MARKER in text:
            raise ValueError(f"cannot handle {text!r}")
        return None


def test_no_log_and_no_error_answer_contains_the_text(make_client, checker, caplog, capfd):
    caplog.set_level(logging.DEBUG)
    clients = [make_client(max_body=64 * 1024), make_client(token="t")]
    crashing = make_client()
    crashing.app.state.service.checker = ExplodingChecker(checker)
    statuses = []
    for client in clients + [crashing]:
        def post(path, body, content_type, client=client):
            answer = client.post(path, content=body, headers={"content-type": content_type})
            statuses.append(answer.status_code)
            if answer.status_code != 200:          # a 200 result quotes spans: that is its job
                assert MARKER not in answer.text, (path, answer.status_code)
            return answer
        _requests(post)
    assert {200, 401, 404, 413, 422, 400, 500} <= set(statuses)
    out, err = capfd.readouterr()
    server_records = [r for r in caplog.records         # httpx: the test's own client
                      if not r.name.startswith(("httpx", "httpcore"))]
    logged = "\n".join(caplog.handler.format(r) for r in server_records) + out + err
    assert "POST /v1/check" in logged                  # the access log did run
    assert "ValueError" in logged                      # the crash was reported...
    assert MARKER not in logged                        # ...without the text


def test_a_real_server_logs_no_text(live_server):
    def post(path, body, content_type):
        request = urllib.request.Request(live_server.url + path, data=body,
                                         headers={"Content-Type": content_type})
        try:
            with urllib.request.urlopen(request, timeout=30) as answer:
                return answer.status, answer.read()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read()

    statuses = [status for status, _ in _requests(post)]
    assert 200 in statuses and 422 in statuses and 413 in statuses
    log = live_server.log()
    assert "POST /v1/check 200" in log
    assert MARKER not in log and "Perfusion".lower() not in log.lower()


@pytest.mark.parametrize("path", ["/v1/check", "/v2/check"])
def test_access_log_line_has_no_query_string(client, caplog, path):
    caplog.set_level(logging.INFO, logger="postcheck.server.access")
    client.post(f"{path}?text={MARKER}", data={"text": "bonjour"})
    lines = [r.getMessage() for r in caplog.records if r.name == "postcheck.server.access"]
    assert lines and all(MARKER not in line for line in lines)
    assert lines[-1].startswith(f"POST {path} ")
