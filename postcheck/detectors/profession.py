"""The author presenting their own profession: "en tant qu'IDE", "je suis sage-femme",
"Infirmière depuis 12 ans", "#aidesoignante".

Why it matters: a post that names the author's profession speaks for the profession, so a
mocking or insulting one falls under the professional codes (R4312-9, R4127-31) and the duty
of restraint. Only self-presentation counts: "ma collègue IDE" or "notre interne" speak of
someone else. Signal `profession.self`, attributes `profession` (one of postcheck's profession
ids, when the word maps to one) and `title` (the word used).
"""
from __future__ import annotations

from functools import lru_cache
from itertools import repeat

import regex

from ..analysis import Analysis
from ..lexicon import TIMEOUT, WORD_END, fold, load
from ..literalscan import SCAN
from ..prefixgate import ASCII_WORD, literal_prefixes
from .cue_gate import CueGate, top_alternatives

# What precedes a profession word when the author speaks of themself.
_SELF_BEFORE = (r"(?:je\s+suis|j'suis|jsuis|chui|suis|en\s+tant\s+qu'|en\s+tant\s+que|etant|"
                r"moi,?|devenue?|redevenue?|fiere?\s+d'etre|heureuse?\s+d'etre|metier\s+d'|"
                r"metier\s+de|vie\s+d'|vie\s+de|quotidien\s+d'|quotidien\s+de|journee\s+d'|"
                r"journee\s+de|job\s+d'|job\s+de|simple|"
                r"question|avis\s+d'|avis\s+de|coup\s+de\s+gueule\s+d'|coup\s+de\s+gueule\s+de|"
                r"une\s+pensee\s+d'|une\s+pensee\s+de)")
_ARTICLE = r"(?:\s+(?:un|une|l'|la|le)\s*|\s+|(?<='))"
_SPACES = regex.compile(r"\s+")
# Where a word may open a sentence or line, tested at one position: after a stop and its
# spaces, up to a non-space, or where up to 12 non-word characters from a line start stop
# (after 12 of them, or fewer and then a word character or the end). The few positions
# where a profession word begins are tested, instead of listing the post's openings.
_OPENING = regex.compile(r"(?:(?<=[.!?\n…:;]\s*)(?!\s)|(?<=(?:^|\n)\W{12})|"
                         r"(?<=(?:^|\n)\W{0,11})(?!\W))")


# What follows a profession word that opens a sentence: "Infirmière depuis 12 ans",
# "IDE en réa", "Interne en 2e semestre, ...", "Infirmière scolaire et ...".
_AFTER_AT_START = (r"(?=\s*(?:depuis|de\s+nuit|de\s+jour|de\s+bloc|d'ehpad|en\s|au\s|aux\s|a\s|"
                   r"dans\s|liberale?|scolaire|hospitaliere?|et\s|,|:|!|\())")


# Hashtags that name a profession without being a word of the list: #internat, #nurselife.
HASHTAG_ONLY = {"internat": "interne", "internatdemedecine": "interne", "nurselife": "nurse"}
# Words that open a sentence to address someone rather than to present oneself ("Docteur, ...").
NOT_OPENERS = {"docteur", "docteure", "secretaire", "soignant", "soignante"}


@lru_cache(maxsize=None)
def _professions() -> tuple[dict[str, str], dict[str, str]]:
    """(folded word -> profession id, folded abbreviation -> profession id)."""
    words, abbrevs = {}, {}
    for line in load("professions"):
        pid, _, entries = line.partition(":")
        for entry in (e.strip() for e in entries.split("|")):
            if entry and entry.isupper():
                abbrevs[fold(entry)] = pid.strip()
            elif entry:
                words[fold(entry)] = pid.strip()
    return words, abbrevs


def _alternation(entries) -> str:
    return "|".join(regex.escape(e).replace(r"\ ", r"\s+")
                    for e in sorted(entries, key=len, reverse=True))


class ProfessionDetector:
    name = "profession"

    def __init__(self):
        words, abbrevs = _professions()
        self.lookup = {**words, **abbrevs}
        self.abbrevs = abbrevs
        noun = f"(?P<noun>{_alternation(self.lookup)})"
        self_cue = rf"{_SELF_BEFORE}{_ARTICLE}{noun}"
        self.self_cue = regex.compile(rf"(?<![\p{{L}}\p{{N}}_]){self_cue}" + WORD_END,
                                      regex.MULTILINE)
        # Most posts hold none of the words that introduce oneself ("suis", "en tant qu'"...):
        # the self-presentation is tried only where it can begin, in posts holding them
        # (CueGate). Those words, the starts of the profession words and the "#" of a hashtag
        # are found by the pass shared with other detectors (postcheck/literalscan.py).
        self.self_gate = CueGate([top_alternatives(self_cue.replace("(?P<noun>", "(?:"))],
                                 ascii_words=True)
        # A sentence-opening noun is tried only where a sentence or line starts
        # (_OPENING) and a profession word may begin.
        self.opener = regex.compile(rf"{noun}{WORD_END}{_AFTER_AT_START}", regex.MULTILINE)
        self.slots = (SCAN.register(self.self_gate.table), SCAN.register({"#": 1}),
                      SCAN.register({p: len(p) for p in literal_prefixes(noun)}))
        self._hits = SCAN.reader(*self.slots)
        self.hashtag = regex.compile(r"#(?P<noun>[\p{L}\p{N}_-]+)")
        stems = {k.replace(" ", "").replace("-", ""): k for k in self.lookup}
        stems.update(HASHTAG_ONLY)
        self.tag_stems = stems
        self.stem_sizes = sorted({len(k) for k in stems if k}, reverse=True)

    def detect(self, analysis: Analysis):
        folded, text = analysis.folded, analysis.text
        seen: set[tuple[int, int]] = set()
        self_hits, tag_hits, noun_hits = self._hits(analysis)
        cues = self.self_gate.finditer_all(folded, [self.self_cue], self_hits, timeout=TIMEOUT)[0]
        openers = self._openers(folded, noun_hits) if noun_hits else ()
        for pattern, matches in ((self.self_cue, cues), (self.opener, openers)):
            for m in matches:
                a, b = m.span("noun")
                word = _SPACES.sub(" ", m.group("noun"))
                if word in self.abbrevs and not text[a:b].isupper():
                    continue  # "as", "sf" in lower case are ordinary words
                if pattern is self.opener and word in NOT_OPENERS:
                    continue
                if (a, b) in seen:
                    continue
                seen.add((a, b))
                yield self._signal(analysis, m.start(), b, word, "se présente par sa profession")
        # tried at each "#" the shared pass found: no "#" can be inside another's tag, so these
        # are finditer's matches (a linear pattern: no timeout needed)
        for m in map(self.hashtag.match, repeat(folded), [last for last, _ in tag_hits]):
            if m is None:
                continue
            tag = m.group("noun").replace("-", "").replace("_", "")
            word = self._tag_word(tag)
            if word is not None:
                yield self._signal(analysis, m.start(), m.end(), word, "mot-dièse de profession")

    def _tag_word(self, tag: str) -> str | None:
        """The profession word of the longest stem that is the whole tag, or a prefix of it
        longer than 4 letters ("#infirmierelife"); looked up, not searched for."""
        for size in self.stem_sizes:   # the lengths of stems only: most tags are none
            if size > len(tag):
                continue
            word = self.tag_stems.get(tag[:size])
            if word is not None and (size == len(tag) or size > 4):
                return word
        return None

    def _openers(self, folded: str, noun_hits):
        """The matches `(?:^|(?<=[.!?\\n…:;]\\s*)|(?<=^\\W{0,12}))` + self.opener would give,
        left to right and not overlapping, found by trying it where a word opens a sentence
        and a profession word may begin (not after an ASCII letter or digit: no opening)."""
        nouns = {last - length + 1 for last, length in noun_hits}
        end, opening = 0, _OPENING.match
        for start in sorted(nouns):
            if start >= end and not (start and folded[start - 1] in ASCII_WORD) and \
                    opening(folded, start):
                m = self.opener.match(folded, start, timeout=TIMEOUT)
                if m is not None:
                    end = m.end()
                    yield m

    def _signal(self, analysis, start, end, word, why):
        pid = self.lookup.get(word)
        attrs = {"title": word}
        if pid and pid != "autre":
            attrs["profession"] = pid
        return analysis.signal("profession.self", start, end, 0.7, why, self.name, **attrs)
