"""Person names in French posts, as a Presidio EntityRecognizer.

spaCy's small French model alone misses "Dr Morvan" and tags "Bravo" as a place, so a name is
accepted on corroborating evidence (candidate finders in name_patterns.py):
- a title in front (Mme, M., Dr, Pr, "mamie", "Patiente :"...), in any case ("mme huchet");
- a first name from the INSEE-based gazetteer next to a surname or an initial;
- a lone, unambiguous first name ("Sophie", "Kylian"), with a lower score;
- names in capitals as in notes ("LEFEBVRE Jacqueline", "MATTEI A.");
- a spaCy PER entity that the gazetteer or the capitalisation supports;
- initials ("A.M.", "g.l."), with a low score: rules want other clues with them.
Each result says why it fired and which role the surrounding words suggest (staff, patient).
"""
from __future__ import annotations

import regex
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from spacy.strings import get_string_id

from ..gazetteer import get_gazetteer
from ..lexicon import WORD_END, fold
from . import name_patterns as np
from .name_roles import RoleReader
from .name_words import whole_runs, word_at


_SPACE_INITIAL = regex.compile(r"\s+([\p{Lu}]\.)")
_AND_FIRST_NAME_SURNAME = regex.compile(rf"\s+et\s+({np.CAP})\s+({np.CAP_SEQ})" + WORD_END)
_SPACES = regex.compile(r"\s+")
_SURNAME = regex.compile(rf"(?:{np.PARTICLE}\s+)?{np.CAP_SEQ}" + WORD_END)
_CAP_BEFORE = regex.compile(rf"(?<![\p{{L}}\p{{N}}])({np.CAP})\s+$")
_APPOSITION_START = regex.compile(r"\s*(?:,|:|\(|du\s|de\s+la\s|de\s+l')")
_NOT_LETTER = regex.compile(r"[^A-Za-z]")
_PER = get_string_id("PER")


class FrenchNameRecognizer(EntityRecognizer):
    ENTITIES = ["PERSON", "INITIALS"]
    TAGS_RESULTS = True  # each result carries the recognizer's name and id (_result)

    def __init__(self):
        super().__init__(supported_entities=self.ENTITIES, name="FrenchNameRecognizer",
                         supported_language="fr")

    def load(self) -> None:
        self.gaz = get_gazetteer()
        self.roles = RoleReader(self.gaz)
        # every run of letters a finder looks for: one set test tells most posts apart
        self.keys = (np.TITLE_KEYS | np.FAMILIAR_KEYS | np.PLACE_KEYS) | self.gaz.first_name_keys

    def analyze(self, text, entities, nlp_artifacts=None):
        # postcheck's bridge hands the folded post over with spaCy's entities (fold() is one
        # character for one character, so a slice of it is the fold of that slice of text).
        folded = getattr(nlp_artifacts, "folded", None) or fold(text)
        # The runs of letters of the post that some finder looks for (usually none or one or
        # two): each finder only runs when its words are among them. The candidates keep the
        # finders' order (undominated keeps the first of equal ones).
        runs = self.keys.intersection(np.LETTER_RUNS.findall(folded))
        gaz = self.gaz
        titles = np.TITLE_KEYS & runs
        candidates = [*np.titled(text, gaz, whole_runs(folded, titles))] if titles else []
        if not np.FAMILIAR_KEYS.isdisjoint(runs):
            candidates += np.familiar(text, gaz)
        keys = gaz.first_name_keys & runs
        if keys:
            candidates += self._gazetteer_names(text, folded, keys)
        shapes = np.NAME_SHAPES.search(text) is not None   # initials, names in capitals
        if shapes:
            candidates += np.initial_then_surname(text, gaz)
            candidates += np.caps_runs(text, gaz)
        if nlp_artifacts is not None and nlp_artifacts.entities:
            candidates += self._spacy_persons(text, nlp_artifacts)
        if not candidates:
            return self._initials(text, folded, ()) if shapes else []
        places = np.PLACE_KEYS & runs
        candidates = [c for c in candidates if not np.in_place_name(text, c[0], folded, places)]
        if len(candidates) > 1:  # a lone candidate has none to be dominated by
            candidates = np.undominated(candidates)
        found = [self._result("PERSON", *c, text, folded) for c in candidates]
        return found + self._initials(text, folded, found) if shapes else found

    def _gazetteer_names(self, text, folded, keys):
        """Names around the words of the post that are gazetteer first names. A first name
        holds its key (Gazetteer.first_name_keys) as a whole run of letters of the folded
        text, so only the words at such runs are looked at, in order, each once, instead of
        every word of the post: the same words and the same next words as one pass of WORD
        over the text (see name_words.py). `keys`: the first_name_keys among those runs."""
        first_names, end, seen = self.gaz.first_names, -1, 0
        for at in whole_runs(folded, keys):
            if at < seen:
                continue  # inside the last word looked at
            w, words = word_at(text, at, seen)
            if w is None:
                return
            seen = w.end()
            if w.start() < end or folded[w.start():seen] not in first_names:
                continue  # inside the last name found, or not a first name (_name_from's test)
            hit = self._name_from(text, w, words)
            if hit:
                yield hit
                end = hit[1]

    def _name_from(self, text, w, words):
        """A name around the word w, a gazetteer first name (the caller's test): a candidate or
        None. `words`: the iterator of WORD matches that gave w, for the word after it. Each
        test is only run when the word's case lets it decide."""
        gaz = self.gaz
        token = w.group()
        capital = token[0].isupper()
        after = text[w.end():]
        if capital:
            m = _SPACE_INITIAL.match(after)
            if m:
                return w.start(), w.end() + m.end(), 0.8, "prénom suivi d'une initiale", None
            m = _AND_FIRST_NAME_SURNAME.match(after)
            if m and gaz.is_first_name(m.group(1)):
                return w.start(), w.end() + m.end(), 0.85, "prénoms et nom de famille", None
        nxt = next(words, None)
        if nxt and _SPACES.fullmatch(text, w.end(), nxt.start()):
            nt = nxt.group()
            if capital and nt.isupper() and len(nt) > 1 and not gaz.is_acronym(nt):
                return w.start(), nxt.end(), 0.85, "prénom suivi d'un nom en capitales", None
            if capital and nt[0].isupper() and not gaz.is_ambiguous(nt):
                surname = _SURNAME.match(text, nxt.start())
                if surname:
                    return (w.start(), surname.end(), 0.85,
                            "prénom du fichier INSEE suivi d'un nom", None)
            if (not capital and nt.islower() and gaz.is_surname(nt) and not gaz.is_ambiguous(nt)
                    and not gaz.is_ambiguous(token)):
                return w.start(), nxt.end(), 0.6, "prénom et nom du fichier INSEE en minuscules", None
        if not capital:
            return None
        prev = _CAP_BEFORE.search(text, max(0, w.start() - 60), w.start())
        if prev and not gaz.is_ambiguous(prev.group(1)) and not gaz.is_acronym(
                prev.group(1)) and not gaz.is_ambiguous(token) and (
                prev.group(1).isupper() or not np.sentence_start(text, prev.start(1))
                or gaz.is_surname(prev.group(1))):
            return prev.start(1), w.end(), 0.8, "nom suivi d'un prénom", None
        if (not gaz.is_ambiguous(token) and gaz.is_first_name(token, common_only=True)
                and (not np.sentence_start(text, w.start()) or _APPOSITION_START.match(after))):
            return w.start(), w.end(), 0.55, "prénom courant du fichier INSEE", None
        return None

    def _spacy_persons(self, text, nlp_artifacts):
        """spaCy's PER entities that the gazetteer or the capitalisation supports. Each word
        is folded once, then looked up in the gazetteer's sets (its is_* methods fold again)."""
        gaz, out = self.gaz, []
        for ent in nlp_artifacts.entities:
            if ent.label != _PER:  # the label's key: label_ looks its text up each time
                continue
            toks = [t.text for t in ent if t.is_alpha or "-" in t.text]
            caps = [t for t in toks if t[0].isupper()]
            if not caps or all(f in gaz.ambiguous or f in gaz.acronyms for f in map(fold, caps)):
                continue
            if len(toks) == 1 and np.sentence_start(text, ent.start_char) and (
                    fold(toks[0]) not in gaz.common_first_names):
                continue  # a capitalised word opening a sentence ("Fière de...")
            known = any(f in gaz.first_names or f in gaz.surnames for f in map(fold, toks))
            # Without the gazetteer, two capitalised words are a name only when neither is an
            # acronym ("Formation AFGSU") and the first does not just open a sentence.
            if known or (len(caps) >= 2 and not any(t.isupper() for t in caps)
                         and not np.sentence_start(text, ent.start_char)):
                why = ("entité PER du modèle spaCy, confirmée par le fichier INSEE" if known
                       else "entité PER du modèle spaCy")
                out.append((ent.start_char, ent.end_char, 0.8 if known else 0.65, why, None))
        return out

    def _initials(self, text, folded, found):
        out = []
        for m in np.INITIALS.finditer(text):
            letters = fold(_NOT_LETTER.sub("", m.group()))
            if letters in np.NOT_INITIALS or any(r.start <= m.start() < r.end for r in found):
                continue
            out.append(self._result("INITIALS", m.start(), m.end(), 0.5, "initiales", None, text,
                                    folded))
        return out

    def _result(self, entity, start, end, score, why, title, text, folded):
        explanation = AnalysisExplanation(recognizer=self.name, original_score=score,
                                          textual_explanation=why)
        role, room = self.roles.role(text, folded, start, end, title)
        attrs = {"role": role}
        if role == "patient" and self.roles.cared(text, folded, start, end, title, room):
            attrs["cared"] = True
        if title:
            attrs["title"] = title
        meta = {RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id, "postcheck_attrs": attrs}
        return RecognizerResult(entity, start, end, score, explanation, meta)
