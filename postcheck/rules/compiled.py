"""Conditions compiled into closures, so that evaluating a rule on a post does no parsing
and no dispatch on the condition's shape (that interpretation was most of the engine's cost).
The engine compiles a rule once per set of signal kinds it meets, leaving out the branches
those kinds cannot satisfy; posts share few such sets.

A compiled condition takes a post's SignalIndex and returns None when it does not hold, or
the signals that made it hold (possibly empty, for a `not`). The returned sequences may be
shared between conditions of the same post: callers read them, never change them.
Same results, in the same order, as the language documented in conditions.py.
"""
from __future__ import annotations

import re
from fnmatch import translate
from itertools import count
from typing import Any, Callable, Sequence

from ..model import Signal
from .conditions import SignalPattern, _WILDCARD, _present, parse_pattern

Found = Sequence[Signal] | None
Test = Callable[["SignalIndex"], Found]


class SignalIndex:
    """A post's signals grouped by kind, so that each pattern looks only at its own kinds,
    and what each distinct pattern selected on this post (rules share many patterns)."""

    def __init__(self, signals: Sequence[Signal]):
        self.signals = signals
        self.by_kind: dict[str, list[Signal]] = {}
        for s in signals:
            group = self.by_kind.get(s.kind)
            if group is None:
                self.by_kind[s.kind] = [s]
            else:
                group.append(s)
        self.memo: dict[int, list[Signal]] = {}
        self._globbed: dict[str, list[Signal]] = {}

    def __iter__(self):
        return iter(self.signals)

    def globbed(self, pattern: str, match) -> list[Signal]:
        """Signals of every kind matching a shell pattern, grouped by kind."""
        found = self._globbed.get(pattern)
        if found is None:
            found = self._globbed[pattern] = [s for kind, group in self.by_kind.items()
                                              if match(kind) for s in group]
        return found


_SELECTORS: dict[SignalPattern, Test] = {}
_TOKENS = count()


def selector(pattern: SignalPattern) -> Test:
    """The signals a pattern accepts, in index order; equal patterns share one selector, so a
    post computes each distinct pattern's selection once whatever the number of rules."""
    select = _SELECTORS.get(pattern)
    if select is None:
        select = _SELECTORS[pattern] = _make_selector(pattern)
    return select


def _make_selector(pattern: SignalPattern) -> Test:
    kind, min_score, token = pattern.kind, pattern.min_score, next(_TOKENS)
    glob = pattern._kind_match if _WILDCARD.intersection(kind) else None
    # fnmatchcase(value, a) is re.compile(translate(a)).match(value): compiled here, once.
    tests = tuple((key, accepted, tuple(re.compile(translate(a)).match
                                        for a in accepted if "*" in a))
                  for key, accepted in pattern.attrs)

    def select(index: SignalIndex) -> Found:
        found = index.memo.get(token)     # rules share patterns: most calls end here
        if found is None:
            found = index.memo[token] = []
            candidates = index.globbed(kind, glob) if glob else index.by_kind.get(kind, ())
            for s in candidates:          # inlined: a call per signal was half the cost
                if s.score < min_score:
                    continue
                attrs = s.attrs
                for key, accepted, globs in tests:
                    value = str(attrs.get(key))
                    if value not in accepted and not (globs and any(m(value) for m in globs)):
                        break
                else:
                    found.append(s)
        return found or None

    select.globbed = glob is not None
    return select


def compile_condition(spec: Any, kinds: frozenset[str] | None = None) -> Test | None:
    """The closure for a condition on posts whose signals have exactly these kinds (None:
    any kinds), or None when it cannot hold with them. Branches that cannot hold are left
    out, so a post evaluates only what its kinds make possible (same result: an `any`
    gains nothing from them, an `all` fails with them)."""
    # Same precedence as the language: all, any, not, near, at_least, else a pattern.
    if isinstance(spec, dict) and "all" in spec:
        tests = [compile_condition(item, kinds) for item in spec["all"]]
        return None if None in tests else _all(tuple(tests))
    if isinstance(spec, dict) and "any" in spec:
        tests = [t for t in (compile_condition(item, kinds) for item in spec["any"])
                 if t is not None]
        return tests[0] if len(tests) == 1 else _any(tuple(tests)) if tests else None
    if isinstance(spec, dict) and "not" in spec:
        inner = compile_condition(spec["not"], kinds)
        if inner is None:
            return lambda index: ()
        return lambda index: () if inner(index) is None else None
    if isinstance(spec, dict) and "near" in spec:
        first, second = (_pattern(p, kinds) for p in spec["near"])
        if first is None or second is None:
            return None
        return _near(first, second, int(spec.get("within", 80)))
    if isinstance(spec, dict) and "at_least" in spec:
        return _at_least(int(spec["at_least"]), tuple(
            t for t in (_pattern(p, kinds) for p in spec["of"]) if t is not None))
    return _pattern(spec, kinds)


def _pattern(spec: Any, kinds: frozenset[str] | None) -> Test | None:
    pattern = parse_pattern(spec)
    if kinds is not None and not _present(pattern.kind, kinds):
        return None
    return selector(pattern)


def _all(tests: tuple[Test, ...]) -> Test:
    def test(index: SignalIndex) -> Found:
        matched: list[Signal] = []
        for item in tests:
            found = item(index)
            if found is None:
                return None
            matched += found
        return matched
    return test


def _any(tests: tuple[Test, ...]) -> Test:
    def test(index: SignalIndex) -> Found:
        matched = None
        for item in tests:        # every branch runs: each one adds its signals
            found = item(index)
            if found is not None:
                matched = [*matched, *found] if matched is not None else found
        return matched
    return test


def _near(first: Test, second: Test, within: int) -> Test:
    def test(index: SignalIndex) -> Found:
        one = first(index)
        if one is None:
            return None
        two = second(index)
        if two is None:
            return None
        matched: list[Signal] = []
        for a in one:
            source, start, end = a.attrs.get("source"), a.start, a.end
            for b in two:
                if a is not b and source == b.attrs.get("source") \
                        and max(start, b.start) - min(end, b.end) <= within:
                    matched += (a, b)
        return list(dict.fromkeys(matched)) if matched else None
    return test


def _at_least(n: int, selects: tuple[Test, ...]) -> Test | None:
    """n patterns satisfied by n distinct, non-overlapping signals."""
    if len(selects) < n:          # patterns of absent kinds were left out: they add nothing
        return None

    def test(index: SignalIndex) -> Found:
        used: list[Signal] = []
        for select in selects:
            for s in select(index) or ():
                if not any(s.overlaps(u) for u in used):
                    used.append(s)
                    break
        if len(used) < n:
            return None
        return [s for select in selects for s in select(index) or ()]
    return test
