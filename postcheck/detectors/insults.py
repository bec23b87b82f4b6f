"""Insults, swear words and contempt, matched on the deobfuscated view.

For every word of lexicons/insults.txt, swears.txt and contempt.txt found in the post, the
context decides what it is (rules then decide what it means):
- quoted, reported or denounced ("il m'a traitée de « … »", "arrêtez d'appeler les gens des …")
  -> `insult`/`contempt` with use=reported, plus a `quote.denounced` signal;
- self-mockery ("je suis vraiment un boulet") -> use=self;
- a word aimed at nobody ("journée de con", "c'est nul", "putain") -> `swear`;
- otherwise `insult` (or `contempt`) with use=direct and `aim`: addressee (tu, vous), person,
  group, none (no cue saying at whom).
Attributes: severity (1-3), needs_target, obfuscated (leet, masks, spacing, look-alikes),
slur (designates a protected group), aim, use.
"""
from __future__ import annotations

from ..analysis import Analysis
from ..phrases import PhraseMatcher
from ..wordforms import load_entries
from . import _speech
from .targets import role_lexicon, role_nouns

LEXICONS = (("insults", "insult"), ("contempt", "contempt"), ("swears", "swear"))


class InsultDetector:
    name = "insults"

    def __init__(self):
        from .. import fuzzy

        fuzzy.index()   # built here, once, rather than on the first post
        table = {}
        for lexicon, kind in LEXICONS:
            for form, entry in load_entries(lexicon).items():
                table.setdefault(form, (kind, entry))
        self.roles = role_nouns()
        # Health-care people words are in most posts: no phrase is filed under them if it has
        # another word ("pseudo soignants" under "pseudo").
        self.matcher = PhraseMatcher(table, word_facts=True, frequent=frozenset(role_lexicon()))

    def detect(self, analysis: Analysis):
        view = analysis.view
        if view.words is not None and not self.matcher.may_match(view.words, view.facts):
            return
        view = view.text
        for start, end, form, (kind, entry) in self.matcher.finditer(view):
            yield from self._classify(analysis, view, start, end, form, kind, entry)

    def _classify(self, analysis, view, start, end, form, kind, entry):
        obfuscated = analysis.disguised(start, end)
        common = {"severity": entry.severity, "needs_target": entry.needs_target,
                  "obfuscated": obfuscated, "slur": "slur" in entry.tags}
        if _speech.reported(view, start, end, analysis.view.facts):
            quote = _speech.in_quotes(view, start, end)
            if quote:
                yield analysis.view_signal("quote.denounced", quote[0], quote[1], 0.6,
                                           "passage cité ou dénoncé", self.name)
            if kind != "swear":
                yield analysis.view_signal(kind, start, end, 0.5, "mot cité, rapporté ou dénoncé",
                                           self.name, use="reported", aim="none", **common)
            return
        if kind == "swear":
            aim = _speech.aim(view, start, end, entry.tags | {"adj"}, self.roles)
            if aim == "person" and form.startswith(("de ", "d'", "a la ")):
                yield analysis.view_signal("insult", start, end, 0.6,
                                           "juron accolé à une personne", self.name,
                                           use="direct", aim="person", **common)
                return
            yield analysis.view_signal("swear", start, end, 0.6, "juron sans cible", self.name,
                                       severity=entry.severity, obfuscated=obfuscated)
            return
        tags = entry.tags
        if form.split(" ", 1)[0] in _INTENSIFIERS:
            tags = tags - {"amb"}
        aim = _speech.aim(view, start, end, tags, self.roles)
        if aim in ("verb", "denied"):
            return
        if "slur" in tags and aim in ("none", "thing"):
            aim = "group"
        if aim in ("none", "thing") and _in_hashtag(analysis, start):
            if self._role_in_hashtag(analysis, start):
                aim, tags = "person", tags - {"amb"}
        if aim == "self":
            yield analysis.view_signal(kind, start, end, 0.4, "autodérision", self.name,
                                       use="self", aim="self", **common)
        elif aim == "thing":
            yield analysis.view_signal("swear", start, end, 0.5,
                                       "mot grossier qui qualifie une chose", self.name,
                                       severity=entry.severity, obfuscated=obfuscated)
        elif aim == "none" and "amb" in tags and entry.needs_target and not obfuscated:
            return   # an ordinary word (vache, boucher, porc) with nothing making it an insult
        else:
            score = 0.9 if aim in ("addressee", "person", "group") else 0.6
            yield analysis.view_signal(kind, start, end, score, _WHY[kind], self.name,
                                       use="direct", aim=aim, **common)


    def _role_in_hashtag(self, analysis, start):
        view = analysis.view.text
        left = view.rfind("#", 0, start)
        return any(w in self.roles for w in view[left + 1:start].split())


def _in_hashtag(analysis, start: int) -> bool:
    """Is view position `start` inside a hashtag as typed (#chefdeserviceboulet)?"""
    nstart, _ = analysis.view.to_norm(start, start + 1)
    text = analysis.text
    i = nstart
    while i > 0 and not text[i - 1].isspace():
        i -= 1
    return text[i:i + 1] == "#"


_INTENSIFIERS = {"gros", "grosse", "vieux", "vieille", "sale", "pauvre", "petit", "petite",
                 "espece", "bande", "sac", "tete", "face", "gueule", "peau", "roi", "reine"}
_WHY = {"insult": "terme injurieux", "contempt": "expression de mépris"}
