"""Care and health context: what turns a name into a breach of patient secrecy.

Reports five kinds of evidence, each from a lexicon in postcheck/lexicons/:
- `health`      a condition or hospital stay, a procedure or treatment, or an outcome
                (attribute `aspect`: condition, procedure, outcome);
- `care.act`    care given to someone (toilette, suture, perfusion...);
- `care.setting` a service or unit (urgences, réa, EHPAD...);
- `patient.cue` words saying someone is cared for (patiente, résident, "la mamie");
- `care.duty`   the author on duty (ma garde, cette nuit en service, au boulot).
A cue preceded by a negation ("aucun patient") is not reported.
"""
from __future__ import annotations

import re

import ahocorasick
import regex

from ..analysis import Analysis
from ..lexicon import TIMEOUT, FastPattern, compile_words, fold, load
from ..factors import _ANY_DIGIT, DIGIT, required_factors
from ..dispatch import split_top
from ..prefixgate import DIGIT as START_DIGIT, _C, _DIGIT_START, _P, literal_prefixes, matches_at

NEGATION_BEFORE = regex.compile(r"(?:\baucune?|\bpas\s+(?:de|d'|une?(?:\s+seule?)?)|\bsans|\bni|"
                                r"\bjamais\s+(?:de|d')|\bzero)\s+(?:\w+\s+)?$")

# "le service de dialyse", "l'équipe de chirurgie", "le dépistage du diabète": the health word
# names a unit, a trade or a campaign, not something that happened to someone.
NAMING_BEFORE = re.compile(
    r"\b(?:service|equipe|unite|pole|centre|departement|consultation|bloc|salle|secretariat|"
    r"staff|congres|colloque|journee|semaine|mois|campagne|formation|reunion|chef|cadre|"
    r"interne|externe|infirmiere?|ide|medecin|chirurgien|specialiste|association|ligue|"
    r"fondation|recherche|depistage|prevention|vaccination|sensibilisation|lutte\s+contre)s?"
    r"\s+(?:de\s+la\s+|de\s+l'|de\s+|d'|du\s+|des\s+|en\s+|contre\s+(?:le\s+|la\s+|l')?)$")

# "les patients", "aux résidents", "tous nos malades": people cared for in general, which
# does not make a person named in the post one of them (attribute `group`).
GROUP_BEFORE = re.compile(r"\b(?:les|des|aux|ces|tous\s+(?:les|nos|mes|ses)|toutes\s+(?:les|nos|"
                             r"mes|ses)|nos|vos|leurs|certains|plusieurs|beaucoup\s+de|de)\s+"
                             r"(?:\w+\s+)?$")

# (signal kind, lexicon, score, attributes)
LEXICONS = (
    ("health", "health_conditions", 0.8, {"aspect": "condition"}),
    ("health", "health_procedures", 0.7, {"aspect": "procedure"}),
    ("health", "health_outcomes", 0.7, {"aspect": "outcome"}),
    ("care.act", "care_acts", 0.7, {}),
    ("care.setting", "care_settings", 0.5, {}),
    ("patient.cue", "patient_cues", 0.7, {}),
    ("care.duty", "care_duty", 0.6, {}),
)


class CareContextDetector:
    name = "care-context"

    def __init__(self):
        self.patterns = [(kind, lexicon, compile_words(lexicon), score, attrs)
                         for kind, lexicon, score, attrs in LEXICONS]
        # Each lexicon is tried only where one of its entries can start and the post holds
        # what that entry needs (_CueGate), when all are plain `re` patterns; otherwise each
        # lexicon scans the post.
        compiled = [p[2] for p in self.patterns]
        self.gate = (_CueGate([lexicon for _, lexicon, _, _ in LEXICONS])
                     if all(isinstance(p, FastPattern) for p in compiled) else None)

    def detect(self, analysis: Analysis):
        folded = analysis.folded
        if self.gate is not None:
            found = self.gate.finditer_all(folded, [p[2]._re for p in self.patterns])
        else:
            found = [p[2].finditer(folded, timeout=TIMEOUT) for p in self.patterns]
        for (kind, lexicon, _, score, attrs), matches in zip(self.patterns, found):
            for m in matches:
                before = folded[max(0, m.start() - 30):m.start()]
                if NEGATION_BEFORE.search(before) or (
                        kind == "health" and NAMING_BEFORE.search(before)):
                    continue
                extra = ({"group": bool(GROUP_BEFORE.search(before) and m.group().endswith("s"))}
                         if kind == "patient.cue" else {})
                yield analysis.signal(kind, m.start(), m.end(), score, f"lexique {lexicon}",
                                      self.name, **attrs, **extra)


class _CueGate:
    """`finditer_all(text, patterns)`: `list(pattern.finditer(text))` for each lexicon, tried
    only where one of its alternatives may start (as PrefixGate does) in a post holding one of
    that alternative's required factors (postcheck/factors.py): "ma" starts "ma garde", worth
    a try only if "garde" occurs. Starts of 3+ letters are found by one Aho-Corasick pass with
    the factors, shorter ones ("a", "de": inside most words) by one scan of word starts."""

    def __init__(self, lexicons: list[str]):
        # string -> (alternatives needing it, {lexicon: alternatives it starts})
        table: dict[str, tuple[set, dict]] = {}
        short, digit = {}, {}  # the same for starts of 1-2 letters, and for a digit start
        self.free, self.on_digit, self.unknown, n = set(), set(), [set() for _ in lexicons], 0
        for i, name in enumerate(lexicons):
            for n, body in enumerate(_alternatives(name), n + 1):
                factors, starts = required_factors(body), literal_prefixes(body)
                if not factors or any(len(f) <= 2 for f in factors if f != DIGIT):
                    self.free.add(n)  # "de", "du": in every post, not worth a step each
                else:
                    for factor in factors:
                        (self.on_digit.add(n) if factor == DIGIT
                         else table.setdefault(factor, (set(), {}))[0].add(n))
                if starts is None:
                    self.unknown[i].add(n)
                for start in starts or ():
                    (digit if start == START_DIGIT else short.setdefault(start, {})
                     if len(start) <= 2 else table.setdefault(start, (set(), {}))[1]
                     ).setdefault(i, set()).add(n)
        self._automaton = ahocorasick.Automaton()
        for key, (needing, starting) in table.items():
            self._automaton.add_word(key, (len(key), tuple(needing), _frozen(starting)))
        self._automaton.make_automaton()
        self.short = {key: _frozen(starting) for key, starting in short.items()}
        self.digit = _frozen(digit)
        self._short_starts = re.compile(r"(?<!\w)(?=%s)" % "|".join(map(re.escape, short)))

    def finditer_all(self, text: str, patterns) -> list[list]:
        alive, tries, short = set(self.free), [], self.short
        for last, (length, needing, starting) in self._automaton.iter(text):
            alive.update(needing)
            start = last - length + 1
            if starting and not (start and _WORD.match(text, start - 1)):
                tries.append((start, starting))
        for m in self._short_starts.finditer(text):
            start = m.start()
            one, two = text[start:start + 1], text[start:start + 2]
            if one in short:
                tries.append((start, short[one]))
            if two != one and two in short:
                tries.append((start, short[two]))
        if self.on_digit and _ANY_DIGIT.search(text):
            alive |= self.on_digit
        if any(not alive.isdisjoint(alternatives) for _, alternatives in self.digit):
            tries.extend((m.start(), self.digit) for m in _DIGIT_START.finditer(text))
        starts: list[set] = [set() for _ in patterns]
        for start, starting in tries:
            for i, alternatives in starting:
                if not alive.isdisjoint(alternatives):
                    starts[i].add(start)
        return [matches_at(p, text, s) if unknown.isdisjoint(alive) else list(p.finditer(text))
                for p, s, unknown in zip(patterns, starts, self.unknown)]


def _frozen(starting: dict) -> tuple:
    return tuple((i, frozenset(alternatives)) for i, alternatives in starting.items())


_WORD = re.compile(r"\w")


def _alternatives(name: str):
    """The alternatives compile_words(name) joins, an entry's own top-level ones apart
    (an entry is kept whole unless `re` reads as many top-level branches in it)."""
    for entry in load(name):
        if not entry.startswith("re:"):
            yield re.escape(fold(entry))
            continue
        body = entry[3:].strip()
        parts, parsed = split_top(body), _P.parse(body)
        same = (len(parts) == 1 or len(parsed) == 1 and parsed[0][0] is _C.BRANCH
                and len(parsed[0][1][1]) == len(parts))
        yield from (parts if same else [body])
