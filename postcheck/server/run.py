"""Run the app under uvicorn with a logging setup that cannot leak a draft: uvicorn's own
access log is off (it prints the query string), ours prints method, known path, status."""
from __future__ import annotations

import sys

from .settings import ServerSettings

LOG_CONFIG = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "plain",
                            "stream": "ext://sys.stderr"}},
    "loggers": {
        "uvicorn": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
        "uvicorn.error": {"level": "INFO"},
        "uvicorn.access": {"handlers": [], "level": "WARNING", "propagate": False},
        "postcheck": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
        "presidio-analyzer": {"level": "ERROR"},
        "presidio_analyzer": {"level": "ERROR"},
    },
}


def serve(settings: ServerSettings, checker=None) -> None:
    import uvicorn

    from .app import create_app

    if not settings.loopback and not settings.token:
        print("postcheck: attention, le serveur écoute hors de la boucle locale sans jeton "
              "d'accès (--token ou POSTCHECK_TOKEN)", file=sys.stderr)
    config = uvicorn.Config(create_app(settings, checker), host=settings.host, port=settings.port,
                            log_config=LOG_CONFIG, access_log=False, server_header=False,
                            timeout_graceful_shutdown=10, lifespan="on")
    server = uvicorn.Server(config)
    server.run()
    if server.started is False:
        sys.exit(2)
