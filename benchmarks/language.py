"""Insult and hate-speech detection on third-party French data (../shared/data/).

    python3 benchmarks/language.py            # both data sets
    python3 benchmarks/language.py -v         # also list some misses per functionality

- hatecheck-fr (Multilingual HateCheck, CC BY 4.0): per functionality, the share of cases
  *flagged* (verdict `review` or `block`: a finding of severity warning or error) and, for the
  functionalities where nothing should be aimed at anyone (profanity that is not hateful,
  counter-speech, quoting/denouncing), the share left clean.
- mlma-fr (MLMA tweets, MIT): the share of offensive/abusive/hateful/disrespectful tweets
  flagged and the share of `normal` tweets left clean.
Posts are checked as public, author unknown. Figures go to benchmarks/results/language.json.
The data stay where they are: nothing is copied into the project.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from postcheck import Checker  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
CLEAN_EXPECTED = ("profanity_nh", "counter_quote_nh", "counter_ref_nh")
SPELLING = ("spell_char_del_h", "spell_char_swap_h", "spell_leet_h", "spell_space_add_h",
            "spell_space_del_h")
OFFENSIVE = {"offensive", "abusive", "hateful", "disrespectful"}


def flagged(result) -> bool:
    return result.verdict in ("review", "block")


def hatecheck(checker, verbose=False) -> dict:
    path = DATA / "hatecheck-fr" / "hatecheck_cases_final_french.csv"
    rows = [r for r in csv.DictReader(path.open(encoding="utf-8")) if r["test_case"].strip(" -")]
    results = checker.check_many({"id": r["mhc_case_id"], "text": r["test_case"]} for r in rows)
    by_func: dict[str, list] = defaultdict(lambda: [0, 0, []])
    for row, res in zip(rows, results):
        entry = by_func[row["functionality"]]
        entry[0] += flagged(res)
        entry[1] += 1
        wrong = flagged(res) != (row["label_gold"] == "hateful")
        if wrong and len(entry[2]) < 5:
            entry[2].append(row["mhc_case_id"])
    report = {}
    for func in sorted(by_func):
        hit, total, misses = by_func[func]
        report[func] = {"cases": total, "flagged": round(hit / total, 3),
                        "gold": "hateful" if func.endswith("_h") else "non-hateful"}
        if verbose:
            report[func]["examples_wrong"] = misses
    clean = [by_func[f] for f in CLEAN_EXPECTED]
    spell = [by_func[f] for f in SPELLING]
    report["_summary"] = {
        "not_flagged_profanity_counter_speech": round(1 - sum(e[0] for e in clean) / sum(e[1] for e in clean), 3),
        "flagged_spelling_variations": round(sum(e[0] for e in spell) / sum(e[1] for e in spell), 3),
    }
    return report


def mlma(checker) -> dict:
    path = DATA / "mlma-fr" / "fr_dataset.csv"
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    results = checker.check_many({"id": r["HITId"], "text": r["tweet"]} for r in rows)
    hostile = [0, 0]
    normal = [0, 0]
    for row, res in zip(rows, results):
        labels = set(row["sentiment"].split("_"))
        if labels == {"normal"}:
            normal[0] += not flagged(res)
            normal[1] += 1
        elif labels & OFFENSIVE:
            hostile[0] += flagged(res)
            hostile[1] += 1
    return {"offensive_abusive_hateful_disrespectful": {"tweets": hostile[1], "flagged": round(hostile[0] / hostile[1], 3)},
            "normal": {"tweets": normal[1], "left_clean": round(normal[0] / normal[1], 3)}}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    checker = Checker()
    out = {}
    if (DATA / "hatecheck-fr").is_dir():
        out["hatecheck-fr"] = hc = hatecheck(checker, args.verbose)
        print("== hatecheck-fr: share flagged (warning or error) per functionality")
        for func, v in hc.items():
            if not func.startswith("_"):
                print(f"  {func:<22} {v['gold']:<12} {v['cases']:>4}  flagged {v['flagged']:.3f}"
                      + (f"   wrong: {' '.join(v['examples_wrong'])}" if args.verbose and v.get('examples_wrong') else ""))
        s = hc["_summary"]
        print(f"  profanity / counter-speech / denouncing left unflagged: {s['not_flagged_profanity_counter_speech']:.3f}")
        print(f"  spelling variations (leet, spaces, dropped/swapped letters) flagged: {s['flagged_spelling_variations']:.3f}")
    if (DATA / "mlma-fr").is_dir():
        out["mlma-fr"] = m = mlma(checker)
        o, n = m["offensive_abusive_hateful_disrespectful"], m["normal"]
        print(f"== mlma-fr: hostile tweets flagged {o['flagged']:.3f} ({o['tweets']}), "
              f"normal tweets left clean {n['left_clean']:.3f} ({n['tweets']})")
    (ROOT / "benchmarks" / "results" / "language.json").write_text(
        json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
