"""What a batch run is asked to do, in one picklable value that the runner hands to every
worker process (so that workers need nothing from the parent but this)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cached_property

FORMATS = ("jsonl", "csv", "html")

# Column names tried, in order, when the user did not name one. The first is the corpus
# format's (shared/corpus/LABELS.md); the others are what exports commonly call them.
DEFAULT_COLUMNS = {
    "text": ("text", "texte", "message", "contenu", "content", "body", "post"),
    "id": ("id", "identifiant", "post_id", "uid"),
    "profession": ("profession", "metier", "métier"),
    "audience": ("audience", "visibilite", "visibilité"),
    "platform": ("platform", "plateforme", "reseau", "réseau", "network"),
    "author": ("author", "auteur", "autrice", "user", "utilisateur", "compte"),
    "service": ("service", "unite", "unité", "departement", "département"),
    "date": ("date", "created_at", "published_at", "date_publication", "timestamp"),
    "attachments": ("attachments", "attachment", "pieces_jointes", "piece_jointe", "image",
                    "images"),
}


@dataclass(frozen=True)
class BatchOptions:
    fmt: str = "jsonl"
    columns: dict = field(default_factory=dict)       # field -> column name chosen by the user
    profession: str | None = None                     # defaults for rows that do not say
    audience: str | None = None
    platform: str | None = None
    rulesets: tuple[str, ...] = ()
    show_identifiers: bool = False
    salt: bytes = b""                                  # per run: identity hashes are unlinkable
    base_dir: str = "."                                # relative attachment paths start here
    input_format: str = "auto"                         # auto, jsonl, csv

    def column_candidates(self, name: str) -> tuple[str, ...]:
        chosen = self.columns.get(name)
        return (chosen,) if chosen else DEFAULT_COLUMNS[name]

    @cached_property
    def candidates(self) -> dict[str, tuple[str, ...]]:
        """column_candidates of every field, worked out once (asked on every record)."""
        return {name: self.column_candidates(name) for name in DEFAULT_COLUMNS}

    @property
    def wants_excerpts(self) -> bool:
        return self.fmt == "html"


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)
