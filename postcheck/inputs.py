"""Read a draft from a file or standard input, with a clear one-line reason when we cannot.

The messages name the problem and the position, never the content.
"""
from __future__ import annotations

import sys
from pathlib import Path

from .checker import MAX_CHARS

MAX_BYTES = MAX_CHARS * 4  # UTF-8 needs at most 4 bytes a character


class DraftError(Exception):
    pass


def read_draft(source: str) -> str:
    data = _read_bytes(source)
    return decode_draft(data)


def _read_bytes(source: str) -> bytes:
    if source == "-":
        return sys.stdin.buffer.read(MAX_BYTES + 1)
    path = Path(source)
    try:
        if path.is_dir():
            raise DraftError("c'est un dossier, pas un fichier")
        with path.open("rb") as fh:
            return fh.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise DraftError("fichier introuvable") from None
    except PermissionError:
        raise DraftError("lecture refusée (permissions)") from None
    except OSError as exc:
        raise DraftError(f"lecture impossible ({exc.strerror or exc.__class__.__name__})") from None


def decode_draft(data: bytes) -> str:
    if len(data) > MAX_BYTES:
        raise DraftError(f"fichier de plus de {MAX_BYTES // 1_000_000} Mo : postcheck vérifie des "
                         f"publications jusqu'à {MAX_CHARS} caractères")
    if b"\x00" in data[:65536]:
        raise DraftError("fichier binaire (octets nuls) : postcheck lit des brouillons texte")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DraftError(f"texte non UTF-8 (octet 0x{data[exc.start]:02x} à la position "
                         f"{exc.start}) : enregistrez le brouillon en UTF-8") from None
    if not text.strip():
        raise DraftError("brouillon vide")
    if len(text) > MAX_CHARS:
        raise DraftError(f"brouillon de {len(text)} caractères : postcheck vérifie des "
                         f"publications jusqu'à {MAX_CHARS} caractères")
    return text
