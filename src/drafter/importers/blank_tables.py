"""Tables copied one cell per line whose value cells were all left empty: labels only, no number anywhere.

A web page's table copied as text puts each non-empty cell on a line of its own, row after row; an empty
cell leaves no line at all. A table the report left unfilled therefore comes out as its header cells, then
its row labels one after another. A row is read as blank (the report's fault, B5) only where that is
certain:

- the copy holds no number, "—" or "/" line anywhere (a copy whose numbers went elsewhere, say all after
  the labels, is never read this way) and no table row of another layout, except rows of 表二's 规章 or
  行政规范性文件 or of 表三 (``cell_lines``: a label, then its numbers) holding fewer numbers than the row has
  cells: such a row proves the empty cells left no line ("规章", "0", "行政规范性文件": 396, 397). That row is
  kept as it is (which of its cells the numbers fill is not known: it stays unread, never guessed), the
  label-only rows around it are blank; so is a row of 表二's 行政许可/处罚/强制/收费 with its one number right
  after its label, its band's header one column ("行政许可", "270": 508), read as it is;
- the table's column headers come before its first row label (the cells run row by row, so a row's
  values would stand between its label and the next one);
- every line of the table is one of its known labels, headers or notes (anything else might be a value); a band's
  header worded otherwise counts as one when its cells (each a line or two, no digit, ending as a header does)
  are as many as the row label under them has columns;
- the row's label is followed by another label, header or the next section's heading: the last label of a
  copy cut short is left unread (its cells may have been cut off).

表四 has no row labels: its header (the three groups' 结果维持 … 总计, fifteen cells) followed at once by the
next section's heading is a data row left blank.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from drafter.importers import inline_headings
from drafter.importers.blocks import Row
from drafter.importers.labels import T2_COLUMNS, T3_LABELS, key, lookup
from drafter.importers.spaced_rows import NUMBER
from drafter.importers.t2_headers import BAND, DIGITS, T2_CONTENT, header_cells, key_text, label_of, t2_row
from drafter.tables import (
    DECISION_ROWS,
    DOC_ROWS,
    FEES_ROW,
    SECTION_HEADINGS,
    T3_COLUMNS,
    T3_CORNER,
    T3_LEGAL,
    T3_RESULTS,
    T3_TOP,
    T4_GROUPS,
    T4_LAWSUIT,
    T4_RESULTS,
    T4_TOTAL,
)

# A paragraph, or a table row as ``blocks.Row``'s fields (cells, table, loose, run, grid): ``flat_text`` makes the Rows
Block = str | Row | tuple[tuple[str, ...], int, bool, bool, bool]
_ENDS_IN_NUMBER = re.compile(r"\s[0-9０-９][0-9０-９.,，]*\s*$")
_SECTION = re.compile(rf"^{inline_headings.START}")
_TITLES = [h[2:] for h in SECTION_HEADINGS]  # "收到和处理政府信息公开申请情况", …
T3_HEADER = {key(c) for c in (*T3_COLUMNS, T3_LEGAL, T3_TOP, T3_RESULTS)}
_T3_FIRST = {key(T3_TOP), key(T3_COLUMNS[0])}
T3_NOTE = "勾稽关系"  # in the corner cell "（本列数据的勾稽关系为：…）", worded or punctuated otherwise by some pages
_PLAIN = re.compile(r"[\s()（）:：,，。、;；]+")
# The header's text run together: a header cell split over lines ("商业" / "企业", realworld 60 and 66) or a corner
# note broken after its comma is a piece of it
_T3_HEADER_TEXT = _PLAIN.sub("", "".join((T3_CORNER, T3_TOP, T3_LEGAL, *T3_COLUMNS, T3_LEGAL, *T3_COLUMNS[1:])))


def blank_rows(blocks: list[str | Row], spaces: bool = False) -> list[Block]:
    """The lines with each certainly blank table row as a row of empty cells (and 表二's header as a row).
    ``spaces``: the copy has lines of spaces, where an empty cell may have left a line; a row printed whole
    then proves nothing of the rows without numbers."""
    texts = [b for b in blocks if isinstance(b, str)]
    if any(NUMBER.match(t.strip()) or _ENDS_IN_NUMBER.search(t) for t in texts):
        return [*blocks]  # numbers on lines of their own, or after a label ("规章 0 0 0"): not a label-only copy
    if not all(isinstance(b, str) or _short_row(b) or not spaces and _single_row(b) for b in blocks):
        return [*blocks]
    return _table4(_table3(_table2([*blocks])))


_T2_WIDE = {key(label) for _, label in DOC_ROWS}


def _short_row(row: Row) -> bool:
    """A one-cell-per-line row of 表二's 规章/行政规范性文件 or of 表三 with fewer numbers than its cells."""
    label, values = key(row.cells[0]), len(row.cells) - 1
    width = 3 if label in _T2_WIDE else len(T3_COLUMNS) if _t3_label(row.cells[0]) else 0
    return row.loose and not (row.grid or row.run or row.cut) and 0 < values < width


_T2_SINGLE = {key(label) for _, label in (*DECISION_ROWS, FEES_ROW)}


def row_width(label: str) -> int | None:
    """How many cells the row a label begins has in the format's tables: 3 for 表二's 规章/行政规范性文件, 1 for its
    行政许可/处罚/强制/收费, 7 for a 表三 row (six applicant columns and 总计); None for any other line."""
    k, t3 = key(label), _t3_label(label)
    return 3 if k in _T2_WIDE else 1 if k in _T2_SINGLE else len(T3_COLUMNS) if t3 and not t3.startswith("group:") \
        else None


def _single_row(row: Row) -> bool:
    """A one-cell-per-line row of 表二's 行政许可/行政处罚/行政强制/收费 with its one number (508: "行政许可", "270"):
    the number stands after its own label, as the dropped cells' layout prints it; whether its band has one
    column is ``_table2``'s to decide (under the 2019 format's three it is a short row, kept unread)."""
    return row.loose and not (row.grid or row.run or row.cut) and len(row.cells) == 2 \
        and key(row.cells[0]) in _T2_SINGLE


def is_section(text: str) -> bool:
    """A section heading; also one whose number is garbled ("三是收到和处理政府信息公开申请情况", 508): a line holding a
    section's whole title after at most two other characters, no digit among them, is no table cell."""
    k = key_text(text)
    return bool(_SECTION.match(k)) or any(
        k.endswith(title) and len(k) - len(title) <= 2 and not DIGITS.search(k) for title in _TITLES)


def _table2(blocks: list[Block]) -> list[Block]:
    """表二: from its first "信息内容" to the next section heading; each band's header cells become one row."""
    texts = [b if isinstance(b, str) else "" for b in blocks]
    start = next((i for i, t in enumerate(texts) if key(t) == T2_CONTENT), None)
    if start is None:
        return blocks
    start -= 1 if start and BAND.match(key_text(texts[start - 1])) else 0
    end = next((i for i in range(start, len(texts)) if is_section(texts[i])), len(texts))
    rows: list[Block] = []
    header: list[str] | None = None
    i = start
    while i < end:
        text = texts[i]
        if BAND.match(key_text(text)):
            rows.append(text)
            i, header = i + 1, None
        elif key(text) == T2_CONTENT or header is None and lookup(text, T2_COLUMNS) is not None:
            # a band's header, its "信息内容" cell printed again or not (396: "第二十条第(五)项", "本年处理决定数量")
            first = i + 1 if key(text) == T2_CONTENT else i
            header, j = header_cells(blocks, first, end)
            if not header:
                return blocks
            rows.append((("信息内容", *header), 0, False, False, True))
            i = j
        elif header and _short_t2(blocks[i], len(header)):
            rows.append(blocks[i])  # its numbers, fewer than its cells: kept unread
            i += 1
        elif isinstance(row := blocks[i], Row) and _single_row(row) and _t2_width(row.cells[0], header, rows) == 1:
            rows.append(row)  # its one number under its band's one column: read as it is
            i += 1
        elif (width := _t2_width(text, header, rows)) is not None:
            if i + 1 == len(texts):
                break  # the copy ends at this label: its cells may have been cut off
            rows.append(((text.strip(), *[""] * width), 0, False, False, True))
            i += 1
        else:
            return blocks  # a line the table does not print: perhaps a value, read nothing
    return [*blocks[:start], *rows, *blocks[i:]]


def _short_t2(block: Block, width: int) -> bool:
    """A 表二 row (``_short_row``) with fewer numbers than its band's columns."""
    return isinstance(block, Row) and t2_row(block.cells[0]) is not None and len(block.cells) - 1 < width


def _t2_width(text: str, header: list[str] | None, rows: list[Block]) -> int | None:
    """How many cells a 表二 row label's row has: its band's header's, or, a band printed with no header (396:
    "第二十条第(六)项", "行政处罚"; the merged cell left no line) after one that had one, one for 行政处罚/行政强制/
    收费 (规章's three columns are never assumed). None: not a row label, or before any header."""
    if t2_row(text) is None:
        return None
    if header:
        return len(header)
    return 1 if key(text) not in _T2_WIDE and any(isinstance(r, tuple) and r[0][0] == "信息内容" for r in rows) \
        else None


def _table3(blocks: list[Block]) -> list[Block]:
    """表三: from its header (its first cell, note or column names) to the next section heading."""
    texts = [b if isinstance(b, str) else "" for b in blocks]
    start = next((i for i, t in enumerate(texts) if key(t) in _T3_FIRST or T3_NOTE in t), None)
    if start is None:
        return blocks
    end = next((i for i in range(start, len(texts)) if is_section(texts[i])), len(texts))
    rows: list[Block] = []
    started = header = False
    seen = ""  # the header's text so far, run together: "自", "然", "人" on lines of their own are 自然人 (396)
    i = start
    for i in range(start, end):
        text = texts[i]
        hit = _t3_label(text)
        if _t3_header(text, started) and (not started or hit is None):  # "总计" is a column before the rows
            seen += _PLAIN.sub("", text)
            header = header or key(text) == key(T3_COLUMNS[0]) or _PLAIN.sub("", T3_COLUMNS[0]) in seen
            rows.append(text)
            continue
        if i + 1 == len(texts):
            break  # the copy ends at this line (a label, perhaps cut short): its cells may have been cut off
        if isinstance(blocks[i], Row) and header and _t3_label(label_of(blocks[i])):
            started = True
            rows.append(blocks[i])  # its numbers, fewer than its cells: kept unread
            continue
        if hit is None or not header:
            return blocks  # a line the table does not print, or rows before the header: read nothing
        started = True
        following = label_of(blocks[i + 1]) if i + 2 < len(texts) else _cut_label(texts[i + 1])
        if _blank_row(hit, following, lambda t: _t3_header(t, True)):
            rows.append(((text.strip(), *[""] * len(T3_COLUMNS)), 1, False, False, True))
        else:
            rows.append(text)
    else:
        i = end
    return [*blocks[:start], *rows, *blocks[i:]]


def _cut_label(text: str) -> str:
    """The copy's last line: a label cut short ("3.补正后申请内容", "3.补正后": 396) as the label it begins (the one
    label it begins, however short: it is not read, only the row above it is known to end)."""
    hit = lookup(text, T3_LABELS)
    starts = {v for c, v in T3_LABELS.items() if len(key(text)) >= 2 and c.startswith(key(text))}
    hit = hit or (starts.pop() if len(starts) == 1 else None)
    return next((row for row in T3_LABELS if T3_LABELS[row] == hit), text) if hit else text


def _t3_label(text: str) -> str | None:
    """A 表三 row label printed whole (a line that only begins with one may be a row with its numbers)."""
    return T3_LABELS.get(key(text))


def _t3_header(text: str, started: bool) -> bool:
    """A header cell or note; before the rows, a piece of one too (a cell split over lines)."""
    k, plain = key(text), _PLAIN.sub("", text)
    return k in T3_HEADER or T3_NOTE in text or not started and bool(plain) and plain in _T3_HEADER_TEXT


def _blank_row(hit: str, following: str, header: Callable[[str], bool]) -> bool:
    """A leaf row (or the 2019 format's single （六）其他处理 row) followed by a label, header or heading."""
    after = _t3_label(following)
    if hit.startswith("group:"):
        return hit == "group:other_handling" and after is not None and not after.startswith("other_handling.") \
            and not after.startswith("group:")
    return after is not None or header(following) or is_section(following)


_T4_WORDS = {key(w) for w in (*(g for _, g in T4_GROUPS), T4_LAWSUIT)}
_T4_RESULTS = {key(w) for w in (*(r for _, r in T4_RESULTS), T4_TOTAL)}
T4_CELLS = len(T4_GROUPS) * (len(T4_RESULTS) + 1)


def _table4(blocks: list[Block]) -> list[Block]:
    """表四: its header lines from the first "行政复议" to the next section heading, the data row blank."""
    texts = [b if isinstance(b, str) else "" for b in blocks]
    start = next((i for i, t in enumerate(texts) if key(t) == key(T4_GROUPS[0][1])), None)
    if start is None:
        return blocks
    end = next((i for i in range(start, len(texts)) if is_section(texts[i])), None)
    header = texts[start:end]
    if end is None or not all(key(t) in _T4_WORDS | _T4_RESULTS for t in header) \
            or sum(key(t) in _T4_RESULTS for t in header) != T4_CELLS:
        return blocks  # a copy cut inside 表四, or a line its header does not print: read nothing
    return [*blocks[:start], ((*header,), 2, False, False, True), (("",) * T4_CELLS, 2, False, False, True),
            *blocks[end:]]
