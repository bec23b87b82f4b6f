"""Pattern lexicons: regular expressions kept as data (lexicons/<name>.txt), for evidence that
is a construction rather than a word ("allez tous lui pourrir ses avis", "chaque jour je
publierai", "X a falsifié le dossier").

One pattern per line: `kind ; attributes ; pattern`, where attributes are `key=value` pairs
separated by spaces (may be empty) and the pattern is a `regex` expression on the
deobfuscated view (folded: lower case, no accents). Patterns with the same kind and attributes
are compiled together, once, with Unicode word edges around them.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Iterator

import regex

from .lexicon import TIMEOUT, WORD_END, WORD_START


def _value(v: str):
    return {"true": True, "false": False}.get(v.lower(), v)


@lru_cache(maxsize=None)
def load_patterns(name: str) -> tuple[tuple[str, tuple[tuple[str, object], ...], regex.Pattern], ...]:
    raw = resources.files("postcheck").joinpath("lexicons", f"{name}.txt").read_text("utf-8")
    groups: dict[tuple[str, tuple], list[str]] = {}
    for n, line in enumerate(raw.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        kind, attrs, pattern = (part.strip() for part in line.split(";", 2))
        pairs = tuple(sorted((k, _value(v)) for k, v in (a.split("=", 1) for a in attrs.split())))
        try:
            regex.compile(pattern)
        except regex.error as exc:
            raise ValueError(f"lexicons/{name}.txt:{n}: motif invalide ({exc})") from None
        groups.setdefault((kind, pairs), []).append(pattern)
    return tuple((kind, pairs, regex.compile(WORD_START + "(?:" + "|".join(f"(?:{p})" for p in pats)
                                             + ")" + WORD_END))
                 for (kind, pairs), pats in groups.items())


def find(name: str, text: str) -> Iterator[tuple[str, dict, int, int]]:
    """(kind, attributes, start, end) for every pattern of lexicons/<name>.txt in `text`."""
    for kind, pairs, pattern in load_patterns(name):
        for m in pattern.finditer(text, overlapped=False, timeout=TIMEOUT):
            yield kind, dict(pairs), m.start(), m.end()
