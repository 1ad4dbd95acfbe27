"""Empty cells of a table copied one cell a line where every line is followed by an empty line and an empty cell
leaves one empty line more (483: "一、本年新收政府信息公开申请数量", "", "12", then six empty lines, "12": 自然人 12,
five empty cells, 总计 12).

Such a layout is taken as proven only when every row it touches comes out whole: each label followed by extra empty
lines (or whose numbers are) is a 表三 row, a 表二 规章/行政规范性文件 row or 表四's data row after its last "总计" printed
exactly as the format prints it, and its numbers and extra empty lines make exactly its cells (seven, three, fifteen). One row that does not (a paragraph followed
by two empty lines, a label worded otherwise, a row one cell short or long) and no extra empty line is taken for a
cell: a wrong value is worse than a missing one. The copy's last row (a cut copy may stop inside it) is left as it is.
"""

from __future__ import annotations

from drafter.importers.labels import T2_ROWS, T3_LABELS, key
from drafter.importers.spaced_rows import NUMBER
from drafter.tables import DOC_ROWS, T3_COLUMNS, T4_GROUPS, T4_RESULTS, T4_TOTAL

_DOC_KEYS = {k for k, _ in DOC_ROWS}
T4_CELLS = len(T4_GROUPS) * (len(T4_RESULTS) + 1)


def _widths(label: str) -> set[int]:
    """How many cells the row of an exactly printed label may have: 表三's leaf rows seven, 表二's 规章 and 行政规范性文件
    three; "总计" alone also fifteen (表四's data row after its header's last cell); none for any other line (表二's
    other rows have three cells under the 2019 format, one under the 2021's)."""
    k = key(label)
    widths = {T4_CELLS} if label.strip() == T4_TOTAL else set()
    if k in T3_LABELS and not T3_LABELS[k].startswith("group:"):
        return widths | {len(T3_COLUMNS)}
    return widths | ({3} if T2_ROWS.get(k) in _DOC_KEYS else set())


def empty_cell_lines(lines: list[str]) -> set[int]:
    """The empty lines that are empty cells (the extra ones after a line's own empty line), or none (not this
    layout, or a row it touches not whole). The empty lines ending the copy count for its last row only when they
    make it whole (a copy cut inside a row of empty cells has fewer; a page's own empty lines after its text, more)."""
    filled = [i for i, line in enumerate(lines) if line != ""]
    if len(filled) < 2 or any(b - a < 2 for a, b in zip(filled, filled[1:], strict=False)):
        return set()  # two lines with no empty line between them: not this layout
    ends = [*filled[1:], len(lines) - 1]  # where each filled line's empty lines end ("a\n\n\n" splits into a, "", "", "")
    extra = {a: list(range(a + 2, b)) for a, b in zip(filled, ends, strict=True) if b - a > 2}
    if not any(extra.get(i) for i in filled[:-1]):
        return set()
    rows: list[list[int]] = []  # each row's lines: a label, then its number lines
    for i in filled:
        if NUMBER.match(lines[i].strip()) and rows:
            rows[-1].append(i)
        else:
            rows.append([i])
    cells: set[int] = set()
    for n, row in enumerate(rows, 1):
        blanks = [e for i in row for e in extra.get(i, [])]
        whole = len(row) - 1 + len(blanks) in _widths(lines[row[0]]) and not NUMBER.match(lines[row[0]].strip())
        if n == len(rows):
            return cells | set(blanks) if whole else cells  # the copy's last row: its cells if whole, else left
        if blanks and not whole:
            return set()  # a row not whole, numbers with no label before them, a line of text followed by two
        cells.update(blanks)
    return cells
