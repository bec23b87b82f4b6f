"""One scan of the deobfuscated view for all the language pattern lexicons, shared by the
detectors that read them (hostility, defamation, harassment, conduct): computed on first use
and kept on the Analysis.

The scan is the plain alternation of every pattern (postcheck/patterns.py) run through
postcheck/dispatch.py, which tries at each word start only the patterns that can begin with
the letter found there: same matches, about 3x cheaper (it was the costliest detector step).
The view's word facts (postcheck/wordfacts.py) tell it which patterns are possible and where
they may begin, without a scan of their own.
"""
from __future__ import annotations

from ..analysis import Analysis
from ..patterns import scan, scanner

FILES = ("hostility", "defamation", "harassment", "conduct")
_KEY = "_language_pattern_hits"


def pattern_hits(analysis: Analysis, name: str) -> list | tuple:
    """(kind, attributes, start, end) in the view for the patterns of lexicons/<name>.txt
    (attributes: a copy the caller may change)."""
    hits = analysis.__dict__.get(_KEY)
    if hits is None:
        hits = analysis.__dict__[_KEY] = _scan(analysis.view)
    return hits.get(name, ())


def _scan(view) -> dict[str, list]:
    """The hits by lexicon; only lexicons with hits are listed (most posts have none)."""
    hits: dict[str, list] = {}
    for file, kind, attrs, m in scan(view.text, *FILES, facts=view.facts):
        listed = hits.get(file)
        if listed is None:
            listed = hits[file] = []
        listed.append((kind, dict(attrs), m.start(), m.end()))
    return hits


def warm() -> None:
    dispatched = scanner(*FILES)
    if dispatched is not None:
        dispatched.use_word_facts()
