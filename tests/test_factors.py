"""Required factors (postcheck/factors.py) must be sound: every match of a pattern contains
one of them, or the scan that relies on them would miss matches."""
from __future__ import annotations

import re

import pytest

from postcheck.detectors._scan import FILES
from postcheck.dispatch import split_top
from postcheck.factors import DIGIT, FactorGate, required_factors
from postcheck.lexicon import fold
from postcheck.obfuscation import build_view
from postcheck.patterns import _read
from postcheck.rules.loader import load_ruleset
from postcheck.textnorm import normalize


@pytest.mark.parametrize("pattern,expected", [
    (r"(?:je|on)\s*(?:vol|pique)(?:e|ons)\s+(?:les|des)\s+gants", {"gants"}),
    (r"t(?:uer?|orturer)", {"tue", "tuer", "torturer"}),       # a prefix joined to what follows
    (r"(?:\d+|deux|trois)\s+bi[eè]res?", {"biere", "bière"}),
    (r"x\d+yz", {DIGIT}),   # a digit is rarer than two letters: checked by one search
])
def test_factors_of_simple_patterns(pattern, expected):
    assert required_factors(pattern) == expected


@pytest.mark.parametrize("pattern", [r"\w+", r"(?i)gants", r"(?:gants)?", r"a|\w", r"[^x]+"])
def test_nothing_is_claimed_when_nothing_is_required(pattern):
    factors = required_factors(pattern)
    assert factors is None or "" not in factors
    if pattern in (r"\w+", r"(?i)gants", r"(?:gants)?", r"a|\w"):
        assert factors is None


def _views():
    """Our own rule examples (both kinds), as the language detectors see them."""
    texts = [e if isinstance(e, str) else e["text"]
             for rule in load_ruleset().rules for kind in ("bad", "good")
             for e in rule.examples[kind]]
    return [build_view(n.text, fold(n.text)).text for n in map(normalize, texts)]


def test_every_lexicon_match_contains_a_factor():
    views, checked = _views(), 0
    for name in FILES:
        for pats in _read(name).values():
            for alt in (a for p in pats for a in split_top(p)):
                factors = required_factors(alt)
                if not factors:
                    continue
                for view in views:
                    for m in re.finditer(alt, view):
                        assert any(f in m.group() if f != DIGIT else re.search(r"\d", m.group())
                                   for f in factors), (alt[:60], sorted(factors))
                        checked += 1
    assert checked > 50   # the examples do exercise the lexicons


def test_gate_keeps_what_can_match():
    gate = FactorGate([frozenset({"gants"}), frozenset({DIGIT}), None, frozenset({"de"})])
    assert gate.possible("on pique les gants") == {0, 2}
    assert gate.possible("chambre 12") == {1, 2}
    assert gate.possible("de rien") == {2, 3}
    strict = FactorGate([frozenset({"gants"}), frozenset({"de"})], shortest=3)
    assert strict.possible("rien") == {1}   # "de" is too short to rule anything out
