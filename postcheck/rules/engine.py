"""Apply rules to the signals of one post. Rules decide; they never look at the text itself."""
from __future__ import annotations

from operator import itemgetter

from ..model import AttachmentEvidence, Finding, Post, Reference, Signal, Span, severity_rank
from . import conditions
from .compiled import SignalIndex, compile_condition, selector
from .conditions import _present, parse_pattern
from .loader import Ruleset
from .model import Rule


class _Prepared:
    """What a rule needs on every post, worked out once per author, audience and set of signal
    kinds: its condition compiled for those kinds, the selectors of its spans that may find
    something, and the references that apply."""
    __slots__ = ("rule", "test", "spans", "references", "rank", "suppressed_by")

    def __init__(self, ruleset: Ruleset, rule: Rule, test, profession, audience, kinds):
        self.rule, self.test = rule, test
        self.suppressed_by = tuple(rule.suppressed_by)
        self.spans = tuple(selector(p) for p in map(parse_pattern, rule.spans)
                           if _present(p.kind, kinds))
        self.references = tuple(
            Reference(ref.id, ruleset.references[ref.id]["title"],
                      ruleset.references[ref.id]["url"])
            for ref in rule.references if ref.applies(profession, audience))
        self.rank = -severity_rank(rule.severity)


def apply_rules(ruleset: Ruleset, post: Post, signals: list[Signal]) -> list[Finding]:
    index = SignalIndex(signals)
    fired: dict[str, tuple[_Prepared, Finding]] = {}
    for prepared in _candidates(ruleset, post.profession, post.audience,
                                frozenset(index.by_kind)):
        matched = prepared.test(index)
        if matched is not None:
            fired[prepared.rule.id] = (prepared, _finding(prepared, post, index, matched))
    if not fired:
        return []
    # Candidates keep the ruleset's order, and rule ids are unique (the loader sees to it).
    kept = [(prepared.rank, f.spans[0].start if f.spans else 0, f)
            for prepared, f in fired.values() if fired.keys().isdisjoint(prepared.suppressed_by)]
    if len(kept) > 1:
        kept.sort(key=_RANK_THEN_START)
    return [f for _, _, f in kept]


_RANK_THEN_START = itemgetter(0, 1)


_CANDIDATES: dict[tuple, tuple[Ruleset, tuple[_Prepared, ...]]] = {}


def _candidates(ruleset: Ruleset, profession, audience, kinds: frozenset):
    """The rules that apply to this author and audience and may hold with signals of these
    kinds. Posts share few combinations, so the answer is kept (bounded): checking thirty
    rules' conditions against the kinds on every post was most of the engine's cost."""
    key = (id(ruleset), profession, audience, kinds)
    hit = _CANDIDATES.get(key)
    if hit is not None and hit[0] is ruleset:
        return hit[1]
    looks = _Looks.of(ruleset)
    masks = [looks.mask(kind) for kind in kinds]
    rules = []
    for n, rule in enumerate(ruleset.rules):
        if not rule.applies_to(profession, audience):
            continue
        seen = frozenset([kind for kind, mask in zip(kinds, masks) if mask >> n & 1])
        prepared = looks.prepared.get((n, profession, audience, seen), _UNKNOWN)
        if prepared is _UNKNOWN:
            prepared = looks.prepared[n, profession, audience, seen] = _prepare(
                ruleset, rule, profession, audience, seen)
        if prepared is not None:
            rules.append(prepared)
    if len(_CANDIDATES) >= 4096:
        _CANDIDATES.clear()
        looks.prepared.clear()
    _CANDIDATES[key] = (ruleset, tuple(rules))
    return _CANDIDATES[key][1]


def _prepare(ruleset: Ruleset, rule: Rule, profession, audience, kinds) -> _Prepared | None:
    if conditions.may_hold(rule.when, kinds):
        test = compile_condition(rule.when, kinds)
        if test is not None:
            return _Prepared(ruleset, rule, test, profession, audience, kinds)
    return None


_UNKNOWN = object()


class _Looks:
    """Which rules of a ruleset look at which signal kinds (through the kind patterns of their
    condition and spans). A rule's _Prepared depends on a post's kinds only through the ones
    it looks at, so it is kept per those: a new set of kinds on a post (600 in 5,000 posts)
    no longer means compiling all the rules again (0.12 ms a set)."""
    _current: "_Looks | None" = None

    def __init__(self, ruleset: Ruleset):
        self.ruleset = ruleset
        self.patterns = [frozenset(_kind_patterns(rule.when)) | frozenset(
            parse_pattern(p).kind for p in rule.spans) for rule in ruleset.rules]
        self.masks: dict[str, int] = {}     # kind -> bit n set when rule n looks at it
        self.prepared: dict[tuple, _Prepared | None] = {}

    @classmethod
    def of(cls, ruleset: Ruleset) -> "_Looks":
        if cls._current is None or cls._current.ruleset is not ruleset:
            cls._current = cls(ruleset)
        return cls._current

    def mask(self, kind: str) -> int:
        mask = self.masks.get(kind)
        if mask is None:
            alone = frozenset([kind])
            mask = self.masks[kind] = sum(1 << n for n, patterns in enumerate(self.patterns)
                                          if any(_present(p, alone) for p in patterns))
        return mask


def _kind_patterns(spec):
    """Every kind pattern in a condition (same reading as compiled.compile_condition)."""
    if isinstance(spec, dict) and ("all" in spec or "any" in spec or "not" in spec):
        items = spec["all"] if "all" in spec else spec["any"] if "any" in spec else [spec["not"]]
        for item in items:
            yield from _kind_patterns(item)
    elif isinstance(spec, dict) and ("near" in spec or "at_least" in spec):
        for item in spec["near"] if "near" in spec else spec["of"]:
            yield parse_pattern(item).kind
    else:
        yield parse_pattern(spec).kind


def _finding(prepared: _Prepared, post: Post, index: SignalIndex, matched) -> Finding:
    spans = prepared.spans
    if not prepared.rule.spans:
        chosen = matched
    elif not spans:
        chosen = ()
    elif len(spans) == 1 and not spans[0].globbed:
        chosen = spans[0](index) or ()     # a single kind: already in the post's order
    else:
        picked = set()
        for select in spans:
            picked.update(map(id, select(index) or ()))
        chosen = [s for s in index.signals if id(s) in picked]
    images = [s for s in chosen if s.attrs.get("source") is not None]   # rare: attachments
    texts = [s for s in chosen if s.attrs.get("source") is None] if images else chosen
    rule = prepared.rule
    return Finding(rule.id, rule.code, rule.severity, rule.message,
                   _merge_spans(post.text, texts), prepared.references, rule.questions,
                   rule.suggestion, _attachment_evidence(images) if images else ())


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
    if not signals:
        return ()
    if len(signals) == 1:     # most findings rest on one signal
        s = signals[0]
        return (Span(s.start, s.end, text[s.start:s.end]),)
    # Sorting (start, -end) puts a longer span before the ones it contains.
    kept: list[tuple[int, int]] = []
    for start, end in sorted({(s.start, -s.end) for s in signals}):
        end = -end
        if kept and end <= kept[-1][1]:       # start >= the kept start: sorted
            continue
        kept.append((start, end))
    return tuple(Span(a, b, text[a:b]) for a, b in kept)
