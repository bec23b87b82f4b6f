"""Recall of postcheck's name and identifier detection on AP-HP's eds-pseudo snippets.

    python3 benchmarks/identifiers.py [-v]

For each labelled entity (NOM, PRENOM, SECU, TEL, MAIL, ...) of ../shared/data/eds-pseudo/,
counts it as found when signals of the matching kind cover at least half of its characters.
Writes benchmarks/results/identifiers-eds-pseudo.json.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from postcheck import Checker  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "eds-pseudo"
FILES = ("gen_dataset_train.jsonl", "templates_spans.jsonl")
# eds-pseudo label -> postcheck signal kinds that count as finding it
KINDS = {
    "NOM": ("person",), "PRENOM": ("person", "person.initials"), "SECU": ("id.nir",),
    "TEL": ("id.phone",), "MAIL": ("id.email",), "DATE_NAISSANCE": ("id.birthdate", "id.date"),
    "ADRESSE": ("id.address",), "ADDRESSE": ("id.address",), "IPP": ("id.ipp",),
    "NDA": ("id.ipp",), "DATE": ("id.date", "id.birthdate"),
}


def covered(start: int, end: int, ranges) -> bool:
    hit = sum(max(0, min(end, b) - max(start, a)) for a, b in ranges)
    return hit * 2 >= end - start


def evaluate(checker, path: Path, verbose: bool):
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    found, total = Counter(), Counter()
    misses = defaultdict(list)
    results = checker.check_many({"id": r["note_id"], "text": r["note_text"]} for r in rows)
    for row, result in zip(rows, results):
        for ent in row["entities"]:
            label = ent["label"]
            if label not in KINDS:
                continue
            ranges = [(s.start, s.end) for s in result.signals if s.kind in KINDS[label]]
            total[label] += 1
            if covered(ent["start"], ent["end"], ranges):
                found[label] += 1
            elif verbose:
                misses[label].append(row["note_text"][ent["start"]:ent["end"]])
    return {label: {"recall": round(found[label] / total[label], 3), "n": total[label]}
            for label in sorted(total)}, misses


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="print missed entities")
    args = parser.parse_args(argv)
    checker = Checker()
    report = {}
    for name in FILES:
        scores, misses = evaluate(checker, DATA / name, args.verbose)
        report[name] = scores
        print(f"== eds-pseudo/{name}")
        for label, s in scores.items():
            print(f"{label:<15} recall {s['recall']:.3f}  (n={s['n']})")
            if args.verbose and misses[label]:
                print("    missed:", " | ".join(misses[label][:25]))
    out = ROOT / "benchmarks" / "results" / "identifiers-eds-pseudo.json"
    out.write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
