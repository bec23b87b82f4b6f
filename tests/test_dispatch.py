"""First-character dispatch must find exactly what the plain alternation finds."""
import re

import pytest

from postcheck.detectors._scan import FILES
from postcheck.dispatch import Dispatched, Unsupported, first_chars, split_top
from postcheck.patterns import load_patterns, scanner

TEXTS = [
    "je les deteste tous, ces gens-la sont des parasites",
    "franchement ils ne valent rien et n'ont rien a faire ici",
    "allez tous laisser un avis sur sa page, on va le pourrir",
    "rien a signaler, garde calme ce soir avec l'equipe de nuit",
    "c'est un menteur, il a falsifie le dossier du patient",
    "#balancetonhosto je publierai son adresse chaque jour",
    "", "a", "  ' - ", "l'abruti de la chambre 4 est reparti",
]


def test_split_top_ignores_bars_in_groups_and_classes():
    assert split_top(r"a(?:b|c)|[|x]d|e\|f") == ["a(?:b|c)", "[|x]d", r"e\|f"]


def test_first_chars():
    assert first_chars(r"(?:je|j'|on)\s*x") == frozenset("jo")
    assert first_chars(r"(?:tres\s+)?bien") == frozenset("tb")
    assert first_chars(r"\w+") is None
    with pytest.raises(Unsupported):
        first_chars(r"(?:x)?")
    with pytest.raises(Unsupported):
        first_chars(r"(?i:abc)")


def test_small_alternation_same_matches():
    alts = [("a", r"chat(?:te)?s?"), ("b", r"chien|loup"), ("a", r"(?:petit\s+)?chat\s+noir"),
            ("c", r"\w+ard")]
    plain = re.compile(r"(?<!\w)(?:" + "|".join(f"(?P<{k}{i}>{b})" for i, (k, b)
                                                  in enumerate(alts)) + r")(?!\w)")
    scanner = Dispatched(alts)
    for text in ["un chat noir et des chattes, un loup; le renard", "petit chat noir", "x"]:
        expected = [(m.lastgroup[0], m.span()) for m in plain.finditer(text)]
        assert [(label, m.span()) for label, m in scanner.finditer(text)] == expected


@pytest.mark.parametrize("many", [False, True])
def test_few_or_many_possible_alternatives_same_matches(many):
    """Few possible alternatives: each is searched on its own; many: word starts are walked.
    Both must give the alternation's matches, overlaps and order included."""
    alts = [("a", r"vol(?:e|ent)\s+des\s+gants"), ("b", r"des\s+gants(?:\s+bleus)?"),
            ("c", r"gants\s+bleus"), ("d", r"\d+\s+gants"), ("e", r"(?:le|la)\s+pharmacie")]
    if many:  # factors too short to rule anything out: these are always possible
        alts += [(f"z{n}", rf"(?:de|le|la)\s+x{n}") for n in range(6)]
    plain = re.compile(r"(?<!\w)(?:" + "|".join(f"(?P<{k}>{b})" for k, b in alts) + r")(?!\w)")
    scanner = Dispatched(alts)
    for text in ["il vole des gants bleus et 12 gants", "des gants bleus, gants bleus, 3 gants",
                 "la pharmacie vole des gants", "rien", "4 gants bleus vole des gants x"]:
        expected = [(m.lastgroup, m.span()) for m in plain.finditer(text)]
        assert [(label, m.span()) for label, m in scanner.finditer(text)] == expected, text


@pytest.mark.parametrize("files", [FILES, ("conduct_cues",)])
def test_language_scan_same_as_plain_pattern(files):
    dispatched = scanner(*files)
    assert dispatched is not None
    pattern, _ = load_patterns(*files)
    for text in TEXTS + [" ".join(TEXTS)]:
        expected = [(m.lastgroup, m.span()) for m in pattern.finditer(text)]
        assert [(g, m.span()) for g, m in dispatched.finditer(text)] == expected


def test_prefix_gate_same_matches_as_finditer():
    from postcheck.detectors.context import LEXICONS
    from postcheck.lexicon import compile_words
    from postcheck.prefixgate import DIGIT, PrefixGate, literal_prefixes

    assert literal_prefixes(r"(?<!\w)(?:etat\s+)?stable") == {"etat", "stable"}
    assert literal_prefixes(r"(?:ma|\d+\s*h)\s+garde") == {"ma", DIGIT}
    assert literal_prefixes(r"\w{3,}ectomie") is None
    patterns = [compile_words(lexicon)._re for _, lexicon, _, _ in LEXICONS]
    patterns.append(re.compile(r"(?<!\w)(?:\d+\s*kg|poids\s+de\s+\d+)(?!\w)"))
    gate = PrefixGate(patterns)
    texts = TEXTS + ["ma garde de nuit aux urgences, 12 h de garde, patiente de 54 kg stable",
                     "post-op d'une appendicectomie chez la mamie du 3e, etat stable",
                     "il fait 80 kg; en poste ce soir; transmissions faites"]
    for text in texts:
        assert [[m.span() for m in ms] for ms in gate.finditer_all(text)] == \
            [[m.span() for m in p.finditer(text)] for p in patterns]


def test_presence_says_no_only_when_no_match_is_possible():
    from postcheck.prefixgate import Presence

    gate = Presence(r"(?:boulang\w*|(?:petit\s+)?maire|\w+iste)")
    assert gate.possible("nimporte quoi") is True          # \w+iste: no literal start
    gate = Presence(r"(?:boulang\w*|(?:petit\s+)?maire)")
    assert gate.possible("la femme du maire") and gate.possible("le petit boulanger")
    assert not gate.possible("garde calme, rien a signaler")
