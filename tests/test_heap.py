"""The collector's full passes skip a loaded Checker during long runs (postcheck/heap.py),
and a batch run inside someone else's process gives the heap back as it found it."""
from __future__ import annotations

import gc
import io
import json

from postcheck import heap
from postcheck.batch import run


def test_settled_freezes_for_the_run_only():
    gc.unfreeze()
    with heap.settled():
        frozen = gc.get_freeze_count()
        assert frozen > 1000   # at least the objects this test process holds
    assert gc.get_freeze_count() == 0


def test_in_process_batch_freezes_after_the_first_chunk_and_unfreezes(checker, tmp_path,
                                                                     monkeypatch):
    gc.unfreeze()
    seen = []
    real = checker.check_many

    def spy(posts):
        seen.append(gc.get_freeze_count())
        return real(posts)

    monkeypatch.setattr(checker, "check_many", spy)
    source = tmp_path / "posts.jsonl"
    source.write_text("".join(json.dumps({"id": str(i), "text": f"Garde calme n°{i}."}) + "\n"
                              for i in range(300)), encoding="utf-8")
    out = io.StringIO()
    summary = run(str(source), out, jobs=1, checker=checker, progress=False, chunk_size=100)
    assert summary.records == 300 and len(out.getvalue().splitlines()) == 300
    assert seen[0] == 0 and all(count > 1000 for count in seen[1:])   # chunks 2 and 3
    assert gc.get_freeze_count() == 0
