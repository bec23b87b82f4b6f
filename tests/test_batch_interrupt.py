"""Ctrl-C in the middle of a run leaves a valid partial output (complete records only), and
`--resume` completes it into exactly what an uninterrupted run writes."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _batch(*args):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "postcheck", "batch", *args,
                             "--fail-on", "never"], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@pytest.mark.slow
def test_ctrl_c_then_resume(tmp_path, dev_corpus):
    src = tmp_path / "in.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        for i in range(12):
            for post in dev_corpus:
                fh.write(json.dumps({"id": f"{post['id']}-{i}", "text": post["text"]},
                                    ensure_ascii=False) + "\n")
    total = 12 * len(dev_corpus)
    out = tmp_path / "out.jsonl"
    proc = _batch(str(src), "-o", str(out), "--jobs", "1")
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and (not out.exists() or out.stat().st_size < 20_000):
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err.decode()
    assert "--resume" in err.decode()
    lines = out.read_text("utf-8").splitlines()
    assert 0 < len(lines) < total
    assert [json.loads(line)["line"] for line in lines] == list(range(1, len(lines) + 1))

    proc = _batch(str(src), "-o", str(out), "--jobs", "1", "--resume")
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err.decode()
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [r["line"] for r in records] == list(range(1, total + 1))
    assert len({r["id"] for r in records}) == total
