"""postcheck's own API: the contract's JSON result, the rules, the legal references."""
from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from .. import __version__
from .schemas import (ERRORS, CheckRequest, CheckResult, ErrorResponse, Health,
                      LegalReferenceOut, RuleOut)

router = APIRouter()


@router.post("/v1/check", response_model=None, tags=["postcheck"],
             responses={200: {"model": CheckResult}, **ERRORS},
             summary="Vérifie un brouillon et renvoie le résultat JSON du contrat.")
async def check(body: CheckRequest, request: Request):
    service = request.app.state.service
    result = await service.check(body.model_dump())
    return JSONResponse(result.to_dict())


@router.get("/v1/rules", response_model=None, tags=["postcheck"],
            responses={200: {"model": list[RuleOut]}, 401: ERRORS[401]},
            summary="Les règles actives.")
async def rules(request: Request):
    return JSONResponse(request.app.state.service.rules_payload)


@router.get("/v1/references", response_model=None, tags=["postcheck"],
            responses={200: {"model": list[LegalReferenceOut]}, 401: ERRORS[401]},
            summary="Le catalogue des textes de loi cités par les règles.")
async def references(request: Request):
    return JSONResponse(request.app.state.service.references_payload)


@router.get("/healthz", response_model=None, tags=["service"],
            responses={200: {"model": Health}},
            summary="Le serveur est prêt (modèles chargés).")
async def healthz(request: Request):
    service = request.app.state.service
    return JSONResponse({"status": "ok", "version": __version__,
                         "rules": len(service.ruleset.rules)})


__all__ = ["router", "ErrorResponse"]
