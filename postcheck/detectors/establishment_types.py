"""The words that name a health establishment's type ("CHU", "clinique", "EHPAD"...) and the
proper institutions ("AP-HP"), as establishments.py matches them on folded text.
"""
from __future__ import annotations

import regex

from ..lexicon import WORD_END, WORD_START

# (folded pattern, type, reported without a name?). Order matters: longer forms first.
TYPE_WORDS = (
    (r"centre\s+hospitalier\s+regional\s+(?:et\s+)?universitaire|chru|chr-u", "chru", True),
    (r"centre\s+hospitalier\s+universitaire|centre\s+hospitalo-universitaire|chu", "chu", True),
    (r"centre\s+hospitalier\s+regional|chr", "chr", True),
    (r"centre\s+hospitalier\s+intercommunal|chic|chi", "chi", True),
    (r"centre\s+hospitalier\s+specialise|chs|epsm\w*|centre\s+psychotherapique|"
     r"etablissement\s+public\s+de\s+sante\s+mentale", "chs", True),
    (r"centre\s+hospitalier(?:\s+(?:general|departemental|de\s+proximite|prive|public))?|"
     r"chg|chd|cht|ch", "ch", True),
    (r"groupe(?:ment)?\s+hospitalier(?:\s+(?:universitaire|intercommunal|de\s+territoire|"
     r"regional|prive))?|ghu|ght|ghi|ghr|gh", "gh", True),
    (r"hopital\s+de\s+(?:jour|semaine|nuit)", "centre", False),
    (r"hopital\s+d'instruction\s+des\s+armees|hia|hopital\s+(?:prive|local|militaire|"
     r"pediatrique|psychiatrique|general|public|universitaire|intercommunal)|hopitaux|"
     r"hopital|hostos?|site\s+hospitalier|pole\s+hospitalier", "hopital", True),
    (r"polyclinique|clinique(?:\s+(?:privee|mutualiste|medicale|chirurgicale|psychiatrique))?",
     "clinique", True),
    (r"ehpad|maison\s+de\s+retraite|usld|unite\s+de\s+soins\s+de\s+longue\s+duree|"
     r"long\s+sejour", "ehpad", True),
    (r"centre\s+de\s+(?:reeducation|readaptation)(?:\s+fonctionnelle)?|crf|ssr|smr|"
     r"centre\s+de\s+soins\s+de\s+suite|maison\s+de\s+(?:convalescence|repos)", "reeducation",
     True),
    (r"centre\s+(?:regional\s+)?de\s+lutte\s+contre\s+le\s+cancer|clcc|institut|"
     r"centre\s+anticancereux|centre\s+de\s+cancerologie", "institut", False),
    (r"centre\s+medico-?\s*psychologique|cmpp|cmp|cattp|hopital\s+de\s+jour|hdj|"
     r"centre\s+de\s+jour|had|hospitalisation\s+a\s+domicile|centre\s+de\s+sante|"
     r"maison\s+de\s+sante|centre\s+medical|centre\s+de\s+dialyse|centre\s+perinatal|"
     r"centre\s+de\s+soins|maternite|centre|unite|pole|maison\s+de\s+sante|residence|"
     r"etablissement",
     "centre", False),
    (r"urgences(?:\s+pediatriques)?|sau|smur|samu|rea|reanimation|usic|neonat\w*", "service",
     False),
)
# Proper institutions: their abbreviation is their name.
INSTITUTIONS_BODY = (r"(?:ap-?hp|ap-?hm|hcl|hospices\s+civils\s+de\s+lyon|assistance\s+publique"
                      r"(?:\s*-?\s*hopitaux\s+de\s+(?:paris|marseille))?)")
INSTITUTIONS = regex.compile(WORD_START + INSTITUTIONS_BODY + WORD_END)
TYPES_BODY = "(?:" + "|".join(f"(?P<t{i}>{p})" for i, (p, _, _) in enumerate(TYPE_WORDS)) + ")"
TYPES = regex.compile(WORD_START + TYPES_BODY + WORD_END)
