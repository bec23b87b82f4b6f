"""Images made by the tests themselves: text drawn with Pillow (a wristband, a monitor, a
whiteboard), EXIF with a GPS position, and a real face from the sample images that
scikit-image ships (Eileen Collins' NASA portrait, public domain). Nothing is downloaded."""
from __future__ import annotations

import importlib.util
import io
from pathlib import Path

FONT_CANDIDATES = ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                   "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf")


def _font(size: int):
    from PIL import ImageFont

    for path in FONT_CANDIDATES:
        if Path(path).exists():
            return ImageFont.truetype(path, size)
    return ImageFont.load_default(size=size)  # Pillow's own scalable font


def text_image(lines, size=(900, 260), dark=False, font_size=38):
    """A picture of text: black on white (wristband, document) or green on black (monitor)."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", size, "black" if dark else "white")
    draw = ImageDraw.Draw(image)
    y = 24
    for line in lines:
        draw.text((30, y), line, fill=(60, 230, 90) if dark else "black", font=_font(font_size))
        y += font_size + 16
    return image


def face_image():
    """A photograph with one face, or None when scikit-image is not installed."""
    from PIL import Image

    spec = importlib.util.find_spec("skimage")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / "data" / "astronaut.png"
    return Image.open(path).convert("RGB") if path.exists() else None


def landscape_image(size=(640, 420)):
    """Nothing sensitive: a sky and a meadow."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", size, (120, 170, 230))
    ImageDraw.Draw(image).rectangle([0, size[1] * 2 // 3, size[0], size[1]], fill=(70, 140, 60))
    return image


def with_gps(image, lat: float, lon: float, taken: str = "2025:03:14 02:17:00") -> bytes:
    """JPEG bytes of `image` with an EXIF GPS position and capture time."""
    from PIL import Image

    exif = Image.Exif()
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = ("N" if lat >= 0 else "S"), _dms(abs(lat))
    gps[3], gps[4] = ("E" if lon >= 0 else "W"), _dms(abs(lon))
    exif.get_ifd(0x8769)[36867] = taken
    return to_bytes(image, exif=exif)


def _dms(value: float):
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = round(((value - degrees) * 60 - minutes) * 60, 4)
    return (float(degrees), float(minutes), seconds)


def to_bytes(image, fmt: str = "JPEG", **options) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, quality=90, **options)
    return buffer.getvalue()


def save(image_or_bytes, path: Path) -> str:
    data = image_or_bytes if isinstance(image_or_bytes, bytes) else to_bytes(image_or_bytes)
    path.write_bytes(data)
    return str(path)
