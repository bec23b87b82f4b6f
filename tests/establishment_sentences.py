"""Write the establishments of ../shared/data/etablissements/FR.csv as a person would in a post.

The file holds FINESS long names in capitals with administrative abbreviations ("CENTRE
HOSPITALIER DE VERNON CH EURE-SEINE", "HOP JOUR ADULTES YVETOT CHS SOTTEVILLE"). Nobody
posts that: a person writes "au centre hospitalier de Vernon", "à la clinique Saint-Georges",
"au CH de Sancerre", names a unit by its town when it has no name of its own, and drops the
administrative tail. This module does that rewriting, then puts the name in a sentence.
Used by the coverage test and by benchmarks; the data stays in ../shared.
"""
from __future__ import annotations

import csv
import re
import zlib
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
CSV = SHARED / "data" / "etablissements" / "FR.csv"

_EXPAND = [
    (r"\bHOP\b\.?", "HOPITAL"), (r"\bCTRES?\b", "CENTRE"), (r"\bGRP\.? HOSP\.?\b", "GROUPE HOSPITALIER"),
    (r"\bCLIN\.?\b", "CLINIQUE"), (r"\bMED\.?\b", "MEDICAL"), (r"\bHJ\b", "HOPITAL DE JOUR"),
    (r"\bSCE\b", "SERVICE"), (r"\bETS\b", "ETABLISSEMENT"),
]
_SMALL = {"de", "du", "des", "la", "le", "les", "l", "d", "et", "sur", "sous", "en", "à", "a",
          "aux", "pour", "au", "lès", "les"}
_ACRONYMS = {"CH", "CHU", "CHR", "CHRU", "CHI", "CHS", "CHG", "EHPAD", "USLD", "SSR", "SMR",
             "HAD", "CMP", "CMPP", "CATTP", "HDJ", "GH", "GHU", "EPSM", "CRF", "AP-HP", "HCL",
             "SMUR", "UGECAM", "MGEN", "EPSMD", "CHIC", "CLCC"}
_FEMININE = ("clinique", "polyclinique", "maison", "unité", "unite", "résidence", "residence",
             "fondation", "maternité", "maternite")
_TEMPLATES = [
    "Je travaille {prep} {name} depuis trois ans, super équipe.",
    "Premier jour {prep} {name} demain, un peu stressée 😅",
    "Quelqu'un a des retours sur {det} {name} ? On m'y propose un poste.",
    "Retour de stage {prep} {name}, j'ai adoré !",
    "Réunion {prep} {name} cet après-midi.",
]


def _title(word: str, first: bool) -> str:
    if word.upper() in _ACRONYMS:
        return word.upper()
    low = word.lower()
    if (low in _SMALL or low in _GENERIC) and not first:
        return low
    parts = re.split(r"([-'])", low)
    return "".join(p[:1].upper() + p[1:] if p not in ("-", "'") and (i == 0 or p not in _SMALL)
                   else p for i, p in enumerate(parts))


def humanise(name: str, city: str) -> str:
    """FINESS long name -> the name as written in a post (type word in lower case)."""
    text = re.sub(r"[\"()]", " ", name.upper())
    for pattern, repl in _EXPAND:
        text = re.sub(pattern, repl, text)
    head = re.split(r"\s+-\s+|/|,", text)[0]
    text = head if len(head.split()) >= 2 else text.replace(" - ", " ")
    words = text.split()
    out = [_title(w, i == 0) for i, w in enumerate(words)]
    name_out = " ".join(out)
    kind = name_out.split()[0]
    name_out = (kind.lower() if kind.upper() not in _ACRONYMS else kind) + name_out[len(kind):]
    if not _has_proper_part(out):
        town = " ".join(_title(w, i == 0) for i, w in enumerate(city.split()) if not w.isdigit())
        town = re.sub(r"\bSt\b\s*", "Saint-", town).replace("- ", "-")
        name_out += f" de {town}" if town else ""
    return re.sub(r"\bSt\b ", "Saint-", name_out)


def _has_proper_part(words: list[str]) -> bool:
    return any(w.lower() not in _GENERIC and w[:1].isupper() for w in words[1:])


# Common words of unit names, written in lower case by a person ("hôpital de jour pour
# adultes"); the other words are taken for proper names and keep their capital.
_GENERIC = {"centre", "hospitalier", "hopital", "hôpital", "clinique", "polyclinique", "de",
               "jour", "unite", "unité", "soins", "longue", "duree", "durée", "medico",
               "psychologique", "adultes", "enfants", "cmp", "cattp", "hdj", "usld", "ehpad",
               "ch", "chu", "ssr", "had", "medical", "service", "long", "sejour", "séjour",
               "et", "du", "des", "la", "le", "pour", "suite", "readaptation", "reeducation",
               "fonctionnelle", "psychiatrie", "psy", "accueil", "therapeutique", "temps",
               "partiel", "infanto", "juvenile", "adolescents", "specialise", "medicale",
               "etablissement", "sante", "mentale", "public", "prive", "personnes", "agees",
               "agées", "aide", "jeunes", "diabetiques", "maison", "repos", "convalescence",
               "pneumologie", "cardiologie", "geriatrie", "psychotherapie", "site", "pole",
               "secteur", "regional", "universitaire", "intercommunal", "local", "groupe",
               "hospitaliere", "privee", "mutualiste", "chirurgicale", "hospitalisation",
               "ambulatoire", "traitement", "depistage", "planification", "familiale", "ados",
               "enfant", "adulte", "polyvalent", "cure", "post", "antenne", "centres", "hopitaux"}


def sentence_for(row: dict) -> tuple[str, str]:
    """(sentence, name as written) for one establishment row, deterministic."""
    name = humanise(row["hospital_name"], row["city"])
    first = name.split()[0].lower()
    if first[0] in "aeiouyhéèê" or first in ("usld", "ehpad", "had", "ssr"):
        prep, det = "à l'", "l'"
    elif first in _FEMININE:
        prep, det = "à la", "la"
    else:
        prep, det = "au", "le"
    template = _TEMPLATES[zlib.crc32(row["id"].encode()) % len(_TEMPLATES)]
    sentence = template.format(prep=prep, det=det, name=name).replace("' ", "'")
    return sentence, name


def rows() -> list[dict]:
    with CSV.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))
