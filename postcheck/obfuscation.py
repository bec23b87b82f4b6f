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

import regex

from . import fuzzy
from .wordfix import _LEET, _clean_word, _fix_token, _fixed, _glued, _hashtag
from .viewmap import View, _assemble
from .wordfacts import FACTS, read as read_facts

_SEP = r"[ ._·\-/]{1,3}"
SPACED = re.compile(r"(?<![\w@#])[^\W_@$*](?:[ ._·\-/]{1,3}[\w@$*](?![\w'])){2,}")
# Tokens worth a look (stdlib re, fast): letters mixed with leet or mask characters, a letter
# typed three times, long words (glued words), and any word (checked against near spellings).
_T = r"(?:[\w@$€*]|[!|](?=\w))"
TOKENS = re.compile(rf"(?<![#\w@$€*!|])@?{_T}+")
WORD = re.compile(r"(?<![#@\w])[^\W\d_]+(?![\w])")
HASHTAG = regex.compile(r"#([\p{L}\p{N}_]{3,})")
SPACES = re.compile(r"\s{2,}|[\n\r\t]")


# What the plain path of build_view cannot vouch for: mask or leet symbols, an '@' that does
# not begin a mention (it follows a word or a symbol, or no word follows), line breaks, a '!' or
# '|' touching a word, two spaces in a row, and what every spaced-out word holds (a lone
# character between separators, then another). Without them the tokens TOKENS finds are the
# runs of word characters (`\w+`), those right after '#' left out and those right after '@'
# as mentions ('@' included, never fixed), and WORD's words the alphabetic ones among the
# others; nothing is spaced out and there are no spaces to squeeze.
# Written as one character class first, then what must hold around it, so that `re` skips
# at once the places (letters, mostly) where nothing can start.
_ODD = re.compile(r"[$€*\n\r\t!|\s._·\-/@](?:(?<=[$€*\n\r\t])|(?<=[!|])(?=\w)|(?<=\s)\s|"
                  r"(?<=[#\w@$€*!|]@)|(?<=@)(?!\w)|"
                  r"(?<=[ ._·\-/])[\w@$*][ ._·\-/]{1,3}[\w@$*](?![\w']))")
# `_ODD` costs a try of its lookarounds at every space. `_odd` answers from three cheaper
# tests: the rare characters (`_RARE`, mask and leet symbols, '@', and any whitespace but a
# space) with what must hold around them, two spaces, and the spaced-out words
# (`_SPACED_OUT`, the only branch that starts at ordinary separators, then SPACED itself).
_OTHER_SPACE = "\t\n\x0b\x0c\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_RARE = re.compile(rf"[$€*!|@{_OTHER_SPACE}](?:(?<=[$€*\n\r\t])|(?<=[!|])(?=\w)|"
                   rf"(?<=[#\w@$€*!|]@)|(?<=@)(?!\w)|(?<=[{_OTHER_SPACE}])(?:(?=\s)|(?<=\s.)))")
_SPACED_OUT = re.compile(r"[ ._·\-/][\w@$*][ ._·\-/]{1,3}[\w@$*](?![\w'])")
_WORDS = re.compile(r"\w+")
_MARKED_RUNS = re.compile(r"[#@](\w+)")
_UNCHANGED: frozenset[int] = frozenset()


def build_view(normalized: str, folded: str) -> View:
    """The view of `folded`, with its words and their facts (postcheck/wordfacts.py). In most
    posts nothing is spaced out, masked or misspelt, which two scans prove (`_ODD`, the words,
    then one look-up a word, `_needs_fix`): then only hashtags may be split. The full work,
    `_edited_view`, takes five scans and a loop over every token."""
    if not _odd(folded):
        words = _WORDS.findall(folded)
        facts = FACTS.of(words)
        # The runs after '#' and '@' are no tokens, but most often need no fix either.
        if read_facts(facts, _NEEDS_FIX) == 0 or (
                ("#" in folded or "@" in folded)
                and read_facts(FACTS.of(_tokens(words, folded)), _NEEDS_FIX) == 0):
            edits = _hashtag_edits(normalized, folded, [])
            if not edits:
                return View(folded, None, None, _UNCHANGED, words, facts)
            return _split_view(folded, sorted(edits), words, facts)
    return _with_words(_edited_view(normalized, folded))


def _odd(folded: str) -> bool:
    """`_ODD.search(folded) is not None` (see `_RARE`), except for a text whose only oddity
    is two lone characters between separators ("il y a"): nothing is spaced out there when
    SPACED (three of them) finds nothing, and the plain path holds."""
    if "  " in folded or _RARE.search(folded) is not None:
        return True
    return _SPACED_OUT.search(folded) is not None and SPACED.search(folded) is not None


def _tokens(words: list[str], folded: str) -> set[str]:
    """The distinct words of a post without `_ODD` characters that `_edited_view` may fix:
    those not only found right after a '#' or an '@'."""
    marked = _MARKED_RUNS.findall(folded)
    out = set(words) - set(marked)
    out.update(w for w in set(marked) if words.count(w) > marked.count(w))
    return out


def _split_view(folded: str, edits: list, words: list[str], facts) -> View:
    """The view with its hashtags split: its words are the post's and the hashtags' pieces
    (a few more than its runs: those of the hashtags as typed), unless a hashtag as `HASHTAG`
    reads it is not a whole run of word characters."""
    if any(_WORDS.match(folded, end) for _, end, _, _ in edits):
        return _with_words(_assemble(folded, edits))
    pieces = [piece for _, _, split, _ in edits for piece in split.split(" ")]
    more = FACTS.of(pieces)
    return _assemble(folded, edits)._replace(
        words=words + pieces, facts=(more[0], facts[1] | more[1]) if more[0] == facts[0]
        else FACTS.of(words + pieces))


def _with_words(view: View) -> View:
    words = _WORDS.findall(view.text)
    return view._replace(words=words, facts=FACTS.of(words))


def _needs_fix(token: str) -> int:
    """1 when `_edited_view` would fix `token` (long, not alphabetic, or a near spelling of a
    watched word) with or without a capital, in a post where `_ODD` finds nothing."""
    return int((len(token) >= 7 or not token.isalpha() or token in fuzzy.index().variants)
               and (_fixed(token, False) is not None or _fixed(token, True) is not None))


_NEEDS_FIX = FACTS.register("obfuscation.needs_fix", 1, _needs_fix)


def _hashtag_edits(normalized: str, folded: str, taken: list) -> list:
    """Edits splitting the hashtags outside `taken` spans (#RasLeBol -> ras le bol), whose
    spans are added to `taken`."""
    edits = []
    # (no timeout: a '#' and a run of one class cannot backtrack)
    for m in HASHTAG.finditer(folded) if "#" in folded else ():
        if not _inside(m.start(1), taken):
            split = _hashtag(normalized[m.start(1):m.end(1)], m.group(1))
            if split:
                edits.append((m.start(1), m.end(1), split, False))
                taken.append(m.span())
    return edits


def _edited_view(normalized: str, folded: str) -> View:
    edits: list[tuple[int, int, str, bool]] = []   # (start, end, replacement, obfuscation?)
    taken: list[tuple[int, int]] = []
    for m in SPACED.finditer(folded):
        letters = regex.sub(_SEP, "", m.group())
        if sum(c.isalpha() for c in letters) >= 2 and not letters[-1].isdigit():
            word = _clean_word(letters.translate(_LEET))
            edits.append((m.start(), m.end(), _glued(word) or word, True))
            taken.append(m.span())
    edits += _hashtag_edits(normalized, folded, taken)
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
        return View(folded, None, None, _UNCHANGED)
    return _assemble(folded, sorted(edits))


def _inside(pos: int, spans) -> bool:
    return any(a <= pos < b for a, b in spans)
