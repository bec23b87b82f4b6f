"""The detector interface: a small class that reads an Analysis and reports Signals.

Detectors report evidence only. They never decide a severity or cite a law: rules do.
"""
from __future__ import annotations

from typing import Iterable, Protocol

from ..analysis import Analysis
from ..model import Signal


class Detector(Protocol):
    name: str

    def detect(self, analysis: Analysis) -> Iterable[Signal]:
        ...
