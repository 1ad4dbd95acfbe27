"""Flattened web text (.txt, .md, a page copied as text) and PDF text as blocks: its lines and table rows.

A line with "|" or tabs is a table row (a row broken after each cell is joined back first: ``broken_rows``);
without them a table may still be there: one cell per line (``pipe_lines``, ``cell_lines``), cells ran together
on one line (``run_together``), cells spaced on a line as pdftotext prints them (``spaced_lines``), or only the
labels of tables left blank (``blank_tables``).
"""

from __future__ import annotations

import re

from drafter.importers import spaced_rows
from drafter.importers.blocks import Block, Row
from drafter.importers.broken_rows import join_broken_rows
from drafter.importers.empty_cells import T4_CELLS, empty_cell_lines
from drafter.importers.labels import norm
from drafter.importers.pipe_lines import is_pipe_lines, pipe_lines, rest_of_row
from drafter.importers.spaced_rows import NUMBER as _CELL_LINE
from drafter.importers.spaced_rows import numbers_from
from drafter.importers.split_labels import label_head
from drafter.importers.t2_headers import header_rows
from drafter.importers.tables_read import BLANK
from drafter.tables import FEES_ROW

_DIGIT = re.compile(r"[0-9０-９]")
_MD_RULE = re.compile(r"^:?-{3,}:?$")
_MD_TAG = re.compile(r"</?[A-Za-z][^>]*>")


def plain_markdown(line: str) -> str:
    """A Markdown line as text: no heading marks, emphasis or inline HTML tags."""
    line = _MD_TAG.sub("", line)
    line = re.sub(r"^\s*(#{1,6}|>)\s*", "", line)
    return line.replace("**", "").replace("__", "")


def text_blocks(text: str, markdown: bool = False) -> list[Block]:
    """Flattened web text: a line with "|" or tabs is a table row; consecutive rows form one table. A copy
    cut short (no line break at its end) loses what the cut may have shortened: its last number (unless a
    lone "0" on its line: no count goes on after a 0) and the last cell of a "|" row it stops inside."""
    cut = not text.endswith(("\n", "\r"))
    text = _without_cut_number(text) if cut else text
    lines = join_broken_rows(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    if is_pipe_lines(lines):
        return header_rows(pipe_lines(lines))  # a band's header cells, one a line, as its header row (549)
    run = _run_together(text, lines)
    if run is not None:
        return run
    counted = set() if (blanks := blank_cell_lines(lines)) else empty_cell_lines(lines)
    blocks = _table_lines(lines, cut, markdown, blanks, counted)
    if not any(isinstance(b, Row) and not _page_links(b, blocks) and not _page_line(b) for b in blocks):
        blocks = cell_lines(blocks, cut, _one_line_apart(lines), _uneven_last_row(lines, blanks | counted))
    if all(isinstance(b, str) or b.loose for b in blocks):  # no number, or only in rows cut short: tables left blank?
        from drafter.importers.blank_tables import blank_rows

        spaces = any(line and not line.strip() for line in lines)
        blocks = [b if isinstance(b, (str, Row)) else Row(*b) for b in blank_rows(blocks, spaces)]
    return spaced_lines(header_rows(blocks))


def _page_links(row: Row, blocks: list[Block]) -> bool:
    """A "|" line of the web page's own links ("登录 | 注册", "适老版 | 无障碍阅读"), not of a table: alone in its
    table, every cell a word, none a number or a label of the tables. It does not stop the cells of the report's
    tables, copied one a line, from being read (264)."""
    from drafter.importers.labels import T2_COLUMNS, T2_ROWS, T3_LABELS, key, lookup

    alone = sum(isinstance(b, Row) and b.table == row.table for b in blocks) == 1
    return alone and all(c.strip() and not _DIGIT.search(c) and key(c) != key("信息内容")
                         and all(lookup(c, t) is None for t in (T2_ROWS, T2_COLUMNS, T3_LABELS)) for c in row.cells)


def _page_line(row: Row) -> bool:
    """A "|" line of the web page around the report, not of a table: no cell a number or a label of the tables
    ("字号 : |", "更新时间:2026-01-15 发布时间: | 来源:城乡工作办事处", 564). It does not stop the cells of the
    report's tables, copied one a line, from being read."""
    from drafter.importers.labels import T2_COLUMNS, T2_ROWS, T3_LABELS, key, lookup

    return not any(_CELL_LINE.match(c.strip()) or key(c) == key("信息内容")
                   or any(lookup(c, t) is not None for t in (T2_ROWS, T2_COLUMNS, T3_LABELS)) for c in row.cells)


def _run_together(text: str, lines: list[str]) -> list[Block] | None:
    """The blocks of text whose table cells ran together (``run_together``), None when none did."""
    from drafter.importers import run_together

    if any(run_together.is_run_together(line) for line in lines):
        out: list[Block] = []
        for line in lines:
            if run_together.is_run_together(line):
                out += [b if isinstance(b, str) else Row(*b) for b in run_together.blocks(line)]
            elif line.strip():
                out.append(line.strip())
        return out
    if not any("|" in line or "\t" in line for line in lines) and (run_together.has_run_rows(text)
                                                                   or run_together.tables_on_heading_line(lines)):
        return [b if isinstance(b, str) else Row(*b) for b in run_together.line_blocks(lines)]
    return None


class BlankCell(str):
    """A line holding only spaces that stands where a cell's line stands (``blank_cell_lines``): a blank cell."""


class CountedCell(BlankCell):
    """An empty line that the row's width proves an empty cell (``empty_cells``), at the row's end too."""


def blank_cell_lines(lines: list[str]) -> set[int]:
    """The lines holding only spaces in text whose every other line is empty (one cell or paragraph a line, an
    empty line after each): such a line stands where a cell's line stands, not between two, so the layout
    proves it a cell the report left blank ("行政强制", " ", "第二十条第(八)项": 181). Else none (unknown)."""
    spaces = [i for i, line in enumerate(lines[:-1]) if line and not line.strip()]  # not what a cut left last
    if not spaces:
        return set()
    at = spaces[0] % 2
    body = lines[:-1] if not lines[-1] else lines
    if all((line != "") == (i % 2 == at) for i, line in enumerate(body)):
        return set(spaces)
    return set()


def _table_lines(lines: list[str], cut: bool, markdown: bool, blanks: set[int] | None = None,
                 counted: set[int] | None = None) -> list[Block]:
    """Lines with "|" or tabs as table rows (Markdown separator rows left out), the others as text (a blank
    cell's line, ``blanks``, as a ``BlankCell``, an empty line that is a cell, ``counted``, as a ``CountedCell``); a
    row the copy stops inside (``cut``) loses its last cell, which the cut may have shortened ("34" → "3"), unless
    it is a "0"."""
    blocks: list[Block] = []
    table, in_table = -1, False
    for at, raw in enumerate(lines):
        if at in (blanks or set()) or at in (counted or set()):
            blocks.append(CountedCell("") if at in (counted or set()) else BlankCell(""))
            continue
        line = (plain_markdown(raw) if markdown else raw).strip()
        if "|" in line or "\t" in line:
            cells = [c.strip() for c in line.split("|" if "|" in line else "\t")]
            if line.startswith("|"):
                cells = cells[1:]
            if all(_MD_RULE.match(c) or not c for c in cells) and any(cells):
                continue  # Markdown separator row
            if not in_table:
                table, in_table = table + 1, True
            last = cut and not any(rest.strip() for rest in lines[at + 1:])  # this line, not an earlier twin
            kept = cells if cells[-1] == "0" else cells[:-1]  # a "0" the cut left is whole (``_without_cut_number``)
            label = _label_alone(blocks, table, cells)
            if label:  # "规章 |" then "0 | 0 | 0 |": one row
                blocks.pop()
                cells, kept = [label, *cells], [label, *kept]
            lines_up, head = label_head(blocks, cells[0])
            if head:  # "一、本年新收政府" then "信息公开申请数量 | 0 | 0 |…": the label broken inside its cell
                del blocks[-lines_up:]
                cells, kept = [head + cells[0], *cells[1:]], [head + kept[0], *kept[1:]] if kept else kept
            blocks.append(Row(tuple(kept), table, cut=True) if last
                          else Row(tuple(cells), table, closed=_alone(cells) and _text_after(lines, at)))
        elif line:
            in_table = False
            blocks.append(line)
    return blocks


def _label_alone(blocks: list[Block], table: int, cells: list[str]) -> str:
    """The label of the "|" row just above, alone in it ("规章 |"), when ``cells`` are the rest of its row (``rest_of_row``:
    "0 | 0 | 0 |", the layout of 1014 in "|" rows); else ""."""
    above = blocks[-1] if blocks else None
    if not isinstance(above, Row) or above.table != table or not _alone(list(above.cells)) or not cells[0]:
        return ""
    return above.cells[0] if rest_of_row(above.cells[0], tuple(cells)) else ""


def _alone(cells: list[str]) -> bool:
    """A "|" row of one cell and the empty one its bar leaves ("行政事业性收费 |")."""
    return len(cells) == 2 and bool(cells[0]) and not cells[1]


def _text_after(lines: list[str], at: int) -> bool:
    """The next line with anything on it after line ``at`` is text, neither a table row nor a cell
    ("三、收到和处理政府信息公开申请情况" after "行政事业性收费 |", 793): the "|" row on line ``at`` ends there."""
    after = next((line.strip() for line in lines[at + 1:] if line.strip()), "")
    return bool(after) and "|" not in after and "\t" not in after and not _CELL_LINE.match(after) \
        and not BLANK.match(after)


_LAST_NUMBER = re.compile(r"[0-9０-９][0-9０-９.,， \t]*$")  # the numbers ending the last line


def _without_cut_number(text: str) -> str:
    """``text`` without the numbers its last line ends in, the last of which the cut may have shortened ("34" →
    "3"); all of them, as what is left of the row would read as whole ("…数量2100000 21" cut after "21" of "214":
    "2100000" alone is seven one-digit cells). Kept: a "0" alone on its line or in its own "|" cell (no count goes on
    after a 0) unless it is an amount, and a row of seven numbers whose last, its 总计, is the sum of the others (the row is whole)."""
    m = _LAST_NUMBER.search(text)
    if m is None:
        return text
    before = text[:m.start()]
    line = before[before.rfind("\n") + 1:]
    alone = not line.strip(" \t|")
    if m.group().strip() == "0" and alone and not before.rstrip(" \t\n|").endswith(FEES_ROW[1]):
        return text
    if m.group().strip() == "0" and line.rstrip(" \t").endswith("|") and FEES_ROW[1] not in line:
        return text  # a "|" row's last cell "0": whole (not an amount, which "0" may begin: "0.25")
    row = m.group().split()
    if len(row) == 7 and all(t.isdigit() for t in row) and sum(map(int, row[:6])) == int(row[6]):
        return text
    return before


def spaced_lines(blocks: list[Block]) -> list[Block]:
    """Lines of PDF text that are table rows with spaces between the cells ("行政处罚 3985758"), as loose rows;
    a run of them is one table."""
    table = max((b.table for b in blocks if isinstance(b, Row)), default=-1) + 1
    out: list[Block] = []
    header: tuple[str, ...] | None = None  # the 表二 header last seen
    for block in blocks:
        above = out[-1] if out and isinstance(out[-1], str) else None
        found = spaced_rows.split(block, above, header) if isinstance(block, str) else None
        heads = spaced_rows.header(block) if isinstance(block, str) and found is None else None
        if isinstance(block, Row) and block.cells and spaced_rows.key(block.cells[0]) == spaced_rows.T2_CONTENT:
            header = block.cells
        if heads is not None:  # a 表二 header: which columns the rows below stand in
            found, header = (heads, False), heads
        if found is None:
            if out and isinstance(out[-1], Row) and out[-1].table == table:
                table += 1  # a run of spaced rows ends
            out.append(block)
            continue
        cells, wrapped = found
        if wrapped:
            out.pop()
        out.append(Row(cells, table, loose=True))
    return out


def cell_lines(blocks: list[Block], cut: bool = False, apart: bool = False, uneven: bool = False) -> list[Block]:
    """Text where a copied table lost its separators and every cell sits on its own line: a label
    line followed by number lines ("0", "—", "/") becomes one (loose) row. A copy that ends in such a row may stop
    inside it (``_cut_row``); a 表二 row of one cell whose label the next section's
    heading follows was left blank (``_blank_single``). ``apart``: every line stands one empty line apart from the next
    (``_one_line_apart``); ``uneven``: the last row's lines do not (``_uneven_last_row``)."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        j = _cells_end(blocks, i)
        cells = _cells_kept(blocks[i + 1:j])
        label = blocks[i]
        if cells and isinstance(label, str) and not isinstance(label, BlankCell) and not _CELL_LINE.match(label):
            exact = any(isinstance(c, BlankCell) for c in cells)  # each cell has its line, blank ones too
            lines_up, head = label_head(out, label.strip())  # "一、本年新收政府", "信息公开申请数量", "0"…: one label
            if head:
                del out[-lines_up:]
                label = head + label.strip()
            out.append(Row((*_label_and_numbers(label), *(str(b) for b in cells)), 0, loose=not exact,
                           grid=exact))
        elif j == i + 1 and _blank_single(label, blocks[j] if j < len(blocks) else None, out):
            out.append(Row((str(label).strip(), ""), 0, closed=True))
        else:
            out.extend(b for b in blocks[i:j] if not isinstance(b, BlankCell))
        i = j
    return _cut_row(out, cut, apart, uneven)


_NONE = "无"  # a cell the report did not fill, as some print it (``tables_read.BLANK``): blank, never 0


def _cells_end(blocks: list[Block], i: int) -> int:
    """Where the cell lines after block ``i`` end: number lines ("0", "—", "/"), blank cells' lines, and lines of
    "无" after a table row's label when with them the row has exactly its cells ("行政许可", "无": the cell left blank,
    as "|" rows print it). Elsewhere a "无" line is text ("六、其他需要报告的事项", "无"; 32's group label "（四）无" after
    a whole row, its numbering dropped)."""
    def number(b: Block) -> bool:
        return bool(_CELL_LINE.match(str(b))) or isinstance(b, BlankCell)

    j = i + 1
    while j < len(blocks) and (number(blocks[j]) or str(blocks[j]) == _NONE):
        j += 1
    if _NONE in blocks[i + 1:j] and j - i - 1 not in _row_widths(blocks[i]):
        j = i + 1
        while j < len(blocks) and number(blocks[j]):
            j += 1
    return j


def _row_widths(block: Block) -> set[int]:
    """How many cells the row a label line begins may have: 表二's and 表三's rows (``row_width``; 表二's one-cell rows
    have three under the 2019 format), 表四's data row after "行政复议" or its header's last "总计"; none for any other
    line."""
    from drafter.importers.blank_tables import row_width

    if not isinstance(block, str) or isinstance(block, BlankCell):
        return set()
    width = row_width(block)
    t4 = {T4_CELLS} if norm(block) in ("行政复议", "总计") else set()
    return t4 | ({width, 3} if width == 1 else {width} if width else set())


def _blank_single(label: Block, after: Block | None, rows: list[Block]) -> bool:
    """A label of 表二's 行政许可/处罚/强制/收费 (one cell) with no cell line after it but the next section's heading
    ("行政事业性收费", "三、收到和处理政府信息公开申请情况", 870), in a copy whose rows above it keep every cell
    (``_whole_rows``): the row's one cell was left blank (B5). A copy that ends at the label is left unread."""
    from drafter.importers.blank_tables import is_section, row_width

    return isinstance(label, str) and not isinstance(label, BlankCell) and isinstance(after, str) \
        and row_width(label) == 1 and is_section(after) and _whole_rows(rows)


def _cut_row(blocks: list[Block], cut: bool, apart: bool = False, uneven: bool = False) -> list[Block]:
    """Cell lines of a copy whose last block is a row: the copy stops inside that row, whose cells are its first
    ones (``Row.cut``), when it is cut short (``cut``) or the row has fewer cells than the format's row (870, its
    last line a whole "0": "（二）部分公开…" and six "0", the 总计 beyond the copy), where the layout keeps every
    cell: its blank cells have a line of their own (a grid row), or the rows above it keep every cell
    (``_whole_rows``; 870: 表三's rows 一, 二 and （一） of seven cells each); in a copy whose lines stand one empty line
    apart, never two (``apart``: no blank cell has left an empty line there, nor vanished from a row above), one such
    row is enough (65: "规章", "0", "0", "0", then "行政规范性文件", "0", "0" and the copy's end). Never a row whose
    lines stand unevenly apart (``uneven``): a blank cell may have left only empty lines there, its figures shifted."""
    from drafter.importers.blank_tables import row_width

    last = blocks[-1] if blocks else None
    if not isinstance(last, Row) or not (last.loose or last.grid) or uneven and not last.grid:
        return blocks
    width = row_width(last.cells[0])
    if not (cut or width is not None and len(last.cells) - 1 < width):
        return blocks
    if not (last.grid or _whole_rows(blocks[:-1], 1 if apart else 2)):
        return blocks
    return [*blocks[:-1], Row(last.cells, last.table, loose=last.loose, grid=last.grid, cut=True)]


def _whole_rows(blocks: list[Block], at_least: int = 2) -> bool:
    """Cell lines whose rows of the tables (``at_least``, two by default) each have as many cells as the format's row: a layout
    that keeps every cell. One whose blank cells may leave no line shows rows short of their cells, or a row label
    with none ("规章", "0", "行政规范性文件": 396); there a row's figures may be in any column, and a label alone may
    have lost its cells."""
    from drafter.importers.blank_tables import row_width

    known = [(len(b.cells) - 1, w) for b in blocks if isinstance(b, Row) and (w := row_width(b.cells[0])) is not None]
    # a 表二 label alone (表三's "总计" and "其他" are its header's cells too)
    bare = any(isinstance(b, str) and row_width(b) in (1, 3) for b in blocks)
    return len(known) >= at_least and all(n == w for n, w in known) and not bare


def _uneven_last_row(lines: list[str], cells: set[int]) -> bool:
    """The copy's last row of cell lines (its label, then number lines to the end) has more empty lines between two of
    its lines than the fewest between any two lines of it or of the row above: a blank cell printed as empty lines only
    may have vanished there ("四、结转下年度继续办理", "", "0", "", "", "", "0": 商业企业 left blank, the copy cut after
    科研机构's 0), so which columns the row's figures stand in is not known. ``cells``: the empty or blank lines known
    to be cells (``blank_cell_lines``, ``empty_cell_lines``), lines of their own."""
    filled = [i for i, line in enumerate(lines) if line.strip() or i in cells]
    rows: list[list[int]] = []  # the last two rows, from the end: each a label line's index, then its cells'
    at = len(filled) - 1
    while at >= 0 and len(rows) < 2:
        row = [filled[at]]
        while at > 0 and (_CELL_LINE.match(lines[filled[at]].strip()) or filled[at] in cells):
            at -= 1
            row.insert(0, filled[at])
        at -= 1
        if len(row) < 2:
            break
        rows.append(row)
    if not rows:
        return False
    gaps = [[b - a - 1 for a, b in zip(row, row[1:], strict=False)] for row in rows]
    return max(gaps[0]) > min(g for row in gaps for g in row)


def _one_line_apart(lines: list[str]) -> bool:
    """Every line of the copy one empty line apart from the next, never two (a page whose every cell and paragraph is a
    paragraph of its own: 65, 681)."""
    body = lines[:-1] if lines and not lines[-1] else lines
    return len(body) > 2 and all((line != "") == (i % 2 == 0) for i, line in enumerate(body))


def _cells_kept(cells: list[Block]) -> list[Block]:
    """The cell lines after a label without the blank ones that end them after a number: those may close the
    row rather than stand in it (152: "行政事业性收费", "0", " "); a row of blank cells only is the report's."""
    if not any(isinstance(c, BlankCell) for c in cells) or all(isinstance(c, BlankCell) for c in cells):
        return cells
    while cells and isinstance(cells[-1], BlankCell) and not isinstance(cells[-1], CountedCell):
        cells = cells[:-1]
    return cells


def _label_and_numbers(line: str) -> list[str]:
    """A label line that carries the row's first numbers ("予以公开 290", as pdftotext prints a ruled table),
    as separate cells."""
    tokens = line.split()
    n = numbers_from(tokens, keep=1)
    return [" ".join(tokens[:n]), *tokens[n:]] if n < len(tokens) else [line]
