"""Pure ASGI middlewares around the app: the last line of defence for privacy (no body, no
query string, no exception message ever reaches a log), the size limit, the bearer token.

They are plain ASGI callables rather than BaseHTTPMiddleware so that they cost little and
see the body as it streams in.
"""
from __future__ import annotations

import hmac
import json
import logging
import time

from starlette.exceptions import HTTPException

log = logging.getLogger("postcheck.server")
access_log = logging.getLogger("postcheck.server.access")


async def send_json(send, status: int, code: str, message: str, headers=()) -> None:
    body = json.dumps({"error": {"code": code, "message": message}},
                      ensure_ascii=False).encode("utf-8")
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode()), *headers]})
    await send({"type": "http.response.body", "body": body})


class SafeErrors:
    """Outermost layer: an unexpected exception becomes a 500 in French, and the log gets the
    exception's class and where it was raised, never its message (it may quote the text)."""

    def __init__(self, app, known_paths: frozenset[str]):
        self.app, self.known_paths = app, known_paths

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = False

        async def tracking_send(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception as exc:  # noqa: BLE001 - the point of this layer
            tb = exc.__traceback__
            while tb is not None and tb.tb_next is not None:
                tb = tb.tb_next
            where = f"{tb.tb_frame.f_code.co_filename}:{tb.tb_lineno}" if tb else "?"
            log.error("erreur interne %s sur %s %s (%s)", type(exc).__name__,
                      scope.get("method"), route_name(scope, self.known_paths), where)
            if not started:
                await send_json(send, 500, "internal_error",
                                "erreur interne du serveur ; le texte n'a pas été conservé")


def route_name(scope, known_paths: frozenset[str]) -> str:
    """The path if it is one of ours, else '-': an unknown path could carry anything."""
    path = scope.get("path", "")
    return path if path in known_paths else "-"


class AccessLog:
    """One line per request: method, known path, status, milliseconds. No query string (a
    GET could carry the text in it), no client address, no body."""

    def __init__(self, app, known_paths: frozenset[str]):
        self.app, self.known_paths = app, known_paths

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        t0, status = time.perf_counter(), 0

        async def status_send(message):
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, status_send)
        finally:
            access_log.info("%s %s %s %.1f ms", scope.get("method"),
                            route_name(scope, self.known_paths),
                            status or 500, (time.perf_counter() - t0) * 1000)


class BodyTooLarge(HTTPException):
    """Raised while the body streams in; an HTTPException so that FastAPI's body parsing
    lets it through to our handler instead of turning it into a 400."""

    def __init__(self, max_body: int):
        super().__init__(413, f"requête trop volumineuse : {max_body} octets au plus")


class BodyLimit:
    """413 beyond `max_body` bytes, from Content-Length at once, or while a chunked body
    streams in (the body is never buffered beyond the limit)."""

    def __init__(self, app, max_body: int):
        self.app, self.max_body = app, max_body

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            return await self._refuse(send)
        received, started = 0, False

        async def counting_receive():
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    raise BodyTooLarge(self.max_body)
            return message

        async def tracking_send(message):
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except BodyTooLarge:
            if not started:
                await self._refuse(send)

    async def _refuse(self, send):
        await send_json(send, 413, "body_too_large",
                        f"requête trop volumineuse : {self.max_body} octets au plus",
                        [(b"connection", b"close")])


class BearerAuth:
    """`Authorization: Bearer TOKEN` on every route but /healthz and CORS preflights."""

    OPEN_PATHS = ("/healthz",)

    def __init__(self, app, token: str):
        self.app, self.token = app, token.encode("utf-8")

    async def __call__(self, scope, receive, send):
        if (scope["type"] != "http" or scope.get("path") in self.OPEN_PATHS
                or scope.get("method") == "OPTIONS"):
            return await self.app(scope, receive, send)
        header = dict(scope.get("headers") or []).get(b"authorization", b"")
        scheme, _, given = header.partition(b" ")
        if scheme.lower() != b"bearer" or not hmac.compare_digest(given.strip(), self.token):
            return await send_json(send, 401, "unauthorized",
                                   "jeton d'accès absent ou invalide (en-tête "
                                   "« Authorization: Bearer … »)",
                                   [(b"www-authenticate", b'Bearer realm="postcheck"')])
        await self.app(scope, receive, send)


class TrustedHost:
    """Serve only requests whose Host header is one we expect (DNS-rebinding guard)."""

    def __init__(self, app, allowed_hosts: list[str]):
        self.app = app
        self.any = "*" in allowed_hosts
        self.allowed = {h.lower() for h in allowed_hosts}

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or self.any:
            return await self.app(scope, receive, send)
        host = dict(scope.get("headers") or []).get(b"host", b"").decode("latin-1").lower()
        name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        if name in self.allowed:
            return await self.app(scope, receive, send)
        await send_json(send, 400, "bad_host",
                        "en-tête Host inattendu : ce serveur ne répond qu'à la boucle locale")
