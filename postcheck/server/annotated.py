"""LanguageTool's `data` parameter: text mixed with markup that must not be checked.

`{"annotation": [{"text": "Bonjour "}, {"markup": "<b>"}, {"text": "Mme X"},
                 {"markup": "<br/>", "interpretAs": "\\n"}]}`

postcheck checks the plain text (text parts plus `interpretAs`), and, as LanguageTool does,
answers with offsets in the original text *with* its markup.
"""
from __future__ import annotations

import json
from dataclasses import dataclass


class AnnotationError(ValueError):
    """A `data` value that is not LanguageTool's annotation format (message in French)."""


@dataclass(frozen=True)
class _Part:
    plain_start: int
    plain_end: int
    orig_start: int
    orig_end: int
    is_text: bool


@dataclass(frozen=True)
class AnnotatedText:
    plain: str          # what is checked
    original: str       # text with markup: what offsets refer to
    parts: tuple[_Part, ...]

    @classmethod
    def plain_text(cls, text: str) -> "AnnotatedText":
        return cls(text, text, (_Part(0, len(text), 0, len(text), True),))

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the plain text to the original text (code points)."""
        if len(self.parts) == 1:
            return start, end
        return self._map(start, is_end=False), self._map(end, is_end=True)

    def _map(self, pos: int, is_end: bool) -> int:
        fallback = None
        for part in self.parts:
            inside = (part.plain_start < pos <= part.plain_end if is_end
                      else part.plain_start <= pos < part.plain_end)
            if inside:
                if part.is_text:
                    return part.orig_start + (pos - part.plain_start)
                fallback = fallback if fallback is not None else (
                    part.orig_end if is_end else part.orig_start)
        if fallback is not None:
            return fallback
        return len(self.original) if is_end or pos >= len(self.plain) else 0


def parse_data(raw: str) -> AnnotatedText:
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        raise AnnotationError("le paramètre « data » n'est pas du JSON valide") from None
    if not isinstance(data, dict):
        raise AnnotationError("le paramètre « data » doit être un objet JSON")
    if "annotation" not in data and isinstance(data.get("text"), str):
        return AnnotatedText.plain_text(data["text"])
    items = data.get("annotation")
    if not isinstance(items, list):
        raise AnnotationError("le paramètre « data » doit contenir une liste « annotation »")
    plain, original, parts = [], [], []
    p = o = 0
    for n, item in enumerate(items):
        if not isinstance(item, dict):
            raise AnnotationError(f"annotation n° {n + 1} : un objet est attendu")
        text, markup = item.get("text"), item.get("markup")
        if isinstance(text, str) and markup is None:
            shown, source, is_text = text, text, True
        elif isinstance(markup, str) and text is None:
            shown = item.get("interpretAs", "")
            if not isinstance(shown, str):
                raise AnnotationError(f"annotation n° {n + 1} : « interpretAs » doit être du texte")
            source, is_text = markup, False
        else:
            raise AnnotationError(f"annotation n° {n + 1} : il faut « text » ou « markup »")
        parts.append(_Part(p, p + len(shown), o, o + len(source), is_text))
        plain.append(shown)
        original.append(source)
        p, o = p + len(shown), o + len(source)
    return AnnotatedText("".join(plain), "".join(original), tuple(parts))
