"""Faces in a photo, with the frontal-face Haar cascade that ships inside OpenCV's wheel:
no model to download, a few tens of milliseconds an image. A face in a photo taken in a
place of care is a patient or a colleague whose image is protected."""
from __future__ import annotations

from functools import lru_cache

from . import AttachmentError

_MAX_SIDE = 1024  # detection runs on a reduced copy


@lru_cache(maxsize=1)
def _cascade():
    try:
        import cv2
    except ImportError:
        raise AttachmentError("images_unavailable",
                              "la détection de visages demande l'extra « images » : "
                              "pip install 'postcheck[images]'") from None
    path = cv2.data.haarcascades + "haarcascade_frontalface_default.xml"
    cascade = cv2.CascadeClassifier(path)
    if cascade.empty():
        raise AttachmentError("images_unavailable", "modèle de visages d'OpenCV introuvable "
                              "(installez opencv-python-headless 4.x)")
    return cv2, cascade


def find_faces(rgb) -> list[tuple[int, int, int, int]]:
    """(x, y, width, height) of each face, in the coordinates of the image given."""
    import numpy as np

    cv2, cascade = _cascade()
    scale = min(1.0, _MAX_SIDE / max(rgb.size))
    small = rgb.resize((max(1, int(rgb.width * scale)), max(1, int(rgb.height * scale)))) \
        if scale < 1 else rgb
    gray = cv2.equalizeHist(cv2.cvtColor(np.asarray(small), cv2.COLOR_RGB2GRAY))
    side = max(24, min(gray.shape) // 12)
    found = cascade.detectMultiScale(gray, scaleFactor=1.1, minNeighbors=6,
                                     minSize=(side, side))
    return [tuple(int(v / scale) for v in box) for box in found]
