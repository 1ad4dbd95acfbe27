"""Horizontal bar charts as inline SVG, drawn here (no plotting library, nothing from the network).

One bar (or one group of bars) per unit, its name on the left as real ``<text>`` (searchable,
copyable), the value at the bar's end, a legend and a scale. Colours are told apart in grey print
too (they differ in lightness, and every bar has a dark outline).
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass, field
from html import escape

WIDTH = 900
FONT = 13
ROW_GAP = 8
BAR = 14
TOP = 56  # title and legend
# Dark to light, distinct in hue and in grey.
PALETTE = ("#1f4e79", "#e07b00", "#5b9bd5", "#c00000", "#a5a5a5", "#70ad47", "#ffd966", "#7030a0")


@dataclass(frozen=True)
class Chart:
    title: str
    categories: list[str]  # one row per category (unit)
    series: list[str]  # legend labels
    values: list[list[float | None]]  # per category, per series; None: not read
    stacked: bool = True
    unit: str = "件"
    note: str = ""  # under the chart (e.g. the units not shown)
    blanks: dict[tuple[int, int], str] = field(default_factory=dict)  # (category, series) → why None, if not 未读出


def _width(text: str) -> float:
    return sum(FONT if unicodedata.east_asian_width(ch) in "WF" else FONT * 0.6 for ch in text)


def nice_max(value: float) -> tuple[float, float]:
    """The scale's end and step: 0–5 steps of 1, 2 or 5 times a power of ten."""
    if value <= 0:
        return 1.0, 1.0
    raw = value / 5
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    return step * math.ceil(value / step), step


def _number(value: float) -> str:
    return f"{value:g}" if value != int(value) else str(int(value))


def _legend(series: list[str], x0: float) -> list[str]:
    out, x = [], x0
    for i, label in enumerate(series):
        color = PALETTE[i % len(PALETTE)]
        out.append(f'<rect x="{x:.1f}" y="30" width="12" height="12" fill="{color}" stroke="#222" stroke-width=".6"/>')
        out.append(f'<text x="{x + 16:.1f}" y="40" font-size="{FONT}">{escape(label)}</text>')
        x += 28 + _width(label)
    return out


def render(chart: Chart) -> str:
    """The chart as one ``<svg>`` element (scales to the page width; height grows with the units)."""
    bars = 1 if chart.stacked else len(chart.series)
    row = bars * BAR + ROW_GAP + (0 if bars == 1 else 4)
    label_w = min(240.0, max([_width(c) for c in chart.categories] + [60.0]) + 10)
    plot_w = WIDTH - label_w - 70
    totals = [sum(v or 0 for v in vals) if chart.stacked else max([v or 0 for v in vals] + [0])
              for vals in chart.values]
    end, step = nice_max(max(totals + [0]))
    height = TOP + row * len(chart.categories) + 34 + (18 if chart.note else 0)
    scale = plot_w / end
    out = [f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
           f'role="img" aria-label="{escape(chart.title)}" font-family="sans-serif">',
           f"<title>{escape(chart.title)}</title>",
           f'<text x="0" y="18" font-size="{FONT + 3}" font-weight="bold">{escape(chart.title)}</text>',
           *_legend(chart.series, label_w)]
    bottom = TOP + row * len(chart.categories)
    for k in range(int(round(end / step)) + 1):
        x = label_w + k * step * scale
        out.append(f'<line x1="{x:.1f}" y1="{TOP - 4}" x2="{x:.1f}" y2="{bottom}" stroke="#ccc" stroke-width=".6"/>')
        out.append(f'<text x="{x:.1f}" y="{bottom + 14}" font-size="{FONT - 2}" text-anchor="middle">'
                   f"{_number(k * step)}</text>")
    out.append(f'<text x="{label_w + plot_w:.1f}" y="{bottom + 28}" font-size="{FONT - 2}" text-anchor="end">'
               f"单位：{escape(chart.unit)}</text>")
    for i, (category, vals) in enumerate(zip(chart.categories, chart.values, strict=True)):
        y = TOP + i * row
        out.append(f'<text x="{label_w - 6:.1f}" y="{y + bars * BAR / 2 + FONT / 2 - 1:.1f}" font-size="{FONT}" '
                   f'text-anchor="end">{escape(category)}</text>')
        blanks = {j: why for (c, j), why in chart.blanks.items() if c == i}
        out += _bars(vals, label_w, y, scale, chart.stacked, blanks)
    if chart.note:
        out.append(f'<text x="0" y="{height - 6}" font-size="{FONT - 1}">{escape(chart.note)}</text>')
    out.append("</svg>")
    return "\n".join(out)


def _bars(vals: list[float | None], x0: float, y: float, scale: float, stacked: bool,
          blanks: dict[int, str]) -> list[str]:
    out, x = [], x0
    for j, value in enumerate(vals):
        by = y if stacked else y + j * (BAR + 2)
        if not stacked:
            x = x0
        if value is None:
            out.append(f'<text x="{x + 4:.1f}" y="{by + BAR - 3:.1f}" font-size="{FONT - 2}" fill="#555">{escape(blanks.get(j, "未读出"))}</text>')
            if not stacked:
                continue
            break
        w = value * scale
        if w > 0:
            out.append(f'<rect x="{x:.1f}" y="{by:.1f}" width="{w:.1f}" height="{BAR}" '
                       f'fill="{PALETTE[j % len(PALETTE)]}" stroke="#222" stroke-width=".5"><title>{_number(value)}'
                       "</title></rect>")
        x += w
        if not stacked:
            out.append(f'<text x="{x + 4:.1f}" y="{by + BAR - 3:.1f}" font-size="{FONT - 2}">{_number(value)}</text>')
    if stacked and all(v is not None for v in vals):
        out.append(f'<text x="{x + 4:.1f}" y="{y + BAR - 3:.1f}" font-size="{FONT - 2}">'
                   f"{_number(sum(v or 0 for v in vals))}</text>")
    return out
