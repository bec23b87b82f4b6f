"""The cheap exact tests that spare costly searches rule out only what cannot match: each
is checked against the search it stands in front of, on texts written to hit its edges."""
import random
import re

from postcheck import obfuscation
from postcheck.detectors import _aim_cues as cues
from postcheck.detectors import _speech_cues as speech
from postcheck.detectors import targets


def _texts(seed, pieces, seps=(" ", "", "  "), words=(1, 5), count=20000):
    """`count` texts of `words` random pieces, each followed by a random separator."""
    rng = random.Random(seed)
    for _ in range(count):
        yield "".join(rng.choice(pieces) + rng.choice(seps)
                      for _ in range(rng.randint(*words)))


def test_odd_shortcut_on_every_kind_of_space():
    spaces = [chr(c) for c in range(0x110000) if chr(c).isspace()]
    rare = re.compile(f"[{obfuscation._OTHER_SPACE}]")
    assert [c for c in spaces if not rare.match(c)] == [" "]   # every whitespace but " "
    for a in spaces:
        for text in (f"x{a}y", f"x{a} y", f"x {a}y", f"x{a}{a}y", f"{a}@", f"@{a}"):
            assert obfuscation._odd(text) == (obfuscation._ODD.search(text) is not None), text


def test_aim_cue_endings_rule_out_only_what_cannot_match():
    """The endings _speech.aim tests before each `$`-anchored cue: wherever the cue matches,
    the text before the word ends with one of them."""
    pieces = ["s'", "se", "me", "m'", "tu", "t'", "y", "en", "ne", "n'", "suis", "es", "est",
              "etes", "sont", "etre", "pas", "plus", "bien", "espece", "bande", "de", "des",
              "d'", "sale", "gros", "vieille", "sacree", "=", ",", "un", "une", "roi", "chef",
              "tete", "vraiment", "trop", "le", "la", "a", "ce", "c'est", "t'es", "sont", ":",
              "qu'un", "qu'une", "que", "rien", "tous", "veritable", "pires", "foutue", "beau",
              "sacre", "champion", "champions", "reine", "tas", "devient", "serez", "jamais"]
    seps = [" ", "  ", "", " , ", "\u00a0"]
    cases = [(cues.REFLEXIVE, cues.REFLEXIVE_ENDS), (speech.STRONG_BEFORE, cues.STRONG_ENDS),
             (speech.FIGURATIVE_OF, cues.FIGURATIVE_ENDS)]
    matched = 0
    for before in _texts(7, pieces, seps, (1, 6)):
        for cue, ends in cases:
            if cue.search(before):
                matched += 1
                assert before.rstrip().endswith(ends), before
                assert cue is not cues.REFLEXIVE or before[-1:].isspace(), before
        if speech.APPOSITION.search(before):
            assert "," in before, before
        if speech._COPULA_TAIL.search(before):
            matched += 1
            assert speech.copula_may_end(before.rstrip()), before
    assert matched > 1000


def test_singular_determiner_endings():
    """targets._SINGULAR_ENDS: wherever _SINGULAR_DET matches, the text ends with one."""
    pieces = ["le", "la", "l'", "les", "a", "de", "du", "au", "cette", "ces", "mon", "mes", "#",
              "@", "petite", "nouvelle", "nouveau", "grand", "fameux", "fameuse", "meilleur",
              "super", "pire", "vieux", "chere", "cher", "gros", "chef", "tres", "x"]
    matched = 0
    for before in _texts(11, pieces):
        if targets._SINGULAR_DET.search(before):
            matched += 1
            assert before.rstrip().endswith(targets._SINGULAR_ENDS), before
    assert matched > 1000


def test_after_noun_in_one_match():
    """targets._AFTER says what _NAMED_AFTER, _NAMED_PLACE and _PLACE_AFTER said."""
    pieces = [" ", ",", "dr", ".", "Martin", "@x", "de", "la", "l'", "ch", "chambre", "n°", "12",
              "lit", "box", "Du", "CHU", "des", "d'", "x", "É", "mme", "  ", "du", "\n"]
    placed_seen = 0
    for text in ("xx" + piece for piece in _texts(1, pieces, ("", " "), (0, 6))):
        after = text[2:42]
        named = bool(targets._NAMED_AFTER.match(after) or targets._NAMED_PLACE.match(after))
        placed = named or bool(targets._PLACE_AFTER.match(after))
        m = targets._AFTER.match(text, 2, 42)
        assert (m is not None, m is not None and m.group("named") is not None) == (placed, named)
        placed_seen += placed
    assert placed_seen > 1000


def test_copula_search_from_its_floor():
    """_speech_cues.copula finds what COPULA.search finds (same place, same groups)."""
    pieces = ["il", "elle", "les", "chefs", "du", "service", "ne", "n'", "est", "sont", "c'est",
              "t'es", "ce", "pas", "que", "des", "un", "vraiment", "gros", "=", ":", "x", "tous",
              "etait", "reste", "le", "la", "sacre", "super", "l'", "qu'une", "a", "en"]
    found = 0
    for before in _texts(13, pieces, (" ", "  ", "", "\t"), (1, 14)):
        expected = speech.COPULA.search(before)
        got = speech.copula(before, before.rstrip())
        assert (got and (got.span(), got.groupdict())) == \
            (expected and (expected.span(), expected.groupdict())), before
        found += expected is not None
    assert found > 1000


def test_determiner_endings():
    """Wherever DEMONSTRATIVE matches, the text ends as determiner_may_end requires."""
    pieces = ["ce", "cet", "cette", "ces", "le", "la", "l'", "les", "mon", "mes", "notre", "vos",
              "leurs", "sa", "un", "de", "vraiment", "gros", "espece de", "roi des", "x", "chef",
              "tous des", "qu'une", "foutue", "veritables", "champion des", "tas de"]
    matched = 0
    for before in _texts(17, pieces):
        if speech.DEMONSTRATIVE.search(before):
            matched += 1
            assert speech.determiner_may_end(before.rstrip()), before
    assert matched > 1000


_LEADS = ["", "se", "me", "se est", "tu t'es", "il est", "c'est", "ce sont", "ce", "espece",
          "truc", "il est vraiment", "se est pas", "x ,", ", une"]


def test_endings_hold_every_last_word_of_their_pattern():
    """The ending lists are written by hand beside their patterns: every word a pattern
    holds is tried as the last word of a text it matches, so that a word added to a pattern
    and not to its list fails here."""
    cases = [(cues.REFLEXIVE, lambda tail: tail.endswith(cues.REFLEXIVE_ENDS)),
             (speech.STRONG_BEFORE, lambda tail: tail.endswith(cues.STRONG_ENDS)),
             (speech.FIGURATIVE_OF, lambda tail: tail.endswith(cues.FIGURATIVE_ENDS)),
             (speech._COPULA_TAIL, speech.copula_may_end),
             (speech.DEMONSTRATIVE, speech.determiner_may_end)]
    for cue, may_end in cases:
        matched = 0
        for word in set(re.findall(r"[a-z']+|[=:]", cue.pattern)):
            for lead in _LEADS:
                text = f"{lead} {word} "
                if cue.search(text):
                    matched += 1
                    assert may_end(text.rstrip()), (cue.pattern[:30], text)
        assert matched > 10, cue.pattern[:30]
