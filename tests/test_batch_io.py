"""Batch input and output: one output record per input record, in order, whatever is broken
in the input; CSV mapping; resume after a cut-off output."""
from __future__ import annotations

import csv
import io
import json

import pytest

from postcheck.batch import run
from postcheck.batch.writers import resume_point

GOOD = [
    {"id": "a1", "text": "Mme Lemaire (ch. 12) a encore arraché sa sonde cette nuit.",
     "profession": "infirmier"},
    {"id": "a2", "text": "Belle journée de formation aux gestes d'urgence avec l'équipe !"},
    {"id": "a3", "text": "Le patient du lit 9 a encore arraché sa perfusion, épuisant."},
]


def _broken_lines() -> list[bytes]:
    """Good records with broken lines in the middle; the expected error code per line."""
    good = [json.dumps(r, ensure_ascii=False).encode() for r in GOOD]
    return [
        good[0],
        b'{"id": "cut", "text": "Mme Lem',                              # invalid JSON
        good[1],
        b'{"id": "latin1", "text": "caf\xe9 cr\xe8me"}',               # undecodable bytes
        b"",                                                            # blank line
        b'{"id": "notext", "profession": "infirmier"}',                # missing text
        b'{"id": "empty", "text": "   "}',                              # empty text
        b'{"id": "att", "text": "Photo de garde", "attachments": ["absente.jpg"]}',
        b'["not", "an", "object"]',
        b'{"id": "prof", "text": "Bonjour", "profession": "astronaute"}',
        good[2],
    ]


EXPECTED = [None, "invalid_json", None, "bad_encoding", "empty_line", "missing_text",
            "empty_text", "unreadable_attachment", "invalid_record", "bad_profession", None]


def _check_records(records, n_lines):
    assert len(records) == n_lines
    for line, (record, code) in enumerate(zip(records, EXPECTED), 1):
        assert record["line"] == line
        if code is None:
            assert record["error"] is None and record["verdict"] in ("ok", "review", "block")
        else:
            assert record["error"]["code"] == code, line
            assert record["findings"] is None and record["verdict"] is None
            assert f"ligne {line}" in record["error"]["message"]
    assert records[0]["id"] == "a1" and records[1]["id"] == "line-2"
    assert records[-1]["id"] == "a3"


@pytest.mark.slow
def test_broken_lines_in_process(tmp_path, checker):
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"\n".join(_broken_lines()) + b"\n")
    out = tmp_path / "out.jsonl"
    summary = run(str(src), str(out), jobs=1, checker=checker)
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    _check_records(records, 11)
    assert summary.records == 11 and summary.errors == 8
    assert "caf" not in json.dumps(records[3])   # an error never quotes the text


@pytest.mark.slow
def test_broken_lines_two_processes_keep_order(tmp_path):
    """Several chunks through a pool of 2 processes: still one record per line, in order."""
    lines = _broken_lines() * 5
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"\n".join(lines) + b"\n")
    out = tmp_path / "out.jsonl"
    summary = run(str(src), str(out), jobs=2, chunk_size=4)
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert len(records) == len(lines) == summary.records
    assert [r["line"] for r in records] == list(range(1, len(lines) + 1))
    for i, record in enumerate(records):
        code = EXPECTED[i % len(EXPECTED)]
        assert (record["error"] or {}).get("code") == code


@pytest.mark.slow
def test_csv_input_mapping_and_errors(tmp_path, checker):
    src = tmp_path / "export.csv"
    src.write_bytes(
        "ref;message;auteur;quand\n"
        "p1;\"Mme Lemaire (ch. 12) refuse sa chimio.\nSur deux lignes.\";alice;2024-03-01\n".encode()
        + b"p2;caf\xe9;bob;2024-03-02\n"
        + "p3;une;colonne;de trop;ici\n".encode()
        + "p4;Réunion d'équipe demain à 14 h.;chloe;03/03/2024\n".encode())
    out = tmp_path / "out.jsonl"
    run(str(src), str(out), jobs=1, checker=checker,
        columns={"id": "ref", "text": "message", "author": "auteur", "date": "quand"})
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [r["id"] for r in records] == ["p1", "line-4", "line-5", "p4"]
    assert [r["line"] for r in records] == [2, 4, 5, 6]
    assert records[0]["verdict"] == "block"
    assert records[1]["error"]["code"] == "bad_encoding"
    assert "« message »" in records[1]["error"]["message"]
    assert records[2]["error"]["code"] == "bad_columns"
    assert records[3]["verdict"] == "ok"


@pytest.mark.slow
def test_csv_output_masks_and_resumes(tmp_path, checker):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in GOOD * 3), "utf-8")
    full = tmp_path / "full.csv"
    run(str(src), str(full), fmt="csv", jobs=1, checker=checker)
    rows = list(csv.DictReader(io.StringIO(full.read_text("utf-8"))))
    assert {r["record"] for r in rows} == {str(i) for i in range(1, 10)}
    assert "Lemaire" not in full.read_text("utf-8") and "[NOM]" in full.read_text("utf-8")
    # cut the file in the middle of a row, then resume: same file as a run in one go
    data = full.read_bytes()
    cut = tmp_path / "cut.csv"
    cut.write_bytes(data[: len(data) * 2 // 3 - 5])
    skipped = resume_point(str(cut), "csv")
    assert 0 < skipped < 9
    run(str(src), str(cut), fmt="csv", jobs=1, checker=checker, resume=True)
    assert cut.read_bytes() == data


@pytest.mark.slow
def test_jsonl_resume_after_truncated_line(tmp_path, checker):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in GOOD * 4), "utf-8")
    full, part = tmp_path / "full.jsonl", tmp_path / "part.jsonl"
    run(str(src), str(full), jobs=1, checker=checker)
    lines = full.read_bytes().splitlines(keepends=True)
    part.write_bytes(b"".join(lines[:5]) + lines[5][:20])
    summary = run(str(src), str(part), jobs=1, checker=checker, resume=True)
    assert summary.skipped == 5 and summary.records == 7
    assert part.read_bytes() == full.read_bytes()


def test_progress_line_only_when_enabled():
    from postcheck.batch.progress import Progress

    class Tty(io.StringIO):
        def isatty(self):
            return True

    shown, piped = Tty(), io.StringIO()
    counter = [0]
    bar = Progress(1000, counter, stream=shown)
    bar.last -= 1                      # as if the last draw were a second ago
    counter[0] = 500
    bar.update(10)
    bar.close()
    assert "publications" in shown.getvalue() and "/s" in shown.getvalue()
    assert "50 %" in shown.getvalue() and "reste" in shown.getvalue()
    quiet = Progress(1000, counter, stream=piped)
    quiet.update(10)
    quiet.close()
    assert piped.getvalue() == ""
