"""Attached images: what a photo shows beyond its caption.

`inspect(source, number)` opens one image (a path or the bytes of an upload) and returns an
`ImageReport`: faces found (OpenCV's Haar cascade, shipped with the wheel), GPS position and
capture time from EXIF (Pillow), and the text read in it by OCR (Tesseract, French model).
Nothing is written to disk and nothing read in the image is logged; errors name the file and
the problem, never the content.

Everything heavy is imported here, lazily: a post without attachments never loads Pillow,
OpenCV or Tesseract. The `images` extra installs the Python side (`pip install
'postcheck[images]'`); Tesseract comes from the system (`apt-get install tesseract-ocr
tesseract-ocr-fra`).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..checker import InputError


class AttachmentError(InputError):
    """An attachment that cannot be checked: missing, not an image, truncated, too large, or
    image support not installed. The message names the file, never what it shows."""


@dataclass(frozen=True)
class ImageReport:
    number: int                                   # 1 for the first attachment
    faces: tuple[tuple[int, int, int, int], ...]  # (x, y, width, height) in the image
    gps: tuple[float, float] | None               # (latitude, longitude) from EXIF
    taken: str | None                             # EXIF capture time, "YYYY:MM:DD HH:MM:SS"
    text: str                                     # what OCR read, "" when nothing
    size: tuple[int, int] = field(default=(0, 0))


def inspect(source, number: int = 1, label: str | None = None) -> ImageReport:
    """Analyse one attached image. `source`: a path (str or PathLike) or bytes."""
    label = label or (str(source) if not isinstance(source, (bytes, bytearray))
                      else f"pièce jointe {number}")
    from .exif import read_exif
    from .faces import find_faces
    from .loader import load_image
    from .ocr import read_text

    image = load_image(source, label)
    gps, taken = read_exif(image)
    rgb = image.convert("RGB")
    return ImageReport(number, tuple(find_faces(rgb)), gps, taken, read_text(rgb, label),
                       rgb.size)
