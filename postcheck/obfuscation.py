"""The deobfuscated view: the folded text as its author meant it, with a map back.

People dodge filters: c0nn@rd, i.d.i.o.t, g r o s c o n, connnnard, p*te, #chefdeserviceboulet,
typiquedebamboula, mrot (swapped), muslman (dropped letter). The view undoes that on the
folded text (lower case, no accents) so that lexicons match the intended words, and every
view character remembers which characters of the normalised text it came from: spans still
point at what the person typed. Leetspeak is only undone inside words that also contain
letters, so phone numbers and dates are left alone; nothing is ever matched inside a longer
word that is a real word ("con" in "contexte").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import regex

from . import fuzzy
from .lexicon import TIMEOUT

_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b",
                       "@": "a", "$": "s", "€": "e", "!": "i", "|": "i"})
_SEP = r"[ ._·\-/]{1,3}"
SPACED = re.compile(r"(?<![\w@#])[^\W_@$*](?:[ ._·\-/]{1,3}[\w@$*](?![\w'])){2,}")
TOKEN = regex.compile(r"(?<![#\p{L}\p{N}@$€*!|])@?(?:[\p{L}\p{N}@$€*]|[!|](?=[\p{L}\p{N}]))+")
# Tokens worth a look (stdlib re, fast): letters mixed with leet or mask characters, a letter
# typed three times, long words (glued words), and any word (checked against near spellings).
_T = r"(?:[\w@$€*]|[!|](?=\w))"
TOKENS = re.compile(rf"(?<![#\w@$€*!|])@?{_T}+")
WORD = re.compile(r"(?<![#@\w])[^\W\d_]+(?![\w])")
HASHTAG = regex.compile(r"#([\p{L}\p{N}_]{3,})")
SPACES = re.compile(r"\s{2,}|[\n\r\t]")
NOT_LEET = regex.compile(r"\d+(?:e|er|ere|eme|nd|nde|h|h\d\d|min|mn|ans?|kg|g|mg|ml|cl|l|cm|mm|m|"
                         r"km|x|j|s|%|e?me|bis|ter|[a-z])[€$%]?|[a-z]{1,3}\d{2,}[a-z]?|\d+[a-z]?\d+")
_ELONGATED = regex.compile(r"(\p{L})\1{2,}")
_LEET_CHARS = frozenset("0123456789@$€!|")
_HAS_LETTER = regex.compile(r"\p{L}")
_DOUBLE = regex.compile(r"(\p{L})\1+")
_MISSING_SPACE = regex.compile(r"\p{L}{3,}[!|]\p{L}{3,}")   # "insoutenable!apres": punctuation


@dataclass(frozen=True)
class View:
    text: str
    starts: tuple[int, ...] | None   # None: the view is the folded text itself
    ends: tuple[int, ...] | None
    changed: frozenset[int]

    def to_norm(self, start: int, end: int) -> tuple[int, int]:
        """View [start, end) -> normalised-text [start, end)."""
        if self.starts is None:
            return start, end
        return self.starts[start], self.ends[end - 1]

    def altered(self, start: int, end: int) -> bool:
        return any(i in self.changed for i in range(start, end))


def build_view(normalized: str, folded: str) -> View:
    edits: list[tuple[int, int, str, bool]] = []   # (start, end, replacement, obfuscation?)
    taken: list[tuple[int, int]] = []
    for m in SPACED.finditer(folded):
        letters = regex.sub(_SEP, "", m.group())
        if sum(c.isalpha() for c in letters) >= 2 and not letters[-1].isdigit():
            word = _clean_word(letters.translate(_LEET))
            edits.append((m.start(), m.end(), _glued(word) or word, True))
            taken.append(m.span())
    for m in HASHTAG.finditer(folded, timeout=TIMEOUT) if "#" in folded else ():
        if not _inside(m.start(1), taken):
            split = _hashtag(normalized[m.start(1):m.end(1)], m.group(1))
            if split:
                edits.append((m.start(1), m.end(1), split, False))
                taken.append(m.span())
    seen = set()
    for m in TOKENS.finditer(folded):
        tok = m.group()
        if (len(tok) < 7 and tok.isalpha()) or tok[0] == "@" or _inside(m.start(), taken):
            continue
        seen.add(m.start())
        fixed = _fix_token(tok, normalized, m.start())
        if fixed is not None:
            edits.append((m.start(), m.end(), fixed, True))
    near = fuzzy.index().variants.keys() & set(WORD.findall(folded))
    for m in WORD.finditer(folded) if near else ():
        if m.group() in near and m.start() not in seen and not _inside(m.start(), taken):
            fixed = _fix_token(m.group(), normalized, m.start())
            if fixed is not None:
                edits.append((m.start(), m.end(), fixed, True))
    for m in SPACES.finditer(folded):
        if not _inside(m.start(), taken):
            edits.append((m.start(), m.end(), " ", False))
    if not edits:
        return View(folded, None, None, frozenset())
    return _assemble(folded, sorted(edits))


def _inside(pos: int, spans) -> bool:
    return any(a <= pos < b for a, b in spans)


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


def _assemble(folded: str, edits) -> View:
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    changed: set[int] = set()
    pos = 0
    for start, end, repl, obfuscated in edits:
        if start < pos:
            continue
        chars.append(folded[pos:start])
        starts.extend(range(pos, start))
        ends.extend(range(pos + 1, start + 1))
        offset = len(starts)
        src = [i for i in range(start, end) if folded[i].isalnum() or folded[i] in "@$€*!|"]
        one_to_one = len(src) == len(repl.replace(" ", ""))
        same_shape = one_to_one and len(repl) == end - start and src == list(range(start, end))
        k = 0
        for n, ch in enumerate(repl):
            if one_to_one and ch != " ":
                a, b = src[k], src[k] + 1
                k += 1
            elif one_to_one:
                a = b = src[k] if k < len(src) else end
            else:
                a, b = start, end
            if obfuscated and ch != " " and (not same_shape or folded[a] != ch):
                changed.add(offset + n)
            starts.append(a)
            ends.append(b)
        chars.append(repl)
        pos = end
    chars.append(folded[pos:])
    starts.extend(range(pos, len(folded)))
    ends.extend(range(pos + 1, len(folded) + 1))
    return View("".join(chars), tuple(starts), tuple(ends), frozenset(changed))
