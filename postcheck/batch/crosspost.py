"""Cross-post signals: what no single post shows.

- `crosspost-raid`: several authors aim hostile posts at the same person or service within a
  few days (a raid, CP 222-33-2-2);
- `crosspost-repeat-patient-naming`: one author makes patients identifiable again and again;
- `crosspost-same-patient`: one patient is identifiable in several posts.

Definitions, messages and references live in crosspost.yaml. People are compared through
the salted identity keys the workers computed (mask.identity_key), so this index never
holds a name unless the user asked for `--show-identifiers`. Memory grows with the number of
distinct identities named in flagged posts, not with the number of posts.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

from .facts import crosspost_config

MAX_ENTRIES = 5000   # per identity: a name that common is no longer a signal


class CrossPostIndex:
    def __init__(self, references: dict | None = None):
        self.config = crosspost_config()
        self.specs = {f["id"]: f for f in self.config["findings"]}
        self.references = references or {}
        self.targets: dict = defaultdict(list)    # key -> [(day, author, index, id, line)]
        self.patients: dict = defaultdict(list)   # key -> [(index, id, line, author)]
        self.naming: dict = defaultdict(list)     # author -> [(index, id, line)]
        self.labels: dict = {}
        self.names: dict = {}

    def add(self, facts: dict) -> None:
        if not (facts["targets"] or facts["patients"] or facts.get("names")):
            return          # most posts name no one this index follows
        author, ref = facts["author"], (facts["index"], facts["id"], facts["line"])
        day = dt.date.fromisoformat(facts["date"]).toordinal() if facts["date"] else None
        for key, label in facts["targets"]:
            self.labels.setdefault(key, label)
            if author and len(self.targets[key]) < MAX_ENTRIES:
                self.targets[key].append((day, author, *ref))
        for key, label in facts["patients"]:
            self.labels.setdefault(key, label)
            if len(self.patients[key]) < MAX_ENTRIES:
                self.patients[key].append((*ref, author))
        if facts["patients"] and author and len(self.naming[author]) < MAX_ENTRIES:
            self.naming[author].append(ref)
        self.names.update(facts.get("names") or {})

    # -- detection -----------------------------------------------------------------------
    def findings(self) -> list[dict]:
        out = self._raids() + self._repeat_naming() + self._same_patient()
        return sorted(out, key=lambda f: (f["lines"][0], f["rule"]))

    def _raids(self) -> list[dict]:
        spec = self.specs["crosspost-raid"]
        window, minimum = spec["params"]["window_days"], spec["params"]["min_authors"]
        out = []
        for key, entries in self.targets.items():
            if len({e[1] for e in entries}) < minimum:
                continue
            dated = sorted((e for e in entries if e[0] is not None), key=lambda e: (e[0], e[2]))
            for cluster in _clusters(dated, window, minimum):
                out.append(self._raid(spec, key, cluster))
            undated = [e for e in entries if e[0] is None]
            if len({e[1] for e in undated}) >= minimum:
                out.append(self._raid(spec, key, undated))
        return out

    def _raid(self, spec, key, entries) -> dict:
        entries = sorted(entries, key=lambda e: e[2])
        authors = sorted({e[1] for e in entries})
        days = [e[0] for e in entries if e[0] is not None]
        span = (max(days) - min(days) + 1) if days else "?"
        extra = {"authors": authors, "target": self._target(key)}
        if days:
            extra.update({"from": dt.date.fromordinal(min(days)).isoformat(),
                          "to": dt.date.fromordinal(max(days)).isoformat()})
        return self._finding(spec, [(e[2], e[3], e[4]) for e in entries], extra,
                             authors=len(authors), target=self._target(key), days=span)

    def _repeat_naming(self) -> list[dict]:
        spec = self.specs["crosspost-repeat-patient-naming"]
        out = []
        for author, refs in self.naming.items():
            if len(refs) >= spec["params"]["min_posts"]:
                out.append(self._finding(spec, refs, {"authors": [author]}, author=author,
                                         posts=len(refs)))
        return out

    def _same_patient(self) -> list[dict]:
        spec = self.specs["crosspost-same-patient"]
        out = []
        for key, entries in self.patients.items():
            if len({e[0] for e in entries}) >= spec["params"]["min_posts"]:
                authors = sorted({e[3] for e in entries if e[3]})
                out.append(self._finding(spec, [e[:3] for e in entries],
                                         {"authors": authors, "target": self._target(key)},
                                         target=self._target(key), posts=len(entries),
                                         authors=len(authors) or "?"))
        return out

    def _target(self, key: str) -> str:
        if key in self.names:
            return self.names[key]
        return f"{self.labels.get(key, '[NOM]')} #{key[:6]}"

    def _finding(self, spec, refs, extra, **values) -> dict:
        refs = sorted(set(refs))
        references = []
        for ref_id in spec["references"]:
            ref = self.references.get(ref_id, {})
            references.append({"id": ref_id, "title": ref.get("title", ""),
                               "url": ref.get("url", "")})
        return {"rule": spec["id"], "code": spec["code"], "name": spec["name"],
                "severity": spec["severity"],
                "message": " ".join(spec["message"].format(**values).split()),
                "suggestion": " ".join(spec["suggestion"].split()),
                "references": references, "questions": list(spec["questions"]),
                "posts": [r[1] for r in refs], "lines": [r[2] for r in refs], **extra}


def _clusters(entries, window: int, minimum: int):
    """Maximal runs of entries where some `window`-day stretch holds `minimum` authors."""
    clusters, current, start = [], None, 0
    authors: Counter = Counter()
    for end, entry in enumerate(entries):
        authors[entry[1]] += 1
        while entry[0] - entries[start][0] >= window:
            authors[entries[start][1]] -= 1
            if not authors[entries[start][1]]:
                del authors[entries[start][1]]
            start += 1
        if len(authors) >= minimum:
            if current is not None and start <= current[1]:
                current[1] = end
            else:
                current = [start, end]
                clusters.append(current)
    return [entries[a:b + 1] for a, b in clusters]
