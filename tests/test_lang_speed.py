"""Shortcuts of the language detectors' speed work give the same answers as the long way."""
from postcheck.detectors import _conduct_pairs
from postcheck.detectors._speech import clause, sentence
from postcheck.lexicon import fold
from postcheck.patterns import fast, scanner

_OLD_CLAUSE_END = fast(r"[.!?;\n…]|\s[-–]\s|$")


def test_clause_end_is_the_first_stop_dash_or_end():
    for text in ("il est parti - vraiment. fin", "rien ici", "a;b", "x -\ny", "fin\n",
                 "deux – tirets - ici", "trois… points", "", "a  -  b"):
        for end in range(len(text) + 1):
            m = _OLD_CLAUSE_END.search(text, end)
            assert clause(text, 0, end)[1] == m.start()


def test_sentence_bounds():
    text = "Bonjour. Il est venu ! Et alors ? Fin"
    assert sentence(text, 10, 12) == (8, 21)
    assert sentence(text, 35, 36) == (33, len(text))


def test_pairs_need_both_families_possible():
    both = fold("pour guérir une otite, rien ne vaut les huiles essentielles, oubliez le reste")
    assert _conduct_pairs._pair_possible(both, None)
    assert [p[0] for p in _conduct_pairs.pairs(both)] == ["health.misinformation"]
    one = fold("les huiles essentielles sentent bon dans la salle de pause")
    assert not _conduct_pairs._pair_possible(one, None)
    assert _conduct_pairs.pairs(one) == []


def test_live_mask_covers_every_match():
    dispatched = scanner("conduct_cues")
    text = fold("pour guérir une otite, rien ne vaut les huiles essentielles")
    live = dispatched.live(text)
    labels = {label for label, _ in dispatched.finditer(text)}
    assert labels and dispatched.mask_of(labels) & live
