"""The shapes of postcheck's own API, for validation and for the OpenAPI document.

Answers are built by `Result.to_dict()` (the contract's JSON); the response models here only
describe them, so that the OpenAPI document is exact without paying for validation twice.
"""
from __future__ import annotations

from typing import Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr

from ..checker import MAX_CHARS
from ..model import AUDIENCES, PLATFORMS, PROFESSIONS, SEVERITIES

# not blank (Python's idea of blank, \x1c-\x1f included) and no NUL, as make_post wants
TEXT_PATTERN = r"^[^\x00]*[^\s\x00\x1c-\x1f][^\x00]*$"
Profession = Literal[PROFESSIONS]  # type: ignore[valid-type]
Audience = Literal[AUDIENCES]  # type: ignore[valid-type]
Platform = Literal[PLATFORMS]  # type: ignore[valid-type]


class CheckRequest(BaseModel):
    """A draft to check. Unknown fields are ignored (newer clients, older server)."""

    model_config = ConfigDict(extra="ignore")
    text: StrictStr = Field(min_length=1, max_length=MAX_CHARS, pattern=TEXT_PATTERN,
                            description="Le brouillon, tel que la personne l'a tapé "
                                        "(au moins un caractère visible, pas d'octet nul).")
    profession: Optional[Profession] = None
    audience: Optional[Audience] = "public"
    platform: Optional[Platform] = None
    id: Optional[Union[StrictStr, StrictInt]] = None


class SpanOut(BaseModel):
    start: int = Field(description="Décalage en points de code (comme Python), inclus.")
    end: int = Field(description="Décalage en points de code, exclu.")
    text: str


class ReferenceOut(BaseModel):
    id: str
    title: str
    url: str


class FindingOut(BaseModel):
    rule: str
    code: str
    severity: Literal[SEVERITIES]  # type: ignore[valid-type]
    message: str
    spans: list[SpanOut]
    references: list[ReferenceOut]
    questions: list[int]
    suggestion: str


class QuestionOut(BaseModel):
    n: int
    text: str


class ErrorBody(BaseModel):
    code: str
    message: str


class CheckResult(BaseModel):
    id: Optional[str]
    verdict: Optional[Literal["block", "review", "ok"]]
    findings: Optional[list[FindingOut]]
    questions: list[QuestionOut]
    error: Optional[ErrorBody]


class ErrorResponse(BaseModel):
    error: ErrorBody


class RuleReferenceOut(BaseModel):
    id: str
    professions: list[str]
    audiences: list[str]


class RuleOut(BaseModel):
    id: str
    code: str
    name: str
    severity: str
    message: str
    suggestion: str
    references: list[RuleReferenceOut]
    questions: list[int]
    professions: list[str]
    audiences: list[str]


class LegalReferenceOut(BaseModel):
    id: str
    title: str
    url: str
    summary: str
    penalty: str


class Health(BaseModel):
    status: Literal["ok"]
    version: str
    rules: int


ERRORS = {
    401: {"model": ErrorResponse, "description": "Jeton d'accès absent ou invalide."},
    413: {"model": ErrorResponse, "description": "Requête trop volumineuse."},
    422: {"model": ErrorResponse, "description": "Corps illisible ou champ invalide."},
    503: {"model": ErrorResponse, "description": "Serveur saturé : réessayez."},
}
