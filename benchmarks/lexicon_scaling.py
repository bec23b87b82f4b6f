"""How whole-word lexicon matching scales with the lexicon's size, to choose a matcher.

    python3 benchmarks/lexicon_scaling.py [--quick]

Posts: the folded dev drafts (../shared/corpus/dev.jsonl), plus the MLMA-fr tweets unless
--quick. Lexicons of N entries: postcheck's real forms (insults, contempt, swears, groups,
targets, hostility words), padded with 1-3 word phrases of real French words (pyspellchecker's
dictionary, folded). Matchers, all leftmost-longest and whole-word (never "con" in "contexte";
"l'abruti" gives "abruti"): spaCy PhraseMatcher on a blank French tokenizer (tokenizing is
timed apart: postcheck's Doc is on the raw text, not on the folded view it matches), pyahocorasick
(postcheck.phrases), a `regex` named list, stdlib `re` alternations (longest first, or a trie).
Character-edge matchers must find exactly the same spans as pyahocorasick (exit 1 otherwise);
spaCy's differences come from its token edges and are counted, not asserted.
Writes benchmarks/results/lexicon_scaling.json. Prints lexicon forms, never post text.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import platform
import re
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.lexicon_matchers import (MATCHERS, Spacy, build_lexicon, french_words,  # noqa: E402
                                         load_posts, real_forms)

RESULTS = ROOT / "benchmarks" / "results" / "lexicon_scaling.json"


def timed_pass(matcher, inputs, budget: float, repeat: int = 3):
    """(µs per post, spans of the posts timed): best of `repeat` passes over `inputs`; a slow
    matcher is timed on the first posts only, in chunks of 100, until `budget` s are spent."""
    for x in inputs[:20]:
        matcher.match(x)  # warm-up
    spans, elapsed = [], 0.0
    for i in range(0, len(inputs), 100):
        t = time.perf_counter()
        out = [matcher.match(x) for x in inputs[i:i + 100]]
        elapsed += time.perf_counter() - t
        spans += out
        if elapsed > budget:
            break
    best, spent, timed = elapsed, elapsed, inputs[:len(spans)]
    for _ in range(repeat - 1):
        if spent + best > budget:
            break
        t = time.perf_counter()
        for x in timed:
            matcher.match(x)
        best = min(best, time.perf_counter() - t)
        spent += time.perf_counter() - t
    return best / len(spans) * 1e6, spans


def retained_kib(factory, phrases) -> float:
    """Memory held by a second build of the matcher (tracemalloc sees PyMem/PyObject allocations)."""
    import regex

    re.purge()
    regex.purge()  # or the second build would come from the compile caches
    tracemalloc.start()
    before = tracemalloc.take_snapshot().statistics("filename")
    base = sum(s.size for s in before)
    m = factory(phrases)
    held = sum(s.size for s in tracemalloc.take_snapshot().statistics("filename")) - base
    tracemalloc.stop()
    del m
    return round(held / 1024, 1)


def differences(posts, phrases_spans, ref_spans, limit=5):
    """Posts whose spans differ from the reference, and the forms involved (no post text)."""
    n, forms = 0, []
    for text, got, ref in zip(posts, phrases_spans, ref_spans):
        if got != ref:
            n += 1
            delta = sorted(set(got) ^ set(ref))
            forms += [("+" if sp in set(got) else "-") + text[sp[0]:sp[1]] for sp in delta]
    return n, list(dict.fromkeys(forms))[:limit]


def run(sizes, posts, budget, build_limit=60.0) -> dict:
    real = real_forms()
    words = french_words() if max(sizes) > len(real) else None
    tokenizer = Spacy.nlp().tokenizer
    docs = [tokenizer(p) for p in posts]  # warm-up, then timed
    t = time.perf_counter()
    docs = [tokenizer(p) for p in posts]
    tokenize_us = (time.perf_counter() - t) / len(posts) * 1e6
    report = {"posts": len(posts), "mean_chars": round(sum(map(len, posts)) / len(posts), 1),
              "real_forms": len(real), "spacy_tokenize_us_per_post": round(tokenize_us, 1),
              "sizes": {}}
    build_times: dict[str, float] = {}
    failures, prev_n = [], sizes[0]
    for n in sizes:
        phrases = build_lexicon(n, real, words)
        rows, ref = {}, None
        for name, factory in MATCHERS.items():
            prev = build_times.get(name)
            if prev is not None and prev * n / prev_n * 1.5 > build_limit:
                rows[name] = {"skipped": f"build projected > {build_limit:.0f} s"}
                continue
            t = time.perf_counter()
            matcher = factory(phrases)
            build = time.perf_counter() - t
            build_times[name] = build
            inputs = docs if matcher.needs_doc else posts
            us, spans = timed_pass(matcher, inputs, budget)
            row = {"build_s": round(build, 4), "us_per_post": round(us, 2),
                   "posts_timed": len(spans), "matches": sum(map(len, spans))}
            if ref is None:
                ref = spans
            else:
                diff, forms = differences(posts, spans, ref)
                row["posts_differing"] = diff
                if forms:
                    row["differing_forms"] = forms
                if diff and matcher.char_edges:
                    failures.append(f"N={n} {name}: {diff} posts differ")
            if build < 5:
                row["memory_kib"] = retained_kib(factory, phrases)
            rows[name] = row
            del matcher
        report["sizes"][n] = rows
        prev_n = n
    report["pattern_lexicons"] = pattern_engines(posts, budget, failures)
    report["flashtext"] = ("installed but not measured" if importlib.util.find_spec("flashtext")
                           else "not installed (not added as a dependency for this)")
    report["failures"] = failures
    return report


class _Scan:
    needs_doc = False

    def __init__(self, pattern):
        self.pattern = pattern

    def match(self, text):
        return [m.span() for m in self.pattern.finditer(text)]


def pattern_engines(posts, budget, failures) -> dict:
    """postcheck's language pattern lexicons (one scan, postcheck/detectors/_scan.py) on the
    standard `re`, as shipped, and the same expression on `regex`."""
    import regex

    from postcheck.detectors._scan import FILES
    from postcheck.patterns import load_patterns

    source = load_patterns(*FILES)[0].pattern
    out, ref = {"files": list(FILES), "chars": len(source)}, None
    for name, engine in (("re", re), ("regex", regex)):
        engine.purge()
        t = time.perf_counter()
        scan = _Scan(engine.compile(source))
        build = time.perf_counter() - t
        us, spans = timed_pass(scan, posts, budget)
        out[name] = {"build_s": round(build, 4), "us_per_post": round(us, 2),
                     "posts_timed": len(spans), "matches": sum(map(len, spans))}
        if ref is None:
            ref = spans
        elif spans != ref[:len(spans)]:
            failures.append(f"pattern lexicons: regex and re differ on {len(spans)} posts")
    return out


def print_table(report):
    print(f"{report['posts']} posts, {report['mean_chars']} characters on average; spaCy "
          f"blank fr tokenizer: {report['spacy_tokenize_us_per_post']} µs/post (not included)")
    print(f"{'N':>6}  {'matcher':<34} {'build s':>8} {'µs/post':>9} {'matches':>8} {'differ':>6} {'KiB':>8}")
    for n, rows in report["sizes"].items():
        for name, r in rows.items():
            if "skipped" in r:
                print(f"{n:>6}  {name:<34} skipped: {r['skipped']}")
                continue
            timed = "" if r["posts_timed"] == report["posts"] else f"  (timed on {r['posts_timed']} posts)"
            print(f"{n:>6}  {name:<34} {r['build_s']:>8.3f} {r['us_per_post']:>9.1f} "
                  f"{r['matches']:>8} {r.get('posts_differing', 0):>6} "
                  f"{r.get('memory_kib', '-'):>8}{timed}")
    for n, rows in report["sizes"].items():
        for name, r in rows.items():
            if r.get("differing_forms"):
                print(f"N={n} {name}: +found/-missed vs pyahocorasick: {', '.join(r['differing_forms'])}")
    pl = report["pattern_lexicons"]
    print(f"Pattern lexicons ({', '.join(pl['files'])}; {pl['chars']} characters): "
          + "; ".join(f"{e}: compile {pl[e]['build_s']:.3f} s, {pl[e]['us_per_post']:.1f} µs/post, "
                      f"{pl[e]['matches']} matches" for e in ("re", "regex")))
    print("flashtext:", report["flashtext"])
    for f in report["failures"]:
        print("DISAGREEMENT:", f)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="dev posts only, N = 100 and 1,000")
    args = ap.parse_args(argv)
    sizes = (100, 1000) if args.quick else (100, 1000, 10000, 50000)
    start = time.perf_counter()
    report = run(sizes, load_posts(args.quick), budget=0.5 if args.quick else 3.0)
    report.update(quick=args.quick, seconds=round(time.perf_counter() - start, 1),
                  python=platform.python_version(), machine=platform.machine())
    print_table(report)
    if not args.quick:
        RESULTS.parent.mkdir(exist_ok=True)
        RESULTS.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", "utf-8")
    print(f"{report['seconds']} s")
    return 1 if report["failures"] else 0


if __name__ == "__main__":
    sys.exit(main())
