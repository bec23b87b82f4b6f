"""How the language rules behave on third-party French hate-speech data.

    python3 benchmarks/language.py

- hatecheck-fr (Multilingual HateCheck, French): per functionality, the share of cases a
  language rule (codes PC2xx: insults, contempt, hostility, threats,
  defamation, harassment) flags at warning or error level. For the non-hateful
  functionalities (profanity not aimed at anyone, counter-speech, denouncing an insult...)
  the figure to keep low is that share; for the hateful ones, to keep high.
- mlma-fr (real tweets): share of offensive/abusive/hateful tweets flagged (warning or error,
  any rule) and share of `normal` tweets left with verdict `ok`.
Posts are checked as public, author unknown. Writes benchmarks/results/language.json.
"""
from __future__ import annotations

import csv
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data"

from postcheck import Checker  # noqa: E402

NOT_INSULT_GROUPS = {"profanity_nh", "counter_quote_nh", "counter_ref_nh"}
SPELLING_GROUPS = {"spell_char_swap_h", "spell_char_del_h", "spell_space_del_h",
                   "spell_space_add_h", "spell_leet_h"}


def language_flag(result) -> bool:
    return any(f.code.startswith("PC2") and f.severity in ("warning", "error")
               for f in result.findings or ())


def hatecheck(checker) -> dict:
    rows = list(csv.DictReader((DATA / "hatecheck-fr" / "hatecheck_cases_final_french.csv")
                               .open(encoding="utf-8")))
    results = checker.check_many({"text": r["test_case"]} for r in rows)
    flagged, total = defaultdict(int), defaultdict(int)
    gold = {}
    for row, result in zip(rows, results):
        f = row["functionality"]
        total[f] += 1
        flagged[f] += language_flag(result)
        gold[f] = row["label_gold"]
    per = {f: {"label": gold[f], "n": total[f], "flagged": round(flagged[f] / total[f], 3)}
           for f in sorted(total)}

    def share(groups, want_flag):
        n = sum(total[g] for g in groups)
        hit = sum(flagged[g] if want_flag else total[g] - flagged[g] for g in groups)
        return round(hit / n, 3)

    return {"per_functionality": per,
            "not_insult_cases_left_unflagged": share(NOT_INSULT_GROUPS, False),
            "spelling_variants_flagged": share(SPELLING_GROUPS, True)}


def mlma(checker) -> dict:
    rows = list(csv.DictReader((DATA / "mlma-fr" / "fr_dataset.csv").open(encoding="utf-8")))
    results = checker.check_many({"text": r["tweet"]} for r in rows)
    hostile = hostile_flagged = normal = normal_ok = 0
    for row, result in zip(rows, results):
        labels = set(row["sentiment"].split("_"))
        if result.error:
            continue
        if labels & {"offensive", "abusive", "hateful"}:
            hostile += 1
            hostile_flagged += result.verdict in ("block", "review")
        elif labels == {"normal"}:
            normal += 1
            normal_ok += result.verdict == "ok"
    return {"hostile_tweets": hostile, "hostile_flagged": round(hostile_flagged / hostile, 3),
            "normal_tweets": normal, "normal_left_ok": round(normal_ok / normal, 3)}


def main():
    checker = Checker()
    report = {"hatecheck_fr": hatecheck(checker), "mlma_fr": mlma(checker)}
    out = ROOT / "benchmarks" / "results" / "language.json"
    out.write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    hc = report["hatecheck_fr"]
    for f, s in hc["per_functionality"].items():
        print(f"{f:<22} {s['label']:<12} n={s['n']:<4} flagged {s['flagged']:.3f}")
    print(f"profanity/counter-speech/denouncing left unflagged: {hc['not_insult_cases_left_unflagged']:.3f}")
    print(f"spelling variants (hateful) flagged:               {hc['spelling_variants_flagged']:.3f}")
    print(json.dumps(report["mlma_fr"]))


if __name__ == "__main__":
    main()
