"""Lexicons of N entries and the whole-word matchers compared by lexicon_scaling.py.

Every matcher returns leftmost-longest, non-overlapping (start, end) spans: at each position
the longest entry that has no letter, digit or `_` on either side ("con" never matches inside
"contexte"; "l'abruti" gives "abruti"). spaCy's edges are its tokens', not characters'.
"""
from __future__ import annotations

import csv
import json
import random
import re
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
REAL = ("insults", "contempt", "swears", "groups", "targets", "hostility_words")
_ALPHA = re.compile(r"[a-z]{3,}")


def load_posts(quick: bool) -> list[str]:
    from postcheck.lexicon import fold

    texts = [json.loads(line)["text"] for line in
             (SHARED / "corpus" / "dev.jsonl").read_text(encoding="utf-8").splitlines() if line]
    mlma = SHARED / "data" / "mlma-fr" / "fr_dataset.csv"
    if not quick and mlma.exists():
        with mlma.open(encoding="utf-8", newline="") as f:
            texts += [row["tweet"] for row in csv.DictReader(f)]
    return [fold(t) for t in texts]


def real_forms() -> list[str]:
    from postcheck.wordforms import load_entries

    return list(dict.fromkeys(f for name in REAL for f in load_entries(name)))


def french_words(limit: int = 40000) -> list[str]:
    """The `limit` most frequent dictionary words, folded, letters only, 3 letters or more."""
    from spellchecker import SpellChecker

    from postcheck.lexicon import fold

    freq = SpellChecker(language="fr", distance=1).word_frequency.dictionary
    ranked = sorted(freq, key=freq.__getitem__, reverse=True)
    words = dict.fromkeys(w for w in fold("\n".join(ranked)).split("\n") if _ALPHA.fullmatch(w))
    return list(words)[:limit]


def build_lexicon(n: int, real: list[str], words: list[str] | None = None) -> list[str]:
    """N entries: real forms first, then phrases of 1 (60 %), 2 (30 %) or 3 (10 %) words."""
    rng = random.Random(n)
    if n <= len(real):
        return rng.sample(real, n)
    lexicon = dict.fromkeys(real)
    while len(lexicon) < n:
        k = rng.choices((1, 2, 3), (6, 3, 1))[0]
        lexicon[" ".join(rng.choice(words) for _ in range(k))] = None
    return list(lexicon)


def leftmost_longest(spans) -> list[tuple[int, int]]:
    """Keep, left to right, the longest span at each start that overlaps nothing kept."""
    best: dict[int, int] = {}
    for s, e in spans:
        best[s] = max(e, best.get(s, e))
    out, pos = [], 0
    for s in sorted(best):
        if s >= pos:
            out.append((s, best[s]))
            pos = best[s]
    return out


def trie_pattern(phrases) -> str:
    """One `re` alternation shaped as a trie: greedy `?` tries the longer phrase first."""
    root: dict = {}
    for p in phrases:
        node = root
        for ch in p:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict) -> str:
        alts = [re.escape(ch) + walk(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            return ("(?:" + body + ")?") if len(alts) == 1 else body + "?"
        return body

    return walk(root) or r"(?!x)x"


class Spacy:
    """spaCy PhraseMatcher on a blank French tokenizer; match() takes a Doc."""
    needs_doc, char_edges = True, False
    _nlp = None

    def __init__(self, phrases, attr="ORTH"):
        from spacy.matcher import PhraseMatcher

        self.matcher = PhraseMatcher(self.nlp().vocab, attr=attr)
        self.matcher.add("L", list(self.nlp().tokenizer.pipe(phrases)))

    @classmethod
    def nlp(cls):
        if cls._nlp is None:
            from postcheck import _tokcache

            primed = _tokcache.prime()  # spares spacy.lang.fr's 2 s regex compile
            import spacy

            cls._nlp = spacy.blank("fr")
            if not primed:
                _tokcache.save()
        return cls._nlp

    def match(self, doc):
        return leftmost_longest((doc[s].idx, doc[e - 1].idx + len(doc[e - 1]))
                                for _, s, e in self.matcher(doc))


class AhoCorasick:
    needs_doc, char_edges = False, True

    def __init__(self, phrases):
        from postcheck.phrases import PhraseMatcher

        self.matcher = PhraseMatcher(dict.fromkeys(phrases))

    def match(self, text):
        return [(s, e) for s, e, _, _ in self.matcher.finditer(text)]


class RegexList:
    needs_doc, char_edges = False, True

    def __init__(self, phrases):
        import regex

        from postcheck.lexicon import WORD_END, WORD_START

        self.pattern = regex.compile(WORD_START + r"\L<words>" + WORD_END, words=list(phrases))

    def match(self, text):
        return [m.span() for m in self.pattern.finditer(text)]


class ReSorted:
    needs_doc, char_edges = False, True

    def __init__(self, phrases):
        body = "|".join(map(re.escape, sorted(phrases, key=len, reverse=True)))
        self.pattern = re.compile(r"(?<!\w)(?:" + body + r")(?!\w)")

    def match(self, text):
        return [m.span() for m in self.pattern.finditer(text)]


class ReTrie(ReSorted):
    def __init__(self, phrases):
        self.pattern = re.compile(r"(?<!\w)(?:" + trie_pattern(phrases) + r")(?!\w)")


MATCHERS = {
    "pyahocorasick (postcheck.phrases)": AhoCorasick,
    "spacy PhraseMatcher ORTH": Spacy,
    "spacy PhraseMatcher LOWER": lambda p: Spacy(p, "LOWER"),
    "regex \\L<words> named list": RegexList,
    "re alternation, longest first": ReSorted,
    "re alternation, trie": ReTrie,
}
