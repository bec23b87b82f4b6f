"""The values that flow through postcheck: a post, the signals detectors find, the findings
rules make of them, and the result of checking one post.

All of them are immutable: a detector or a rule cannot change what another one produced.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Mapping

# A frozen dataclass's generated __init__ sets every field through object.__setattr__ (some
# 0.1 µs a field). Posts, signals, spans, findings and results are built for every post:
# these classes fill their __dict__ in one call instead (same fields, same immutability).
_EMPTY = MappingProxyType({})

PROFESSIONS = (
    "infirmier", "medecin", "aide-soignant", "sage-femme", "interne",
    "cadre-de-sante", "agent-administratif", "communication",
)
AUDIENCES = ("public", "restreint")
PLATFORMS = ("facebook", "x", "instagram", "linkedin", "tiktok", "youtube", "whatsapp", "forum")
SEVERITIES = ("info", "warning", "error")  # ordered from the mildest


def severity_rank(severity: str) -> int:
    return SEVERITIES.index(severity)


@dataclass(frozen=True, init=False)
class Post:
    """A draft and what we know about where it will be published."""

    text: str
    profession: str | None = None
    audience: str = "public"
    platform: str | None = None
    id: str | None = None
    attachments: tuple[str, ...] = ()

    def __init__(self, text, profession=None, audience="public", platform=None, id=None,
                 attachments=()):
        self.__dict__.update(text=text, profession=profession, audience=audience,
                             platform=platform, id=id, attachments=attachments)


@dataclass(frozen=True, init=False)
class Signal:
    """Evidence found by a detector: a kind, where it is, how sure, and why it fired.

    `start`/`end` are code-point offsets into the text as submitted (end exclusive).
    `attrs` carries detector-specific facts (a person's title, the role a cue suggests...).
    Signals found in an attached image carry `source="attachment:N"` (N from 1): their
    offsets point into the text read in that image (attribute `excerpt` holds the passage),
    or are 0 for what is not text (a face, a GPS position).
    """

    kind: str
    start: int
    end: int
    score: float
    why: str
    detector: str
    attrs: Mapping[str, Any] = field(default_factory=lambda: _EMPTY, compare=False)

    def __init__(self, kind, start, end, score, why, detector, attrs=_EMPTY):
        if type(attrs) is not MappingProxyType:   # a read-only copy: no one can change it
            attrs = MappingProxyType(dict(attrs))
        self.__dict__.update(kind=kind, start=start, end=end, score=score, why=why,
                             detector=detector, attrs=attrs)

    @property
    def source(self) -> str | None:
        """None for the post's text, "attachment:N" for the N-th attached image."""
        return self.attrs.get("source")

    def overlaps(self, other: "Signal") -> bool:
        return (self.source == other.source and self.start < other.end
                and other.start < self.end)


@dataclass(frozen=True, init=False)
class Span:
    start: int
    end: int
    text: str

    def __init__(self, start, end, text):
        self.__dict__.update(start=start, end=end, text=text)

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class AttachmentEvidence:
    """What a finding relies on in an attached image: a name read on a wristband, a face, a
    GPS position. `attachment` counts from 1 in the order the images were given; `text` is
    the passage read in the image (None for a face or a position)."""

    attachment: int
    kind: str
    text: str | None = None

    def to_dict(self) -> dict:
        return {"attachment": self.attachment, "kind": self.kind, "text": self.text}


@dataclass(frozen=True)
class Reference:
    id: str
    title: str
    url: str

    def to_dict(self) -> dict:
        return {"id": self.id, "title": self.title, "url": self.url}


@dataclass(frozen=True, init=False)
class Finding:
    rule: str
    code: str
    severity: str
    message: str
    spans: tuple[Span, ...]
    references: tuple[Reference, ...]
    questions: tuple[int, ...]
    suggestion: str
    attachments: tuple[AttachmentEvidence, ...] = ()

    def __init__(self, rule, code, severity, message, spans, references, questions,
                 suggestion, attachments=()):
        self.__dict__.update(rule=rule, code=code, severity=severity, message=message,
                             spans=spans, references=references, questions=questions,
                             suggestion=suggestion, attachments=attachments)

    def to_dict(self) -> dict:
        out = {
            "rule": self.rule,
            "code": self.code,
            "severity": self.severity,
            "message": self.message,
            "spans": [s.to_dict() for s in self.spans],
            "references": [r.to_dict() for r in self.references],
            "questions": list(self.questions),
            "suggestion": self.suggestion,
        }
        if self.attachments:  # optional: only when the finding relies on an attached image
            out["attachments"] = [a.to_dict() for a in self.attachments]
        return out


@dataclass(frozen=True)
class CheckError:
    """Why a post could not be checked (never contains the post's text)."""

    code: str
    message: str

    def to_dict(self) -> dict:
        return {"code": self.code, "message": self.message}


@dataclass(frozen=True, init=False)
class Result:
    id: str | None
    findings: tuple[Finding, ...]
    questions: tuple[tuple[int, str], ...] = ()
    error: CheckError | None = None
    signals: tuple[Signal, ...] = ()

    def __init__(self, id, findings, questions=(), error=None, signals=()):
        self.__dict__.update(id=id, findings=findings, questions=questions, error=error,
                             signals=signals)

    @property
    def verdict(self) -> str | None:
        """`block`, `review` or `ok`; None when the post could not be checked."""
        if self.error is not None:
            return None
        verdict = "ok"
        for f in self.findings:
            if f.severity == "error":
                return "block"
            if f.severity == "warning":
                verdict = "review"
        return verdict

    def to_dict(self) -> dict:
        out = {
            "id": self.id,
            "verdict": self.verdict,
            "findings": [f.to_dict() for f in self.findings] if self.error is None else None,
            "questions": [{"n": n, "text": t} for n, t in self.questions],
            "error": self.error.to_dict() if self.error else None,
        }
        return out
