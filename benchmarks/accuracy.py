"""Accuracy of postcheck on labelled corpora (format: ../shared/corpus/LABELS.md).

    python3 benchmarks/accuracy.py                       # ../shared/corpus/dev.jsonl
    python3 benchmarks/accuracy.py other.jsonl -v        # any corpus; -v lists the misses

Prints per-reference precision/recall/F1, span recall and the share of fine drafts left `ok`,
and writes the figures to benchmarks/results/accuracy-<corpus>.json.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from postcheck import Checker  # noqa: E402
from postcheck.evaluate import evaluate_corpus  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "corpus" / "dev.jsonl"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", default=[str(DEFAULT)])
    parser.add_argument("-v", "--verbose", action="store_true", help="list the drafts missed")
    args = parser.parse_args(argv)
    checker = Checker()
    for corpus in args.corpora:
        report = evaluate_corpus(checker, corpus)
        name = Path(corpus).stem
        print(f"== {corpus} ({report['drafts']} drafts)")
        print(f"{'reference':<22} {'P':>6} {'R':>6} {'F1':>6}   tp  fp  fn")
        for ref, s in report["references"].items():
            print(f"{ref:<22} {s['precision']:>6.3f} {s['recall']:>6.3f} {s['f1']:>6.3f} "
                  f"{s['tp']:>4} {s['fp']:>3} {s['fn']:>3}")
            if args.verbose and s["errors"]:
                print("    " + " ".join(f"{i}:{k}" for i, k in s["errors"]))
        print(f"span recall            {report['span_recall']:.3f}  ({report['spans']} spans)")
        for ref, value in report["span_recall_by_reference"].items():
            print(f"  on {ref} drafts{'':<{18 - len(ref)}} {value:.3f}")
        print(f"fine drafts left ok    {report['fine_ok_share']:.3f}  ({report['fine_drafts']} drafts)")
        if args.verbose:
            print("missed spans in:", " ".join(report["missed_span_drafts"]))
            print("fine drafts flagged:", " ".join(report["unclean_fine_drafts"]))
        out = ROOT / "benchmarks" / "results" / f"accuracy-{name}.json"
        out.write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
