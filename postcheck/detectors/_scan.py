"""One scan of the deobfuscated view for all the language pattern lexicons, shared by the
detectors that read them (hostility, defamation, harassment, conduct): computed on first use
and kept on the Analysis.

The scan is the plain alternation of every pattern (postcheck/patterns.py) run through
postcheck/dispatch.py, which tries at each word start only the patterns that can begin with
the letter found there: same matches, about 3x cheaper (it was the costliest detector step).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..analysis import Analysis
from ..dispatch import Dispatched, Unsupported, split_top
from ..patterns import _read, check, load_patterns, pattern_labels

FILES = ("hostility", "defamation", "harassment", "conduct")
_KEY = "_language_pattern_hits"


@lru_cache(maxsize=None)
def _scanner():
    """(scanner, labels): a Dispatched scanner whose labels are load_patterns' group names,
    or the plain compiled pattern when dispatch does not apply."""
    labels = pattern_labels(*FILES)
    alternatives, group = [], 0
    for name in FILES:
        for pats in _read(name).values():
            alternatives += [(f"g{group}", alt) for p in pats for alt in split_top(p)]
            group += 1
    try:
        return Dispatched(alternatives), labels
    except Unsupported:
        return None, labels
    except re.error:
        for name in FILES:
            check(name)   # names the bad line of the lexicon
        raise


def pattern_hits(analysis: Analysis, name: str) -> list[tuple[str, dict, int, int]]:
    """(kind, attributes, start, end) in the view for the patterns of lexicons/<name>.txt."""
    hits = analysis.__dict__.get(_KEY)
    if hits is None:
        scanner, labels = _scanner()
        hits = {f: [] for f in FILES}
        text = analysis.view.text
        if scanner is not None:
            found = ((group, m) for group, m in scanner.finditer(text))
        else:
            found = ((m.lastgroup, m) for m in load_patterns(*FILES)[0].finditer(text))
        for group, m in found:
            file, kind, attrs = labels[int(group[1:])]
            hits[file].append((kind, dict(attrs), m.start(), m.end()))
        analysis.__dict__[_KEY] = hits
    return hits[name]


def warm() -> None:
    _scanner()
