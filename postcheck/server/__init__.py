"""`postcheck serve`: the HTTP backend behind browser extensions.

A thin ASGI shell over one `Checker`: postcheck's own API (`/v1/...`) and the LanguageTool
protocol (`/v2/check`, `/v2/languages`). FastAPI is imported only when the app is asked for,
so the pure LanguageTool conversion (`ltformat`, `annotated`, `utf16`) can be reused (a
batch renderer, say) without the server stack, and `postcheck --help` never pays for it.
"""
from __future__ import annotations

__all__ = ["create_app", "ServerSettings"]


def __getattr__(name):
    if name == "create_app":
        from .app import create_app

        return create_app
    if name == "ServerSettings":
        from .settings import ServerSettings

        return ServerSettings
    raise AttributeError(name)
