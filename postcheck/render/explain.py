"""`postcheck rules` and `postcheck explain RULE`: rule documentation with fixed sections."""
from __future__ import annotations

from ..rules.loader import Ruleset
from ..rules.model import Rule
from .text import SEVERITY_LABELS

AUDIENCE_LABELS = {"public": "publique", "restreint": "restreinte"}


def render_rule_list(ruleset: Ruleset) -> str:
    rows = [(r.code, r.id, SEVERITY_LABELS[r.severity], r.name) for r in ruleset.rules]
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    lines = [f"{c:<{widths[0]}}  {i:<{widths[1]}}  {s:<{widths[2]}}  {n}" for c, i, s, n in rows]
    return "\n".join(lines)


def _example_text(example) -> str:
    if isinstance(example, dict):
        extra = ", ".join(f"{k} : {v}" for k, v in example.items() if k != "text")
        return example["text"] + (f"  ({extra})" if extra else "")
    return str(example)


def render_explanation(rule: Rule, ruleset: Ruleset) -> str:
    doc = rule.doc
    out = [f"{rule.code} {rule.id} — {rule.name}",
           f"Gravité : {SEVERITY_LABELS[rule.severity]}"]
    if rule.professions:
        out.append(f"S'applique aux professions : {', '.join(rule.professions)}")
    if rule.audiences:
        out.append("Publication : " + ", ".join(AUDIENCE_LABELS[a] for a in rule.audiences))
    sections = [("Ce que la règle détecte", doc.get("what") or rule.message),
                ("Pourquoi c'est risqué", doc.get("why")),
                ("Message affiché", rule.message),
                ("Que faire à la place", doc.get("instead") or rule.suggestion),
                ("Faux positifs connus", doc.get("false_positives"))]
    for title, body in sections:
        if body:
            out += ["", f"## {title}", body.strip()]
    out += ["", "## Exemples signalés"] + [f"  ✗ {_example_text(e)}" for e in rule.examples["bad"]]
    out += ["", "## Exemples acceptés"] + [f"  ✓ {_example_text(e)}" for e in rule.examples["good"]]
    if rule.questions:
        out += ["", "## Questions à se poser"]
        out += [f"  {n}. {ruleset.questions.get(n, '')}" for n in rule.questions]
    if rule.references:
        out += ["", "## Textes"]
        for ref in rule.references:
            data = ruleset.references[ref.id]
            cond = []
            if ref.professions:
                cond.append("si l'auteur est " + " ou ".join(ref.professions))
            if ref.audiences:
                cond.append("si la publication est " + " ou ".join(AUDIENCE_LABELS[a] for a in ref.audiences))
            out.append(f"  {ref.id} — {data['title']}" + (f" ({', '.join(cond)})" if cond else ""))
            if data.get("summary"):
                out.append(f"      {data['summary']}")
            if data.get("penalty"):
                out.append(f"      Sanction : {data['penalty']}")
            out.append(f"      {data['url']}")
    return "\n".join(out)
