"""Errors in French, with the field at fault and never the value sent: a 422 must not echo
a draft back into a proxy's or a browser's logs. (FastAPI's default handler quotes the
input; this one replaces it.)"""
from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse
from starlette.exceptions import HTTPException

from ..checker import InputError
from .service import Busy

_HTTP_MESSAGES = {
    400: "requête invalide",
    401: "jeton d'accès absent ou invalide",
    404: "ressource introuvable",
    405: "méthode non autorisée pour cette ressource",
    413: "requête trop volumineuse",
}


def is_languagetool(request: Request) -> bool:
    """/v2 speaks LanguageTool's protocol, whose clients expect errors as plain text."""
    return request.url.path.startswith("/v2/")


def error_response(request: Request, status: int, code: str, message: str,
                   headers: dict | None = None):
    if is_languagetool(request):
        return PlainTextResponse(f"Error: {message}", status_code=status, headers=headers)
    return JSONResponse({"error": {"code": code, "message": message}},
                        status_code=status, headers=headers)


def describe(error: dict) -> str:
    """One pydantic error as a French sentence naming the field (never the input)."""
    loc = [str(p) for p in error.get("loc", ()) if p not in ("body", "query", "form")]
    field = f"champ « {'.'.join(loc)} »" if loc else "corps de la requête"
    kind = error.get("type", "")
    ctx = error.get("ctx") or {}
    if kind == "json_invalid":
        return "corps JSON illisible (JSON mal formé)"
    if kind == "missing":
        return f"{field} : obligatoire"
    if kind in ("model_attributes_type", "dict_type", "model_type"):
        return ("le corps doit être un objet JSON (Content-Type: application/json), "
                "par exemple {\"text\": \"…\"}")
    if kind == "string_unicode":
        return f"{field} : caractères invalides (demi-paires UTF-16 isolées)"
    if kind == "literal_error":
        return f"{field} : valeur inconnue (attendu : {ctx.get('expected', '?')})"
    if kind == "string_type":
        return f"{field} : du texte est attendu"
    if kind == "int_type":
        return f"{field} : un nombre entier est attendu"
    if kind == "string_too_short":
        return f"{field} : le texte est vide"
    if kind == "string_too_long":
        return f"{field} : trop long ({ctx.get('max_length', '?')} caractères au plus)"
    if kind == "string_pattern_mismatch":
        return f"{field} : texte vide, blanc ou contenant des octets nuls"
    return f"{field} : valeur invalide"


def install(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def validation(request: Request, exc: RequestValidationError):
        messages = list(dict.fromkeys(describe(e) for e in exc.errors()))
        return error_response(request, 422, "invalid_request", " ; ".join(messages)
                              or "requête invalide")

    @app.exception_handler(InputError)
    async def input_error(request: Request, exc: InputError):
        status = 413 if exc.code == "text_too_long" else 422
        return error_response(request, status, exc.code, str(exc))

    @app.exception_handler(Busy)
    async def busy(request: Request, exc: Busy):
        return error_response(request, 503, "busy", "serveur saturé : réessayez dans un instant",
                              {"Retry-After": "1"})

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        if exc.status_code == 400:       # FastAPI could not decode the body (bad UTF-8...)
            return error_response(request, 422, "invalid_request",
                                  "corps illisible (JSON mal formé ou UTF-8 invalide)")
        message = exc.detail if exc.status_code == 413 else _HTTP_MESSAGES.get(
            exc.status_code, "requête refusée")
        code = {404: "not_found", 405: "method_not_allowed",
                413: "body_too_large"}.get(exc.status_code, "http_error")
        return error_response(request, exc.status_code, code, message, exc.headers)
