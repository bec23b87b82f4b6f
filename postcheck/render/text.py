"""Terminal output in the manner of a good compiler: where, how bad, what, the excerpt with the
span marked, the legal texts, the fix, then the questions to ask oneself."""
from __future__ import annotations

import unicodedata

import click

from ..model import Finding, Result

SEVERITY_LABELS = {"error": "erreur", "warning": "attention", "info": "conseil"}
SEVERITY_COLORS = {"error": "red", "warning": "yellow", "info": "cyan"}
VERDICT_LABELS = {"block": "à ne pas publier en l'état", "review": "à relire avant de publier",
                  "ok": "rien à signaler"}


def line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def _style(text: str, color: bool, **kwargs) -> str:
    return click.style(text, **kwargs) if color else text


def render_finding(source: str, text: str, finding: Finding, color: bool) -> list[str]:
    first = finding.spans[0].start if finding.spans else 0
    line, col = line_col(text, first)
    label = SEVERITY_LABELS[finding.severity]
    head = (f"{_style(f'{source}:{line}:{col}:', color, bold=True)} "
            f"{_style(label, color, fg=SEVERITY_COLORS[finding.severity], bold=True)} "
            f"[{finding.code} {finding.rule}] {finding.message}")
    out = [head]
    out += _excerpts(text, finding, color)
    for ref in finding.references:
        out.append(f"   = texte : {ref.id} — {ref.title}")
        out.append(f"             {ref.url}")
    if finding.suggestion:
        out.append(f"   = à faire : {finding.suggestion}")
    return out


def _excerpts(text: str, finding: Finding, color: bool) -> list[str]:
    """Each line holding a span, with carets under the spans of that line."""
    lines = text.split("\n")
    starts = [0]
    for ln in lines[:-1]:
        starts.append(starts[-1] + len(ln) + 1)
    by_line: dict[int, list] = {}
    for span in finding.spans:
        n = text.count("\n", 0, span.start)
        by_line.setdefault(n, []).append(span)
    out = []
    for n in sorted(by_line):
        content = lines[n]
        width = len(str(n + 1))
        display, offset = _window(content, by_line[n], starts[n])
        marked = [False] * len(display)
        for span in by_line[n]:
            a = max(0, span.start - starts[n] - offset)
            b = min(len(display), span.end - starts[n] - offset)
            for i in range(a, max(b, a + 1)):
                if i < len(marked):
                    marked[i] = True
        # carets follow the terminal columns: an emoji or a CJK character takes two
        marks = "".join(("^" if m else " ") * _columns(ch) for ch, m in zip(display, marked))
        out.append(f"   {n + 1:>{width}} | {display}")
        out.append(f"   {'':>{width}} | " + _style(marks.rstrip(), color,
                                                    fg=SEVERITY_COLORS[finding.severity]))
    return out


def _columns(ch: str) -> int:
    if unicodedata.combining(ch) or ch in "\u200b\u200c\u200d\ufe0f":
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def _window(content: str, spans, line_start: int, width: int = 160) -> tuple[str, int]:
    """Long lines are cut around the spans so the carets stay readable."""
    if len(content) <= width:
        return content, 0
    first = min(s.start for s in spans) - line_start
    last = max(s.end for s in spans) - line_start
    offset = max(0, first - 30)
    end = max(offset + width, last + 10)
    prefix, suffix = ("…" if offset else ""), ("…" if end < len(content) else "")
    return prefix + content[offset:end] + suffix, offset - len(prefix)


def render_result(source: str, text: str, result: Result, color: bool) -> str:
    out: list[str] = []
    for finding in result.findings:
        out += render_finding(source, text, finding, color)
        out.append("")
    if result.questions:
        out.append(_style("Avant de publier, demandez-vous :", color, bold=True))
        out += [f"   {n}. {q}" for n, q in result.questions]
        out.append("")
    counts = {s: sum(f.severity == s for f in result.findings) for s in SEVERITY_LABELS}
    summary = ", ".join(f"{n} {SEVERITY_LABELS[s]}{'s' if n > 1 else ''}"
                        for s, n in counts.items() if n)
    verdict = VERDICT_LABELS[result.verdict]
    out.append(f"{source} : {verdict}" + (f" ({summary})" if summary else ""))
    return "\n".join(out)
