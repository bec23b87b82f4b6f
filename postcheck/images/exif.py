"""GPS position and capture time from EXIF: a photo posted as is tells where and when it
was taken, and a position inside a hospital says who was cared for there."""
from __future__ import annotations

_GPS_IFD, _EXIF_IFD = 0x8825, 0x8769
_DATETIME_ORIGINAL, _DATETIME = 36867, 306


def read_exif(image) -> tuple[tuple[float, float] | None, str | None]:
    """((latitude, longitude) or None, capture time or None). Never raises on odd EXIF."""
    try:
        exif = image.getexif()
    except Exception:  # malformed metadata must not stop the check of the pixels
        return None, None
    gps = None
    try:
        gps = _position(exif.get_ifd(_GPS_IFD))
    except Exception:
        gps = None
    taken = None
    try:
        taken = exif.get_ifd(_EXIF_IFD).get(_DATETIME_ORIGINAL) or exif.get(_DATETIME)
        taken = (str(taken).strip("\x00 ") or None) if taken else None
    except Exception:
        taken = None
    return gps, taken


def _position(ifd) -> tuple[float, float] | None:
    if not ifd or 2 not in ifd or 4 not in ifd:
        return None
    lat, lon = _degrees(ifd[2]), _degrees(ifd[4])
    if str(ifd.get(1, "N")).upper().startswith("S"):
        lat = -lat
    if str(ifd.get(3, "E")).upper().startswith("W"):
        lon = -lon
    if not (-90 <= lat <= 90 and -180 <= lon <= 180) or (lat, lon) == (0.0, 0.0):
        return None
    return round(lat, 6), round(lon, 6)


def _degrees(value) -> float:
    if isinstance(value, (int, float)):
        return float(value)
    d, m, s = (float(v) for v in (tuple(value) + (0, 0, 0))[:3])
    return d + m / 60 + s / 3600
