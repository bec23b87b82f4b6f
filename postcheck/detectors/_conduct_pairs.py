"""Conduct evidence read as two cues in one sentence, in any order.

Why pairs: the same claim is written in many orders ("pour dormir tranquille, on augmente
la dose…" / "on augmente la dose… pour dormir tranquille"; "les huiles essentielles pour
soigner l'angine" / "pour soigner l'angine, rien ne vaut les huiles essentielles"). A linear
pattern needs one line per order; a pair needs one cue per half (lexicons/conduct_cues.txt,
built from grammar/conduct_cues.tpl), one scan per post. One half alone is never evidence.
An ellipsis ("...") does not end the sentence here: it continues the same remark.
"""
from __future__ import annotations

from functools import lru_cache

from ..patterns import fast, find, pattern_labels, scanner

# (family A, family B, signal kind, attributes)
PAIRS = (
    ("remedy", "cure", "health.misinformation", {"topic": "cure"}),
    ("vaccine", "natural", "health.misinformation", {"topic": "vaccine"}),
    ("vaccine", "vharm", "health.misinformation", {"topic": "vaccine"}),
    ("booze", "onduty", "conduct.unworthy", {"act": "substance"}),
    ("sedate", "conv", "conduct.unworthy", {"act": "abuse"}),
    ("leisure", "waiting", "conduct.unworthy", {"act": "neglect"}),
    ("aesthetic", "offer", "conduct.unworthy", {"act": "illegal"}),
    ("catpat", "badfaith", "conduct.contempt", {"act": "contempt"}),
)
_FAMILIES = {f for a, b, *_ in PAIRS for f in (a, b)}
# Families whose own words carry a negation that is part of the claim ("pas besoin de",
# "ils ont qu'à pas…"): the negation test looks at what precedes them only.
_NEGATION_IN_CLAIM = {"cure", "badfaith", "offer", "conv"}
# Families that only name the topic: "je ne vaccine plus, l'alimentation suffit" is still the
# claim, so a negation around them does not deny it.
_TOPIC = {"vaccine", "catpat"}
_END = fast(r"(?<!\.)[.!?\n](?!\.)")
# A remedy offered alongside the validated treatment, or with a referral: not a replacement.
COMPLEMENT = fast(r"\b(?:en\s+complement|en\s+plus\s+(?:de|du|des)|complement\p{L}*\s+(?:de|du|d'|a|au)\s*"
                  r"(?:votre|ton|son|leur|vos|tes|ses|leurs|la|l'|un|une)?\s*(?:traitement|medicament|medecine|soin)|"
                  r"avec\s+(?:votre|ton|son|leur|le|la|les)\s+(?:traitement|medecin)|demande[zr]?\s+"
                  r"(?:conseil|avis)|parle[zr]?[-\s]en|consulte[zr]?|avis\s+medical)\b")
# The act is prescribed, or the post warns against it.
MEDICAL = fast(r"\b(?:sur|avec|selon|apres)\s+(?:prescription|ordonnance|avis|accord|protocole)|"
               r"\bprescrit\p{L}*|\bmedecin\s+(?:a|l'a|les\s+a)\s+prescrit|\bappel\p{L}*\s+(?:le|la|un|une)\s+"
               r"(?:medecin|interne|docteur)")
# Affection, not contempt ("les mamies qui font exprès de nous faire rire, je les adore").
FONDNESS = fast(r"\b(?:adore\p{L}*|geniale?s?|adorables?|mignonn?e?s?|touchante?s?|craquante?s?|"
                r"j'aime|on\s+aime|tendresse|bonheur|merci)\b")
WARNING = fast(r"\b(?:attention|mefiez|mefie-toi|illegal\p{L}*|interdit\p{L}*|signale[zr]?|danger\p{L}*|"
               r"arnaque\p{L}*|mise\s+en\s+danger|maltraitance|inadmissible|honte|arretez\s+de\s+dire)\b")


def sentence(view: str, pos: int) -> tuple[int, int]:
    """Sentence bounds around `pos`, an ellipsis not counting as an end."""
    left = 0
    for m in _END.finditer(view, max(0, pos - 400), pos):
        left = m.end()
    m = _END.search(view, pos)
    return left, m.start() if m else len(view)


def pairs(view: str, facts=None) -> list[tuple[str, dict, int, int, list[tuple[str, int, int]]]]:
    """(kind, attributes, start, end, cues) for every pair found in one sentence. `facts`:
    the view's word facts (View.facts), which spare the cue scan its own gate pass."""
    if not _pair_possible(view, facts):
        return []
    by_sentence: dict[tuple[int, int], list[tuple[str, int, int]]] = {}
    for _, attrs, start, end in find("conduct_cues", view, facts):
        if attrs["fam"] in _FAMILIES:
            by_sentence.setdefault(sentence(view, start), []).append((attrs["fam"], start, end))
    out = []
    for (s0, s1), cues in by_sentence.items():
        for a, b, kind, attrs in PAIRS:
            first = next((c for c in cues if c[0] == a), None)
            second = next((c for c in cues if c[0] == b), None)
            if first and second:
                start, end = min(first[1], second[1]), max(first[2], second[2])
                out.append((kind, dict(attrs, sentence=(s0, s1)), start, end, [first, second]))
    return out


def _pair_possible(view: str, facts) -> bool:
    """False when no pair can be found: for every pair, the cue scan's gate says one of its
    families has no cue that may match here (most posts: one family at most), which spares
    the scan itself."""
    masks = _pair_masks()
    if masks is None:
        return True
    live = scanner("conduct_cues").live(view, facts)
    for first, second in masks:   # (a loop, not any() over a generator: most posts try all)
        if live & first and live & second:
            return True
    return False


@lru_cache(maxsize=None)
def _pair_masks() -> tuple[tuple[int, int], ...] | None:
    """For each pair, the masks of its two families (_family_masks)."""
    masks = _family_masks()
    return None if masks is None else tuple((masks[a], masks[b]) for a, b, *_ in PAIRS)


@lru_cache(maxsize=None)
def _family_masks() -> dict[str, int] | None:
    """For each family, the alternatives of the cue scan that find a cue of it."""
    dispatched = scanner("conduct_cues")
    if dispatched is None:
        return None
    labels = pattern_labels("conduct_cues")
    return {f: dispatched.mask_of({f"g{n}" for n, (_, _, attrs) in enumerate(labels)
                                   if attrs.get("fam") == f}) for f in _FAMILIES}


def negation_matters(family: str) -> bool:
    return family not in _TOPIC


def negation_inside(family: str, text: str) -> str:
    """The part of a cue where a negation would deny it."""
    if family in _NEGATION_IN_CLAIM:
        return ""
    return text
