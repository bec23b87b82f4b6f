"""One scan of the deobfuscated view for all the language pattern lexicons, shared by the
detectors that read them (hostility, defamation, harassment, conduct): one pass of one
compiled pattern instead of four, computed on first use and kept on the Analysis."""
from __future__ import annotations

from ..analysis import Analysis
from ..patterns import load_patterns

FILES = ("hostility", "defamation", "harassment", "conduct")
_KEY = "_language_pattern_hits"


def pattern_hits(analysis: Analysis, name: str) -> list[tuple[str, dict, int, int]]:
    """(kind, attributes, start, end) in the view for the patterns of lexicons/<name>.txt."""
    hits = analysis.__dict__.get(_KEY)
    if hits is None:
        pattern, labels = load_patterns(*FILES)
        hits = {f: [] for f in FILES}
        for m in pattern.finditer(analysis.view.text):
            file, kind, attrs = labels[int(m.lastgroup[1:])]
            hits[file].append((kind, dict(attrs), m.start(), m.end()))
        analysis.__dict__[_KEY] = hits
    return hits[name]


def warm() -> None:
    load_patterns(*FILES)
