"""The cheap paths of the language steps must give exactly what the full work gives: the plain
view (obfuscation.build_view) against the edit-by-edit view, the word-facts gates (wordfacts,
dispatchgate, gated, phrases) against scanning the text."""
import random
import re

import pytest

from postcheck import obfuscation
from postcheck.detectors import defamation
from postcheck.detectors._scan import FILES
from postcheck.detectors._speech_cues import DENOUNCE, REPORT_VERB
from postcheck.dispatch import Dispatched
from postcheck.gated import Gated
from postcheck.lexicon import fold
from postcheck.patterns import fast, load_patterns, scanner
from postcheck.phrases import PhraseMatcher
from postcheck.regexparts import split_pieces
from postcheck.textnorm import normalize
from postcheck.wordfacts import WordFacts, read

# Written for these tests: plain posts, mentions, hashtags (split or not), leet, masks, spaced
# letters, stretched letters, line breaks, double spaces, a lone '!' and one glued to a word.
POSTS = [
    "Garde calme cette nuit, merci à toute l'équipe du service !",
    "@martin_l tu as vu le planning ? on remet ça demain",
    "#RasLeBol des gardes de 24h #covid encore une nuit",
    "Ce c0nn@rd de chef m'a encore parlé comme à un chien",
    "quel p*tain de service, franchement",
    "il est vraiment g r o s s i e r ce type",
    "connnnnard va",
    "première ligne\nseconde ligne  avec deux espaces",
    "c'est insoutenable!apres tout ça",
    "il y a 3 patients en attente, salle 4",
    "appelez-le tous jour et nuit, en boucle",
    "son adresse : 12 rue des Lilas, allez-y",
    "ils sont tous des parasites ces gens-là",
    "#chefdeserviceboulet encore raté",
    "", "a", "!!", "@", "# ", "x_y z", "mail: jean@exemple.fr",
]


def _texts():
    """The posts, and random strings: of any characters the view cares about, and of letters
    with a few marks (most of those take the plain path)."""
    rng = random.Random(7)
    texts = list(POSTS)
    for alphabet, n in (("ab co-n.d_/·@#$€*!|\n\t\u2003x1éE'ç ", 3000),
                        ("abcdeonlsu  '#@,.!12", 3000)):
        texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
                  for _ in range(n)]
    texts += [" ".join(rng.choice(["con", "connard", "c0n", "mrot", "chef", "#cheflourd",
                                   "@paul", "y", "a", "3", "!", "boulet", "s4lope"])
                       for _ in range(rng.randint(1, 6))) for _ in range(2000)]
    return texts


def test_plain_view_is_the_edited_view():
    plain = 0
    for text in _texts():
        normalized = normalize(text).text
        folded = fold(normalized)
        fast_view = obfuscation.build_view(normalized, folded)
        assert fast_view[:4] == obfuscation._edited_view(normalized, folded)[:4], text
        runs = re.findall(r"\w+", fast_view.text)
        assert fast_view.words is not None and set(runs) <= set(fast_view.words), text
        plain += obfuscation._ODD.search(folded) is None
    assert plain > 3000   # the plain path was tried


def test_odd_search_is_the_plain_alternation():
    plain = re.compile(r"[$€*\n\r\t]|[!|](?=\w)|\s\s|(?<=[#\w@$€*!|])@|@(?!\w)|"
                       r"[ ._·\-/][\w@$*][ ._·\-/]{1,3}[\w@$*](?![\w'])")
    plain_but_spaced = re.compile(r"[$€*\n\r\t]|[!|](?=\w)|\s\s|(?<=[#\w@$€*!|])@|@(?!\w)")
    for text in _texts():
        assert (obfuscation._ODD.search(text) is None) == (plain.search(text) is None), text
        spaced_only = plain.search(text) is not None and not plain_but_spaced.search(text)
        assert obfuscation._odd(text) == (plain.search(text) is not None and not (
            spaced_only and obfuscation.SPACED.search(text) is None)), text


def test_word_facts_layout_and_generations():
    facts = WordFacts()
    vowel = facts.register("vowel", 1, lambda w: int(w[:1] in "aeiou"))
    assert facts.register("vowel", 1, lambda w: 0) == vowel   # same key, same slot
    early = facts.of(["arbre", "chat"])
    length = facts.register("length", 4, lambda w: min(len(w), 15))
    late = facts.of(["arbre", "chat"])
    assert read(early, vowel) == read(late, vowel) == 1
    assert read(early, length) is None            # computed before the fact existed
    assert read(late, length) == 5 | 4
    assert read(facts.of([]), vowel) == 0 and read(None, vowel) is None


def test_split_pieces():
    assert split_pieces(r"(?:je|on)\s*(?:vol|pique)(?:e|ons)\s+(?:les|des)\s{1,3}gants") == [
        "(?:je|on)", "(?:vol|pique)(?:e|ons)", "(?:les|des)", "gants"]
    assert split_pieces(r"a\\s+b") == [r"a\\s+b"]       # an escaped backslash, then "s+"
    assert split_pieces(r"a[\s]b\s+c") == ["a[\\s]b", "c"]
    assert split_pieces(r"(a)\s+(b)") == []            # groups renumbered: not checked


def test_gated_scan_with_word_facts_same_matches():
    """The pattern scan with the post's word facts (gate layers, word starts) against the
    plain alternation, on the view of each post."""
    dispatched = scanner(*FILES)
    dispatched.use_word_facts()
    pattern, _ = load_patterns(*FILES)
    for text in POSTS:
        view = obfuscation.build_view(normalize(text).text, fold(normalize(text).text))
        expected = [(m.lastgroup, m.span()) for m in pattern.finditer(view.text)]
        got = [(g, m.span()) for g, m in dispatched.finditer(view.text, facts=view.facts)]
        assert got == expected, text


def test_small_dispatch_with_word_facts():
    alts = [("a", r"vol(?:e|ent)\s+des\s+gants"), ("b", r"son\s+adresse\s*:"),
            ("c", r"(?:je|j')\s*(?:vais|veux)\s+(?:le|la)\s+(?:signaler|denoncer)")]
    scanner_ = Dispatched(alts)
    scanner_.use_word_facts()
    plain = re.compile(r"(?<!\w)(?:" + "|".join(f"(?P<{k}>{b})" for k, b in alts) + r")(?!\w)")
    for text in ["il vole des gants", "son adresse : ici", "j'vais le signaler", "son avis",
                 "je vais la denoncer et il volent des gants", "adresse son : vole"]:
        view = obfuscation.build_view(text, text)
        expected = [(m.lastgroup, m.span()) for m in plain.finditer(text)]
        assert [(g, m.span()) for g, m in scanner_.finditer(text, facts=view.facts)] == expected


@pytest.mark.parametrize("gated", [DENOUNCE, REPORT_VERB, defamation.HEDGE, defamation.PUBLIC,
                                   defamation.PREVENTION, defamation.CHANNEL])
def test_gated_search_same_as_pattern(gated):
    for text in POSTS + ["j'ai porte plainte contre lui", "il m'a traitee de grosse vache",
                         "arretez de dire que les gens sont nuls", "c'est inacceptable",
                         "il parait qu'elle aurait vole la caisse", "condamne par le tribunal",
                         "formation sur la prevention des chutes", "signale a l'ARS hier",
                         "on dit que le chef serait au courant, peut-etre"]:
        view = obfuscation.build_view(text, fold(text))
        expected = gated.pattern.search(view.text)
        for facts in (None, view.facts):
            got = gated.search(view.text, facts=facts)
            assert (got and got.span()) == (expected and expected.span()), text


def test_gated_without_required_words_still_searches():
    gated = Gated(fast(r"\w+ard"))
    assert gated.search("un renard") and not gated.search("un chat")


def test_phrase_matcher_rules_out_only_texts_without_matches():
    matcher = PhraseMatcher({"sale con": 1, "de merde": 2, "honte du service": 3, "abruti": 4},
                            word_facts=True)
    for text in ["quel sale con", "service de merde", "la honte du service", "un abruti!",
                 "le service est calme", "merde alors", "sale temps", "honte"]:
        view = obfuscation.build_view(text, text)
        if list(matcher.finditer(text)):
            assert matcher.may_match(view.words, view.facts), text
    view = obfuscation.build_view("tout va bien", "tout va bien")
    assert not matcher.may_match(view.words, view.facts)
