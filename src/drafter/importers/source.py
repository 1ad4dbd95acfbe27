"""Any published report (.docx, .html, .txt, .md, .pdf) as one sequence of blocks: paragraph texts and table rows.

Table rows carry each distinct cell once (a merged cell is given once per row it covers), so the
recognisers in ``tables_read`` work the same on Word grids, HTML grids and flattened web text
(``flat_text``). The blocks themselves are ``blocks.Row`` and ``str``.
"""

from __future__ import annotations

import re
from pathlib import Path

from drafter.errors import DrafterError, UsageError
from drafter.facts.files import MAX_REPORT_BYTES, read_bytes
from drafter.facts.values import cap_digits, drop_footnote_marks, strip_invisible
from drafter.importers import SUFFIXES
from drafter.importers.blocks import Block, Row
from drafter.importers.docx_tables import GridCell, TableTooBig
from drafter.importers.flat_text import spaced_lines, text_blocks
from drafter.importers.traditional import strip_pinyin

_CHARSET = re.compile(rb"charset\s*=\s*[\"']?([A-Za-z0-9_-]+)", re.IGNORECASE)


def _published(text: str) -> str:
    """A published report's text as read: no invisible characters, no endless digit runs, no footnote marks after
    figures ("19①")."""
    return drop_footnote_marks(cap_digits(strip_invisible(text)))


def _pdf_text(text: str) -> str:
    """A PDF's line or cell read as the other formats' text is (``_published``, pinyin after the characters dropped)."""
    return strip_pinyin(_published(text))


def grid_rows(grid: list[list[GridCell]], table: int) -> list[Row]:
    """Each row's distinct cells (by origin) in column order."""
    rows = []
    for positions in grid:
        seen: set[tuple[int, int]] = set()
        cells = []
        for cell in sorted(positions, key=lambda c: c.col):
            if (cell.row, cell.col) not in seen:
                seen.add((cell.row, cell.col))
                cells.append(_published(cell.text))
        rows.append(Row(tuple(cells), table, grid=True))
    return rows


def grid_blocks(body: list[object], tables: list[list[list[GridCell]]] | None = None) -> list[Block]:
    """Paragraphs and grids (or table indexes into ``tables``) in document order → blocks."""
    blocks: list[Block] = []
    n = 0
    for item in body:
        if isinstance(item, str):  # a Word paragraph may hold several lines (manual line breaks)
            blocks.extend(line.strip() for line in _published(item).split("\n") if line.strip())
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

        return spaced_lines([_pdf_text(item) if isinstance(item, str) else Row(tuple(_pdf_text(c) for c in item[0]), *item[1:])
                             for item in read_pdf(path)])
    if suffix == ".docx":
        from drafter.importers.docx_tables import read_docx

        if not path.exists():
            raise UsageError(f"找不到报告文件“{path}”。请检查路径是否正确。")
        content = read_docx(path)
        return grid_blocks(content.body, content.tables)
    # a zero-width space on a web page is an accident; pinyin after the characters, a mirror's reading aid
    text = strip_pinyin(_published(decode(path)))
    if suffix in (".html", ".htm"):
        from drafter.importers.html_tables import read_html

        return grid_blocks(read_html(text))
    return text_blocks(text, markdown=suffix == ".md")
