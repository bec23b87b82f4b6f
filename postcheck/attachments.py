"""Signals from the images attached to a post.

Each image N gives evidence tagged `source="attachment:N"`:
- `image.face` (attrs `box`), `image.gps` (attrs `in_hospital`: True, False or None when no
  list of establishments is configured; `taken`: EXIF capture time), `image.text` (OCR found
  readable text; attr `chars`); their offsets are 0;
- the usual text signals (person, id.*, health, care.*...) found by running the text
  detectors on what OCR read; their offsets point into that text and attr `excerpt` holds
  the passage, so that findings can show it without pointing into the caption.
"""
from __future__ import annotations

from typing import Iterable

from .analysis import Analysis
from .model import Post, Signal
from .textnorm import normalize

MIN_TEXT_CHARS = 4  # fewer letters than this is OCR noise, not readable text


def attachment_signals(post: Post, nlp, detectors: Iterable) -> list[Signal]:
    from .images import inspect

    signals: list[Signal] = []
    for number, source in enumerate(post.attachments, 1):
        report = inspect(source, number)
        signals += _image_signals(report)
        if sum(c.isalnum() for c in report.text) >= MIN_TEXT_CHARS:
            signals += _text_signals(post, report, nlp, detectors)
    return signals


def _image_signals(report) -> list[Signal]:
    source = f"attachment:{report.number}"
    out = [Signal("image.face", 0, 0, 0.7, "visage détecté (OpenCV)", "images",
                  {"source": source, "box": box}) for box in report.faces]
    if report.gps:
        from .images.places import in_hospital

        out.append(Signal("image.gps", 0, 0, 0.9, "position GPS dans les métadonnées EXIF",
                          "images", {"source": source, "in_hospital": in_hospital(*report.gps),
                                     "taken": report.taken}))
    letters = sum(c.isalnum() for c in report.text)
    if letters >= MIN_TEXT_CHARS:
        out.append(Signal("image.text", 0, 0, 0.6, "texte lisible dans l'image (OCR)", "images",
                          {"source": source, "chars": letters}))
    return out


def _text_signals(post: Post, report, nlp, detectors) -> list[Signal]:
    # Each line read in an image stands alone (a wristband's name, then its birth date): end
    # it like a sentence so that a name does not run on into the next line.
    text = "\n".join(line if line[-1] in ".!?:;," else line + "."
                     for line in report.text.splitlines() if line)
    norm = normalize(text)
    analysis = Analysis(Post(text, post.profession, post.audience, post.platform),
                        norm, nlp(norm.text))
    source = f"attachment:{report.number}"
    out = []
    for detector in detectors:
        for s in detector.detect(analysis):
            attrs = {**s.attrs, "source": source, "excerpt": text[s.start:s.end]}
            out.append(Signal(s.kind, s.start, s.end, s.score, s.why, s.detector, attrs))
    return out
