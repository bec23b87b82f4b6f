"""Health establishments: "au CHU de Caen", "CH St-Brieuc", "l'hosto de Pontoise", "clinique
Les Arbelles", "à Necker".

Naming one's employer is fine in itself; next to a patient, a criticism or an insult it adds
the establishment's image and the author's duty of restraint, and it narrows down who a
patient is. Signal `establishment`, attributes `type` (chu, chr, chru, chi, chs, ch, gh,
hopital, clinique, ehpad, reeducation, institut, centre, service) and `named` (a proper name
or a town is attached). A type word alone ("à l'hôpital") is reported unnamed, and only for
the types that designate an establishment by themselves.
"""
from __future__ import annotations


import regex

from ..analysis import Analysis
from ..lexicon import TIMEOUT, FastPattern, compile_words, fold, folded_set
from ..literalscan import SCAN
from ..prefixgate import PrefixGate
from ..startgate import StartGate
from .establishment_types import INSTITUTIONS, INSTITUTIONS_BODY, TYPE_WORDS, TYPES_BODY, TYPES

_LINK = regex.compile(r"\s*(?:(?P<link>de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d')|\s)\s*")
_HYPHENATED = regex.compile(r"(?:-[\p{L}]+)*")
_QUOTED = regex.compile(r"[«\"]\s*([^»\"\n]{2,60}?)\s*[»\"]")  # compiled once, not per call
_GAP = regex.compile(r"[\s-]*")
_SAINT = regex.compile(r"(?:st|ste|saint|sainte)-\w")
_TOKEN = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'-]*")
_PARTICLES = {"de", "du", "des", "d", "sur", "sous", "en", "les", "lès", "le", "la", "l", "aux",
              "et", "saint", "sainte", "st", "ste"}
# Words after "de"/"du" that describe rather than name ("hôpital de jour", "CHU de demain").
_DESCRIPTORS = set(fold(w) for w in (
    "jour nuit semaine proximité référence secteur garde coin quartier secours village ville "
    "campagne province région territoire pays travail sport soins santé formation rattachement "
    "rééducation demain enfants adultes armées merde fou fous ouf rêve taille niveau type luxe "
    "pointe recours renom france l la le les mon ma ton ta son sa notre votre leur ce cette "
    "ces un une qui que dont où suite long court haut bas beauté qualité").split())
# (?r): a look-behind pattern ending in `$`, only asked whether it matches, is searched from
# the end, where its matches end, instead of trying every start before (3-10x faster).
_NOT_HOSPITAL_BEFORE = regex.compile(
    r"(?r)(?:\b(?:lycee|college|ecole|rue|avenue|av|boulevard|bd|place|quai|allee|impasse|station|"
    r"metro|arret|pont|parc|stade|chef|cheffe|chefs|cas|examen|essai|signes?|tableau|etude|"
    r"psychologue|biologie|recherche|raisonnement|sens|infirmiere?|pharmacie|experience)"
    r"(?:\s+(?:de|du|des|d'|la|le))?\s*)$")
_DETERMINER_BEFORE = regex.compile(
    r"(?r)(?:\b(?:le|la|l'|les|au|aux|a|en|un|une|mon|ma|mes|notre|nos|cet|cette|ce|du|des|de|d'|"
    r"votre|vos|son|sa|ses|leur|dans|vers|via|quel|quelle)|^)\s*$")


class EstablishmentDetector:
    name = "establishments"

    def __init__(self):
        self.named = compile_words("establishment_names")
        # Type words, institutions and hospital names are tried only where one of their
        # literal starts ("ch", "clinique", "ap"...) opens a word, found by the pass shared
        # with other detectors (literalscan.py): a post with none names no establishment.
        self.types = StartGate(TYPES, TYPES_BODY, ends_word=True)
        self.institutions = StartGate(INSTITUTIONS, INSTITUTIONS_BODY, ends_word=True)
        self.named_gate = PrefixGate([self.named._re]) if isinstance(self.named, FastPattern) \
            else None
        self.slots = (SCAN.register(self.types.table), SCAN.register(self.institutions.table),
                      SCAN.register(self.named_gate.table if self.named_gate else {}))
        self._hits = SCAN.reader(*self.slots)
        self.only_at_hits = not (self.types.scans_whole or self.institutions.scans_whole) and (
            self.named_gate is not None and self.named_gate.needs_hits)

    def detect(self, analysis: Analysis):
        type_hits, institution_hits, named_hits = self._hits(analysis)
        if self.only_at_hits and not (type_hits or institution_hits or named_hits):
            return
        text, folded = analysis.text, analysis.folded
        ents = None  # spaCy's entities, built only when a type word needs them (costly)
        found: list[tuple[int, int, str, bool, str]] = []
        for m in self.types.finditer_from(folded, type_hits, timeout=TIMEOUT):
            index = int(m.lastgroup[1:])
            _, kind, alone = TYPE_WORDS[index]
            before = folded[max(0, m.start() - 30):m.start()]
            if _NOT_HOSPITAL_BEFORE.search(before):
                continue
            abbreviation = m.end() - m.start() <= 4
            if ents is None:
                ents = [(e.start_char, e.end_char) for e in analysis.ents
                        if e.label_ in ("LOC", "ORG", "PER", "MISC")]
            end = self._name_end(text, folded, m.end(), abbreviation, ents, lowercase_ok=alone)
            if end is not None:
                found.append((m.start(), end, kind, True, "type d'établissement suivi d'un nom"))
            elif alone and (not abbreviation or text[m.start():m.end()].isupper()) \
                    and _DETERMINER_BEFORE.search(before):
                found.append((m.start(), m.end(), kind, False, "type d'établissement"))
        for m in self.institutions.finditer_from(folded, institution_hits, timeout=TIMEOUT):
            found.append((m.start(), m.end(), "chu", True, "institution hospitalière"))
        named = (self.named_gate.finditer_all_from(folded, named_hits)[0]
                 if self.named_gate is not None else self.named.finditer(folded, timeout=TIMEOUT))
        for m in named:
            if not _NOT_HOSPITAL_BEFORE.search(folded[max(0, m.start() - 30):m.start()]):
                end = m.end() + len(_HYPHENATED.match(folded, m.end()).group())
                found.append((m.start(), end, "hopital", True, "hôpital connu"))
        for start, end, kind, named, why in _longest(found):
            yield analysis.signal("establishment", start, end, 0.8 if named else 0.5, why,
                                  self.name, type=kind, named=named)

    @staticmethod
    def _name_end(text: str, folded: str, pos: int, abbreviation: bool, ents=(),
                  lowercase_ok: bool = True) -> int | None:
        """End of the proper name after a type word, or None when there is none."""
        link = _LINK.match(folded, pos)
        if not link:
            return None
        linked = link.group("link")
        if abbreviation and not linked and not text[pos - 1].isupper() and not _SAINT.match(
                folded[link.end():link.end() + 7]):
            return None  # "ch 12" is a room; "ch de lorient" and "CH Morlaix" are hospitals
        if text[link.end():link.end() + 1] in "«\"":
            close = _QUOTED.match(text[link.end():])
            return link.end() + close.end() if close else None
        end, last, real, skipped = None, link.end(), 0, 0
        descriptors = folded_set("establishment_descriptors")
        for tok in _TOKEN.finditer(text, link.end(), min(len(text), link.end() + 120)):
            if (real or skipped) and not _GAP.fullmatch(text[last:tok.start()]):
                break  # punctuation or a line break ends the name
            last = tok.end()
            word, capital = fold(tok.group()), tok.group()[0].isupper()
            if not real and tok.group()[0].isdigit():
                return None  # "CH 12" is a room
            if not real and not capital:
                if word in ("les", "la", "le", "l") or word.startswith("l'"):
                    continue  # "l'ehpad les Charmilles"
                if word in descriptors and skipped < 6:
                    skipped += 1  # "hôpital de jour pour adultes Le Seuil"
                    continue
                ent = next((e for e in ents if e[0] <= tok.start() < e[1]), None)
                if ent and word not in descriptors and not TYPES.fullmatch(word):
                    return min(ent[1], tok.start() + 60)  # spaCy sees a place or a name
                if skipped:
                    return None
                return _lowercase_name(tok, word, linked) if lowercase_ok else None
            if word in _PARTICLES:
                continue  # "Saint", "Les", "sur", "de": inside a name, not its end
            if not capital:
                break
            if TYPES.fullmatch(word) and not real:
                break  # "urgences du CHU": the next establishment, not a name
            real += 1
            end = tok.end()
            if real >= 5:
                break
        return end


def _lowercase_name(tok, word: str, linked: str | None) -> int | None:
    """A town written in lower case: "chu de caen", "ch st-brieuc", "hosto de pontoise"."""
    if TYPES.fullmatch(word) or word in _DESCRIPTORS or word in _PARTICLES:
        return None
    saint = _SAINT.match(word)
    if linked in ("de ", "d'", "du ") or (saint and not linked):
        if saint or (len(word) > 2 and tok.group().replace("-", "").isalpha()):
            return tok.end()
    return None


def _longest(found):
    """Overlapping candidates: keep the longest, named before unnamed."""
    found.sort(key=lambda f: (-(f[1] - f[0]), not f[3], f[0]))
    kept = []
    for item in found:
        if not any(item[0] < k[1] and k[0] < item[1] for k in kept):
            kept.append(item)
    return sorted(kept)
