"""Lexicons of words with attributes (insults, swear words, contempt): one entry per line,
columns separated by `;`, inflections written once.

    # forms                          ; severity ; needs a target ; tags
    connard(e), conard(e)            ; 3        ; oui
    vieux con, vieille conne         ; 3        ; oui            ; amb

- forms, comma separated; `(e)` or `(eur|euse)` give alternative endings;
- plurals are generated (connards, vieilles connes, trous du cul, bras cassés) unless the
  tags say `inv`; the words before a linking word (de, du, à...) take the plural;
- a hyphen also matches a space or nothing (lèche-bottes, lèche bottes, lèchebottes);
- severity 1 (familiar), 2 (insulting), 3 (gross, sexual, discriminatory);
- needs a target: `oui` when the word insults only when aimed at someone (most insults),
  `non` when it stands alone (slurs designate their group; swear words aim at nobody);
- tags: `amb` (the word has an ordinary meaning: vache, boucher, porc: needs a strong cue to be
  read as an insult), `slur` (designates a protected group), `inv` (no plural), `adj`
  (adjective: "c'est nul" describes a thing).
Everything is folded (lower case, no accents) like the text it is matched on.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import regex

from .lexicon import fold

_LINKS = {"de", "du", "des", "d'", "a", "au", "aux", "en", "sans", "sur", "pour"}
_GROUP = regex.compile(r"\(([^()]*)\)")


@dataclass(frozen=True)
class Entry:
    lemma: str            # first form as written, folded
    severity: int
    needs_target: bool
    tags: frozenset[str]


def expand(form: str) -> list[str]:
    """`abruti(e)` -> abruti, abrutie; `ment(eur|euse)` -> menteur, menteuse."""
    m = _GROUP.search(form)
    if not m:
        return [form]
    alternatives = m.group(1).split("|")
    if len(alternatives) == 1:
        alternatives = ["", alternatives[0]]
    out = []
    for alt in alternatives:
        out += expand(form[:m.start()] + alt + form[m.end():])
    return out


def plural_word(word: str) -> str:
    if word.endswith(("s", "x", "z", "'")):
        return word
    if word.endswith("al") and word not in {"bal", "chacal", "festival", "carnaval"}:
        return word[:-2] + "aux"
    if word.endswith(("eau", "au", "eu")) and word not in {"bleu", "pneu"}:
        return word + "x"
    return word + "s"


def plural(form: str) -> str:
    words = form.split(" ")
    out, linked = [], False
    for w in words:
        if w in _LINKS or w.startswith("d'"):
            linked = True
        out.append(w if linked else plural_word(w))
    return " ".join(out)


def _spellings(form: str) -> set[str]:
    if "-" not in form:
        return {form}
    return {form, form.replace("-", " "), form.replace("-", "")}


def parse_line(line: str) -> tuple[list[str], Entry] | None:
    line = line.split("#", 1)[0].strip()
    if not line:
        return None
    cols = [c.strip() for c in line.split(";")]
    cols += [""] * (4 - len(cols))
    raw_forms = [fold(f.strip()) for f in cols[0].split(",") if f.strip()]
    severity = int(cols[1] or 1)
    needs_target = fold(cols[2] or "oui") != "non"
    tags = frozenset(t for t in cols[3].split() if t)
    forms: set[str] = set()
    for raw in raw_forms:
        for f in expand(raw):
            f = " ".join(f.split())
            forms |= _spellings(f)
            if "inv" not in tags:
                forms |= _spellings(plural(f))
    first = expand(raw_forms[0])[0]
    return sorted(forms), Entry(first, severity, needs_target, tags)


@lru_cache(maxsize=None)
def load_entries(name: str) -> dict[str, Entry]:
    """form -> Entry for lexicons/<name>.txt. A form listed twice keeps its first entry."""
    raw = resources.files("postcheck").joinpath("lexicons", f"{name}.txt").read_text("utf-8")
    table: dict[str, Entry] = {}
    for n, line in enumerate(raw.splitlines(), 1):
        try:
            parsed = parse_line(line)
        except ValueError as exc:
            raise ValueError(f"lexicons/{name}.txt:{n}: entrée invalide") from exc
        if parsed:
            forms, entry = parsed
            for f in forms:
                table.setdefault(f, entry)
    return table
