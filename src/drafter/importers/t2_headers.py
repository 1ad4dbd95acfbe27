"""表二's band headers copied one cell per line: "信息内容", then its column headers one a line (a cell broken over
two: "本年新" / "制作数量"), then the band's rows. Read as one header row, so that the rows' numbers stand under
their columns (the 2019 format's 上一年项目数量 / 本年增/减 / 处理决定数量: the 处理决定数量 is the third)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.importers.blocks import Block, Row
from drafter.importers.labels import OLD_T2_ROWS, T2_COLUMNS, T2_ROWS, key, lookup
from drafter.tables import DOC_ROWS

T2_CONTENT = key("信息内容")
BAND = re.compile(r"^第二十条第\(.\)项$")
DIGITS = re.compile(r"[0-9０-９]")
_COLUMN_END = ("数量", "件数", "金额", "数")  # how every header of 表二 ends, 2019's and the altered ones too
_DOC_KEYS = {k for k, _ in DOC_ROWS}
# a line, a row, or a row as ``blocks.Row``'s fields (``blank_tables`` makes those)
Line = str | Row | tuple[tuple[str, ...], int, bool, bool, bool]


def key_text(text: str) -> str:
    return re.sub(r"\s+", "", text).replace("（", "(").replace("）", ")")


def t2_row(text: str) -> str | None:
    """A 表二 row label's key ("old" for a 2019-only row), None for any other line."""
    return "old" if key(text) in OLD_T2_ROWS else T2_ROWS.get(key(text))


def label_of(block: Line) -> str:
    """A line's text, or a row's label ("" for a row with no cells: a copy cut inside its first cell)."""
    if isinstance(block, str):
        return block
    if isinstance(block, tuple):
        return block[0][0] if block and block[0] else ""
    return block.cells[0] if block.cells else ""


def header_cells(blocks: Sequence[Line], first: int, end: int) -> tuple[list[str], int]:
    """A band's header cells from line ``first`` on, and the line after them: official headers, or (the band's
    next line a row label whose width they make: 508's "本年新" / "制发数量" / "废止数量" / "现行有效数量" above
    "规章") header cells worded otherwise or broken over lines, each a line or two without a digit that ends as a
    header does. ([], first): no header there."""
    j = first
    while j < end and isinstance(blocks[j], str) and lookup(str(blocks[j]), T2_COLUMNS) is not None:
        j += 1
    cells = [str(t).strip() for t in blocks[first:j]]
    if j == end or t2_row(label_of(blocks[j])) is not None:
        return cells, j
    cells, piece, j = [], "", first
    while j < end and isinstance(blocks[j], str) and t2_row(str(blocks[j])) is None and len(piece) <= 12 \
            and not DIGITS.search(str(blocks[j])) and not BAND.match(key_text(str(blocks[j]))):
        whole = _cut_short(piece, str(blocks[j]))
        cells, piece = ([*cells, whole], "") if whole else (cells, piece)
        piece += str(blocks[j]).strip()
        if key(piece) in T2_COLUMNS or key(piece).endswith(_COLUMN_END):
            cells, piece = [*cells, piece], ""
        j += 1
    label = t2_row(label_of(blocks[j])) if j < end else None
    width = 3 if label in _DOC_KEYS else 1 if label else 0
    known = all(lookup(c, T2_COLUMNS) is not None for c in cells)
    return (cells, j) if cells and not piece and (known and label or len(cells) == width) else ([], first)


def _cut_short(piece: str, line: str) -> str:
    """The one header ``piece`` begins, when it is no header and the next ``line`` is one: a header whose end the page
    lost ("本年增/" then "处理决定数量", 1130: 本年增/减), not the first part of ``line``'s; else ""."""
    k = key(piece)
    if not k or k in T2_COLUMNS or lookup(line, T2_COLUMNS) is None:
        return ""
    heads = [c for c in T2_COLUMNS if c.startswith(k)]
    return heads[0] if len(heads) == 1 else ""


def header_rows(blocks: list[Block]) -> list[Block]:
    """Text blocks with each band header copied one cell a line ("信息内容", its headers, then a row of the band)
    as one header row."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, str) and key(block) == T2_CONTENT:
            cells, j = header_cells(blocks, i + 1, len(blocks))
            if cells and j < len(blocks) and isinstance(row := blocks[j], Row):
                out.append(Row(("信息内容", *cells), row.table))
                i = j
                continue
        out.append(block)
        i += 1
    return out
