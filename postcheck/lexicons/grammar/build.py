"""Build the pattern lexicons (defamation, conduct, conduct_cues, harassment) from the templates here.

    python3 postcheck/lexicons/grammar/build.py          # rewrite the lexicons
    python3 postcheck/lexicons/grammar/build.py --check  # exit 1 if they are out of date

Why a build step: the grammar of allegation is a product of word families (verbs with their
inflections x objects x complements). Written out by hand, each family would be copied into
dozens of lines and drift apart; here each family is written once (blocks.txt) and the
templates combine them. The built patterns are also factored on their first letters
("(?:morphine|midazolam)" -> "(?:m(?:orphine|idazolam))"), so that the one scan per post
rejects a word with a comparison per initial letter instead of one per entry.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LEXICONS = HERE.parent
NAMES = ("defamation", "conduct", "conduct_cues", "harassment")
HEADER = ("# Built by postcheck/lexicons/grammar/build.py from grammar/{name}.tpl and "
          "grammar/blocks.txt:\n# edit those, then run the builder.\n")


def read_blocks(path: Path = HERE / "blocks.txt") -> dict[str, str]:
    blocks: dict[str, str] = {}
    last = None
    for line in path.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line[0].isspace() and last:
            blocks[last] += line.strip()
            continue
        name, body = (x.strip() for x in line.split("=", 1))
        blocks[name], last = body, name
    # spaces are dropped after expansion, so that "DET NOTINST" keeps two blocks apart
    return {k: f"(?:{v.strip()})" for k, v in blocks.items()}


def expand(pattern: str, blocks: dict[str, str]) -> str:
    macro = re.compile(r"\b(" + "|".join(sorted(blocks, key=len, reverse=True)) + r")\b")
    for _ in range(10):
        done = macro.sub(lambda m: blocks[m.group(1)], pattern)
        if done == pattern:
            return done.replace(" ", "")
        pattern = done
    raise ValueError("blocs imbriqués trop profondément")


def _skip(regex: str, i: int) -> int:
    """Index after the atom starting at i (an escape or a character class), else i + 1."""
    if regex[i] == "\\":
        return i + 2
    if regex[i] == "[":
        return regex.index("]", i + 2 if regex[i + 1] == "^" else i + 1) + 1
    return i + 1


def _close(regex: str, i: int) -> int:
    """Index of the parenthesis closing the group that opens at i."""
    depth = 0
    while True:
        if regex[i] in "\\[":
            i = _skip(regex, i)
            continue
        depth += {"(": 1, ")": -1}.get(regex[i], 0)
        if depth == 0:
            return i
        i += 1


def _alternatives(body: str) -> list[str]:
    parts, depth, start, i = [], 0, 0, 0
    while i < len(body):
        if body[i] in "\\[":
            i = _skip(body, i)
            continue
        if body[i] == "(":
            depth += 1
        elif body[i] == ")":
            depth -= 1
        elif body[i] == "|" and depth == 0:
            parts.append(body[start:i])
            start = i + 1
        i += 1
    return parts + [body[start:]]


def _letters(alt: str) -> int:
    """Length of the plain-letter prefix of an alternative (a letter followed by a
    quantifier stays out, so that "s?" is never split)."""
    n = 0
    while n < len(alt) and "a" <= alt[n] <= "z" and not (n + 1 < len(alt) and alt[n + 1] in "?*+{"):
        n += 1
    return n


def _factor(alts: list[str]) -> list[str]:
    groups: dict[str, list[str]] = {}
    order: list[str | tuple] = []
    for alt in alts:
        if not _letters(alt):
            order.append((alt,))
            continue
        if alt[0] not in groups:
            groups[alt[0]] = []
            order.append(alt[0])
        groups[alt[0]].append(alt)
    out = []
    for item in order:
        if isinstance(item, tuple):
            out.append(item[0])
            continue
        members = groups[item]
        if len(members) == 1:
            out.append(members[0])
            continue
        limit, k = min(_letters(m) for m in members), 1
        while k < limit and len({m[:k + 1] for m in members}) == 1:
            k += 1
        rests = [m[k:] for m in members]
        filled = [r for r in rests if r]
        optional = "?" if len(filled) < len(rests) else ""
        out.append(members[0][:k] + "(?:" + "|".join(_factor(filled)) + ")" + optional)
    return out


def factor(regex: str) -> str:
    """Factor every non-capturing group on the first letters of its alternatives."""
    out, i = [], 0
    while i < len(regex):
        if regex.startswith("(?:", i):
            end = _close(regex, i)
            alts = _alternatives(factor(regex[i + 3:end]))
            out.append("(?:" + "|".join(_factor(alts) if len(alts) > 2 else alts) + ")")
            i = end + 1
        elif regex[i] in "\\[":
            j = _skip(regex, i)
            out.append(regex[i:j])
            i = j
        else:
            out.append(regex[i])
            i += 1
    return "".join(out)


def build(name: str, blocks: dict[str, str] | None = None) -> str:
    blocks = blocks or read_blocks()
    lines = [HEADER.format(name=name).rstrip("\n")]
    for line in (HERE / f"{name}.tpl").read_text("utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            lines.append(line)
            continue
        kind, attrs, pattern = (part.strip() for part in line.split(";", 2))
        lines.append(f"{kind} ; {attrs} ; {factor(expand(pattern, blocks))}")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    stale = []
    for name in NAMES:
        text, target = build(name), LEXICONS / f"{name}.txt"
        if not target.exists() or target.read_text("utf-8") != text:
            stale.append(name)
            if "--check" not in argv:
                target.write_text(text, "utf-8")
    if "--check" in argv and stale:
        print("lexiques à reconstruire :", ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
