"""The small condition language of rules: which signals a rule needs, and which cancel it.

A condition is one of:
- a signal pattern: `"person"`, `"id.*"`, or a mapping
  `{kind: person, role: [patient, unknown], min_score: 0.6}` (attribute filters are lists of
  accepted values; a value may be a shell pattern: `source: "attachment:*"` accepts the
  signals read from any attached image; an attribute whose name is taken, like a target's own
  `kind`, goes under `attrs:`, as in `{kind: target, attrs: {kind: [patient, family]}}`);
- `{all: [c, ...]}`: every sub-condition holds;
- `{any: [c, ...]}`: at least one holds;
- `{not: c}`: c does not hold;
- `{at_least: N, of: [c, ...]}`: N of the listed patterns hold, each on a different signal
  (used for indirect identification: an age *and* a date *and* a town);
- `{near: [p1, p2], within: 80}`: a signal matching pattern p1 and one matching p2 at most
  `within` characters apart (a photo announced *next to* a patient, an insult *at* a name),
  in the same text: the caption, or the text read in one attached image.
Evaluating a condition gives whether it holds and the signals that made it hold.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from fnmatch import fnmatchcase, translate
from typing import Any, Sequence

from ..model import Signal

_KEYWORDS = {"all", "any", "not", "at_least", "near"}
_WILDCARD = frozenset("*?[")


class ConditionError(ValueError):
    pass


@dataclass(frozen=True)
class SignalPattern:
    kind: str
    min_score: float
    attrs: tuple[tuple[str, frozenset], ...]
    _kind_match: Any = field(default=None, compare=False, repr=False)

    def __post_init__(self):
        # Rules run on every post: the kind's glob is compiled once, plain kinds compare equal.
        glob = bool(_WILDCARD.intersection(self.kind))
        object.__setattr__(self, "_kind_match", re.compile(translate(self.kind)).match
                           if glob else self.kind.__eq__)

    def matches(self, s: Signal) -> bool:
        if not self._kind_match(s.kind) or s.score < self.min_score:
            return False
        return all(_accepts(str(s.attrs.get(key)), accepted) for key, accepted in self.attrs)

    def select(self, signals: Sequence[Signal]) -> list[Signal]:
        return [s for s in signals if self.matches(s)]


def _accepts(value: str, accepted: frozenset) -> bool:
    return value in accepted or any("*" in a and fnmatchcase(value, a) for a in accepted)


_PARSED: dict[int, tuple[Any, SignalPattern]] = {}


def parse_pattern(spec: Any) -> SignalPattern:
    """The SignalPattern for a spec, parsed once per spec object (rules keep their specs for
    the life of the ruleset, so the object's id is a stable key while it is held here)."""
    cached = _PARSED.get(id(spec))
    if cached is not None and cached[0] is spec:
        return cached[1]
    pattern = _parse_pattern(spec)
    _PARSED[id(spec)] = (spec, pattern)
    return pattern


def _parse_pattern(spec: Any) -> SignalPattern:
    if isinstance(spec, str):
        return SignalPattern(spec, 0.0, ())
    if isinstance(spec, dict) and "kind" in spec:
        attrs = []
        items = list(spec.items()) + list((spec.get("attrs") or {}).items())
        for key, value in items:
            if key in ("kind", "min_score", "attrs") and (key, value) in spec.items():
                continue
            values = value if isinstance(value, list) else [value]
            attrs.append((key, frozenset(str(v) for v in values)))
        return SignalPattern(spec["kind"], float(spec.get("min_score", 0.0)), tuple(attrs))
    raise ConditionError(f"motif de signal invalide : {spec!r}")


def validate(spec: Any) -> None:
    """Raise ConditionError if `spec` is not a well-formed condition."""
    if isinstance(spec, dict) and _KEYWORDS & spec.keys():
        if "all" in spec or "any" in spec:
            items = spec.get("all", spec.get("any"))
            if not isinstance(items, list) or not items:
                raise ConditionError("'all' et 'any' attendent une liste non vide")
            for item in items:
                validate(item)
        elif "not" in spec:
            validate(spec["not"])
        elif "near" in spec:
            if not isinstance(spec["near"], list) or len(spec["near"]) != 2:
                raise ConditionError("'near' attend deux motifs de signal")
            for item in spec["near"]:
                parse_pattern(item)
            int(spec.get("within", 80))
        else:
            if not isinstance(spec.get("of"), list) or int(spec["at_least"]) < 1:
                raise ConditionError("'at_least' attend un entier et une liste 'of'")
            for item in spec["of"]:
                parse_pattern(item)
        return
    parse_pattern(spec)


_NEEDS: dict[int, tuple[Any, Any]] = {}


def needed_kinds(spec: Any):
    """Kind patterns of which at least one must be present for `spec` to hold, as a list of
    alternatives (each a frozenset of kind patterns, all of which are needed), or None when
    nothing can be said (`not`). Used to skip rules quickly: most posts have few kinds."""
    hit = _NEEDS.get(id(spec))
    if hit is not None and hit[0] is spec:
        return hit[1]
    result = _needed(spec)
    _NEEDS[id(spec)] = (spec, result)
    return result


def _needed(spec: Any):
    if isinstance(spec, dict) and "all" in spec:
        parts = [needed_kinds(item) for item in spec["all"]]
        known = [p for p in parts if p is not None]
        return min(known, key=len) if known else None
    if isinstance(spec, dict) and "any" in spec:
        parts = [needed_kinds(item) for item in spec["any"]]
        return None if any(p is None for p in parts) else [a for p in parts for a in p]
    if isinstance(spec, dict) and "not" in spec:
        return None
    if isinstance(spec, dict) and "near" in spec:
        return [frozenset(parse_pattern(p).kind for p in spec["near"])]
    if isinstance(spec, dict) and "at_least" in spec:
        return None
    return [frozenset([parse_pattern(spec).kind])]


def may_hold(spec: Any, kinds: frozenset[str]) -> bool:
    """False when `spec` cannot hold with signals of these kinds only (a cheap pre-check)."""
    needs = needed_kinds(spec)
    if needs is None:
        return True
    return any(all(_present(k, kinds) for k in alternative) for alternative in needs)


def _present(pattern: str, kinds: frozenset[str]) -> bool:
    if not _WILDCARD.intersection(pattern):
        return pattern in kinds
    return any(fnmatchcase(k, pattern) for k in kinds)


def evaluate(spec: Any, signals: Sequence[Signal]) -> tuple[bool, list[Signal]]:
    """Whether `spec` holds on these signals (a list, or a compiled.SignalIndex to share
    one between conditions), and the signals that made it hold."""
    from .compiled import SignalIndex, compile_condition  # compiled builds on this module
    index = signals if isinstance(signals, SignalIndex) else SignalIndex(list(signals))
    test = compile_condition(spec, frozenset(index.by_kind))
    found = None if test is None else test(index)
    return (False, []) if found is None else (True, list(found))
