"""The HTML report for a communication team: totals, where the risks concentrate (by rule,
legal reference, author, service, month), cross-post signals, and the posts to review with
their flagged passages highlighted and identifiers masked.

It is built from the workers' facts as they stream by; memory is bounded by the number of
distinct rules/authors/services/months and by `max_listed` excerpts, not by the input size.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from pathlib import Path

from . import charts

SEVERITY_LABELS = {"error": "erreur", "warning": "attention", "info": "conseil"}
VERDICT_LABELS = {"block": "à bloquer", "review": "à revoir", "ok": "sans problème"}


class ReportBuilder:
    def __init__(self, ruleset=None, max_listed: int = 2000, max_errors: int = 500):
        self.ruleset = ruleset
        self.max_listed, self.max_errors = max_listed, max_errors
        self.totals: Counter = Counter()
        self.by_rule: Counter = Counter()
        self.rule_info: dict = {}
        self.by_ref: Counter = Counter()
        self.by_author: dict = defaultdict(Counter)
        self.by_service: dict = defaultdict(Counter)
        self.by_month: dict = defaultdict(Counter)
        self.listed: list = []
        self.errors: list = []

    def add(self, facts: dict) -> None:
        self.totals["records"] += 1
        if facts["error"]:
            self.totals["errors"] += 1
            if len(self.errors) < self.max_errors:
                self.errors.append({"line": facts["line"], "id": facts["id"], **facts["error"]})
            return
        verdict = facts["verdict"]
        self.totals[verdict] += 1
        for rule in {f[0] for f in facts["findings"]}:
            self.by_rule[rule] += 1
        for rule, code, severity, refs in facts["findings"]:
            self.rule_info.setdefault(rule, (code, severity))
        for ref in {r for f in facts["findings"] for r in f[3]}:
            self.by_ref[ref] += 1
        if facts["author"]:
            self.by_author[facts["author"]].update(["posts", verdict])
        if facts["service"]:
            self.by_service[facts["service"]].update(["posts", verdict])
        month = facts["date"][:7] if facts["date"] else None
        if month:
            self.by_month[month].update([verdict])
        else:
            self.totals["undated"] += 1
        if facts["excerpt"] is not None:
            if len(self.listed) < self.max_listed:
                self.listed.append(facts)
            else:
                self.totals["not_listed"] += 1

    # -- rendering -----------------------------------------------------------------------
    def context(self, crosspost: list, meta: dict) -> dict:
        rules = []
        for rule_id, count in self.by_rule.most_common():
            code, severity = self.rule_info[rule_id]
            rule = self.ruleset.rule(rule_id) if self.ruleset else None
            rules.append({"id": rule_id, "code": code, "severity": severity, "count": count,
                          "name": rule.name if rule else rule_id})
        refs = []
        for ref_id, count in self.by_ref.most_common():
            ref = (self.ruleset.references if self.ruleset else {}).get(ref_id, {})
            refs.append({"id": ref_id, "count": count, "title": ref.get("title", ""),
                         "url": ref.get("url", "")})
        months = sorted(self.by_month.items())
        rule_names = {r["id"]: r["name"] for r in rules}
        return {
            "meta": meta, "totals": self.totals, "rules": rules, "refs": refs,
            "authors": _table(self.by_author), "services": _table(self.by_service),
            "months": months, "crosspost": crosspost, "listed": self.listed,
            "errors": self.errors, "rule_names": rule_names,
            "severity_labels": SEVERITY_LABELS, "verdict_labels": VERDICT_LABELS,
            "chart_months": charts.stacked_columns("Publications par mois", months),
            "chart_rules": charts.horizontal_bars(
                "Publications signalées par règle",
                [(f"{r['code']} {r['name']}", r["count"]) for r in rules[:20]]),
            "chart_refs": charts.horizontal_bars(
                "Publications par texte de loi", [(r["id"], r["count"]) for r in refs[:20]],
                color="#6a1b9a"),
        }

    def render(self, crosspost: list, meta: dict) -> str:
        import jinja2

        env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(Path(__file__).with_name("templates"))),
            autoescape=True, trim_blocks=True, lstrip_blocks=True)
        meta = {"generated": dt.datetime.now().strftime("%d/%m/%Y %H:%M"), **meta}
        return env.get_template("report.html.j2").render(**self.context(crosspost, meta))


def _table(groups: dict, limit: int = 50) -> list[dict]:
    """Rows sorted by how many posts need attention; the first `limit` only."""
    rows = [{"name": name, "posts": c["posts"], "block": c["block"], "review": c["review"]}
            for name, c in groups.items()]
    rows.sort(key=lambda r: (-(r["block"] + r["review"]), -r["posts"], r["name"]))
    return rows[:limit]
