"""A French word list with frequencies, for the two jobs of the deobfuscated view that need
to know what a real word is:
- splitting glued words and hashtags (#chefdeserviceboulet -> chef de service boulet);
- refusing to "correct" a real word into an insult (cone is not a misspelt conne).

The list is pyspellchecker's French frequency dictionary (MIT), folded like the text, plus our
own lexicons (the dictionary leaves vulgar words out). It is loaded on first use only: most
posts never need it.
"""
from __future__ import annotations

import math
import threading
from functools import lru_cache

_lock = threading.Lock()
_words: dict[str, float] | None = None
_EXTRA_LEXICONS = ("insults", "swears", "contempt", "hostility_words", "groups")
# Short pieces a segmentation may use; other 1-2 letter "words" of the dictionary are noise.
_SHORT_OK = {"a", "y", "ce", "si", "ni", "sa", "ou", "de", "du", "la", "le", "les", "un", "en", "et", "ou", "au", "ma", "ta",
             "sa", "me", "te", "se", "ne", "il", "on", "tu", "je", "j", "l", "d", "t", "s", "c",
             "mes", "tes", "ses", "ces", "des", "aux", "nos", "vos", "qui", "que", "pas",
             "son", "ton", "mon", "lui", "eux", "sur", "par", "est", "es", "ai", "as", "va",
             "vas", "dr", "pr", "chu", "ide", "as", "rh", "drh", "cadre"}
MAX_WORD = 24


def _load() -> dict[str, float]:
    from spellchecker import SpellChecker

    from .lexicon import fold
    from .wordforms import load_entries

    counts: dict[str, int] = {}
    dictionary = SpellChecker(language="fr", distance=1).word_frequency.dictionary
    words = list(dictionary)
    # One fold over all the words at once: folding 150,000 words one by one costs 0.3 s.
    for word, f in zip(words, fold("\n".join(words)).split("\n")):
        counts[f] = counts.get(f, 0) + dictionary[word]
    for name in _EXTRA_LEXICONS:
        for form in load_entries(name):
            for piece in form.split(" "):
                counts[piece] = max(counts.get(piece, 0), 2000)
    total = float(sum(counts.values()))
    return {w: -math.log(n / total) for w, n in counts.items()}


def costs() -> dict[str, float]:
    """word -> cost (minus log frequency); loaded once, on first call."""
    global _words
    if _words is None:
        with _lock:
            if _words is None:
                _words = _load()
    return _words


def is_word(token: str) -> bool:
    return token in costs()


_common_cost: float | None = None


def is_common(token: str) -> bool:
    """Among the 15,000 most frequent words (short function words included)."""
    global _common_cost
    table = costs()
    if _common_cost is None:
        _common_cost = sorted(table.values())[min(15000, len(table) - 1)]
    return table.get(token, 99.0) <= _common_cost and (len(token) > 2 or token in _SHORT_OK)


@lru_cache(maxsize=4096)
def segment(token: str) -> tuple[str, ...] | None:
    """Best split of a glued token into known words, or None if some part is unknown."""
    table = costs()
    n = len(token)
    best: list[tuple[float, int]] = [(0.0, 0)] + [(math.inf, 0)] * n
    for end in range(1, n + 1):
        for start in range(max(0, end - MAX_WORD), end):
            piece = token[start:end]
            cost = table.get(piece)
            if cost is None or (len(piece) <= 2 and piece not in _SHORT_OK):
                continue
            total = best[start][0] + cost + 4.0   # a fixed price per piece favours long words
            if total < best[end][0]:
                best[end] = (total, start)
    if best[n][0] == math.inf:
        return None
    pieces, end = [], n
    while end > 0:
        start = best[end][1]
        pieces.append(token[start:end])
        end = start
    return tuple(reversed(pieces))
