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

import regex

from ..analysis import Analysis
from ..lexicon import TIMEOUT, WORD_END, fold, load

# What precedes a profession word when the author speaks of themself.
_SELF_BEFORE = (r"(?:je\s+suis|j'suis|jsuis|chui|suis|en\s+tant\s+qu'|en\s+tant\s+que|etant|"
                r"moi,?|devenue?|redevenue?|fiere?\s+d'etre|heureuse?\s+d'etre|metier\s+d'|"
                r"metier\s+de|vie\s+d'|vie\s+de|quotidien\s+d'|quotidien\s+de|journee\s+d'|"
                r"journee\s+de|job\s+d'|job\s+de|simple|"
                r"question|avis\s+d'|avis\s+de|coup\s+de\s+gueule\s+d'|coup\s+de\s+gueule\s+de|"
                r"une\s+pensee\s+d'|une\s+pensee\s+de)")
_ARTICLE = r"(?:\s+(?:un|une|l'|la|le)\s*|\s+|(?<='))"
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
        start = r"(?:^|(?<=[.!?\n…:;]\s*)|(?<=^\W{0,12}))"
        self.self_cue = regex.compile(rf"(?<![\p{{L}}\p{{N}}_]){_SELF_BEFORE}{_ARTICLE}{noun}"
                                      + WORD_END, regex.MULTILINE)
        self.opener = regex.compile(rf"{start}{noun}{WORD_END}{_AFTER_AT_START}",
                                    regex.MULTILINE)
        self.hashtag = regex.compile(r"#(?P<noun>[\p{L}\p{N}_-]+)")
        stems = {k.replace(" ", "").replace("-", ""): k for k in self.lookup}
        stems.update(HASHTAG_ONLY)
        self.tag_stems = sorted(stems.items(), key=lambda kv: -len(kv[0]))

    def detect(self, analysis: Analysis):
        folded, text = analysis.folded, analysis.text
        seen: set[tuple[int, int]] = set()
        for pattern in (self.self_cue, self.opener):
            for m in pattern.finditer(folded, timeout=TIMEOUT):
                a, b = m.span("noun")
                word = regex.sub(r"\s+", " ", m.group("noun"))
                if word in self.abbrevs and not text[a:b].isupper():
                    continue  # "as", "sf" in lower case are ordinary words
                if pattern is self.opener and word in NOT_OPENERS:
                    continue
                if (a, b) in seen:
                    continue
                seen.add((a, b))
                yield self._signal(analysis, m.start(), b, word, "se présente par sa profession")
        for m in self.hashtag.finditer(folded, timeout=TIMEOUT):
            tag = m.group("noun").replace("-", "").replace("_", "")
            for stem, word in self.tag_stems:
                if tag == stem or (len(stem) > 4 and tag.startswith(stem)):
                    yield self._signal(analysis, m.start(), m.end(), word, "mot-dièse de profession")
                    break

    def _signal(self, analysis, start, end, word, why):
        pid = self.lookup.get(word)
        attrs = {"title": word}
        if pid and pid != "autre":
            attrs["profession"] = pid
        return analysis.signal("profession.self", start, end, 0.7, why, self.name, **attrs)
