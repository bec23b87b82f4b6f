"""A real `postcheck serve` process: a third-party LanguageTool client, and shutdown."""
from __future__ import annotations

import json
import signal
import threading
import time
import urllib.request

import psutil
import pytest

from .conftest import LiveServer

DRAFT = ("Encore une garde 😵‍💫🚑 au CHU… Mme Perrault (ch. 14) a encore arraché sa "
         "perfusion à 3h, courage à l'équipe 💪")


@pytest.fixture
def no_proxy(monkeypatch):
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")


def test_language_tool_python_gets_postchecks_matches(live_server, checker, no_proxy):
    import language_tool_python

    tool = language_tool_python.LanguageTool("fr", remote_server=live_server.url)
    try:
        matches = tool.check(DRAFT)
    finally:
        tool.close()
    expected = {(s.start, s.end, f.code) for f in checker.check(DRAFT).findings
                for s in f.spans}
    assert expected, "the draft names a patient: postcheck must find something"
    # language_tool_python turns LanguageTool's UTF-16 offsets back into Python ones
    got = {(m.offset, m.offset + m.error_length, m.rule_id) for m in matches}
    assert got == expected
    names = [DRAFT[m.offset:m.offset + m.error_length] for m in matches]
    assert "Mme Perrault" in names
    assert all(m.category.startswith("POSTCHECK_") for m in matches)
    assert any("CSP L1110-4" in m.message for m in matches)


def test_sigterm_lets_the_request_in_flight_finish(tmp_path):
    server = LiveServer(tmp_path)
    long_draft = json.dumps({"text": (DRAFT + " ") * 150}).encode()
    answers = []

    def ask():
        request = urllib.request.Request(server.url + "/v1/check", data=long_draft,
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=60) as answer:
            answers.append((answer.status, json.load(answer)["verdict"]))

    thread = threading.Thread(target=ask)
    thread.start()
    _wait_for_connection(server.proc.pid, server.port)
    time.sleep(0.1)            # the body is read at once; the check then lasts ~0.3 s
    code = server.stop()
    thread.join(60)
    assert answers == [(200, "block")]
    # uvicorn re-raises the signal once shut down, so the status is -SIGTERM (or 0)
    assert code in (0, -signal.SIGTERM)
    log = server.log()
    assert "postcheck arrêté proprement" in log and "Traceback" not in log
    assert log.index("Shutting down") < log.index("POST /v1/check 200")   # truly in flight


def _wait_for_connection(pid: int, port: int, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if any(c.status == psutil.CONN_ESTABLISHED and c.laddr.port == port
               for c in psutil.Process(pid).net_connections()):
            return
        time.sleep(0.005)
    raise AssertionError("the request never reached the server")
