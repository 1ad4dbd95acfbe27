"""A table copied one cell per line, with "|" lines between the cells and "||…" lines ending the rows.

Some web pages copy this way (or with " |" ending each cell, a bare "|" line being a blank cell): each
label and the value cells after it become one loose row.
"""

from __future__ import annotations

import re

from drafter.importers.blocks import Block, Row
from drafter.importers.spaced_rows import NUMBER as _CELL_LINE
from drafter.importers.split_labels import label_head
from drafter.importers.tables_read import trim

_BARS = re.compile(r"^\|+$")
_SPACED_BARS = re.compile(r"^\|[\s|]*\|$")  # "| ||": a bare "|" (a blank cell) and the "||" after it, on one line
_SUFFIXED = re.compile(r"^([^|]*[^|\s])\s*(\|[\s|]*)$")  # "规章 |", " 0  | ||": a cell, then its bar(s)
PIPE_LINES_AT_LEAST = 6  # cell lines before a copy is read as one cell per line (a short cut copy has few)


def is_pipe_lines(lines: list[str]) -> bool:
    """A table copied one cell per line: "|" lines between cells (or each cell ending in " |", a bare "|"
    line being a blank cell), "||…" ending a row; hardly any line with "|" between two cells."""
    cellish = inner = nonblank = 0
    for raw in lines:
        line = raw.strip()
        nonblank += bool(line)
        if _BARS.match(line) or _SUFFIXED.match(line) or _SPACED_BARS.match(line):
            cellish += 1
        elif "|" in line:
            inner += 1
    return cellish >= PIPE_LINES_AT_LEAST and inner * 3 <= cellish and cellish * 5 >= nonblank


def _cell_tokens(lines: list[str]) -> list[str | tuple[str, ...]]:
    """Each line as it reads in the "|"-line layout: "规章 |" is the cell "规章" then a "|" line, and
    " 0  | ||" is "0", "|", "||", and "| ||" a blank cell's "|" then "||" (781: "行政许可 |", "| ||"); a line
    with "|" between cells, a whole row of a table copied in "|" rows on the same page ("一、本年新收… | 2 | 0 | … |
    2 |"), its cells."""
    out: list[str | tuple[str, ...]] = []
    for raw in lines:
        line = raw.strip()
        m = _SUFFIXED.match(line)
        cells = [cell.strip() for cell in line.split("|")]
        if m:
            out += [m.group(1).strip(), *m.group(2).split()]
        elif _SPACED_BARS.match(line):
            out += line.split()
        elif sum(bool(cell) for cell in cells) >= 2:
            out.append(tuple(cells[1:] if line.startswith("|") else cells))
        else:
            out.append(line)
    return out


def rest_of_row(label: str, cells: tuple[str, ...]) -> bool:
    """A "|" line of figures after a row's label alone on its line ("规章 |" then "0 | 0 | 0 |", 1014; "（一）予以公开 |"
    then "1 | 0 | 0 | 0 | 0 | 0 | 1 | ||"): the rest of that row, when the label begins a row of the tables and the
    line has no more cells than that row (not 表四's fifteen figures under its last header cell "总计")."""
    from drafter.importers.blank_tables import row_width
    from drafter.importers.labels import T2_ROWS, lookup
    from drafter.importers.traditional import simplified
    from drafter.tables import DOC_ROWS

    label = simplified(label)  # a portal's 繁體 page ("規章 |"), read as simplified only after its rows are made
    t2 = lookup(label, T2_ROWS)  # "规范性文件" (2019's label) and one character off ("行政事业型收费") too
    width = row_width(label) if t2 is None else 3 if t2 in {k for k, _ in DOC_ROWS} else 1
    filled = [cell for cell in cells if cell]
    return width is not None and all(_CELL_LINE.match(cell) for cell in filled) and len(trim(cells)) <= width


def pipe_lines(lines: list[str]) -> list[Block]:
    """One cell per line, "|" lines between cells (or " |" ending each cell), "||…" lines ending rows: a
    label cell and the value cells after it ("0", "—", "/", or empty between two "|" lines) become one
    loose row; other lines stay text. A row of numbers without a label right after a row's end is a row too
    (表四's data row under its header rows). Every cell, blank ones too, leaves a line, so a row the copy stops
    inside (no "||" after it) holds the row's first cells: it is marked ``cut``."""
    blocks: list[Block] = []
    row: list[str] = []
    bar_before = False
    row_ended = False  # the last line ended a row ("||"): a number now starts a row of numbers only (表四's data)

    def close(cut: bool = False) -> None:
        if len(row) > 1:
            blocks.append(Row(tuple(row), 0, loose=True, cut=cut))
        elif row:
            blocks.append(row[0])
        row.clear()

    table = 0
    tokens = _cell_tokens(lines)
    for at, line in enumerate(tokens):
        if isinstance(line, tuple):  # a whole "|" row: a table of its own (351: 表三 in pipe rows after 表二)
            cells = (row.pop(), *line) if len(row) == 1 and rest_of_row(row[0], line) else line
            close()
            table = table if blocks and isinstance(blocks[-1], Row) and blocks[-1].table == table else table + 1
            # the copy's last line, not closed by its bar ("1 | 0 | 0 | 0 | 0 | 0", 1014): the copy stops inside it
            blocks.append(Row(cells, table, cut=at == len(tokens) - 1 and line[-1] != "" and cells != line))
            bar_before, row_ended = False, True
            continue
        if _BARS.match(line):
            if line != "|" or bar_before and row:
                if line == "|":
                    row.append("")  # two "|" lines in a row: an empty cell between them
                else:
                    close()
            bar_before, row_ended = line == "|", line != "|"
            continue
        if not line:
            continue
        if row and not _CELL_LINE.match(line):
            close()  # a label (or text) starts the next row
        lines_up, head = (0, "") if row else label_head(blocks, line)
        if head:  # "一、本年新收政府" then "信息公开申请数量 |": the label broken inside its cell
            del blocks[-lines_up:]
        if not row and _CELL_LINE.match(line) and not row_ended:
            blocks.append(line)
        else:
            row.append(head + line)
        bar_before = row_ended = False
    close(cut=True)  # a row not ended by its "||" line: the copy stops inside it
    return blocks
