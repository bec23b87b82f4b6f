"""How `postcheck serve` is configured: command-line options, with environment variables as
defaults (so a token never has to appear in a process list)."""
from __future__ import annotations

import ipaddress
import os
import re
from dataclasses import dataclass, field

ENV_TOKEN = "POSTCHECK_TOKEN"
ENV_CORS = "POSTCHECK_CORS_ORIGINS"
LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1", "[::1]")


@dataclass(frozen=True)
class ServerSettings:
    host: str = "127.0.0.1"
    port: int = 8765
    token: str | None = None                 # bearer token; None: no authentication
    cors_origins: tuple[str, ...] = ()       # exact origins, or patterns with '*'
    max_body: int = 256 * 1024               # bytes; beyond: 413
    max_pending: int = 64                    # checks queued or running; beyond: 503
    threads: int = 1                         # threads running checks off the event loop
    rulesets: tuple[str, ...] = ()
    allowed_hosts: tuple[str, ...] = field(default=())   # Host header; () = derived

    @classmethod
    def from_env(cls, **options) -> "ServerSettings":
        """Options given explicitly win over POSTCHECK_TOKEN / POSTCHECK_CORS_ORIGINS."""
        if not options.get("token"):
            options["token"] = os.environ.get(ENV_TOKEN) or None
        if not options.get("cors_origins"):
            raw = os.environ.get(ENV_CORS, "")
            options["cors_origins"] = tuple(o.strip() for o in raw.split(",") if o.strip())
        return cls(**{k: v for k, v in options.items() if v is not None})

    @property
    def loopback(self) -> bool:
        return is_loopback(self.host)

    def trusted_hosts(self) -> list[str]:
        """On loopback, only loopback Host headers are served: a web page that rebinds its
        own domain name to 127.0.0.1 (DNS rebinding) cannot read the answers."""
        if self.allowed_hosts:
            return list(self.allowed_hosts)
        if self.loopback:
            return sorted({"localhost", "127.0.0.1", "::1", "[::1]", self.host})
        return ["*"]

    def cors_regex(self) -> str | None:
        """CORS origins as one regular expression ('*' matches one name part or more)."""
        if not self.cors_origins:
            return None
        parts = [re.escape(o).replace(r"\*", r"[A-Za-z0-9.\-]+") for o in self.cors_origins]
        return "^(?:" + "|".join(parts) + ")$"


def is_loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
