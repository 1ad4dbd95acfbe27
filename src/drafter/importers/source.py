"""Any published report (.docx, .html, .txt, .md, .pdf) as one sequence: paragraph texts and table rows.

Table rows carry each distinct cell once (a merged cell is given once per row it covers), so the
recognisers in ``tables_read`` work the same on Word grids, HTML grids and flattened web text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from drafter.errors import DrafterError, UsageError
from drafter.facts.files import MAX_REPORT_BYTES, read_bytes
from drafter.facts.values import cap_digits, strip_invisible
from drafter.importers import spaced_rows
from drafter.importers.docx_tables import GridCell, TableTooBig
from drafter.importers.spaced_rows import NUMBER as _CELL_LINE
from drafter.importers.spaced_rows import numbers_from
from drafter.tables import FEES_ROW

SUFFIXES = (".docx", ".html", ".htm", ".txt", ".md", ".pdf")
_MD_RULE = re.compile(r"^:?-{3,}:?$")
_MD_TAG = re.compile(r"</?[A-Za-z][^>]*>")
_BARS = re.compile(r"^\|+$")
_SUFFIXED = re.compile(r"^([^|]*[^|\s])\s*(\|[\s|]*)$")  # "规章 |", " 0  | ||": a cell, then its bar(s)
_CHARSET = re.compile(rb"charset\s*=\s*[\"']?([A-Za-z0-9_-]+)", re.IGNORECASE)


@dataclass(frozen=True)
class Row:
    cells: tuple[str, ...]
    table: int  # which table of the document (0-based)
    loose: bool = False  # rebuilt from one-cell-per-line text: a missing cell cannot be told from a shift
    run: bool = False  # a 表二 row whose cells ran together: its one value cell holds all their digits
    grid: bool = False  # a Word or HTML table row: every cell is a cell (flattened text pads rows with "|")
    cut: bool = False  # the copy ends inside this row: its cells are the row's first ones, the others cut off


Block = str | Row


def grid_rows(grid: list[list[GridCell]], table: int) -> list[Row]:
    """Each row's distinct cells (by origin) in column order."""
    rows = []
    for positions in grid:
        seen: set[tuple[int, int]] = set()
        cells = []
        for cell in sorted(positions, key=lambda c: c.col):
            if (cell.row, cell.col) not in seen:
                seen.add((cell.row, cell.col))
                cells.append(cap_digits(strip_invisible(cell.text)))
        rows.append(Row(tuple(cells), table, grid=True))
    return rows


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
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if _pipe_lines_layout(lines):
        return pipe_lines(lines)
    from drafter.importers import run_together

    if any(run_together.is_run_together(line) for line in lines):
        out: list[Block] = []
        for line in lines:
            if run_together.is_run_together(line):
                out += [b if isinstance(b, str) else Row(*b) for b in run_together.blocks(line)]
            elif line.strip():
                out.append(line.strip())
        return out
    if not any("|" in line or "\t" in line for line in lines) and run_together.has_run_rows(text):
        return [b if isinstance(b, str) else Row(*b) for b in run_together.line_blocks(lines)]
    blocks: list[Block] = []
    table, in_table = -1, False
    for raw in lines:
        line = (plain_markdown(raw) if markdown else raw).strip()
        if "|" in line or "\t" in line:
            cells = [c.strip() for c in line.split("|" if "|" in line else "\t")]
            if line.startswith("|"):
                cells = cells[1:]
            if all(_MD_RULE.match(c) or not c for c in cells) and any(cells):
                continue  # Markdown separator row
            if not in_table:
                table, in_table = table + 1, True
            last = cut and not any(rest.strip() for rest in lines[lines.index(raw) + 1:])
            blocks.append(Row(tuple(cells[:-1]), table, cut=True) if last else Row(tuple(cells), table))
        elif line:
            in_table = False
            blocks.append(line)
    if not any(isinstance(b, Row) for b in blocks):
        blocks = cell_lines(blocks)
    if all(isinstance(b, str) for b in blocks):  # no table row, no number: tables left blank, if any
        from drafter.importers.blank_tables import blank_rows

        blocks = [b if isinstance(b, str) else Row(*b) for b in blank_rows([str(b) for b in blocks])]
    return spaced_lines(blocks)


_LAST_NUMBER = re.compile(r"[0-9０-９][0-9０-９.,， \t]*$")  # the numbers ending the last line


def _without_cut_number(text: str) -> str:
    """``text`` without the numbers its last line ends in, the last of which the cut may have shortened ("34" →
    "3"); all of them, as what is left of the row would read as whole ("…数量2100000 21" cut after "21" of "214":
    "2100000" alone is seven one-digit cells). Kept: a "0" alone on its line (no count goes on after a 0) unless
    it is an amount, and a row of seven numbers whose last, its 总计, is the sum of the others (the row is whole)."""
    m = _LAST_NUMBER.search(text)
    if m is None:
        return text
    before = text[:m.start()]
    line = before[before.rfind("\n") + 1:]
    alone = not line.strip(" \t|")
    if m.group().strip() == "0" and alone and not before.rstrip(" \t\n|").endswith(FEES_ROW[1]):
        return text
    row = m.group().split()
    if len(row) == 7 and all(t.isdigit() for t in row) and sum(map(int, row[:6])) == int(row[6]):
        return text
    return before


def spaced_lines(blocks: list[Block]) -> list[Block]:
    """Lines of PDF text that are table rows with spaces between the cells ("行政处罚 3985758"), as loose rows;
    a run of them is one table."""
    table = max((b.table for b in blocks if isinstance(b, Row)), default=-1) + 1
    out: list[Block] = []
    for block in blocks:
        above = out[-1] if out and isinstance(out[-1], str) else None
        found = spaced_rows.split(block, above) if isinstance(block, str) else None
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


PIPE_LINES_AT_LEAST = 6  # cell lines before a copy is read as one cell per line (a short cut copy has few)


def _pipe_lines_layout(lines: list[str]) -> bool:
    """A table copied one cell per line: "|" lines between cells (or each cell ending in " |", a bare "|"
    line being a blank cell), "||…" ending a row; hardly any line with "|" between two cells."""
    cellish = inner = nonblank = 0
    for raw in lines:
        line = raw.strip()
        nonblank += bool(line)
        if _BARS.match(line) or _SUFFIXED.match(line):
            cellish += 1
        elif "|" in line:
            inner += 1
    return cellish >= PIPE_LINES_AT_LEAST and inner * 3 <= cellish and cellish * 5 >= nonblank


def _cell_tokens(lines: list[str]) -> list[str]:
    """Each line as it reads in the "|"-line layout: "规章 |" is the cell "规章" then a "|" line, and
    " 0  | ||" is "0", "|", "||"."""
    out: list[str] = []
    for raw in lines:
        line = raw.strip()
        m = _SUFFIXED.match(line)
        if m:
            out += [m.group(1).strip(), *m.group(2).split()]
        else:
            out.append(line)
    return out


def pipe_lines(lines: list[str]) -> list[Block]:
    """One cell per line, "|" lines between cells (or " |" ending each cell), "||…" lines ending rows: a
    label cell and the value cells after it ("0", "—", "/", or empty between two "|" lines) become one
    loose row; other lines stay text. Every cell, blank ones too, leaves a line, so a row the copy stops
    inside (no "||" after it) holds the row's first cells: it is marked ``cut``."""
    blocks: list[Block] = []
    row: list[str] = []
    bar_before = False

    def close(cut: bool = False) -> None:
        if len(row) > 1:
            blocks.append(Row(tuple(row), 0, loose=True, cut=cut))
        elif row:
            blocks.append(row[0])
        row.clear()

    for line in _cell_tokens(lines):
        if _BARS.match(line):
            if line != "|" or bar_before and row:
                if line == "|":
                    row.append("")  # two "|" lines in a row: an empty cell between them
                else:
                    close()
            bar_before = line == "|"
            continue
        if not line:
            continue
        if row and not _CELL_LINE.match(line):
            close()  # a label (or text) starts the next row
        if not row and _CELL_LINE.match(line):
            blocks.append(line)
        else:
            row.append(line)
        bar_before = False
    close(cut=True)  # a row not ended by its "||" line: the copy stops inside it
    return blocks


def cell_lines(blocks: list[Block]) -> list[Block]:
    """Text where a copied table lost its separators and every cell sits on its own line: a label
    line followed by number lines ("0", "—", "/") becomes one (loose) row."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        j = i + 1
        while j < len(blocks) and _CELL_LINE.match(str(blocks[j])):
            j += 1
        if j > i + 1 and not _CELL_LINE.match(str(blocks[i])):
            out.append(Row((*_label_and_numbers(str(blocks[i])), *(str(b) for b in blocks[i + 1:j])), 0, loose=True))
        else:
            out.extend(blocks[i:j])
        i = j
    return out


def _label_and_numbers(line: str) -> list[str]:
    """A label line that carries the row's first numbers ("予以公开 290", as pdftotext prints a ruled table),
    as separate cells."""
    tokens = line.split()
    n = numbers_from(tokens, keep=1)
    return [" ".join(tokens[:n]), *tokens[n:]] if n < len(tokens) else [line]


def grid_blocks(body: list[object], tables: list[list[list[GridCell]]] | None = None) -> list[Block]:
    """Paragraphs and grids (or table indexes into ``tables``) in document order → blocks."""
    blocks: list[Block] = []
    n = 0
    for item in body:
        if isinstance(item, str):  # a Word paragraph may hold several lines (manual line breaks)
            blocks.extend(line.strip() for line in cap_digits(strip_invisible(item)).split("\n") if line.strip())
            continue
        grid = tables[item] if tables is not None and isinstance(item, int) else item
        blocks.extend(grid_rows(grid, n))  # type: ignore[arg-type]
        n += 1
    return blocks


def decode(path: Path) -> str:
    """Web pages and Notepad files come as UTF-8, UTF-16 (Notepad "Unicode") or GBK; read them all."""
    raw = read_bytes(path, what="报告文件", limit=MAX_REPORT_BYTES)
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise DrafterError(f"报告文件“{path}”的 UTF-16（Unicode）编码已损坏。请在记事本中另存为 UTF-8 后重试。") from None
    declared = _CHARSET.search(raw[:4096])
    encodings = ["utf-8-sig", declared.group(1).decode("ascii").lower() if declared else "utf-8", "gb18030"]
    for encoding in encodings:
        try:
            return raw.decode("gb18030" if encoding in ("gbk", "gb2312") else encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    raise DrafterError(f"报告文件“{path}”的编码无法识别（不是 UTF-8 也不是 GBK）。请在浏览器或记事本中另存为 UTF-8 后重试。")


def read_blocks(path: Path) -> list[Block]:
    try:
        return _read_blocks(path)
    except TableTooBig as exc:
        raise DrafterError(f"报告文件“{path}”{exc}") from None


def _read_blocks(path: Path) -> list[Block]:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise UsageError(f"不能导入“{path}”：只支持 .docx、.html、.txt、.md、.pdf 格式的报告。"
                         ".doc 等其他格式请先用 Word/WPS 另存为 .docx。")
    if suffix == ".pdf":
        from drafter.importers.pdf_text import read_pdf

        return spaced_lines([item if isinstance(item, str) else Row(*item) for item in read_pdf(path)])
    if suffix == ".docx":
        from drafter.importers.docx_tables import read_docx

        if not path.exists():
            raise UsageError(f"找不到报告文件“{path}”。请检查路径是否正确。")
        content = read_docx(path)
        return grid_blocks(content.body, content.tables)
    text = cap_digits(strip_invisible(decode(path)))  # a zero-width space on a web page is an accident
    if suffix in (".html", ".htm"):
        from drafter.importers.html_tables import read_html

        return grid_blocks(read_html(text))
    return text_blocks(text, markdown=suffix == ".md")
