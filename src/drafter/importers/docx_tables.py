"""Tables and paragraphs of a .docx read straight from its XML (no python-docx needed).

Merged cells are expanded: every grid position gets the text of the cell covering it, plus the
cell's origin and span, so callers can both find labels and check merges.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree as ET

from drafter.errors import DrafterError
from drafter.facts.files import check_readable

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MAX_DOCUMENT_BYTES = 8 * 2**20  # a long report with many tables is under 2 MB; parsing takes ~10× in memory


@dataclass(frozen=True)
class GridCell:
    text: str
    row: int  # origin of the (merged) cell
    col: int
    rowspan: int
    colspan: int


@dataclass
class DocxContent:
    paragraphs: list[str]  # body paragraphs outside tables, in order
    tables: list[list[list[GridCell]]]  # tables → rows → grid positions
    body: list[object]  # paragraphs (str) and tables (index int) in document order


def _text(el: ET.Element) -> str:
    parts = []
    for node in el.iter():
        if node.tag == f"{W}t" and node.text:
            parts.append(node.text)
        elif node.tag in (f"{W}br", f"{W}cr"):
            parts.append("\n")
        elif node.tag == f"{W}tab":
            parts.append("\t")
    return "".join(parts)


def _cell_text(tc: ET.Element) -> str:
    return "\n".join(_text(p) for p in tc.findall(f"{W}p")).strip()


def _span(value: str) -> int:
    """A gridSpan as written, kept within what Word allows (63 columns) whatever the file says."""
    try:
        return min(max(int(value), 1), 63)
    except ValueError:
        return 1


MAX_GRID_CELLS = 100_000  # grid positions of one table after spans: the official tables have about 300


class TableTooBig(DrafterError):
    """A table whose merged cells expand past ``MAX_GRID_CELLS`` (the reader adds the file's name)."""


def too_big(cells: int) -> TableTooBig:
    return TableTooBig(f"中有一张表格展开合并单元格后超过 {MAX_GRID_CELLS} 格（至少 {cells} 格），"
                       "不像是政府信息公开工作年度报告的表格。请确认文件是否正确。")


RawCell = tuple[str, int, bool, bool]  # a cell as written: (text, gridSpan, vMerge, vMerge restarts here)
Origin = tuple[int, int, int, str]  # the cell covering a grid position: (row, col, colspan, text)


def read_table(tbl: ET.Element) -> list[list[GridCell]]:
    """Expand gridSpan/vMerge into a full grid (refused past ``MAX_GRID_CELLS`` positions: a "span bomb"
    of many cells each 63 columns wide would need gigabytes)."""
    grid_rows = _expand(_raw_rows(tbl))
    rowspans: dict[tuple[int, int], int] = {}
    for origins_in_row in grid_rows:
        for orow, ocol, _, _ in set(origins_in_row):
            rowspans[(orow, ocol)] = rowspans.get((orow, ocol), 0) + 1
    return [[GridCell(text, orow, ocol, rowspans[(orow, ocol)], span) for orow, ocol, span, text in row]
            for row in grid_rows]


def _raw_rows(tbl: ET.Element) -> list[list[RawCell]]:
    """The table's cells row by row as written, refused once their spans pass ``MAX_GRID_CELLS``."""
    raw: list[list[RawCell]] = []
    cells = 0
    for tr in tbl.findall(f"{W}tr"):
        row = []
        for tc in tr.findall(f"{W}tc"):
            span, vmerge, restart = _merge_marks(tc)
            row.append((_cell_text(tc), span, vmerge, restart))
            cells += span
            if cells > MAX_GRID_CELLS:
                raise too_big(cells)
        raw.append(row)
    return raw


def _merge_marks(tc: ET.Element) -> tuple[int, bool, bool]:
    """A cell's gridSpan, whether it is vertically merged, and whether its vertical merge starts here."""
    span, vmerge, restart = 1, False, False
    pr = tc.find(f"{W}tcPr")
    if pr is not None:
        gs = pr.find(f"{W}gridSpan")
        if gs is not None:
            span = _span(gs.get(f"{W}val", "1"))
        vm = pr.find(f"{W}vMerge")
        if vm is not None:
            vmerge = True
            restart = vm.get(f"{W}val") == "restart"
    return span, vmerge, restart


def _expand(raw: list[list[RawCell]]) -> list[list[Origin]]:
    """Every grid position with the cell covering it: a span repeats its cell across, a continued vertical
    merge takes the cell above."""
    origins: dict[tuple[int, int], Origin] = {}
    grid_rows: list[list[Origin]] = []
    for r, row in enumerate(raw):
        c = 0
        out = []
        for text, span, vmerge, restart in row:
            above = origins.get((r - 1, c))
            origin = above if vmerge and not restart and above else (r, c, span, text)
            for k in range(span):
                origins[(r, c + k)] = origin
                out.append(origin)
            c += span
        grid_rows.append(out)
    return grid_rows


def _blocks(parent: ET.Element) -> list[ET.Element]:
    """Body paragraphs and tables, also those inside content controls (w:sdt) and custom XML, in document
    order. Walked with a stack, not recursion: ``w:sdt`` nested 100,000 deep is no RecursionError."""
    out: list[ET.Element] = []
    stack = [iter(parent)]
    while stack:
        el = next(stack[-1], None)
        if el is None:
            stack.pop()
        elif el.tag in (f"{W}sdt", f"{W}customXml", f"{W}sdtContent"):
            stack.append(iter(el))
        elif el.tag in (f"{W}p", f"{W}tbl"):
            out.append(el)
    return out


def read_docx(path: Path) -> DocxContent:
    broken = f"“{path}”不是有效的 Word（.docx）文件，或文件已损坏。请用 Word 或 WPS 另存为 .docx 后重试。"
    check_readable(path, what="报告文件")  # a FIFO or device would block the zip reader
    try:
        with zipfile.ZipFile(path) as zf, zf.open("word/document.xml") as part:
            xml = part.read(MAX_DOCUMENT_BYTES + 1)  # a "zip bomb" is not unpacked further than this
    except PermissionError:
        raise DrafterError(f"没有权限读取报告文件“{path}”。请检查文件权限；如果它正在 Word 中打开，请先关闭。") from None
    except (zipfile.BadZipFile, KeyError, OSError, EOFError, RuntimeError, NotImplementedError, ValueError):
        raise DrafterError(broken) from None  # RuntimeError: encrypted; NotImplementedError: unknown compression
    if len(xml) > MAX_DOCUMENT_BYTES:
        raise DrafterError(f"“{path}”的正文超过 {MAX_DOCUMENT_BYTES // 2**20} MB，不像是年度报告。请确认文件是否正确。")
    try:
        root = ET.fromstring(xml)
    except ET.ParseError:  # also expat's refusal of entity expansion ("billion laughs")
        raise DrafterError(broken) from None
    body = root.find(f"{W}body")
    content = DocxContent([], [], [])
    if body is None:
        return content
    for el in _blocks(body):
        if el.tag == f"{W}p":
            text = _text(el).strip()
            if text:
                content.paragraphs.append(text)
                content.body.append(text)
        elif el.tag == f"{W}tbl":
            content.body.append(len(content.tables))
            content.tables.append(read_table(el))
    return content
