"""Apply rules to the signals of one post. Rules decide; they never look at the text itself."""
from __future__ import annotations

from ..model import AttachmentEvidence, Finding, Post, Reference, Signal, Span, severity_rank
from . import conditions
from .conditions import parse_pattern
from .loader import Ruleset
from .model import Rule


def apply_rules(ruleset: Ruleset, post: Post, signals: list[Signal]) -> list[Finding]:
    fired: dict[str, Finding] = {}
    index = conditions.SignalIndex(signals)
    for rule in _candidates(ruleset, post.profession, post.audience, frozenset(index.by_kind)):
        holds, matched = conditions.evaluate(rule.when, index)
        if holds:
            fired[rule.id] = _finding(ruleset, rule, post, signals, matched)
    findings = [f for rule in ruleset.rules if (f := fired.get(rule.id))
                and not any(s in fired for s in rule.suppressed_by)]
    findings.sort(key=lambda f: (-severity_rank(f.severity), f.spans[0].start if f.spans else 0))
    return findings


_CANDIDATES: dict[tuple, tuple[Ruleset, tuple[Rule, ...]]] = {}


def _candidates(ruleset: Ruleset, profession, audience, kinds: frozenset) -> tuple[Rule, ...]:
    """The rules that apply to this author and audience and may hold with signals of these
    kinds. Posts share few combinations, so the answer is kept (bounded): checking thirty
    rules' conditions against the kinds on every post was most of the engine's cost."""
    key = (id(ruleset), profession, audience, kinds)
    hit = _CANDIDATES.get(key)
    if hit is not None and hit[0] is ruleset:
        return hit[1]
    rules = tuple(rule for rule in ruleset.rules if rule.applies_to(profession, audience)
                  and conditions.may_hold(rule.when, kinds))
    if len(_CANDIDATES) >= 4096:
        _CANDIDATES.clear()
    _CANDIDATES[key] = (ruleset, rules)
    return rules


def _finding(ruleset: Ruleset, rule: Rule, post: Post, signals, matched) -> Finding:
    if rule.spans:
        patterns = [parse_pattern(p) for p in rule.spans]
        chosen = [s for s in signals if any(p.matches(s) for p in patterns)]
    else:
        chosen = list(matched)
    spans = _merge_spans(post.text, [s for s in chosen if s.source is None])
    attachments = _attachment_evidence([s for s in chosen if s.source is not None])
    references = tuple(
        Reference(ref.id, ruleset.references[ref.id]["title"], ruleset.references[ref.id]["url"])
        for ref in rule.references if ref.applies(post.profession, post.audience))
    return Finding(rule.id, rule.code, rule.severity, rule.message, spans, references,
                   rule.questions, rule.suggestion, attachments)


def _attachment_evidence(signals: list[Signal]) -> tuple[AttachmentEvidence, ...]:
    """Evidence from attached images, one entry per distinct (image, kind, passage)."""
    out: dict[tuple, AttachmentEvidence] = {}
    for s in sorted(signals, key=lambda s: (s.source, s.start, s.end)):
        number = int(str(s.source).rpartition(":")[2] or 0)
        item = AttachmentEvidence(number, s.kind, s.attrs.get("excerpt"))
        out.setdefault((item.attachment, item.kind, item.text), item)
    return tuple(out.values())


def _merge_spans(text: str, signals: list[Signal]) -> tuple[Span, ...]:
    """Distinct spans in reading order; a span inside a longer one is dropped."""
    ranges = sorted({(s.start, s.end) for s in signals}, key=lambda r: (r[0], -r[1]))
    kept: list[tuple[int, int]] = []
    for start, end in ranges:
        if kept and start >= kept[-1][0] and end <= kept[-1][1]:
            continue
        kept.append((start, end))
    return tuple(Span(a, b, text[a:b]) for a, b in kept)
