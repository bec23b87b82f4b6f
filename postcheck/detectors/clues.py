"""Indirect identification clues: details that, put together, point at one person without
naming them ("le seul boulanger du bourg", "un hameau de 300 âmes", "collégienne à Vitré",
"le mari de la maire", "son 5e enfant", "sur l'A84 près de Rennes").

One clue identifies nobody; rules count them (secret-patient-indirect needs two and a health
fact). Signals:
- `clue.place`     attribute `scale`: small (village, bourg, quartier), residence (where the
                   person lives), road, event (where an accident happened), town (a place
                   name), city (one of the largest cities: a weak clue);
- `clue.job`       the person's occupation or position, or a relative's (`relation`: True);
                   `anchored`: True when tied to one community with a definite article ("le
                   maire de notre commune", "le boulanger du bourg", "la femme du maire"):
                   that alone singles out;
- `clue.celebrity` someone known to the public (`anchored` likewise: "la star du club");
- `clue.unique`    a detail that fits one person (the only one, the oldest, a rare case).
"""
from __future__ import annotations

import re

import regex

from ..analysis import Analysis
from ..lexicon import TIMEOUT, FastPattern, fold
from .clue_patterns import PREP, ROAD_NUMBER, patterns as clue_patterns
from .clue_shapes import EPONYM_BEFORE, EPONYM_WORDS, first_name_only, rare_eponyms, shaped_towns
from ..factors import FactorGate, required_factors
from ..literalscan import SCAN
from .cue_gate import CueGate, read_all, top_alternatives

_BIG_CITIES = set(fold(c) for c in (
    "Paris Marseille Lyon Toulouse Nice Nantes Montpellier Strasbourg Bordeaux Lille Rennes "
    "Reims Toulon Grenoble Dijon Angers Nîmes Villeurbanne Brest Tours Amiens Limoges Annecy "
    "Perpignan Metz Besançon Orléans Rouen Mulhouse Caen Nancy Argenteuil Montreuil Roubaix "
    "Tourcoing Avignon Nanterre Poitiers Versailles Saint-Étienne Clermont-Ferrand Le-Havre "
    "Le-Mans Aix-en-Provence France Bretagne Normandie Occitanie Europe").split())


_UNNAMED = re.compile(r"\(\?P<\w+>")
# "un boulanger du coin" is one of several; "le boulanger du bourg" is the one
_INDEFINITE = re.compile(r"(?:un|une|des)\s")


class ClueDetector:
    name = "clues"

    def __init__(self):
        patterns = clue_patterns()
        self.patterns = [(kind, attrs, _compile(p)) for kind, attrs, p in patterns]
        # A pattern runs only on posts holding one of its required factors ("seul", "cas", a
        # word of clue_jobs...: postcheck/factors.py), and where it can begin, walked back to
        # from them (CueGate); the others scan posts holding their factors. Group names do
        # not change what a pattern matches. Strings are found by the pass shared with other
        # detectors (postcheck/literalscan.py).
        groups = [top_alternatives(_UNNAMED.sub("(?:", p)) for _, _, p in patterns]
        read_all([body for g in groups for body in g])
        self.walked = [i for i, g in enumerate(groups) if all(map(CueGate.walkable, g))]
        self.scanned = [i for i in range(len(groups)) if i not in self.walked]
        self.cues = CueGate([groups[i] for i in self.walked], ascii_words=True)
        self.gate = FactorGate([required_factors(_UNNAMED.sub("(?:", patterns[i][2]))
                                for i in self.scanned])
        self.slots = (SCAN.register(self.cues.table), SCAN.register(self.gate.table),
                      SCAN.register(dict.fromkeys(EPONYM_WORDS, 1)))
        self._hits = SCAN.reader(*self.slots)
        self.town_before = regex.compile(rf"(?r)(?:^|[^\p{{L}}])(?:{PREP})$")
        self._walked_patterns = [self.patterns[i][2] for i in self.walked]
        # the road pattern, possible on any digit, runs only where ROAD_NUMBER or one of its
        # words is found (its number in self.scanned: the words' hits name it)
        self._road = next((n for n, i in enumerate(self.scanned)
                           if self.patterns[i][1].get("scale") == "road"), None)

    def detect(self, analysis: Analysis):
        text, folded = analysis.text, analysis.folded
        found: list[tuple[int, int, str, dict]] = []
        homes: list[tuple[int, int]] = []  # "le curé de Saint-Thélo": the town is a clue too
        cue_hits, factor_hits, eponym_hits = self._hits(analysis)
        matches = {i: found for i, found in zip(self.walked, self.cues.finditer_all(
            folded, self._walked_patterns, cue_hits, SCAN.other_digits(analysis),
            timeout=TIMEOUT)) if found}
        for n in self.gate.possible_from(folded, factor_hits):
            if n == self._road and not ROAD_NUMBER.search(folded) and not any(
                    n in ids for _, ids in factor_hits):
                continue
            i = self.scanned[n]
            matches[i] = self.patterns[i][2].finditer(folded, timeout=TIMEOUT)
        for i in sorted(matches):   # in the patterns' order, as before
            kind, attrs, _ = self.patterns[i]
            for m in matches[i]:
                end = m.end()
                groups = m.groupdict()
                name_end = None
                if groups.get("name") is not None:
                    name_end = _capitalised(text, m.start("name"), m.end("name"))
                    if name_end is None and kind == "clue.place" and attrs.get("scale") not in (
                            "small", "road"):
                        continue  # "habite à côté", "accident de la route": no place named
                    if name_end is None or kind != "clue.place":
                        end = _strip_link(folded, m.start(), m.start("name"))
                    else:
                        end = name_end
                    if name_end is not None and kind != "clue.place":
                        homes.append((m.start("name"), name_end))
                if (groups.get("local") or name_end is not None or attrs.get("relation")) \
                        and kind != "clue.place" and not _INDEFINITE.match(folded, m.start()):
                    attrs = {**attrs, "anchored": True}   # "le maire de notre commune"
                found.append((m.start(), end, kind, attrs))
        # a clue inside a longer one ("du maire" in "la femme du maire") is the same clue
        kept = [f for f in found if not any(g is not f and g[0] <= f[0] and f[1] <= g[1]
                                            and g[1] - g[0] > f[1] - f[0] for g in found)]
        for start, end, kind, attrs in kept:
            yield analysis.signal(kind, start, end, 0.6, f"indice : {kind[5:]}", self.name,
                                  **attrs)
        homes = sorted(set(h for h in homes if not any(a <= h[0] < b for a, b, _, _ in kept)))
        for start, end in homes:
            scale = "city" if fold(text[start:end]).replace(" ", "-") in _BIG_CITIES else "town"
            yield analysis.signal("clue.place", start, end, 0.4, "indice : lieu nommé",
                                  self.name, scale=scale)
        taken = [(f[0], f[1]) for f in kept] + homes
        towns = list(self._towns(analysis, taken))
        yield from towns
        yield from shaped_towns(analysis, taken + [(t.start, t.end) for t in towns],
                                _HOSPITAL_BEFORE, self.town_before, _BIG_CITIES)
        if eponym_hits:  # "maladie", "syndrome"
            yield from rare_eponyms(analysis)

    def _towns(self, analysis: Analysis, taken):
        """A place name spaCy recognises after a preposition ("à Fougères", "sur Pontivy")."""
        folded, text = analysis.folded, analysis.text
        for ent in analysis.ents:
            start, end = ent.start_char, ent.end_char
            if not text[start:start + 1].isupper() or ent.label_ != "LOC":
                continue  # (the entity's text is the post's: no need to build it)
            if any(a <= start < b for a, b in taken):
                continue
            before = folded[max(0, start - 25):start]
            if not self.town_before.search(before) or _HOSPITAL_BEFORE.search(before):
                continue
            if EPONYM_BEFORE.search(before) or first_name_only(ent.text):
                continue  # "maladie de Fabry", "bravo à Lucienne": no place
            scale = "city" if fold(ent.text).replace(" ", "-") in _BIG_CITIES else "town"
            yield analysis.signal("clue.place", start, end, 0.4, "indice : lieu nommé", self.name,
                                  scale=scale)


def _compile(body: str):
    """Plain `re` where it can (several times faster on these alternations), else `regex`."""
    try:
        return FastPattern(re.compile(rf"(?<!\w)(?:{body})(?!\w)"))
    except re.error:
        return regex.compile(rf"(?<![\p{{L}}\p{{N}}_])(?:{body})(?![\p{{L}}\p{{N}}_])")


# (?r): a look-behind pattern ending in `$`, only asked whether it matches, is searched from
# the end, where its matches end, instead of trying every start before (3-10x faster).
_HOSPITAL_BEFORE = regex.compile(
    r"(?r)(?:\b(?:chu|chr|chru|ch|chi|chs|hopital|hosto|clinique|polyclinique|ehpad|centre\s+"
    r"hospitalier|urgences|maternite|institut|ifsi|promo|universite|fac|faculte|"
    r"equipes?|service|unite|pole|samu|smur|sdis|antenne|ars|cpam|mairie)\s+"
    r"(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d')?)$")
_CAPITAL_SEQ = regex.compile(r"(?:(?:la|le|les|l')\s*)?[\p{Lu}][\p{L}'-]*(?:[\s-]+(?:(?:sur|sous|"
                             r"en|les|le|la|de|du|d')[\s-]+)?[\p{Lu}][\p{L}'-]*){0,3}")
_DANGLING = regex.compile(r"[\s']*(?:\s(?:du|de\s+la|de\s+l'|des|d'|de|a|au|sur))?[\s']*$")


def _capitalised(text: str, start: int, end: int) -> int | None:
    """End of the capitalised place or institution name at `start`, or None."""
    m = _CAPITAL_SEQ.match(text, start, end)
    return m.end() if m else None


def _strip_link(folded: str, start: int, end: int) -> int:
    """Drop a dangling preposition left at the end of a clue ("lycéenne à")."""
    m = _DANGLING.search(folded[start:end])
    return start + m.start() if m else end
