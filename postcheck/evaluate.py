"""Score postcheck against a labelled corpus (format: shared/corpus/LABELS.md).

Per legal reference: precision, recall, F1 over drafts. A predicted reference counts for a
labelled one when it is the same id or a more precise one ("Loi 1881 art. 29 al. 2" counts
for "Loi 1881 art. 29"). Spans: a labelled span is recalled when the findings' spans cover at
least half of its characters. Fine drafts: the share left with verdict `ok`.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable


def read_corpus(path: str | Path) -> list[dict]:
    rows = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            rows.append(json.loads(line))
    return rows


def is_fine(row: dict) -> bool | None:
    expect = row.get("expect", {})
    if "fine" in expect:
        return expect["fine"]
    return not expect.get("refs") and not expect.get("spans")


def predicted_refs(result, labels: Iterable[str]) -> set[str]:
    """Predicted reference ids, folded onto the corpus's label ids."""
    out = set()
    for finding in result.findings or ():
        for ref in finding.references:
            for label in labels:
                if ref.id == label or ref.id.startswith(label + " "):
                    out.add(label)
    return out


def span_recalled(text: str, gold: str, predicted: list[tuple[int, int]]) -> bool:
    start = text.find(gold)
    if start < 0:
        return False
    end = start + len(gold)
    covered = sum(max(0, min(end, b) - max(start, a)) for a, b in _union(predicted))
    return covered * 2 >= len(gold)


def _union(ranges):
    merged: list[list[int]] = []
    for a, b in sorted(ranges):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return merged


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list = field(default_factory=list)  # (draft id, "FP"/"FN")

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(rows: list[dict], results: list) -> dict:
    labels = sorted({ref for row in rows for ref in row["expect"]["refs"]})
    per_ref = {label: Score() for label in labels}
    spans_total = spans_hit = 0
    by_ref = {label: [0, 0] for label in labels}  # label -> [recalled, total] on its drafts
    fine_total = fine_ok = 0
    missed_spans, unclean = [], []
    for row, result in zip(rows, results):
        gold = set(row["expect"]["refs"])
        pred = predicted_refs(result, labels)
        for label, s in per_ref.items():
            if label in gold and label in pred:
                s.tp += 1
            elif label in pred:
                s.fp += 1
                s.errors.append((row["id"], "FP"))
            elif label in gold:
                s.fn += 1
                s.errors.append((row["id"], "FN"))
        ranges = [(sp.start, sp.end) for f in result.findings or () for sp in f.spans]
        for gold_span in row["expect"].get("spans", []):
            spans_total += 1
            hit = span_recalled(row["text"], gold_span, ranges)
            spans_hit += hit
            if not hit:
                missed_spans.append(row["id"])
            for label in gold:
                by_ref[label][0] += hit
                by_ref[label][1] += 1
        if is_fine(row) is True:
            fine_total += 1
            if result.verdict == "ok":
                fine_ok += 1
            else:
                unclean.append(row["id"])
    return {
        "drafts": len(rows),
        "references": {label: {"precision": round(s.precision, 3), "recall": round(s.recall, 3),
                               "f1": round(s.f1, 3), "tp": s.tp, "fp": s.fp, "fn": s.fn,
                               "errors": s.errors}
                       for label, s in per_ref.items()},
        "span_recall": round(spans_hit / spans_total, 3) if spans_total else None,
        "spans": spans_total,
        "span_recall_by_reference": {label: round(h / t, 3) if t else None
                                     for label, (h, t) in by_ref.items()},
        "fine_ok_share": round(fine_ok / fine_total, 3) if fine_total else None,
        "fine_drafts": fine_total,
        "missed_span_drafts": sorted(set(missed_spans)),
        "unclean_fine_drafts": unclean,
    }


def evaluate_corpus(checker, path: str | Path) -> dict:
    rows = read_corpus(path)
    results = list(checker.check_many(
        {"id": r["id"], "text": r["text"], "profession": r.get("profession"),
         "audience": r.get("audience", "public"), "platform": r.get("platform")} for r in rows))
    return score(rows, results)
