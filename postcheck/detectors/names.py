"""Person names in French posts, as a Presidio EntityRecognizer.

spaCy's small French model alone misses "Dr Morvan" and tags "Bravo" as a place, so a name is
accepted on corroborating evidence:
- a title in front (Mme, M., Dr, Pr, "mamie", "le petit"...), in any case ("mme huchet");
- a first name from the INSEE-based gazetteer followed by a surname or an initial;
- a lone, unambiguous first name ("Sophie", "Kylian"), with a lower score;
- a spaCy PER entity that the gazetteer or the capitalisation supports;
- initials ("A.M.", "g.l."), with a low score: rules want other clues with them.
Each result says why it fired and which role the surrounding words suggest (staff, patient).
"""
from __future__ import annotations

import regex
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

from ..gazetteer import get_gazetteer
from ..lexicon import WORD_END, WORD_START, compile_words, fold

_CAP = r"[\p{Lu}][\p{Ll}\p{Lu}'-]*[\p{Ll}\p{Lu}]"         # Ballester, Le, O'Neil, Pierre-Yves
_PARTICLE = r"(?:de|du|des|le|la|da|di|dos|van|von|ben|el|d')"
_CAP_SEQ = rf"{_CAP}(?:\s+(?:{_PARTICLE}\s+)?{_CAP}|\s*{_PARTICLE}{_CAP}){{0,2}}"
_INITIAL = r"[\p{Lu}]\.(?:\s?-?[\p{Lu}]\.)?"
_FORMAL_TITLE = (r"(?:M\.|Mr\.?|Mrs\.?|Mme\.?|Mmes|Mlle\.?|Madame|Monsieur|Mademoiselle|Dr\.?|"
                 r"Docteure?|Pr\.?|Professeure?|Me)")
_FAMILIAR_TITLE = (r"(?:mamie|mamy|mémé|meme|papi|papy|pépé|pepe|tata|tonton|le\s+petit|"
                   r"la\s+petite|famille|la\s+famille)")
_STAFF_TITLES = {"dr", "dr.", "docteur", "docteure", "pr", "pr.", "professeur", "professeure"}

TITLED_CI = regex.compile(rf"{WORD_START}(?P<title>{_FORMAL_TITLE})(?!\p{{L}})", regex.IGNORECASE)
FAMILIAR = regex.compile(rf"{WORD_START}(?P<title>(?i:{_FAMILIAR_TITLE}))\s+(?P<name>{_CAP_SEQ})"
                         + WORD_END)
CAP_WORD = regex.compile(rf"{WORD_START}(?:{_CAP}|[\p{{Ll}}][\p{{Ll}}'-]+[\p{{Ll}}])" + WORD_END)
INITIALS = regex.compile(r"(?<![\p{L}\p{N}.])(?:[A-Za-z]\.\s?-?[A-Za-z]\.)(?![\p{L}\p{N}])")
NOT_INITIALS = {"pj", "ps", "nb", "cf", "ex", "ie", "eg", "st", "av", "ap"}
# A name right after these words is part of a place name (hôpital Georges Pompidou, rue
# Victor Hugo, lycée Simone Veil), not a person in the post.
PLACE_BEFORE = regex.compile(
    r"\b(?:h[oô]pital|chu|chr|chru|ch|clinique|polyclinique|ehpad|r[ée]sidence|centre|institut|"
    r"fondation|lyc[ée]e|coll[èe]ge|[ée]cole|universit[ée]|rue|avenue|av\.|bd|boulevard|all[ée]e|"
    r"place|quai|impasse|pavillon|b[aâ]timent|salle|unit[ée]|groupe\s+hospitalier|h[oô]pitaux|"
    r"saint|sainte|st|ste|prix|promo|promotion|m[ée]tro|station|pont|parc|stade|avenue\s+du)"
    r"(?:\s+(?:de|du|des|d'|la|le))?\s*$", regex.IGNORECASE)


class FrenchNameRecognizer(EntityRecognizer):
    ENTITIES = ["PERSON", "INITIALS"]

    def __init__(self):
        super().__init__(supported_entities=self.ENTITIES, name="FrenchNameRecognizer",
                         supported_language="fr")

    def load(self) -> None:
        self.gaz = get_gazetteer()
        self.staff_cues = compile_words("staff_cues")
        self.patient_cues = compile_words("patient_cues")

    # -- Presidio entry point ------------------------------------------------------------
    def analyze(self, text, entities, nlp_artifacts=None):
        found: list[RecognizerResult] = []
        found += self._titled(text)
        found += self._familiar(text)
        found += self._gazetteer_names(text)
        if nlp_artifacts is not None:
            found += self._spacy_persons(text, nlp_artifacts)
        found += self._initials(text, found)
        return [r for r in found if not self._in_place_name(text, r.start)]

    # -- candidates ----------------------------------------------------------------------
    def _titled(self, text):
        out = []
        for m in TITLED_CI.finditer(text):
            rest = text[m.end():]
            name = regex.match(rf"\s*(?P<name>{_INITIAL}|{_CAP_SEQ})" + WORD_END, rest)
            lower = None if name else regex.match(r"\s*(?P<name>[\p{Ll}][\p{Ll}'-]+[\p{Ll}])"
                                                  + WORD_END, rest)
            title = m.group("title")
            if name:
                word = name.group("name")
                if self.gaz.is_ambiguous(word.split()[0]) and not title[0].isupper():
                    continue
                score, why = 0.85, f"titre « {title} » suivi d'un nom propre"
            elif lower and self._plausible_lowercase_name(lower.group("name")):
                name, word = lower, lower.group("name")
                score, why = 0.7, f"titre « {title} » suivi d'un nom du fichier INSEE"
            else:
                continue
            end = m.end() + name.end("name")
            role = "staff" if title.lower() in _STAFF_TITLES else None
            out.append(self._result("PERSON", m.start(), end, score, why, text, role=role,
                                    title=title))
        return out

    def _familiar(self, text):
        out = []
        for m in FAMILIAR.finditer(text):
            first = m.group("name").split()[0]
            if self.gaz.is_ambiguous(first) and not self.gaz.is_first_name(first):
                continue
            title = m.group("title")
            out.append(self._result("PERSON", m.start(), m.end(), 0.8,
                                    f"appellation familière « {title} » suivie d'un nom", text,
                                    role="patient", title=title))
        return out

    def _gazetteer_names(self, text):
        out = []
        words = list(CAP_WORD.finditer(text))
        i = 0
        while i < len(words):
            hit = self._name_from(text, words, i)
            if hit:
                start, end, score, why = hit
                out.append(self._result("PERSON", start, end, score, why, text))
                while i < len(words) and words[i].start() < end:
                    i += 1
                continue
            i += 1
        return out

    def _name_from(self, text, words, i):
        """A name starting at word i, from the gazetteer: (start, end, score, why) or None."""
        w = words[i]
        token = w.group()
        if not self.gaz.is_first_name(token):
            return None
        capital = token[0].isupper()
        after = text[w.end():]
        # First name + initial: "Marine B.", "Claire L."
        m = regex.match(r"\s+([\p{Lu}]\.)", after)
        if capital and m:
            return w.start(), w.end() + m.end(), 0.8, "prénom suivi d'une initiale"
        # Coordinated first names sharing a surname: "Marine et Thomas Lecoq"
        m = regex.match(rf"\s+et\s+({_CAP})\s+({_CAP_SEQ})" + WORD_END, after)
        if capital and m and self.gaz.is_first_name(m.group(1)):
            return w.start(), w.end() + m.end(), 0.85, "prénoms et nom de famille"
        nxt = words[i + 1] if i + 1 < len(words) else None
        gap = text[w.end():nxt.start()] if nxt else ""
        if nxt and regex.fullmatch(r"\s+", gap):
            surname = regex.match(rf"(?:{_PARTICLE}\s+)?{_CAP_SEQ}" + WORD_END, text[nxt.start():])
            nt = nxt.group()
            if capital and nt[0].isupper() and surname and not self.gaz.is_ambiguous(nt):
                end = nxt.start() + surname.end()
                return w.start(), end, 0.85, "prénom du fichier INSEE suivi d'un nom"
            if capital and nt.isupper() and len(nt) > 2 and not self.gaz.is_ambiguous(nt):
                return w.start(), nxt.end(), 0.85, "prénom suivi d'un nom en capitales"
            if (not capital and self.gaz.is_surname(nt) and not self.gaz.is_ambiguous(nt)
                    and not self.gaz.is_ambiguous(token) and nt.islower()):
                return w.start(), nxt.end(), 0.6, "prénom et nom du fichier INSEE en minuscules"
        # SURNAME in capitals before a first name: "JALONNET Christine"
        prev = regex.search(r"(?<![\p{L}\p{N}])([\p{Lu}][\p{Lu}'-]+[\p{Lu}])\s+$", text[:w.start()])
        if capital and prev and not self.gaz.is_ambiguous(prev.group(1)) and (
                self.gaz.is_surname(prev.group(1)) or len(prev.group(1)) > 4):
            return prev.start(1), w.end(), 0.85, "nom en capitales suivi d'un prénom"
        if (capital and not self.gaz.is_ambiguous(token)
                and self.gaz.is_first_name(token, common_only=True)
                and (not _sentence_start(text, w.start())
                     or regex.match(r"\s*(?:,|:|\(|du\s|de\s+la\s|de\s+l')", after))):
            return w.start(), w.end(), 0.55, "prénom courant du fichier INSEE"
        return None

    def _spacy_persons(self, text, nlp_artifacts):
        out = []
        for ent in nlp_artifacts.entities:
            if ent.label_ != "PER":
                continue
            toks = [t.text for t in ent if t.is_alpha or "-" in t.text]
            if not toks or not any(t[0].isupper() for t in toks):
                continue
            if all(self.gaz.is_ambiguous(t) for t in toks if t[0].isupper()):
                continue
            known = any(self.gaz.is_first_name(t) or self.gaz.is_surname(t) for t in toks)
            multi = len([t for t in toks if t[0].isupper()]) >= 2
            if not (known or multi):
                continue
            score = 0.8 if known else 0.65
            out.append(self._result("PERSON", ent.start_char, ent.end_char, score,
                                    "entité PER du modèle spaCy, confirmée par le fichier INSEE"
                                    if known else "entité PER du modèle spaCy", text))
        return out

    def _initials(self, text, found):
        out = []
        for m in INITIALS.finditer(text):
            letters = fold(regex.sub(r"[^A-Za-z]", "", m.group()))
            if letters in NOT_INITIALS or any(r.start <= m.start() < r.end for r in found):
                continue
            out.append(self._result("INITIALS", m.start(), m.end(), 0.5, "initiales", text))
        return out

    # -- helpers -------------------------------------------------------------------------
    def _plausible_lowercase_name(self, word: str) -> bool:
        return ((self.gaz.is_surname(word) or self.gaz.is_first_name(word))
                and not self.gaz.is_ambiguous(word) and len(word) > 2)

    @staticmethod
    def _in_place_name(text: str, start: int) -> bool:
        return bool(PLACE_BEFORE.search(text[max(0, start - 40):start]))

    def _role(self, text, start, end, title_role):
        """What the words right around the name say: "ma collègue X", "X, notre IDE" (staff);
        "Mme X de la chambre 4", "la patiente X" (patient)."""
        if title_role:
            return title_role
        before = fold(" ".join(text[max(0, start - 60):start].split()[-4:]))
        after = fold(text[end:end + 50])
        apposition = regex.match(r"\s*[,(]\s*((?:\S+\s+){0,4}\S+)", after)
        near_after = apposition.group(1) if apposition else ""
        if (self.patient_cues.search(before) or self.patient_cues.search(near_after)
                or regex.match(r"\s*(?:\(|de\s+la|du|,)?\s*(?:ch|chambre|lit|box)\b", after)):
            return "patient"
        if self.staff_cues.search(before) or self.staff_cues.search(near_after):
            return "staff"
        return "unknown"

    def _result(self, entity, start, end, score, why, text, role=None, title=None):
        explanation = AnalysisExplanation(recognizer=self.name, original_score=score,
                                          textual_explanation=why)
        meta = {RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                "postcheck_attrs": {"role": self._role(text, start, end, role),
                                    **({"title": title} if title else {})}}
        return RecognizerResult(entity, start, end, score, explanation, meta)


def _sentence_start(text: str, pos: int) -> bool:
    """True at the start of the text or of a sentence, where every word has a capital."""
    before = text[:pos].rstrip(" \t\"'«(")
    return not before or before[-1] in ".!?:;\n…" or not regex.search(r"[\p{L}\p{N}]", before[-3:])
