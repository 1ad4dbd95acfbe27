"""The pure document model: what the report says, with no knowledge of Word or HTML.

The engine builds a ``Draft``; every writer (docx, text, html, …) only reads it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# What a forced draft prints where a figure is unknown (an imported report's cell that was not read): never
# "0". A table cell says UNFILLED (highlighted in Word and on the web page); a sentence built on such a figure
# is replaced by a placeholder "【待补充：…】". Both are words a clerk searches for (Ctrl+F "待") and must replace:
# an empty cell would pass unnoticed among the zeros, and would read as the report's own blank.
UNFILLED = "待填"
PLACEHOLDER = re.compile(r"【待补充：[^】]*】")


def placeholder(what: str) -> str:
    """The sentence written where the figures of ``what`` are unknown."""
    return f"【待补充：{what}（原报告中未读出，请据实填写）】"


def short_placeholder(what: str) -> str:
    """A name or date not known, written where it stands ("【待补充：落款日期】"): its place says the rest."""
    return f"【待补充：{what}】"


def unfilled_parts(text: str) -> list[tuple[str, bool]]:
    """``text`` cut into (piece, is a placeholder) pieces, in order (writers highlight the placeholders)."""
    out: list[tuple[str, bool]] = []
    at = 0
    for match in PLACEHOLDER.finditer(text):
        if match.start() > at:
            out.append((text[at:match.start()], False))
        out.append((match.group(), True))
        at = match.end()
    if at < len(text) or not out:
        out.append((text[at:], False))
    return out


@dataclass(frozen=True)
class Title:
    text: str


@dataclass(frozen=True)
class Heading:
    """A section heading: level 1 is "一、…" (黑体), level 2 is "（一）…" (楷体)."""

    level: int
    text: str


@dataclass(frozen=True)
class Paragraph:
    """A body paragraph. ``lead`` is a run-in heading such as "（一）主动公开政府信息情况。" set in 楷体."""

    text: str
    lead: str = ""
    slot: str = ""


@dataclass(frozen=True)
class Cell:
    row: int
    col: int
    text: str
    rowspan: int = 1
    colspan: int = 1
    kind: str = "value"  # "header" | "label" | "value"
    lines: tuple[str, ...] = ()  # preferred line breaks (at word boundaries) for narrow columns
    unfilled: bool = False  # a value not known (its text is UNFILLED): writers highlight it


@dataclass(frozen=True)
class Table:
    """A grid with merged cells. Every grid position is covered by exactly one cell."""

    key: str  # "table2" | "table3" | "table4"
    n_rows: int
    n_cols: int
    cells: tuple[Cell, ...]
    col_widths_mm: tuple[float, ...]
    header_rows: int = 0

    def cell_at(self, row: int, col: int) -> Cell:
        """The cell that covers grid position (row, col), merged or not."""
        for cell in self.cells:
            if cell.row <= row < cell.row + cell.rowspan and cell.col <= col < cell.col + cell.colspan:
                return cell
        raise KeyError((row, col))


@dataclass(frozen=True)
class Signature:
    agency: str
    date: str


Block = Title | Heading | Paragraph | Table | Signature


@dataclass
class Draft:
    title: str
    blocks: list[Block] = field(default_factory=list)
    fonts: str = "标准"  # the font set the writers name (``--fonts``): "标准" or "系统"
    # what was left unfilled, in report order ("表二 · 行政规范性文件 · 本年制发件数", "第六部分：信息处理费"):
    # ``render`` lists it so the clerk knows what to fill in
    unfilled: list[str] = field(default_factory=list)

    def paragraphs(self) -> list[Paragraph]:
        return [b for b in self.blocks if isinstance(b, Paragraph)]

    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]
