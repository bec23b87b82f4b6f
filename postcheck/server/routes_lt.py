"""LanguageTool's HTTP protocol, so that LanguageTool's browser extension ("other server")
and its client libraries use postcheck unchanged.

Only POST is offered for /v2/check: with GET the draft would travel in the URL, which
proxies and browsers keep in their histories and logs. Errors are plain text starting with
"Error: ", as LanguageTool sends them (400 bad parameter, 413 text too long).
"""
from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Form, Request
from fastapi.responses import JSONResponse, PlainTextResponse

from ..checker import InputError
from ..model import Result
from .annotated import AnnotatedText, AnnotationError, parse_data
from .ltformat import LANGUAGES, MatchFilter, check_response
from .schemas import Audience, Platform, Profession

router = APIRouter(tags=["LanguageTool"])

_LT_ERRORS = {
    400: {"description": "Paramètre invalide (texte brut « Error: … »).",
          "content": {"text/plain": {"schema": {"type": "string"}}}},
    401: {"description": "Jeton d'accès absent ou invalide.",
          "content": {"application/json": {"schema": {"type": "object"}}}},
    413: {"description": "Texte ou requête trop volumineux.",
          "content": {"text/plain": {"schema": {"type": "string"}},
                      "application/json": {"schema": {"type": "object"}}}},
    422: {"description": "Formulaire illisible (texte brut « Error: … »).",
          "content": {"text/plain": {"schema": {"type": "string"}}}},
    503: {"description": "Serveur saturé : réessayez.",
          "content": {"text/plain": {"schema": {"type": "string"}}}},
}
_CHECK_OK = {"description": "Réponse au format de LanguageTool (offsets en unités UTF-16).",
             "content": {"application/json": {"schema": {
                 "type": "object",
                 "required": ["software", "warnings", "language", "matches"],
                 "properties": {"matches": {"type": "array", "items": {"type": "object"}}}}}}}


def _bad_request(message: str) -> PlainTextResponse:
    return PlainTextResponse(f"Error: {message}", status_code=400)


def _is_french(language: str) -> bool:
    code = language.strip().lower()
    return code == "auto" or code == "fr" or code.startswith("fr-")


@router.post("/v2/check", response_model=None, responses={200: _CHECK_OK, **_LT_ERRORS},
             summary="Protocole LanguageTool : vérifie « text » ou « data ».")
async def check(request: Request,
                text: str = Form(None, description="Le texte à vérifier (ou « data »)."),
                data: str = Form(None, description="Texte annoté de LanguageTool (JSON)."),
                language: str = Form("auto", description="auto, fr ou fr-XX."),
                enabledRules: str = Form(None),  # noqa: N803 - LanguageTool's names
                disabledRules: str = Form(None),  # noqa: N803
                enabledCategories: str = Form(None),  # noqa: N803
                disabledCategories: str = Form(None),  # noqa: N803
                enabledOnly: Literal["true", "false"] = Form(None),  # noqa: N803
                profession: Profession = Form(None), audience: Audience = Form(None),
                platform: Platform = Form(None)):
    language = language or "auto"
    if not _is_french(language):
        return _bad_request(f"langue « {language[:20]} » non prise en charge : postcheck "
                            "vérifie le français (fr, fr-FR ou auto)")
    if text is None and data is None:
        return _bad_request("paramètre « text » ou « data » manquant")
    try:
        annotated = AnnotatedText.plain_text(text) if text is not None else parse_data(data)
    except AnnotationError as exc:
        return _bad_request(str(exc))
    if enabledOnly == "true" and not (enabledRules or enabledCategories):
        return _bad_request("« enabledOnly=true » demande « enabledRules » ou "
                            "« enabledCategories »")
    service = request.app.state.service
    post = {"text": annotated.plain, "profession": profession, "audience": audience,
            "platform": platform}
    if annotated.plain.strip():
        try:
            result = await service.check(post)
        except InputError as exc:
            if exc.code == "text_too_long":
                return PlainTextResponse(f"Error: {exc}", status_code=413)
            return _bad_request(str(exc))
    else:
        result = Result(None, ())      # LanguageTool answers an empty text with no match
    keep = MatchFilter(enabledRules, disabledRules, enabledCategories, disabledCategories,
                       enabledOnly == "true")
    return JSONResponse(check_response(result, annotated, service.ruleset, language, keep))


@router.get("/v2/languages", response_model=None, summary="Langues prises en charge.",
            responses={200: {"description": "Liste des langues.", "content": {
                "application/json": {"schema": {"type": "array", "items": {
                    "type": "object", "required": ["name", "code", "longCode"]}}}}},
                401: _LT_ERRORS[401]})
async def languages():
    return JSONResponse(LANGUAGES)
