"""A worker process that dies must not hang `postcheck batch`: the records of its chunk get
`worker_crashed` errors, every other record is checked, the output keeps one record per input
line in order, and the run ends with a clear error (exit status 2 on the command line)."""
from __future__ import annotations

import json
import signal
import subprocess
import sys

import pytest

from postcheck.batch import BatchError, run

from .conftest import ROOT

TEXTS = ["Garde tranquille ce soir, merci à toute l'équipe.",
         "Formation incendie demain matin pour le service.",
         "Nouveau planning affiché en salle de pause."]


def _write(path, n, crash_at):
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = TEXTS[i % len(TEXTS)] + (" ARRET-TEST" if i == crash_at else "")
            fh.write(json.dumps({"id": f"p{i}", "text": text}, ensure_ascii=False) + "\n")


@pytest.fixture
def alarm():
    """Fail instead of hanging forever if the run does hang."""
    def on_alarm(signum, frame):
        raise TimeoutError("postcheck batch hung after a worker died")
    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(300)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


@pytest.mark.slow
def test_killed_worker_loses_only_its_chunk(tmp_path, monkeypatch, alarm):
    monkeypatch.setenv("POSTCHECK_TEST_WORKER_EXIT", "ARRET-TEST")
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    _write(src, 14, crash_at=7)
    with pytest.raises(BatchError, match="1 enregistrements non vérifiés|2 enregistrements non"):
        run(str(src), str(out), jobs=2, chunk_size=2)
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [r["id"] for r in records] == [f"p{i}" for i in range(14)]
    assert [r["line"] for r in records] == list(range(1, 15))
    crashed = [r["id"] for r in records if (r["error"] or {}).get("code") == "worker_crashed"]
    assert crashed == ["p6", "p7"]                        # the chunk holding the marker
    assert all(r["verdict"] == "ok" for r in records if r["id"] not in crashed)
    assert "ARRET" not in json.dumps(records[7])          # an error never quotes the text


@pytest.mark.slow
def test_cli_exits_with_one_line_error(tmp_path, alarm):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    _write(src, 260, crash_at=200)                         # three chunks of 128: a pool
    proc = subprocess.run([sys.executable, "-m", "postcheck", "batch", str(src), "-o", str(out),
                           "--jobs", "2"], cwd=ROOT, capture_output=True, text=True, timeout=280,
                          env={"POSTCHECK_TEST_WORKER_EXIT": "ARRET-TEST", "PATH": "/usr/bin:/bin",
                               "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 2
    assert "processus de vérification s'est arrêté" in proc.stderr.strip().splitlines()[-1]
    lines = out.read_text("utf-8").splitlines()
    assert len(lines) == 260
    codes = [(json.loads(line)["error"] or {}).get("code") for line in lines]
    assert codes.count("worker_crashed") == 128 and codes[200] == "worker_crashed"
