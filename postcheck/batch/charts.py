"""Inline SVG bar charts for the HTML report: no script, no external file, so the report
opens offline in any browser and can be mailed as one file."""
from __future__ import annotations

from html import escape

COLORS = {"block": "#c62828", "review": "#ef6c00", "ok": "#9e9e9e", "bar": "#1565c0"}
LABELS = {"block": "à bloquer", "review": "à revoir", "ok": "sans problème"}


def stacked_columns(title: str, series: list[tuple[str, dict]], keys=("block", "review", "ok"),
                    height: int = 180) -> str:
    """Vertical stacked columns, one per label (e.g. per month)."""
    if not series:
        return ""
    width = max(400, 28 * len(series) + 60)
    top = max(sum(v.get(k, 0) for k in keys) for _, v in series) or 1
    bar_w = max(6, (width - 60) // len(series) - 4)
    parts = [f'<svg class="chart" role="img" viewBox="0 0 {width} {height + 60}" '
             f'width="{width}" height="{height + 60}" xmlns="http://www.w3.org/2000/svg">',
             f"<title>{escape(title)}</title>",
             f'<line x1="40" y1="{height}" x2="{width}" y2="{height}" stroke="#555"/>',
             f'<text x="36" y="12" text-anchor="end" font-size="10">{top}</text>']
    for i, (label, values) in enumerate(series):
        x, y = 44 + i * (bar_w + 4), height
        for key in keys:
            h = round(values.get(key, 0) / top * (height - 10))
            if h:
                y -= h
                parts.append(f'<rect x="{x}" y="{y}" width="{bar_w}" height="{h}" '
                             f'fill="{COLORS[key]}"><title>{escape(label)} — {LABELS[key]} : '
                             f'{values.get(key, 0)}</title></rect>')
        parts.append(f'<text x="{x + bar_w / 2}" y="{height + 12}" font-size="9" '
                     f'text-anchor="end" transform="rotate(-45 {x + bar_w / 2} {height + 12})">'
                     f"{escape(label)}</text>")
    legend_x = 44
    for key in keys:
        parts.append(f'<rect x="{legend_x}" y="{height + 44}" width="10" height="10" '
                     f'fill="{COLORS[key]}"/><text x="{legend_x + 14}" y="{height + 53}" '
                     f'font-size="10">{LABELS[key]}</text>')
        legend_x += 110
    parts.append("</svg>")
    return "".join(parts)


def horizontal_bars(title: str, items: list[tuple[str, int]], color: str = COLORS["bar"]) -> str:
    """One bar per item (e.g. per rule), longest first as given."""
    if not items:
        return ""
    row, label_w, bar_max = 22, 260, 300
    height = row * len(items) + 10
    top = max(v for _, v in items) or 1
    parts = [f'<svg class="chart" role="img" viewBox="0 0 {label_w + bar_max + 60} {height}" '
             f'width="{label_w + bar_max + 60}" height="{height}" '
             f'xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>']
    for i, (label, value) in enumerate(items):
        y = 5 + i * row
        w = max(1, round(value / top * bar_max))
        short = label if len(label) <= 42 else label[:41] + "…"
        parts.append(f'<text x="{label_w - 6}" y="{y + 14}" font-size="11" text-anchor="end">'
                     f"{escape(short)}</text>"
                     f'<rect x="{label_w}" y="{y + 3}" width="{w}" height="{row - 8}" '
                     f'fill="{color}"><title>{escape(label)} : {value}</title></rect>'
                     f'<text x="{label_w + w + 4}" y="{y + 14}" font-size="11">{value}</text>')
    parts.append("</svg>")
    return "".join(parts)
