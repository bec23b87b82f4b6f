"""What each detector costs a post in batch mode (Checker.check_many), ms/post.

    python3 benchmarks/detector_costs.py [detector ...] [--posts N] [--reps R]

The benchmark posts of batch_throughput.py (dev corpus repeated and varied) go through spaCy
once; then, R times, fresh analyses meet every detector in turn over all posts (detector-major,
as check_many runs them), each timed, and the rules; the best of R is printed per step. The heap
is frozen first, as `postcheck batch` does (postcheck/heap.py). The first detector to need a
value several share (folded text, deobfuscated view, literal pass) pays for it.
"""
from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("only", nargs="*", help="detectors to show (default: all)")
    parser.add_argument("--posts", type=int, default=2000)
    parser.add_argument("--reps", type=int, default=5)
    args = parser.parse_args(argv)

    from batch_throughput import make_posts

    from postcheck import Checker
    from postcheck.analysis import Analysis
    from postcheck.checker import make_post
    from postcheck.rules.engine import apply_rules
    from postcheck.textnorm import normalize

    rows = list(make_posts(args.posts))
    checker = Checker()
    list(checker.check_many(rows))
    posts = [make_post(r) for r in rows]
    norms = [normalize(p.text) for p in posts]
    docs = list(checker.nlp.pipe([n.text for n in norms], batch_size=128))
    gc.collect()
    gc.freeze()
    best: dict[str, float] = {}
    for _ in range(args.reps):
        analyses = [Analysis(p, n, d) for p, n, d in zip(posts, norms, docs)]
        found = [[] for _ in analyses]
        for detector in checker.detectors:
            t = time.perf_counter()
            for signals, analysis in zip(found, analyses):
                signals.extend(detector.detect(analysis))
            best[detector.name] = min(best.get(detector.name, 9e9), time.perf_counter() - t)
        t = time.perf_counter()
        for post, signals in zip(posts, found):
            signals.sort(key=lambda s: (s.start, s.end, s.kind))
            apply_rules(checker.ruleset, post, signals)
        best["rules"] = min(best.get("rules", 9e9), time.perf_counter() - t)
    gc.unfreeze()
    shown = {k: v for k, v in best.items() if not args.only or k in args.only}
    for name, seconds in sorted(shown.items(), key=lambda kv: -kv[1]):
        print(f"{name:16s} {seconds / len(rows) * 1000:.4f}")
    print(f"{'total':16s} {sum(best.values()) / len(rows) * 1000:.4f}")


if __name__ == "__main__":
    main()
