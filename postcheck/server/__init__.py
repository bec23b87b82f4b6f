"""`postcheck serve`: the HTTP backend behind browser extensions.

A thin ASGI shell over one `Checker`: postcheck's own API (`/v1/...`) and the LanguageTool
protocol (`/v2/check`, `/v2/languages`). Importing this package imports FastAPI, so only
the `serve` command and the tests do it; `postcheck --help` never pays for it.
"""
from __future__ import annotations

from .app import create_app
from .settings import ServerSettings

__all__ = ["create_app", "ServerSettings"]
