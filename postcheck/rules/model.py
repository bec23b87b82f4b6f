"""A rule as loaded from YAML, validated once so that a typo fails at load time, not silently."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import AUDIENCES, PROFESSIONS, SEVERITIES
from . import conditions

REQUIRED = ("id", "code", "name", "severity", "when", "message", "suggestion", "examples")


class RuleError(ValueError):
    pass


@dataclass(frozen=True)
class ConditionalReference:
    id: str
    professions: tuple[str, ...] = ()   # empty: every profession
    audiences: tuple[str, ...] = ()

    def applies(self, profession: str | None, audience: str) -> bool:
        return ((not self.professions or profession in self.professions)
                and (not self.audiences or audience in self.audiences))


@dataclass(frozen=True)
class Rule:
    id: str
    code: str
    name: str
    severity: str
    when: Any
    message: str
    suggestion: str
    references: tuple[ConditionalReference, ...]
    questions: tuple[int, ...]
    spans: tuple[str, ...]
    professions: tuple[str, ...]
    audiences: tuple[str, ...]
    suppressed_by: tuple[str, ...]
    doc: dict = field(default_factory=dict)
    examples: dict = field(default_factory=dict)
    source: str = ""

    def applies_to(self, profession: str | None, audience: str) -> bool:
        return ((not self.professions or profession in self.professions)
                and (not self.audiences or audience in self.audiences))


def _tuple(value) -> tuple:
    if value is None:
        return ()
    return tuple(value) if isinstance(value, list) else (value,)


def parse_rule(data: dict, source: str, known_references: set[str]) -> Rule:
    where = f"{source}: règle {data.get('id', '?')}"
    missing = [k for k in REQUIRED if k not in data]
    if missing:
        raise RuleError(f"{where}: champs manquants {', '.join(missing)}")
    if data["severity"] not in SEVERITIES:
        raise RuleError(f"{where}: sévérité inconnue {data['severity']!r}")
    try:
        conditions.validate(data["when"])
    except conditions.ConditionError as exc:
        raise RuleError(f"{where}: condition invalide ({exc})") from None
    refs = []
    for ref in data.get("references") or []:
        ref = ref if isinstance(ref, dict) else {"id": ref}
        if ref["id"] not in known_references:
            raise RuleError(f"{where}: référence inconnue {ref['id']!r}")
        refs.append(ConditionalReference(ref["id"], _tuple(ref.get("professions")),
                                         _tuple(ref.get("audiences"))))
    if data["severity"] == "info" and refs:
        raise RuleError(f"{where}: une règle « info » ne cite aucun texte")
    professions, audiences = _tuple(data.get("professions")), _tuple(data.get("audiences"))
    for p in professions + tuple(p for r in refs for p in r.professions):
        if p not in PROFESSIONS:
            raise RuleError(f"{where}: profession inconnue {p!r}")
    for a in audiences + tuple(a for r in refs for a in r.audiences):
        if a not in AUDIENCES:
            raise RuleError(f"{where}: audience inconnue {a!r}")
    questions = tuple(int(q) for q in data.get("questions") or [])
    if any(q < 1 or q > 7 for q in questions):
        raise RuleError(f"{where}: les questions vont de 1 à 7")
    examples = data["examples"] or {}
    if not examples.get("bad") or not examples.get("good"):
        raise RuleError(f"{where}: il faut au moins un exemple « bad » et un « good »")
    return Rule(
        id=data["id"], code=data["code"], name=data["name"], severity=data["severity"],
        when=data["when"], message=data["message"].strip(), suggestion=data["suggestion"].strip(),
        references=tuple(refs), questions=questions, spans=_tuple(data.get("spans")),
        professions=professions, audiences=audiences,
        suppressed_by=_tuple(data.get("suppressed_by")), doc=data.get("doc") or {},
        examples=examples, source=source,
    )
