"""Masking and identity keys: what lets a report talk about flagged posts without spreading
what it flags.

A report for a communication team is itself a document that circulates. By default every
identifying span a detector found (`person*`, `id.*`) is replaced by a placeholder such as
« [NOM] », and the cross-post analysis compares people through salted hashes of normalised
names, never the names themselves.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from fnmatch import translate
from functools import lru_cache

PLACEHOLDERS = {
    "person": "[NOM]",
    "person.initials": "[INITIALES]",
    "person.handle": "[PSEUDO]",
    "id.nir": "[NIR]",
    "id.ipp": "[IPP]",
    "id.phone": "[TÉL]",
    "id.email": "[COURRIEL]",
    "id.address": "[ADRESSE]",
    "id.birthdate": "[DATE DE NAISSANCE]",
    "id.date": "[DATE]",
    "id.age": "[ÂGE]",
    "id.room": "[CHAMBRE]",
    "id.plate": "[IMMATRICULATION]",
}
MASKED_KINDS = ("person", "person.*", "id.*")
_TITLES = {"m", "mr", "mme", "mlle", "melle", "madame", "monsieur", "mademoiselle", "dr",
           "docteur", "pr", "professeur", "me", "maitre", "le", "la", "les"}


def placeholder(kind: str) -> str:
    if kind in PLACEHOLDERS:
        return PLACEHOLDERS[kind]
    return "[NOM]" if kind.startswith("person") else "[IDENTIFIANT]"


def is_masked(kind: str) -> bool:
    return kind_matches(kind, MASKED_KINDS)


def kind_matches(kind: str, patterns) -> bool:
    """`kind` matches one of the glob patterns (`fnmatchcase`, "*" for anything)."""
    return _kind_matcher(tuple(patterns))(kind)


@lru_cache(maxsize=None)
def _kind_matcher(patterns: tuple[str, ...]):
    """One compiled test per pattern list, its answers kept per kind: a run asks the same
    few questions about the same few dozen kinds for every post."""
    compiled = re.compile("|".join(f"(?:{translate(p)})" for p in patterns) or "(?!)")
    return lru_cache(maxsize=1024)(lambda kind: compiled.match(kind) is not None)


def mask_intervals(signals) -> list[tuple[int, int, str]]:
    """Merged (start, end, placeholder) intervals over the identifying signals; where
    signals overlap, the placeholder of the one that starts first (then the longest) wins."""
    spans = sorted(((s.start, s.end, s.kind) for s in signals if is_masked(s.kind)),
                   key=lambda t: (t[0], -t[1]))
    merged: list[list] = []
    for start, end, kind in spans:
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end, placeholder(kind)])
    return [tuple(m) for m in merged]


def mask_text(text: str, intervals) -> str:
    out, pos = [], 0
    for start, end, label in intervals:
        out.append(text[pos:start])
        out.append(label)
        pos = end
    out.append(text[pos:])
    return "".join(out)


def segments(text: str, highlights, intervals, limit: int = 1200) -> list[tuple[str, str | None]]:
    """The text cut into (piece, severity-or-None) for display: identifying intervals are
    replaced by their placeholder, pieces inside a finding's span carry its severity.

    `highlights`: (start, end, severity) spans of findings. `intervals`: from mask_intervals
    (empty to show identifiers). Long texts are cut after `limit` characters.
    """
    rank = {"info": 0, "warning": 1, "error": 2}
    cut = min(len(text), limit)
    points = {0, cut}
    for start, end, *_ in list(highlights) + list(intervals):
        points.update(p for p in (start, end) if 0 <= p <= cut)
    points = sorted(points)
    out: list[tuple[str, str | None]] = []
    for a, b in zip(points, points[1:]):
        severity = None
        for start, end, sev in highlights:
            if start <= a and b <= end and (severity is None or rank[sev] > rank[severity]):
                severity = sev
        masked = next((iv for iv in intervals if iv[0] <= a and b <= iv[1]), None)
        if masked is not None:
            piece = masked[2] if a == masked[0] or a == 0 else ""
        else:
            piece = text[a:b]
        if not piece:
            continue
        if out and out[-1][1] == severity:
            out[-1] = (out[-1][0] + piece, severity)
        else:
            out.append((piece, severity))
    if cut < len(text):
        out.append((" […]", None))
    return out


def identity_class(kind: str) -> str:
    """Kinds that can name the same person are compared in one space."""
    if kind.startswith("person"):
        return "person"
    return kind


def normalise_identity(kind: str, text: str) -> str:
    """A comparison form: case, accents, titles and punctuation folded; digits only for
    numbers. "Mme LEMAIRE" and "madame Lemaire" give the same form."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    if kind in ("id.phone", "id.nir", "id.ipp", "id.room", "id.plate"):
        digits = "".join(c for c in folded if c.isalnum())
        if kind == "id.phone" and digits.startswith("33") and len(digits) == 11:
            digits = "0" + digits[2:]
        return digits
    if kind == "person.handle":
        return folded.lstrip("@").strip()
    words = "".join(c if c.isalnum() else " " for c in folded).split()
    words = [w for w in words if w not in _TITLES]
    if not kind.startswith("person"):
        return " ".join(words)          # a service or an establishment: all its words
    # "Mme Lemaire", "Jeanne Lemaire" and "LEMAIRE" name the same person often enough that
    # a reviewer wants them together: compare on the last word (the surname, usually).
    return words[-1] if words else ""


def identity_key(salt: bytes, kind: str, text: str) -> str | None:
    """A salted hash (16 hex digits) of the normalised identity, or None if nothing is left."""
    norm = normalise_identity(kind, text)
    if not norm:
        return None
    digest = hashlib.blake2b(f"{identity_class(kind)}\x1f{norm}".encode(), digest_size=8,
                             key=salt[:64])
    return digest.hexdigest()
