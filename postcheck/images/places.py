"""Is a GPS position inside a health establishment? Only known when a list of establishments
with coordinates is given (a FINESS or GISCO export: a CSV with `lat` and `lon` columns) in
the environment variable POSTCHECK_ETABLISSEMENTS. postcheck ships no such list."""
from __future__ import annotations

import csv
import math
import os
from functools import lru_cache

RADIUS_M = 300  # a hospital campus


@lru_cache(maxsize=4)
def _points(path: str) -> tuple[tuple[float, float], ...]:
    points = []
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                try:
                    points.append((float(row["lat"]), float(row["lon"])))
                except (KeyError, TypeError, ValueError):
                    continue
    except OSError:
        return ()
    return tuple(points)


def in_hospital(lat: float, lon: float) -> bool | None:
    """True/False when a list is configured, None when we cannot tell."""
    path = os.environ.get("POSTCHECK_ETABLISSEMENTS")
    points = _points(path) if path else ()
    if not points:
        return None
    return any(_distance(lat, lon, a, b) <= RADIUS_M for a, b in points
               if abs(a - lat) < 0.01 and abs(b - lon) < 0.02)


def _distance(lat1, lon1, lat2, lon2) -> float:
    r = 6_371_000
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))
