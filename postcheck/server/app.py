"""The ASGI application: one CheckService built at start-up, the routes, and the layers
around them (errors, access log, CORS, token, size limit, trusted Host)."""
from __future__ import annotations

import logging
from contextlib import asynccontextmanager

from fastapi import FastAPI

from .. import __version__
from ..heap import settle_for_good
from . import errors, routes_lt, routes_v1
from .middleware import AccessLog, BearerAuth, BodyLimit, SafeErrors, TrustedHost
from .service import CheckService
from .settings import ServerSettings

log = logging.getLogger("postcheck.server")

DESCRIPTION = """Relecture avant publication des messages de soignants (secret médical,
injure, diffamation, harcèlement). `/v1/*` : l'API de postcheck ; `/v2/*` : le protocole de
LanguageTool. Le texte vérifié n'est ni journalisé ni conservé."""


def create_app(settings: ServerSettings | None = None, checker=None) -> FastAPI:
    """`checker`: an already built Checker (tests share one); by default the lifespan
    builds one, once, before the server accepts its first connection, and then freezes the
    process's heap (`heap.settle_for_good`: the collector's full passes skip the Checker)."""
    settings = settings or ServerSettings()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        from ..checker import Checker

        built = checker if checker is not None else Checker(rulesets=settings.rulesets)
        service = CheckService(built, settings.threads, settings.max_pending)
        service.warm_up()
        if checker is None:   # the server's own Checker: full GC passes skip it (heap.py)
            settle_for_good()
        app.state.service = service
        log.info("postcheck prêt : %d règles chargées", len(service.ruleset.rules))
        try:
            yield
        finally:
            service.close()
            log.info("postcheck arrêté proprement")

    app = FastAPI(title="postcheck", version=__version__, description=DESCRIPTION,
                  lifespan=lifespan, docs_url="/docs", redoc_url=None)
    app.include_router(routes_v1.router)
    app.include_router(routes_lt.router)
    errors.install(app)
    _add_layers(app, settings)
    return app


def _paths(routes):
    """Every path served (FastAPI wraps included routers; look inside them)."""
    for route in routes:
        if hasattr(route, "path"):
            yield route.path
        inner = getattr(route, "original_router", None)
        if inner is not None:
            yield from _paths(inner.routes)


def _add_layers(app: FastAPI, settings: ServerSettings) -> None:
    """add_middleware stacks outward: the last one added sees the request first."""
    from starlette.middleware.cors import CORSMiddleware

    known = frozenset(_paths(app.routes))
    app.add_middleware(BodyLimit, max_body=settings.max_body)
    if settings.token:
        app.add_middleware(BearerAuth, token=settings.token)
    if settings.cors_regex():
        app.add_middleware(CORSMiddleware, allow_origin_regex=settings.cors_regex(),
                           allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type"], max_age=600)
    app.add_middleware(TrustedHost, allowed_hosts=settings.trusted_hosts())
    app.add_middleware(AccessLog, known_paths=known)
    app.add_middleware(SafeErrors, known_paths=known)
