"""Open an attachment with Pillow, and say clearly why when it cannot be opened."""
from __future__ import annotations

import io
import os

from . import AttachmentError

MAX_BYTES = 40 * 1024 * 1024  # far above any photo a social network accepts


def _require_pillow():
    try:
        from PIL import Image  # noqa: F401
    except ImportError:
        raise AttachmentError(
            "images_unavailable",
            "l'analyse des images jointes demande l'extra « images » : "
            "pip install 'postcheck[images]'") from None


def load_image(source, label: str):
    """A fully decoded PIL image (EXIF kept), or AttachmentError naming `label`."""
    _require_pillow()
    from PIL import Image, UnidentifiedImageError

    if isinstance(source, (bytes, bytearray)):
        data = bytes(source)
    else:
        try:
            if os.path.isdir(source):
                raise AttachmentError("bad_attachment", f"{label} : c'est un dossier, pas une image")
            with open(source, "rb") as fh:
                data = fh.read(MAX_BYTES + 1)
        except FileNotFoundError:
            raise AttachmentError("bad_attachment", f"{label} : image jointe introuvable") from None
        except PermissionError:
            raise AttachmentError("bad_attachment",
                                  f"{label} : lecture de l'image refusée (permissions)") from None
        except OSError as exc:
            raise AttachmentError("bad_attachment", f"{label} : lecture de l'image impossible "
                                  f"({exc.strerror or exc.__class__.__name__})") from None
    if not data:
        raise AttachmentError("bad_attachment", f"{label} : fichier vide, ce n'est pas une image")
    if len(data) > MAX_BYTES:
        raise AttachmentError("bad_attachment", f"{label} : image de plus de "
                              f"{MAX_BYTES // (1024 * 1024)} Mo, trop lourde pour être vérifiée")
    try:
        image = Image.open(io.BytesIO(data))
        image.load()  # decode now: a truncated file fails here, not later
    except UnidentifiedImageError:
        raise AttachmentError("bad_attachment", f"{label} : ce fichier n'est pas une image "
                              "lisible (JPEG, PNG, WebP, GIF, TIFF…)") from None
    except Image.DecompressionBombError:
        raise AttachmentError("bad_attachment",
                              f"{label} : image aux dimensions démesurées, refusée") from None
    except (OSError, SyntaxError, ValueError) as exc:
        raise AttachmentError("bad_attachment", f"{label} : image tronquée ou abîmée "
                              f"({exc.__class__.__name__})") from None
    return image
