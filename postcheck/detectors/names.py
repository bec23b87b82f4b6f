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

from ..gazetteer import get_gazetteer
from ..lexicon import WORD_END, compile_words, fold
from . import name_patterns as np


_SPACE_INITIAL = regex.compile(r"\s+([\p{Lu}]\.)")
_AND_FIRST_NAME_SURNAME = regex.compile(rf"\s+et\s+({np.CAP})\s+({np.CAP_SEQ})" + WORD_END)
_SPACES = regex.compile(r"\s+")
_SURNAME = regex.compile(rf"(?:{np.PARTICLE}\s+)?{np.CAP_SEQ}" + WORD_END)
_CAP_BEFORE = regex.compile(rf"(?<![\p{{L}}\p{{N}}])({np.CAP})\s+$")
_APPOSITION_START = regex.compile(r"\s*(?:,|:|\(|du\s|de\s+la\s|de\s+l')")
_APPOSITION = regex.compile(r"\s*[,(]\s*((?:\S+\s+){0,4}\S+)")
_ROOM_AFTER = regex.compile(r"\s*(?:\(|de\s+la|du|,)?\s*(?:ch|chambre|lit|box)\b"
                            r"|\s*\(?de\s+la\s+\d{1,4}[a-d]?\b(?!\s*(?:%|h\b|ans|e\b|eme))"
                            r"|\s*\(?(?:de\s+la|du)\s+(?:\d{1,2}\s*(?:e|eme|er)\s+etage|rez-de-chaussee)")
_CARED_BEFORE = regex.compile(r"(?:patiente?|residente?|pensionnaire|doyen(?:ne)?|centenaire)\s*[,:]?\s*$")
# "Mme Lagarde du bureau des entrées", "Julie de la compta": a place where staff work.
_STAFF_PLACE_AFTER = regex.compile(
    r"\s*(?:du|de\s+la|de\s+l'|des|a\s+la|a\s+l')\s*(?:bureau\s+des\s+entrees|accueil|"
    r"secretariat|standard|compta\w*|pharmacie|cuisines?|self|lingerie|brancardage|logistique|"
    r"admissions?|administration|direction|drh|rh|paie|services?\s+techniques?|informatique|"
    r"qualite|facturation|archives|stérilisation|sterilisation|menage|crèche|creche)\b")
_NOT_LETTER = regex.compile(r"[^A-Za-z]")


class FrenchNameRecognizer(EntityRecognizer):
    ENTITIES = ["PERSON", "INITIALS"]

    def __init__(self):
        super().__init__(supported_entities=self.ENTITIES, name="FrenchNameRecognizer",
                         supported_language="fr")

    def load(self) -> None:
        self.gaz = get_gazetteer()
        self.staff_cues = compile_words("staff_cues")
        self.patient_cues = compile_words("patient_cues")

    def analyze(self, text, entities, nlp_artifacts=None):
        candidates = [*np.titled(text, self.gaz), *np.familiar(text, self.gaz),
                      *self._gazetteer_names(text), *np.initial_then_surname(text, self.gaz),
                      *np.caps_runs(text, self.gaz)]
        if nlp_artifacts is not None:
            candidates += self._spacy_persons(text, nlp_artifacts)
        candidates = np.undominated([c for c in candidates if not np.in_place_name(text, c[0])])
        found = [self._result("PERSON", *c, text) for c in candidates]
        found += self._initials(text, found)
        return found

    def _gazetteer_names(self, text):
        first_names, end = self.gaz.first_names, -1
        if first_names.isdisjoint(map(fold, np.WORD.findall(text))):
            return   # most posts: no word of the post is a first name (same test as below)
        words = list(np.WORD.finditer(text))
        for i, w in enumerate(words):
            if w.start() < end or fold(w.group()) not in first_names:
                continue  # inside the last name found, or not a first name (_name_from's test)
            hit = self._name_from(text, words, i)
            if hit:
                yield hit
                end = hit[1]

    def _name_from(self, text, words, i):
        """A name around word i when it is a gazetteer first name: a candidate or None."""
        w, gaz = words[i], self.gaz
        token = w.group()
        if not gaz.is_first_name(token):
            return None
        capital = token[0].isupper()
        after = text[w.end():]
        m = _SPACE_INITIAL.match(after)
        if capital and m:
            return w.start(), w.end() + m.end(), 0.8, "prénom suivi d'une initiale", None
        m = _AND_FIRST_NAME_SURNAME.match(after)
        if capital and m and gaz.is_first_name(m.group(1)):
            return w.start(), w.end() + m.end(), 0.85, "prénoms et nom de famille", None
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt and _SPACES.fullmatch(text, w.end(), nxt.start()):
            nt = nxt.group()
            surname = _SURNAME.match(text, nxt.start())
            if capital and nt.isupper() and len(nt) > 1 and not gaz.is_acronym(nt):
                return w.start(), nxt.end(), 0.85, "prénom suivi d'un nom en capitales", None
            if capital and nt[0].isupper() and surname and not gaz.is_ambiguous(nt):
                return (w.start(), surname.end(), 0.85,
                        "prénom du fichier INSEE suivi d'un nom", None)
            if (not capital and nt.islower() and gaz.is_surname(nt) and not gaz.is_ambiguous(nt)
                    and not gaz.is_ambiguous(token)):
                return w.start(), nxt.end(), 0.6, "prénom et nom du fichier INSEE en minuscules", None
        prev = _CAP_BEFORE.search(text, max(0, w.start() - 60), w.start())
        if capital and prev and not gaz.is_ambiguous(prev.group(1)) and not gaz.is_acronym(
                prev.group(1)) and not gaz.is_ambiguous(token) and (
                prev.group(1).isupper() or not np.sentence_start(text, prev.start(1))
                or gaz.is_surname(prev.group(1))):
            return prev.start(1), w.end(), 0.8, "nom suivi d'un prénom", None
        if (capital and not gaz.is_ambiguous(token) and gaz.is_first_name(token, common_only=True)
                and (not np.sentence_start(text, w.start())
                     or _APPOSITION_START.match(after))):
            return w.start(), w.end(), 0.55, "prénom courant du fichier INSEE", None
        return None

    def _spacy_persons(self, text, nlp_artifacts):
        out = []
        for ent in nlp_artifacts.entities:
            if ent.label_ != "PER":
                continue
            toks = [t.text for t in ent if t.is_alpha or "-" in t.text]
            caps = [t for t in toks if t[0].isupper()]
            if not caps or all(self.gaz.is_ambiguous(t) or self.gaz.is_acronym(t) for t in caps):
                continue
            if len(toks) == 1 and np.sentence_start(text, ent.start_char) and not (
                    self.gaz.is_first_name(toks[0], common_only=True)):
                continue  # a capitalised word opening a sentence ("Fière de...")
            known = any(self.gaz.is_first_name(t) or self.gaz.is_surname(t) for t in toks)
            # Without the gazetteer, two capitalised words are a name only when neither is an
            # acronym ("Formation AFGSU") and the first does not just open a sentence.
            plain = (len(caps) >= 2 and not any(t.isupper() for t in caps)
                     and not np.sentence_start(text, ent.start_char))
            if known or plain:
                why = ("entité PER du modèle spaCy, confirmée par le fichier INSEE" if known
                       else "entité PER du modèle spaCy")
                out.append((ent.start_char, ent.end_char, 0.8 if known else 0.65, why, None))
        return out

    def _initials(self, text, found):
        out = []
        for m in np.INITIALS.finditer(text):
            letters = fold(_NOT_LETTER.sub("", m.group()))
            if letters in np.NOT_INITIALS or any(r.start <= m.start() < r.end for r in found):
                continue
            out.append(self._result("INITIALS", m.start(), m.end(), 0.5, "initiales", None, text))
        return out

    def _role(self, text, start, end, title):
        """What the words right around the name say: "ma collègue X", "X, notre IDE" (staff);
        "Mme X de la chambre 4", "la patiente X" (patient)."""
        if title and title.lower() in np.STAFF_TITLES:
            return "staff"
        if title and (title.lower() in np.PATIENT_TITLES or title.lower().strip() in (
                "mamie", "mamy", "mémé", "papi", "papy", "pépé", "famille", "la famille")):
            return "patient"
        before = fold(" ".join(text[max(0, start - 60):start].split()[-4:]))
        after = fold(text[end:end + 50])
        apposition = _APPOSITION.match(after)
        near_after = apposition.group(1) if apposition else ""
        if (self.staff_cues.search(near_after) and not self.patient_cues.search(near_after)
                and not _ROOM_AFTER.match(after)):
            return "staff"   # "la famille de Jacques, notre brancardier": he is the colleague
        if (self.patient_cues.search(before) or self.patient_cues.search(near_after)
                or _ROOM_AFTER.match(after)):
            return "patient"
        if (self.staff_cues.search(before) or self.staff_cues.search(near_after)
                or _STAFF_PLACE_AFTER.match(after)):
            return "staff"
        if title and self._title_first_name(title, text[start:end]):
            return "patient"
        return "unknown"

    def _title_first_name(self, title, name):
        """"Madame Odette", "Monsieur Roger": a title before a first name alone is how care
        homes and wards speak of the people they look after, not of colleagues."""
        full = title.lower() in ("madame", "monsieur")
        if not full and title.lower().rstrip(".") not in ("mme", "m", "mr"):
            return False
        words = name[len(title):].split()
        return (len(words) == 1 and self.gaz.is_first_name(words[0], common_only=True)
                and (full or not self.gaz.is_surname(words[0])))

    def _cared(self, text, start, end, title):
        """The words say this very person is cared for: a room or floor after the name, a
        patient's title ("Patiente :", "Madame Odette"), "la patiente X" right before."""
        after = fold(text[end:end + 50])
        before = fold(text[max(0, start - 30):start])
        return bool(_ROOM_AFTER.match(after) or _CARED_BEFORE.search(before)
                    or title and (title.lower() in np.PATIENT_TITLES
                                  or self._title_first_name(title, text[start:end])))

    def _result(self, entity, start, end, score, why, title, text):
        explanation = AnalysisExplanation(recognizer=self.name, original_score=score,
                                          textual_explanation=why)
        attrs = {"role": self._role(text, start, end, title)}
        if attrs["role"] == "patient" and self._cared(text, start, end, title):
            attrs["cared"] = True
        if title:
            attrs["title"] = title
        meta = {RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id, "postcheck_attrs": attrs}
        return RecognizerResult(entity, start, end, score, explanation, meta)
