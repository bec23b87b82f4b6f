"""Near spellings of the words we watch (insults, swear words, contempt, hostility and group
words): a dropped letter (muslman, cnnard), two letters swapped (mrot, cnonerie), an extra
letter, masked letters (c*nnasse, p*te) and stretched letters (connnnard).

Symmetric-delete lookup: every watched word's one-letter deletions and swaps are indexed once,
so checking a token costs a few dictionary look-ups. A token that is itself a real French word
(cone, pue, vise) is never corrected: the word list is consulted only when a token has a
candidate, which keeps it unloaded for most posts.
"""
from __future__ import annotations

import threading
from functools import lru_cache

import regex

from .lexicon import TIMEOUT
from .wordforms import load_entries

WATCHED_LEXICONS = ("insults", "swears", "contempt", "hostility_words", "groups")
_VOWELS = set("aeiouy")
_WORD = regex.compile(r"\p{L}+")
_lock = threading.Lock()
_index: "_Index | None" = None


class _Index:
    def __init__(self):
        words: set[str] = set()
        sure: set[str] = set()          # words that a near spelling may be corrected to
        for name in WATCHED_LEXICONS:
            for form, entry in load_entries(name).items():
                pieces = {w for w in form.split(" ") if len(w) >= 3 and w.isalpha()}
                words |= pieces
                if " " not in form:
                    words.add(form)
                    if "amb" not in entry.tags and len(form) >= 4:
                        sure.add(form)
        self.words = frozenset(words)
        self.sure = frozenset(sure)
        self.variants: dict[str, str] = {}
        for w in sorted(sure, key=lambda x: (-len(x), x)):
            for v in _edits(w):
                if v not in words:
                    self.variants.setdefault(v, w)
        self.squeezed = {regex.sub(r"(\p{L})\1+", r"\1", w): w for w in sorted(words)}
        self.by_length: dict[int, list[str]] = {}
        for w in words:
            self.by_length.setdefault(len(w), []).append(w)
        self.edge_lengths = sorted({len(w) for w in words if len(w) >= 4}, reverse=True)


def _edits(word: str) -> set[str]:
    out = set()
    n = len(word)
    for i in range(n):
        if n >= 5 or (word[i] in _VOWELS and (n == 4 or not (set(word) - {word[i]}) & _VOWELS)):
            out.add(word[:i] + word[i + 1:])
    if n >= 4:
        for i in range(n - 1):
            if word[i] != word[i + 1]:
                out.add(word[:i] + word[i + 1] + word[i] + word[i + 2:])
    return {v for v in out if len(v) >= 3}


def index() -> _Index:
    global _index
    if _index is None:
        with _lock:
            if _index is None:
                _index = _Index()
    return _index


def maybe_variant(word: str) -> bool:
    """Could this token be a near spelling of a watched word?"""
    return word in index().variants


def is_watched(word: str) -> bool:
    return word in index().words


def candidates_in(folded: str) -> bool:
    """Cheap pre-check: does the text contain a token that looks like a watched misspelling?"""
    variants = index().variants
    return any(t in variants for t in _WORD.findall(folded, timeout=TIMEOUT))


def watched_at_edge(word: str) -> bool:
    idx = index()
    return any(word[:n] in idx.words or word[-n:] in idx.words
               for n in idx.edge_lengths if n < len(word))


def squeezed_form(squeezed: str) -> str | None:
    """'conard' (from connnnard) -> 'connard'."""
    return index().squeezed.get(squeezed)


@lru_cache(maxsize=2048)
def correct(token: str) -> str | None:
    """The watched word one edit away from an unknown token, or None."""
    idx = index()
    if len(token) < 2 or not token.isalpha():
        return None
    candidate = idx.variants.get(token)
    if candidate is None and len(token) >= 6:
        for i in range(len(token)):          # an extra letter: remove it
            shorter = token[:i] + token[i + 1:]
            if shorter in idx.sure:
                candidate = shorter
                break
    if candidate is None:
        return None
    from .gazetteer import get_gazetteer
    from .words import is_word

    if is_word(token) or get_gazetteer().is_first_name(token) or token in _usual_surnames():
        return None
    return candidate


@lru_cache(maxsize=1)
def _usual_surnames() -> frozenset[str]:
    """Common and uncommon surnames: a lower-case token that is only a rare surname (hane,
    idot) is far more likely a misspelt word than a name typed without its capital."""
    from .gazetteer import _read

    return frozenset(_read("dist.all.txt", 1)[0])


def is_sure(word: str) -> bool:
    """A watched word with no ordinary meaning (not vache, boucher, thon)."""
    return word in index().sure


@lru_cache(maxsize=1024)
def unmask(word: str) -> str | None:
    """'c*nnasse' -> 'connasse': each * stands for one letter, or failing that a few."""
    idx = index()
    core = word.strip("*") if not word.startswith("*") else word
    for stars in (r"\p{L}", r"\p{L}{1,3}"):
        pattern = regex.compile("".join(stars if c == "*" else regex.escape(c) for c in core))
        lengths = [len(core)] if stars == r"\p{L}" else range(len(core), len(core) + 2 * core.count("*") + 1)
        for n in lengths:
            for w in sorted(idx.by_length.get(n, ())):
                if pattern.fullmatch(w):
                    return w
    return None
