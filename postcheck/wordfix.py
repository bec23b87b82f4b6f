"""How one token of a post is read as its author meant it (postcheck/obfuscation.py builds
the view of the whole post from these): leetspeak undone inside words that also hold letters
(c0nn@rd, not a phone number), stretched letters squeezed (connnnard), masks filled (p*te),
near spellings corrected (muslman, mrot), glued words and hashtags split
(typiquedebamboula, #chefdeserviceboulet). Every answer is remembered per token.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from . import fuzzy

_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b",
                       "@": "a", "$": "s", "€": "e", "!": "i", "|": "i"})
NOT_LEET = regex.compile(r"\d+(?:e|er|ere|eme|nd|nde|h|h\d\d|min|mn|ans?|kg|g|mg|ml|cl|l|cm|mm|m|"
                         r"km|x|j|s|%|e?me|bis|ter|[a-z])[€$%]?|[a-z]{1,3}\d{2,}[a-z]?|\d+[a-z]?\d+")
_ELONGATED = regex.compile(r"(\p{L})\1{2,}")
_LEET_CHARS = frozenset("0123456789@$€!|")
_HAS_LETTER = regex.compile(r"\p{L}")
_DOUBLE = regex.compile(r"(\p{L})\1+")
_MISSING_SPACE = regex.compile(r"\p{L}{3,}[!|]\p{L}{3,}")   # "insoutenable!apres": punctuation


def _clean_word(word: str) -> str:
    """Undo repeated letters and masks in one word (leet already undone)."""
    if _ELONGATED.search(word):
        squeezed = _DOUBLE.sub(r"\1", word)
        word = fuzzy.squeezed_form(squeezed) or _ELONGATED.sub(r"\1", word)
    if "*" in word and sum(c.isalpha() for c in word) >= max(2, word.count("*")):
        word = fuzzy.unmask(word) or word
    return word


def _fix_token(token: str, normalized: str, start: int) -> str | None:
    capital = normalized[start].isupper() and not _sentence_start(normalized, start)
    return _fixed(token, capital)


@lru_cache(maxsize=8192)
def _fixed(token: str, capital: bool) -> str | None:
    word = token
    if word.isalpha() and len(word) < 7 and not fuzzy.maybe_variant(word) \
            and not _ELONGATED.search(word):
        return None          # the common case: an ordinary short word
    if not _LEET_CHARS.isdisjoint(word) and _HAS_LETTER.search(word) \
            and not NOT_LEET.fullmatch(word) and not _missing_space(word):
        word = word.translate(_LEET)
    word = _clean_word(word)
    if not fuzzy.is_watched(word) and "*" not in word:
        if not capital:
            word = fuzzy.correct(word) or _glued(word) or word
    return word if word != token else None


def _missing_space(word: str) -> bool:
    """'insoutenable!apres' is two words and a '!' without its space, not a leet 'i'."""
    if not _MISSING_SPACE.fullmatch(word):
        return False
    from .words import is_word

    left, right = regex.split(r"[!|]", word, maxsplit=1)
    return is_word(left) and is_word(right) and not is_word(word.translate(_LEET))


def _glued(word: str) -> str | None:
    """'typiquedebamboula' -> 'typique de bamboula' when a watched word sits at an edge."""
    if len(word) < 7 or not fuzzy.watched_at_edge(word):
        return None
    from .words import is_common, is_word, segment

    if is_word(word):
        return None
    pieces = segment(word)
    if not pieces or len(pieces) < 2:
        return None
    if any(fuzzy.is_sure(p) for p in pieces) or (
            any(fuzzy.is_watched(p) and len(p) >= 5 for p in pieces)
            and all(fuzzy.is_watched(p) or is_common(p) for p in pieces)):
        return " ".join(pieces)
    return None


@lru_cache(maxsize=4096)
def _hashtag(original: str, body: str) -> str | None:
    """#RasLeBol -> ras le bol; #chefdeserviceboulet -> chef de service boulet."""
    from .words import is_word, segment

    parts = regex.findall(r"\p{Lu}?[\p{Ll}\p{N}]+|\p{Lu}+(?![\p{Ll}])", original)
    out = []
    for part in parts:
        low = body[len("".join(out).replace(" ", "")):][:len(part)]
        if len(low) >= 6 and not is_word(low):
            pieces = segment(low)
            out.append(" ".join(pieces) if pieces else low)
        else:
            out.append(low)
    split = " ".join(out)
    return split if split != body and split.replace(" ", "") == body else None


def _sentence_start(text: str, pos: int) -> bool:
    while pos and text[pos - 1] in " \"'«(":   # no copy of everything before
        pos -= 1
    return not pos or text[pos - 1] in ".!?:;\n…"
