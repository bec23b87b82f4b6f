"""Text in a photo (a monitor, a wristband, a whiteboard, a document) read by Tesseract with
its French model, so that a patient's name on a screen is caught like one in the caption.

Why Tesseract: on screens, wristbands and documents drawn in French it reads accents and word
spaces right (RapidOCR's bundled Chinese/English models drop both, which breaks name
detection), it costs a system package of a few MB instead of onnxruntime, and it runs in a
few hundred milliseconds an image on one core. The image goes to `tesseract` through a pipe
and the text comes back the same way: nothing is written to disk.
"""
from __future__ import annotations

import io
import os
import shutil
import subprocess
from functools import lru_cache

from . import AttachmentError

LANG = "fra"
TIMEOUT = 60  # seconds for one image
_MIN_SIDE, _MAX_SIDE = 1000, 2500


@lru_cache(maxsize=1)
def tesseract() -> str:
    """Path of the tesseract binary, checked once to have the French model."""
    path = shutil.which("tesseract")
    if not path:
        raise AttachmentError("images_unavailable", "la lecture du texte des images demande "
                              "Tesseract : apt-get install tesseract-ocr tesseract-ocr-fra")
    langs = subprocess.run([path, "--list-langs"], capture_output=True, text=True, timeout=30)
    if LANG not in langs.stdout.split():
        raise AttachmentError("images_unavailable", "Tesseract n'a pas le modèle français : "
                              "apt-get install tesseract-ocr-fra")
    return path


def prepare(rgb):
    """Grey levels, light background, a size Tesseract reads well."""
    from PIL import ImageOps, ImageStat

    gray = ImageOps.autocontrast(rgb.convert("L"))
    if ImageStat.Stat(gray).mean[0] < 110:  # light text on a dark screen
        gray = ImageOps.invert(gray)
    longest = max(gray.size)
    factor = _MIN_SIDE / longest if longest < _MIN_SIDE else min(1.0, _MAX_SIDE / longest)
    if factor != 1.0:
        gray = gray.resize((max(1, int(gray.width * factor)), max(1, int(gray.height * factor))))
    return gray


def read_text(rgb, label: str) -> str:
    buffer = io.BytesIO()
    prepare(rgb).save(buffer, format="PNG")
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        done = subprocess.run([tesseract(), "stdin", "stdout", "-l", LANG, "--psm", "3"],
                              input=buffer.getvalue(), capture_output=True, timeout=TIMEOUT,
                              env=env)
    except subprocess.TimeoutExpired:
        raise AttachmentError("bad_attachment", f"{label} : lecture du texte de l'image "
                              f"interrompue après {TIMEOUT} s") from None
    if done.returncode != 0:
        raise AttachmentError("bad_attachment", f"{label} : Tesseract n'a pas pu lire l'image "
                              f"(code {done.returncode})")
    text = done.stdout.decode("utf-8", errors="replace")
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())
