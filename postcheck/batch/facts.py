"""The small, text-free facts about one checked post that travel from a worker to the
report and the cross-post analysis: verdict, rules, references, author/service/date, salted
identity keys, and (for the HTML report only) a masked excerpt."""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from pathlib import Path

import yaml

from . import mask

_DMY = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")


@lru_cache(maxsize=1)
def crosspost_config() -> dict:
    """The cross-post findings' data file (kept next to this module)."""
    return yaml.safe_load((Path(__file__).with_name("crosspost.yaml")).read_text("utf-8"))


def _has_prefix(ref_ids, prefixes) -> bool:
    return any(r.startswith(p) for r in ref_ids for p in prefixes)


# What crosspost.yaml makes of a reference id and of a signal kind, worked out once per
# process: every post asks again about the same few dozen of them.
_REFERENCES: dict[str, tuple[bool, bool]] = {}      # id -> (hostile, secrecy)
_KINDS: dict[str, tuple[bool, bool, bool]] = {}     # kind -> (hostile, body, identity)


def _reference(ref_id: str) -> tuple[bool, bool]:
    flags = _REFERENCES.get(ref_id)
    if flags is None:
        config = crosspost_config()
        flags = _REFERENCES[ref_id] = (
            _has_prefix((ref_id,), config["hostile"]["reference_prefixes"]),
            _has_prefix((ref_id,), config["secrecy"]["reference_prefixes"]))
    return flags


def _kind(kind: str) -> tuple[bool, bool, bool]:
    flags = _KINDS.get(kind)
    if flags is None:
        config = crosspost_config()
        flags = _KINDS[kind] = (mask.kind_matches(kind, config["hostile"]["signal_kinds"]),
                                mask.kind_matches(kind, config["identities"]["body_kinds"]),
                                mask.kind_matches(kind, config["identities"]["kinds"]))
    return flags


def parse_date(value) -> str | None:
    """ISO 8601 (`2024-03-05`, `2024-03-05T08:00:00Z`) or French `05/03/2024`, as a day."""
    if value in (None, ""):
        return None
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        pass
    m = _DMY.match(text)
    if m:
        try:
            return dt.date(int(m[3]), int(m[2]), int(m[1])).isoformat()
        except ValueError:
            return None
    return None


def _field(row, options, name) -> str | None:
    if not isinstance(row, dict):
        return None
    for column in options.candidates[name]:
        value = row.get(column)
        if value not in (None, "") and not isinstance(value, (dict, list)):
            return str(value).strip()[:200] or None
    return None


def collect(record, row, post, result, options) -> dict:
    findings = [(f.rule, f.code, f.severity, tuple(r.id for r in f.references))
                for f in result.findings]
    hostile = secrecy = False
    for *_, refs in findings:
        for ref_id in refs:
            is_hostile, is_secret = _reference(ref_id)
            hostile, secrecy = hostile or is_hostile, secrecy or is_secret
    if not hostile:
        hostile = any(_kind(s.kind)[0] for s in result.signals)
    facts = {
        "id": result.id, "index": record.index, "line": record.line, "verdict": result.verdict,
        "error": result.error.to_dict() if result.error else None, "findings": findings,
        "author": _field(row, options, "author"), "service": _field(row, options, "service"),
        "date": parse_date(_field(row, options, "date")), "hostile": hostile,
        "secrecy": secrecy, "targets": [], "patients": [], "names": {}, "excerpt": None,
    }
    if post is None:
        return facts
    if hostile or secrecy:
        _identities(post, result, options, facts)
    if options.wants_excerpts and result.verdict in ("block", "review"):
        highlights = [(sp.start, sp.end, f.severity) for f in result.findings for sp in f.spans]
        intervals = [] if options.show_identifiers else mask.mask_intervals(result.signals)
        facts["excerpt"] = mask.segments(post.text, highlights, intervals)
    return facts


def _identities(post, result, options, facts) -> None:
    """Salted keys of who the post names: as a raid target (hostile posts) and as a patient
    (posts with a secrecy finding, identities inside the finding's spans, not staff)."""
    secret_spans = [(sp.start, sp.end) for f in result.findings
                    if any(_reference(r.id)[1] for r in f.references)
                    for sp in f.spans]
    seen = set()
    for s in result.signals:
        _, is_body, is_identity = _kind(s.kind)
        if not (is_body or is_identity):
            continue
        text = post.text[s.start:s.end]
        key = mask.identity_key(options.salt, s.kind, text)
        if key is None or (key, is_body) in seen:
            continue
        seen.add((key, is_body))
        label = "[SERVICE]" if is_body else mask.placeholder(s.kind)
        if options.show_identifiers:
            facts["names"][key] = text[:80]
        if facts["hostile"]:
            facts["targets"].append((key, label))
        inside = any(a < s.end and s.start < b for a, b in secret_spans)
        if facts["secrecy"] and inside and not is_body and s.attrs.get("role") != "staff":
            facts["patients"].append((key, label))
