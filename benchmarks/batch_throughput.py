"""Throughput and memory of `postcheck batch` (issue 6 budget: ≥ 500 posts/s with --jobs 2 on
the 2-core machine; single process within 1.3× of a bare spaCy NER pass; memory flat).

Every rate is measured in a fresh process, as users run things: `postcheck batch` on the command
line, and bare spaCy in a script of its own. The single-process ratio is given against stock
spaCy (`ratio_bare_over_jobs1`, what a user compares with), against stock spaCy given the
environment postcheck's command line gives itself (`ratio_bare_one_thread_over_jobs1`: no idle
BLAS threads, see postcheck/blas.py) and against spaCy with postcheck's BLAS choice for NER too
(`ratio_bare_numpy_blas_over_jobs1`: what postcheck's own steps cost).

    python3 benchmarks/batch_throughput.py            # 20,000 posts; memory at 20k and 200k
    python3 benchmarks/batch_throughput.py --quick    # 2,000 posts, memory at 2k and 20k

Posts are the dev corpus (../shared/corpus/dev.jsonl) repeated and varied: names of people
swapped for generated ones, digits shifted, endings varied, authors and dates added, so that
identities and caches do not repeat exactly. Results are printed and written as JSON under
benchmarks/results/. Numbers depend on what else runs on the machine: say so when quoting.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpus" / "dev.jsonl"
SURNAMES = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
            "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David",
            "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "Andre", "Mercier"]
ENDINGS = ["", " #IDE", " 🙄", " !", " #garde", " 😅", " (suite demain)", " #soignants"]


def make_posts(n: int, seed: int = 6):
    base = [json.loads(line) for line in CORPUS.read_text("utf-8").splitlines() if line]
    rng = random.Random(seed)
    start = dt.date(2024, 1, 1)
    for i in range(n):
        post = base[i % len(base)]
        text, r = post["text"], i // len(base)
        if r:
            for span in post["expect"]["spans"]:
                words = span.split()
                if words and words[-1][:1].isupper() and words[-1].isalpha():
                    fake = SURNAMES[rng.randrange(len(SURNAMES))] + rng.choice("ae") + \
                        "".join(rng.choice("nrtl") for _ in range(2))
                    text = text.replace(words[-1], fake)
            text = "".join(str((int(c) + r) % 10) if c.isdigit() else c for c in text)
            text += ENDINGS[r % len(ENDINGS)]
        yield {"id": f"{post['id']}-{i}", "text": text, "profession": post["profession"],
               "audience": post["audience"], "platform": post["platform"],
               "author": f"agent{rng.randrange(300)}",
               "date": (start + dt.timedelta(days=rng.randrange(365))).isoformat()}


def write_posts(path: Path, n: int) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for post in make_posts(n):
            fh.write(json.dumps(post, ensure_ascii=False) + "\n")


CHUNK = 128   # posts per NER batch, in postcheck batch and in the bare NER alike


def load_bare_nlp(numpy_blas: bool = False):
    """The same pipeline postcheck runs (tokenizer + ner), without anything of postcheck's:
    stock (thinc's blis), or with the BLAS choice postcheck makes (postcheck/blas.py)."""
    import spacy

    from postcheck.blas import use_numpy_blas
    from postcheck.nlp import _UNUSED_COMPONENTS, MODEL

    nlp = spacy.load(MODEL, exclude=list(_UNUSED_COMPONENTS))
    if numpy_blas:
        use_numpy_blas(nlp)
    list(nlp.pipe(["Échauffement du modèle."] * 50))
    return nlp


def bare_ner_child(kind: str, path: str) -> None:
    """In a fresh process (`--child`): the NER alone over the posts of `path`, in batches of
    CHUNK (postcheck's own batches, and the fastest size for stock spaCy here too; 64: 4 %
    slower, spaCy's default 1000: 15 %). Prints the steady rate, timed as for the CLI."""
    texts = [json.loads(line)["text"] for line in Path(path).read_text("utf-8").splitlines()]
    nlp = load_bare_nlp(numpy_blas=kind == "numpy-blas")
    first = None
    for i, _ in enumerate(nlp.pipe(texts, batch_size=CHUNK)):
        if i == 0:
            first = time.perf_counter()
    print((len(texts) - CHUNK) / (time.perf_counter() - first))


def bare_ner_rate(kind: str, path: Path, one_thread: bool) -> float:
    """Posts/s of bare spaCy NER in a fresh process, as a user runs it (`one_thread`: with
    the environment postcheck's command line gives itself, OPENBLAS_NUM_THREADS=1)."""
    env = _user_env(OPENBLAS_NUM_THREADS="1" if one_thread else None)
    out = subprocess.run([sys.executable, __file__, "--child", kind, str(path)], env=env,
                         cwd=ROOT, capture_output=True, text=True, check=True).stdout
    return float(out.split()[-1])


def cli_rate(path: Path, n: int, jobs: int) -> dict:
    """Run `postcheck batch` as a user does (its own process, JSONL on a pipe) and time the
    records as they arrive. Steady rate: from the first chunk's records to the last record
    (without start-up and model loading, like the bare NER's rate)."""
    cmd = [sys.executable, "-m", "postcheck", "batch", str(path), "--jobs", str(jobs),
           "--format", "jsonl", "--fail-on", "never"]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=_user_env(), stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL)
    first = last = None
    lines = 0
    while data := os.read(proc.stdout.fileno(), 1 << 20):
        last = time.perf_counter()
        first = first or last
        lines += data.count(b"\n")
    if proc.wait() or lines != n:
        raise SystemExit(f"batch failed (exit {proc.returncode}, {lines} of {n} records)")
    wall = time.perf_counter() - t0
    return {"wall_s": round(wall, 2), "posts_per_s_wall": round(n / wall, 1),
            "posts_per_s_steady": round((n - CHUNK) / max(last - first, 1e-9), 1)}


def _median(values) -> float:
    values = sorted(values)
    return round(values[len(values) // 2], 1)


def _user_env(**changes) -> dict:
    """This environment as a user would have it (no BLAS thread setting), with `changes`."""
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    env["PYTHONPATH"] = str(ROOT)
    env.update({k: v for k, v in changes.items() if v is not None})
    return env


def peak_memory(path: Path, jobs: int) -> dict:
    """Run the CLI in a subprocess; sample the RSS of its whole process tree."""
    cmd = [sys.executable, "-m", "postcheck", "batch", str(path), "-o", os.devnull,
           "--jobs", str(jobs), "--fail-on", "never"]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=_user_env(), stderr=subprocess.PIPE)
    peak_total = peak_parent = 0
    while proc.poll() is None:
        tree = _tree_rss(proc.pid)
        peak_total = max(peak_total, sum(tree.values()))
        peak_parent = max(peak_parent, tree.get(proc.pid, 0))
        time.sleep(0.2)
    err = proc.stderr.read().decode()
    if proc.returncode:
        raise SystemExit(f"batch failed ({proc.returncode}): {err[-500:]}")
    return {"wall_s": round(time.perf_counter() - t0, 1),
            "peak_rss_tree_mb": round(peak_total / 2**20), "peak_rss_parent_mb":
            round(peak_parent / 2**20)}


def _tree_rss(root: int) -> dict:
    children, rss = {}, {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
            with open(f"/proc/{entry}/statm") as fh:
                rss[int(entry)] = int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
            children.setdefault(ppid, []).append(int(entry))
        except (OSError, ValueError, IndexError):
            continue
    out, todo = {}, [root]
    while todo:
        pid = todo.pop()
        if pid in rss:
            out[pid] = rss[pid]
        todo.extend(children.get(pid, []))
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument("--rounds", type=int, default=5, help="ratio rounds (median reported)")
    parser.add_argument("--child", nargs=2, metavar=("KIND", "FILE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return bare_ner_child(*args.child)
    n, big = (2_000, 20_000) if args.quick else (20_000, 200_000)
    tmp = Path(tempfile.mkdtemp(prefix="postcheck-bench-"))
    small = tmp / f"posts-{n}.jsonl"
    write_posts(small, n)
    results = {"date": dt.datetime.now().isoformat(timespec="seconds"), "posts": n,
               "cpus": os.cpu_count(), "python": platform.python_version(),
               "load_avg_at_start": os.getloadavg(),
               "protocol": "every rate measured in a fresh process, as users run it; steady "
                           "rates (after the first batch of 128 posts)"}
    # Ratio: bare NER and the single-process batch measured back to back, in rounds; the
    # machine's speed drifts by ±10 % from one minute to the next, so each round gives its own
    # ratios and the median is reported (with every round).
    sub_n = min(n, 5_000)
    subset = tmp / f"posts-{sub_n}.jsonl"
    subset.write_text("".join(small.read_text("utf-8").splitlines(keepends=True)[:sub_n]))
    # Three baselines: stock spaCy as a user runs it (the issue's); stock spaCy given the
    # environment postcheck's command line gives itself (no idle BLAS threads, blas.py); and
    # spaCy with postcheck's BLAS choice as well, so that what postcheck adds beyond its own
    # NER is seen on its own.
    baselines = {"bare_ner": ("stock", False), "bare_ner_one_thread": ("stock", True),
                 "bare_ner_numpy_blas": ("numpy-blas", True)}
    rounds = []
    for _ in range(args.rounds):
        rates = {name: bare_ner_rate(kind, subset, one) for name, (kind, one) in baselines.items()}
        rates["jobs1"] = cli_rate(subset, sub_n, 1)["posts_per_s_steady"]
        rounds.append(rates)
    results["ratio_posts"] = sub_n
    results["ratio_rounds"] = args.rounds
    for name in [*baselines, "jobs1"]:
        results[f"{name}_posts_per_s"] = _median(r[name] for r in rounds)
    for name in baselines:
        ratios = sorted(round(r[name] / r["jobs1"], 3) for r in rounds)
        results[f"ratio_{name.replace('_ner', '')}_over_jobs1"] = ratios[len(ratios) // 2]
        results[f"ratio_{name.replace('_ner', '')}_every_round"] = ratios
    results["best_rates"] = {name: round(max(r[name] for r in rounds), 1) for name in rounds[0]}
    results["jobs1"] = cli_rate(small, n, 1)
    results["jobs2"] = cli_rate(small, n, 2)
    if not args.skip_memory:
        results[f"memory_{n}"] = peak_memory(small, 2)
        large = tmp / f"posts-{big}.jsonl"
        write_posts(large, big)
        results[f"memory_{big}"] = peak_memory(large, 2)
    results["load_avg_at_end"] = os.getloadavg()
    out = ROOT / "benchmarks" / "results" / f"batch_throughput{'-quick' if args.quick else ''}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", "utf-8")
    print(json.dumps(results, indent=2, ensure_ascii=False))
    for path in tmp.iterdir():
        path.unlink()
    tmp.rmdir()


if __name__ == "__main__":
    main()
