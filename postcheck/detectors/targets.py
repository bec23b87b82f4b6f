"""Targets: who a post aims at, so that rules know whether hostile words are an insult to
someone (an injure needs an identifiable person or body) or talk about people in general.

Reports `target` signals on role nouns with attributes:
- `kind`: patient, family, colleague, manager, direction, establishment, group (a group
  protected by the discrimination laws: origin, religion, sex, orientation, disability);
- `specific`: True when the noun designates someone identifiable: a determiner that points at
  one person or body (ma cadre, le Dr, cette patiente, la direction), a name or a handle
  right after it, a room or bed number, a named establishment; False for people in general
  (les patients, des familles);
- `protected`: True for groups protected against discrimination.
Named people and @handles come from the names detector (`person`, `person.handle`).
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from ..patterns import fast

from ..analysis import Analysis
from ..lexicon import fold
from ..phrases import PhraseMatcher
from ..wordforms import expand, load_entries, plural

_SINGULAR_DET = fast(
    r"(?:\b(?:le|la|l'|ce|cet|cette|mon|ma|ton|ta|son|sa|notre|votre|leur|du|au|a\s+la|a\s+l'|"
    r"de\s+la|de\s+l')|#|@)\s*(?:(?:\p{L}+\s+){0,1}(?:nouvelle?|nouveau|petite?|vieux|vieille|"
    r"grande?|gros|grosse|chere?|super|fameuse?|cher|meilleure?|pire)\s+)?$")
# What the text before the noun ends with, final spaces stripped, wherever _SINGULAR_DET
# matches: tested first, it spares most searches (tried at every place) after a plural.
_SINGULAR_ENDS = ("le", "la", "l'", "ce", "cet", "cette", "mon", "ma", "ton", "ta", "son", "sa",
                  "notre", "votre", "leur", "du", "au", "#", "@", "nouvell", "nouvelle",
                  "nouveau", "petit", "petite", "vieux", "vieille", "grand", "grande", "gros",
                  "grosse", "cher", "chere", "super", "fameus", "fameuse", "meilleur",
                  "meilleure", "pire")
_PLURAL_DET = fast(r"\b(?:les|ces|des|mes|tes|ses|nos|vos|leurs|aux|tous\s+les|"
                            r"toutes\s+les|certaine?s|plein\s+de|trop\s+de)\s*(?:\p{L}+\s+){0,1}$")
_NAMED_AFTER = fast(
    r"\s*(?:,\s*)?(?:(?:dr|docteur|pr|mme|mr|m\.|madame|monsieur|mlle)\s*\.?\s*)?"
    r"(?:@\w+|[\p{Lu}][\p{Ll}\p{Lu}'-]+)")
_PLACE_AFTER = fast(
    r"\s*(?:d[eu]s?\s+|de\s+la\s+|de\s+l'|d')?(?:ch|chambre|chbre|lit|box)\s*\.?\s*(?:n°\s*)?\d+|"
    r"\s+(?:de\s+|du\s+|des\s+|d')?(?:[\p{Lu}]|\d)")
# A name, a handle or a capitalised place right after the noun ("la PMI de Vernon",
# "les urgentistes du CHU de X", "le journal @..."): a body one can identify by name.
_NAMED_PLACE = fast(r"\s*(?:,\s*)?(?:@\w|\s(?:de\s+|du\s+|des\s+|d')?(?:la\s+|l')?[\p{Lu}])")
# The three in one `match` (the first that matches wins): group "named" for a name or a
# named place, no group for a room, a bed or a capitalised word; None for nothing.
_AFTER = fast(f"(?P<named>(?:{_NAMED_AFTER.pattern})|(?:{_NAMED_PLACE.pattern}))|"
              f"(?:{_PLACE_AFTER.pattern})")
_GROUP_KIND = "group"
# Patients and relatives are many and unknown to readers: "la patiente" alone, unlike
# "ma cadre", does not let anyone recognise her without a name, a room or a place.
_ANONYMOUS_KINDS = {"patient", "family"}
# Establishments identifiable without a name ("l'hôpital" is the author's); a service or a
# unit ("le bloc", "le service") is not a body one can defame or insult on its own.
_INSTITUTIONS = {"hopital", "hosto", "chu", "ch", "chr", "chru", "clinique", "polyclinique",
                 "ehpad", "maternite", "etablissement", "centre hospitalier", "maison de retraite"}


@lru_cache(maxsize=None)
def role_lexicon() -> dict[str, str]:
    """form -> kind, from lexicons/targets.txt plus the protected groups of
    lexicons/hostility_words.txt."""
    raw = resources.files("postcheck").joinpath("lexicons", "targets.txt").read_text("utf-8")
    table: dict[str, str] = {f: _GROUP_KIND for f in load_entries("groups")}
    for line in raw.splitlines():
        line = line.split("#", 1)[0].strip()
        if "|" not in line:
            continue
        kind, forms = (x.strip() for x in line.split("|", 1))
        for f in forms.split(","):
            for form in expand(fold(f.strip())):
                for variant in {form, plural(form)}:
                    table.setdefault(variant, kind)
    return table


def role_nouns() -> frozenset[str]:
    return frozenset(f for f, k in role_lexicon().items() if k != _GROUP_KIND)


class TargetDetector:
    name = "targets"

    def __init__(self):
        self.matcher = PhraseMatcher(role_lexicon())

    def detect(self, analysis: Analysis):
        view, text = analysis.view, analysis.text
        to_norm, signal = view.to_norm, analysis.signal
        for start, end, form, kind in self.matcher.finditer(view.text):
            nstart, nend = to_norm(start, end)
            after = _AFTER.match(text, nend, nend + 40)
            placed = after is not None
            named = placed and after.group("named") is not None
            anonymous = kind in _ANONYMOUS_KINDS and not placed
            # the determiner before is read only when the answer depends on it
            if kind == _GROUP_KIND:
                specific = False
            elif placed:
                specific = True
            else:
                before = view.text[max(0, start - 30):start]
                singular = before.rstrip().endswith(_SINGULAR_ENDS) and \
                    _SINGULAR_DET.search(before) is not None
                if kind == "establishment":
                    if not (singular and form in _INSTITUTIONS):
                        continue
                    specific = True
                else:
                    # a plural determiner ("les", "mes") only matters for a noun with a
                    # singular one: a plural-looking form alone never made it generic here
                    specific = singular and not _PLURAL_DET.search(before)
            # (view offsets already mapped: what analysis.view_signal would do)
            yield signal(
                "target", nstart, nend, 0.7 if specific else 0.5,
                f"désignation d'une personne ou d'un groupe ({kind})", self.name,
                kind=kind, specific=specific, protected=kind == _GROUP_KIND, named=named,
                anonymous=anonymous)
