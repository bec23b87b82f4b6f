"""Which role the words around a name suggest (a colleague, a patient), and whether they say
that this very person is cared for: the attributes FrenchNameRecognizer gives each name."""
from __future__ import annotations

import regex

from ..lexicon import compile_words
from . import name_patterns as np

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
_FAMILY_TITLES = ("mamie", "mamy", "mémé", "papi", "papy", "pépé", "famille", "la famille")


class RoleReader:
    def __init__(self, gaz):
        self.gaz = gaz
        self.staff_cues = compile_words("staff_cues")
        self.patient_cues = compile_words("patient_cues")
        # either kind of cue, in one search: most names have none in the words before them
        self.any_cue = compile_words("staff_cues", "patient_cues")

    def role(self, text, folded, start, end, title):
        """What the words right around the name say: "ma collègue X", "X, notre IDE" (staff);
        "Mme X de la chambre 4", "la patiente X" (patient). Also whether a room follows the
        name, when that had to be looked at (else None): cared() wants it too. Each cue is
        looked for once, and only when the answer still depends on it. `folded`: fold(text),
        whose slices are the folds of the same slices of text."""
        low = title.lower() if title else ""
        if low in np.STAFF_TITLES:
            return "staff", None
        if low in np.PATIENT_TITLES or low.strip() in _FAMILY_TITLES:
            return "patient", None
        before = " ".join(folded[max(0, start - 60):start].split()[-4:])
        after = folded[end:end + 50]
        apposition = _APPOSITION.match(after)
        near_after = apposition.group(1) if apposition else ""   # no cue matches ""
        patient_near = room = None
        if near_after and self.staff_cues.search(near_after):
            patient_near = self.patient_cues.search(near_after) is not None
            if not patient_near:
                room = _ROOM_AFTER.match(after) is not None
                if not room:  # "la famille de Jacques, notre brancardier": a colleague
                    return "staff", room
        cue_before = self.any_cue.search(before) is not None
        if cue_before and self.patient_cues.search(before):
            return "patient", room
        if patient_near is None:
            patient_near = bool(near_after) and self.patient_cues.search(near_after) is not None
        if patient_near:
            return "patient", room
        if room is None:
            room = _ROOM_AFTER.match(after) is not None
        if room:
            return "patient", room
        # near_after holds no staff cue here (else a patient cue or a room came back above)
        if cue_before and self.staff_cues.search(before) or _STAFF_PLACE_AFTER.match(after):
            return "staff", room
        if title and self._title_first_name(title, text[start:end]):
            return "patient", room
        return "unknown", room

    def _title_first_name(self, title, name):
        """"Madame Odette", "Monsieur Roger": a title before a first name alone is how care
        homes and wards speak of the people they look after, not of colleagues."""
        full = title.lower() in ("madame", "monsieur")
        if not full and title.lower().rstrip(".") not in ("mme", "m", "mr"):
            return False
        words = name[len(title):].split()
        return (len(words) == 1 and self.gaz.is_first_name(words[0], common_only=True)
                and (full or not self.gaz.is_surname(words[0])))

    def cared(self, text, folded, start, end, title, room):
        """The words say this very person is cared for: a room or floor after the name, a
        patient's title ("Patiente :", "Madame Odette"), "la patiente X" right before."""
        if title and (title.lower() in np.PATIENT_TITLES
                      or self._title_first_name(title, text[start:end])):
            return True
        if room is None:
            room = _ROOM_AFTER.match(folded[end:end + 50]) is not None
        return room or _CARED_BEFORE.search(folded[max(0, start - 30):start]) is not None
