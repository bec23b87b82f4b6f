"""A postcheck Result in LanguageTool's /v2/check JSON, field for field.

Choices (documented in the README):
- one match per span of a finding, each carrying the finding's whole message, so that every
  passage that makes a post risky is underlined;
- `offset`/`length` and `context.offset/length` count UTF-16 code units, like LanguageTool;
- the legal texts, the self-check questions and the advice travel inside `message`;
  `rule.description` names the rule and its legal texts, `rule.urls` links the first text;
- `replacements` stays empty: postcheck's advice is not a string to paste over the span;
- `rule.category` follows severity (block / review / tip), `issueType` is ITS `legal`
  (`style` for a tip).
"""
from __future__ import annotations

import re

from .. import __version__
from .annotated import AnnotatedText
from .utf16 import Utf16Index

CONTEXT_SIZE = 40       # LanguageTool's default context size, in UTF-16 code units
CATEGORIES = {
    "error": ("POSTCHECK_BLOQUANT", "À ne pas publier en l'état"),
    "warning": ("POSTCHECK_A_REVOIR", "À relire avant de publier"),
    "info": ("POSTCHECK_CONSEIL", "Conseil"),
}
ISSUE_TYPES = {"error": "legal", "warning": "legal", "info": "style"}
LANGUAGES = [{"name": "French", "code": "fr", "longCode": "fr-FR"}]

_BOUNDARY = re.compile(r"[.!?…]+[»\"”’')\]]*(?=\s|$)|\n")
_ABBREVIATIONS = {"m", "mme", "mmes", "mlle", "mr", "dr", "pr", "ch", "chbre", "st", "ste",
                  "n", "no", "cf", "etc", "av", "bd", "tél", "tel", "hôp", "serv"}


def software() -> dict:
    return {"name": "postcheck", "version": __version__, "buildDate": "",
            "apiVersion": 1, "premium": False, "status": ""}


def language_section(code: str) -> dict:
    code = "fr" if code in ("auto", "fr") else code
    return {"name": "French", "code": code,
            "detectedLanguage": {"name": "French", "code": code, "confidence": 1.0,
                                 "source": "postcheck (français uniquement)"}}


def sentence_ranges(text: str) -> list[tuple[int, int]]:
    """Sentences as code-point ranges: cut after . ! ? … (not after « Mme. » or « M. ») and
    at line breaks; leading blanks belong to no sentence."""
    ranges, start = [], 0
    for m in _BOUNDARY.finditer(text):
        if m.group() != "\n" and _is_abbreviation(text, m.start()):
            continue
        _add_range(ranges, text, start, m.end())
        start = m.end()
    _add_range(ranges, text, start, len(text))
    return ranges


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    word = re.search(r"(\w+)$", text[max(0, dot - 8):dot])
    return bool(word) and (word.group(1).lower() in _ABBREVIATIONS
                           or (len(word.group(1)) == 1 and word.group(1).isupper()))


def _add_range(ranges, text, start, end):
    while start < end and text[start].isspace():
        start += 1
    if start < end:
        ranges.append((start, end))


def context(index: Utf16Index, u_from: int, u_to: int) -> dict:
    """LanguageTool's ContextTools: 40 units each side, '...' where the text was cut,
    line breaks as spaces. We never cut inside a surrogate pair (an emoji stays whole)."""
    start, prefix = u_from - CONTEXT_SIZE, "..."
    if start < 0:
        start, prefix = 0, ""
    end, postfix = u_to + CONTEXT_SIZE, "..."
    if end > index.length:
        end, postfix = index.length, ""
    cp_start = index.to_codepoint(start)
    cp_end = index.to_codepoint(end, round_up=True)
    body = index.text[cp_start:cp_end].replace("\n", " ")
    return {"text": prefix + body + postfix,
            "offset": len(prefix) + u_from - index.to_utf16(cp_start),
            "length": u_to - u_from}


class MatchFilter:
    """enabledRules / disabledRules / enabledCategories / disabledCategories / enabledOnly.
    A rule is named by its code (PC101, any case) or its id."""

    def __init__(self, enabled_rules="", disabled_rules="", enabled_categories="",
                 disabled_categories="", enabled_only=False):
        split = lambda v: {x.strip().lower() for x in (v or "").split(",") if x.strip()}  # noqa: E731
        self.enabled_rules, self.disabled_rules = split(enabled_rules), split(disabled_rules)
        self.enabled_cats = split(enabled_categories)
        self.disabled_cats = split(disabled_categories)
        self.enabled_only = enabled_only

    def keep(self, finding) -> bool:
        names = {finding.code.lower(), finding.rule.lower()}
        category = CATEGORIES[finding.severity][0].lower()
        if names & self.disabled_rules or category in self.disabled_cats:
            return False
        if self.enabled_only:
            return bool(names & self.enabled_rules or category in self.enabled_cats)
        return True


def check_response(result, annotated: AnnotatedText, ruleset, language: str,
                   keep: MatchFilter | None = None) -> dict:
    """The whole /v2/check answer for one checked text."""
    index = Utf16Index(annotated.original)
    sentences = []
    for a, b in sentence_ranges(annotated.plain):
        s, e = annotated.to_original(a, b)
        sentences.append((index.to_utf16(s), index.to_utf16(e), annotated.original[s:e].strip()))
    return {
        "software": software(),
        "warnings": {"incompleteResults": False},
        "language": language_section(language),
        "matches": _matches(result, annotated, ruleset, keep or MatchFilter(), index, sentences),
        "sentenceRanges": [[s, e] for s, e, _ in sentences],
        "extendedSentenceRanges": [
            {"from": s, "to": e, "detectedLanguages": [{"language": "fr", "rate": 1.0}]}
            for s, e, _ in sentences],
    }


def _matches(result, annotated, ruleset, keep, index, sentences) -> list[dict]:
    matches, seen = [], set()
    for finding in result.findings:
        if not keep.keep(finding):
            continue
        rule = ruleset.rule(finding.rule)
        for span in finding.spans:
            start, end = annotated.to_original(span.start, span.end)
            u_from, u_to = index.to_utf16(start), index.to_utf16(end)
            if (finding.rule, u_from, u_to) in seen:
                continue
            seen.add((finding.rule, u_from, u_to))
            matches.append(_match(finding, rule, ruleset, index, u_from, u_to, sentences))
    matches.sort(key=lambda m: (m["offset"], -m["length"]))
    return matches


def _match(finding, rule, ruleset, index, u_from, u_to, sentences) -> dict:
    name = rule.name if rule is not None else finding.rule
    refs = " ; ".join(f"{r.id} ({r.title})" for r in finding.references)
    questions = " ".join(f"({n}) {ruleset.questions.get(n, '')}".strip()
                         for n in finding.questions)
    message = finding.message
    if refs:
        message += f" Textes : {refs}."
    if questions:
        message += f" Questions à se poser : {questions}"
    if finding.suggestion:
        message += f" Conseil : {finding.suggestion}"
    description = name + (f" — {', '.join(r.id for r in finding.references)}"
                          if finding.references else "")
    sentence = next((text for s, e, text in sentences if s <= u_from < e), "")
    category_id, category_name = CATEGORIES[finding.severity]
    rule_out = {"id": finding.code, "subId": finding.rule, "description": description,
                "issueType": ISSUE_TYPES[finding.severity],
                "category": {"id": category_id, "name": category_name}}
    if finding.references:
        rule_out["urls"] = [{"value": finding.references[0].url}]
    return {
        "message": message,
        "shortMessage": name,
        "replacements": [],
        "offset": u_from,
        "length": u_to - u_from,
        "context": context(index, u_from, u_to),
        "sentence": sentence,
        "type": {"typeName": "Hint" if finding.severity == "info" else "Other"},
        "rule": rule_out,
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
    }
