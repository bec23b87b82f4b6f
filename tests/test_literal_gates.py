"""The gates that spare scanning every post (literalscan.py, anchors.py, backwalk.py,
detectors/cue_gate.py, startgate.py, \\d read as [0-9]) must find exactly what the plain scans
find. Sentences written for these tests, not taken from corpora; each is also tried shuffled,
with doubled spaces, line breaks and a digit outside 0-9."""
from __future__ import annotations

import random

import pytest
import regex

from postcheck.anchors import chains
from postcheck.factors import required_factors
from postcheck.lexicon import TIMEOUT, fold
from postcheck.literalscan import LiteralScan
from postcheck.prefixgate import literal_prefixes
from postcheck.reparse import OTHER_DIGIT
from postcheck.textnorm import normalize

SENTENCES = [
    "Ma nuit de garde aux urgences : trois entrées, une patiente de 82 ans en détresse.",
    "Sa fille est passée ce matin ; le petit est né hier à 3h, 3,2 kg, G3P2.",
    "Je l'ai perfusé puis on l'a intubé en réa, il est décédé cette nuit.",
    "Le boulanger du village est hospitalisé depuis lundi au CHU de Quimbel.",
    "La seule pharmacienne du canton a repris la boulangerie de la place.",
    "Accident sur la D 12 près de Ranvel, collision entre deux motards à Saint-Gorval.",
    "Je suis infirmière en EHPAD depuis 12 ans #infirmierelife #ide",
    "Infirmière de nuit, je vous mets la photo en story ce soir 📸",
    "Aucun patient ce soir, pas de douleur, zéro appel du SAMU.",
    "Le service de dialyse et l'équipe de chirurgie organisent le dépistage du diabète.",
    "En tant qu'aide-soignante, ma vie de soignante : toilettes, changes et pansements.",
    "La mamie de la 12 attend sa chimio ; son mari est chez nous depuis mardi.",
    "Chez moi le chef du CH de Morlec est venu, l'ehpad",
    "Vidéo du scanner en pj, regardez la radio ci-dessous 👇",
    "La doyenne du bourg, centenaire, habite à Lanvern près de la rocade de Kerbrat.",
]


def _variants(text: str):
    words = text.split()
    rng = random.Random(len(text))
    yield text
    yield text.replace(" ", "  ")
    yield text.replace(" ", "\n")
    yield text + " ٣"
    for _ in range(3):
        rng.shuffle(words)
        yield " ".join(words)


TEXTS = [fold(normalize(v).text) for s in SENTENCES for v in _variants(s)]


def _spans(found):
    return [[m.span() for m in matches] for matches in found]


def test_shared_pass_gives_each_table_its_own_hits():
    scan = LiteralScan()
    first, second = scan.register({"garde": 1, "nuit": 2}), scan.register({"nuit": "n"})
    assert scan.register({"nuit": "n"}) == second  # an equal table shares its slot
    hits = scan.scan("ma nuit de garde")
    assert sorted(hits[first]) == [(6, 2), (15, 1)] and hits[second] == [(6, "n")]


def test_reader_reads_several_slots_of_one_pass():
    from types import SimpleNamespace
    scan = LiteralScan()
    first, second = scan.register({"garde": 1}), scan.register({"nuit": "n"})
    post = SimpleNamespace(folded="ma nuit de garde", shared={})
    assert scan.reader(first, second)(post) == ([(15, 1)], [(6, "n")])
    third = scan.register({"ma": 0})   # registered after the pass: the post is scanned again
    assert scan.reader(third)(post) == ([(1, 0)],)


def test_digits_read_as_ascii_unless_another_digit():
    assert "g2p1" in required_factors(r"g\dp\d", ascii_digits=True)
    assert "3" in literal_prefixes(r"\d+\s*h", ascii_digits=True)
    assert OTHER_DIGIT.search("g٢p١") and not OTHER_DIGIT.search("g2p1 ²")


def test_shared_other_digits_agrees_with_reparse():
    from types import SimpleNamespace
    from postcheck.reparse import has_other_digits
    for text in ("g٢p١", "g2p1 ²", "séance 12 ½", "rdv ۳ fois", "dose ⅔", "𝟗 ans", "rien"):
        post = SimpleNamespace(folded=fold(text), shared={})
        assert LiteralScan().other_digits(post) == has_other_digits(fold(text))


def test_chains_walk_back_over_short_words():
    [(pieces, anchors)] = chains(r"(?:sa|son|ses)\s+(?:fille|fils)")
    assert anchors == {"fille", "fils"} and pieces[-1] == {"sa", "son", "ses"}
    assert chains(r"\w+ectomie") is None


def _check(gate, patterns, hits_of, options=None):
    for text in TEXTS:
        got = gate.finditer_all(text, patterns, hits_of(text), **(options or {}))
        assert _spans(got) == _spans([list(p.finditer(text, **(options or {})))
                                      for p in patterns]), text


def test_care_context_media_and_self_gates_find_what_scans_find():
    from postcheck.detectors.context import CareContextDetector
    from postcheck.detectors.media import MediaDetector
    from postcheck.detectors.profession import ProfessionDetector
    from postcheck.literalscan import SCAN

    care, media, job = CareContextDetector(), MediaDetector(), ProfessionDetector()
    _check(care.gate, care._compiled, lambda t: SCAN.scan(t)[care.slot])
    _check(media.gate, [media.words._re], lambda t: SCAN.scan(t)[media.cue_slot])
    _check(job.self_gate, [job.self_cue], lambda t: SCAN.scan(t)[job.slots[0]],
           {"timeout": TIMEOUT})


def test_clue_gate_finds_what_scans_find():
    from postcheck.detectors.clues import ClueDetector
    from postcheck.literalscan import SCAN

    clues = ClueDetector()
    _check(clues.cues, [clues.patterns[i][2] for i in clues.walked],
           lambda t: SCAN.scan(t)[clues.slots[0]], {"timeout": TIMEOUT})


def test_type_words_not_tried_inside_longer_words():
    from postcheck.detectors.establishment_types import TYPES, TYPES_BODY
    from postcheck.startgate import StartGate

    gate = StartGate(TYPES, TYPES_BODY, ends_word=True)
    assert "ch" in {k for k, (_, whole) in gate.table.items() if whole}
    for text in TEXTS + ["ehpad", "chu", "chez", "le chu-"]:
        assert [m.span() for m in gate.finditer(text)] == [m.span() for m in TYPES.finditer(text)]


# How the profession detector listed a post's sentence and line openings before _OPENING:
# the ends of a stop and its spaces, and the end of up to 12 non-word characters from a line.
_STOP_RUN = regex.compile(r"[.!?\n…:;]\s*")
_LEAD_RUN = regex.compile(r"\W{0,12}")


def test_opening_test_agrees_with_the_openings_of_a_post():
    from postcheck.detectors import profession

    def openings(text):   # the list the detector built before testing each position
        found, line = {m.end() for m in _STOP_RUN.finditer(text)}, 0
        while line >= 0:
            found.add(_LEAD_RUN.match(text, line).end())
            line = text.find("\n", line) + 1 or -1
        return found

    tricky = ["", "a", ".", "...x", "\n\n\nx", "x.\n \n y", "- - - - - - - - - - -x",
              "\n*************************ide", "ok !  \u00a0 oui", "fin ;", "a\n\t\n",
              "(((((((((((((x", "x:\u2009y", "\n" + "#" * 11 + "x", "\n" + "#" * 12]
    for text in tricky + TEXTS:
        expected = openings(text)
        assert {p for p in range(len(text) + 1) if profession._OPENING.match(text, p)} == \
            expected, text


@pytest.mark.parametrize("text", SENTENCES + ["\n\n- Infirmière depuis peu.\nSage-femme : oui"])
def test_openers_tried_where_a_profession_word_begins(text):
    from postcheck.detectors import profession
    from postcheck.literalscan import SCAN

    job, folded = profession.ProfessionDetector(), fold(normalize(text).text)
    starts, line = set(), 0   # every position the previous version tried
    while line >= 0:
        starts.update(range(line, _LEAD_RUN.match(folded, line).end() + 1))
        line = folded.find("\n", line) + 1 or -1
    for m in _STOP_RUN.finditer(folded):
        starts.update(range(m.start() + 1, m.end() + 1))
    expected, end = [], 0
    for start in sorted(starts):
        if start >= end and (m := job.opener.match(folded, start)):
            expected.append(m.span())
            end = m.end()
    found = job._openers(folded, SCAN.scan(folded)[job.slots[2]])
    assert [m.span() for m in found] == expected
