"""Output formats of `postcheck batch`, and how `--resume` finds where a run stopped.

jsonl: one line per input record, the CONTRACT.md result plus `id` and `line`.
csv:   one row per finding (one row for a post without finding or in error), flat columns;
       every row is one physical line, so that a run cut short leaves complete rows and
       `--resume` can tell a complete record from a partial one.
html:  built by report.py from the facts, at the end (or at Ctrl-C).
"""
from __future__ import annotations

import csv
import io
import json
import os

from . import mask

CSV_COLUMNS = ("record", "line", "id", "verdict", "findings_in_post", "rule", "code",
               "severity", "references", "spans", "message", "suggestion", "questions",
               "author", "service", "date", "error_code", "error_message")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value) -> str:
    """One line, and never a spreadsheet formula (a post could contain "=HYPERLINK(…)")."""
    text = "" if value is None else str(value)
    text = text.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")
    return "'" + text if text.startswith(_FORMULA_START) else text


def _span_text(post, span, intervals) -> str:
    inside = [(max(a, span.start) - span.start, min(b, span.end) - span.start, label)
              for a, b, label in intervals if a < span.end and span.start < b]
    return mask.mask_text(span.text, inside)


def csv_rows(record, result, post, options, facts) -> str:
    intervals = [] if options.show_identifiers or post is None else mask.mask_intervals(result.signals)
    common = [record.index, record.line, result.id, result.verdict or "", len(result.findings)]
    tail = [facts["author"], facts["service"], facts["date"]]
    err = [result.error.code, result.error.message] if result.error else ["", ""]
    rows = []
    for f in result.findings:
        spans = "; ".join(f"{s.start}-{s.end} {_span_text(post, s, intervals)}" for s in f.spans)
        rows.append(common + [f.rule, f.code, f.severity, "; ".join(r.id for r in f.references),
                              spans, f.message, f.suggestion,
                              " ".join(map(str, f.questions))] + tail + err)
    if not rows:
        rows.append(common + [""] * 8 + tail + err)
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows([[_cell(v) for v in r] for r in rows])
    return buffer.getvalue()


def csv_header() -> str:
    return ",".join(CSV_COLUMNS) + "\n"


def resume_point(path: str, fmt: str) -> int:
    """Number of complete records already in `path`; cuts off an incomplete tail so that
    appending continues cleanly. 0 when the file does not exist or is empty."""
    if not os.path.exists(path) or os.path.getsize(path) == 0:
        return 0
    if fmt == "jsonl":
        count, keep = _complete_jsonl(path)
    elif fmt == "csv":
        count, keep = _complete_csv(path)
    else:
        raise ValueError(fmt)
    if keep < os.path.getsize(path):
        with open(path, "r+b") as fh:
            fh.truncate(keep)
    return count


def _complete_jsonl(path: str) -> tuple[int, int]:
    count = keep = 0
    with open(path, "rb") as fh:
        for line in fh:
            if not line.endswith(b"\n"):
                break
            try:
                json.loads(line)
            except ValueError:
                break
            count += 1
            keep += len(line)
    return count, keep


def _complete_csv(path: str) -> tuple[int, int]:
    """A record is complete when all its rows (findings_in_post, at least one) are there."""
    count = keep = offset = 0
    current, rows_seen = None, 0
    with open(path, "rb") as fh:
        for n, line in enumerate(fh):
            offset += len(line)
            if n == 0:
                keep = offset           # the header
                continue
            if not line.endswith(b"\n"):
                break
            try:
                row = next(csv.reader([line.decode("utf-8")]))
                record, expected = int(row[0]), max(1, int(row[4]))
            except (ValueError, IndexError, StopIteration, csv.Error):
                break
            if record != current:
                current, rows_seen = record, 0
            rows_seen += 1
            if rows_seen == expected:
                count, keep = record, offset
    return count, keep
