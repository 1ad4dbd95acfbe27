"""Word writer: a ``Draft`` → .docx bytes laid out per GB/T 9704-2012.

The body (paragraphs and tables) is written as WordprocessingML strings, which gives exact control
over merges (gridSpan / vMerge) and is much faster than python-docx's paragraph and cell API. Everything
else (styles, page setup, footers with page numbers) is the skeleton that ``docx_skeleton`` builds with
python-docx; it ships prebuilt beside this module, so rendering does not even import python-docx.
"""

from __future__ import annotations

import functools
import re

from drafter.draft import Cell, Draft, Heading, Paragraph, Signature, Table, Title, unfilled_parts
from drafter.writers import docx_layout as L
from drafter.writers import docx_parts as parts
from drafter.writers import zipappend

TABLE_PARA, TABLE_CHAR = L.TABLE_PARA, L.TABLE_CHAR
CHAR_TWIPS = L.TEXT_WIDTH_TWIPS / L.CHARS_PER_LINE  # one character of the grid


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def escape(text: str) -> str:
    """XML character data (xml.sax.saxutils would import urllib and http.client: ~40 ms at start-up).
    Characters XML 1.0 forbids (a bank's text may contain them) are dropped: Word refuses such a file."""
    if not text.isprintable():
        text = _NOT_XML.sub("", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# What a clerk must fill in (a placeholder sentence, an unknown cell) is highlighted yellow: seen at a glance,
# (w:highlight after w:sz in w:rPr: the schema's order, which Word enforces)
HIGHLIGHT = '<w:highlight w:val="yellow"/>'


def _run_xml(text: str, font: str, size_pt: float | None = None, bold: bool = False, mark: bool = False) -> str:
    size = f'<w:sz w:val="{int(size_pt * 2)}"/><w:szCs w:val="{int(size_pt * 2)}"/>' if size_pt else ""
    rpr = (f'<w:rPr><w:rFonts w:ascii="{L.LATIN}" w:hAnsi="{L.LATIN}" w:eastAsia="{font}" '
           f'w:cs="{L.LATIN}"/>{"<w:b/><w:bCs/>" if bold else ""}{size}{HIGHLIGHT if mark else ""}</w:rPr>')
    return f"<w:r>{rpr}{_text_xml(text)}</w:r>"


def _text_xml(text: str) -> str:
    """``w:t`` pieces as python-docx writes them: tabs and line breaks become ``w:tab``/``w:br``."""
    out = []
    for i, line in enumerate(text.split("\n")):
        if i:
            out.append("<w:br/>")
        for j, piece in enumerate(line.split("\t")):
            if j:
                out.append("<w:tab/>")
            if piece:
                space = ' xml:space="preserve"' if piece != piece.strip() else ""
                out.append(f"<w:t{space}>{escape(piece)}</w:t>")
    return "".join(out)


def _twentieths(pt: float) -> int:
    return round(pt * 20)


TITLE_PPR = (f'<w:pPr><w:pStyle w:val="Title"/><w:keepNext/><w:snapToGrid w:val="0"/><w:spacing w:line="{_twentieths(36)}" '
             f'w:lineRule="exact" w:after="{L.LINE_TWIPS}"/><w:jc w:val="center"/></w:pPr>')  # 标题下空一行
INDENT_TWIPS = int(2 * CHAR_TWIPS)  # 空两字 on the grid (a twip more and the line holds 27)
BODY_PPR = f'<w:pPr><w:ind w:firstLine="{INDENT_TWIPS}"/><w:jc w:val="both"/></w:pPr>'
# The sentence that introduces a table stays on the table's page (the table keeps itself together).
LEAD_IN_PPR = BODY_PPR.replace("<w:pPr>", "<w:pPr><w:keepNext/>")
# Heading1/Heading2 carry the outline levels (Word's navigation pane, WPS's 目录)
HEADING_PPR = {level: f'<w:pPr><w:pStyle w:val="Heading{level}"/><w:keepNext/><w:ind w:firstLine="{INDENT_TWIPS}"/>'
                      '<w:jc w:val="both"/></w:pPr>' for level in (1, 2)}
SPACER = f'<w:p><w:pPr><w:snapToGrid w:val="0"/><w:spacing w:line="{L.LINE_TWIPS // 2}" w:lineRule="exact"/></w:pPr></w:p>'
TITLE_TAIL = "政府信息公开工作年度报告"
TITLE_LINE_CHARS = 20  # 2号 characters in the 156 mm 版心


def char_width(text: str) -> float:
    """Width in full-width characters: digits and Latin letters are half as wide as Chinese."""
    return sum(0.5 if ord(ch) < 0x2E80 else 1.0 for ch in text)


def title_lines(title: str) -> list[str]:
    """A long title breaks before "政府信息公开工作年度报告", never inside a word (GB/T 9704 回行词意完整)."""
    if char_width(title) <= TITLE_LINE_CHARS or not title.endswith(TITLE_TAIL) or title == TITLE_TAIL:
        return [title]
    return [title[: -len(TITLE_TAIL)], TITLE_TAIL]


def signature_indents(agency: str, date: str) -> tuple[float, float]:
    """Left indents (in characters of the 28-character line) of the agency line and the date line, per
    GB/T 9704 7.3.5: the agency 右空二字, the date's first character two characters right of the agency's
    first; a date that would then reach into the last two characters 右空二字 and moves the agency left.
    Neither starts left of the margin: a name longer than the line wraps from it."""
    agency_left = L.CHARS_PER_LINE - 2 - char_width(agency)
    overflow = max(0.0, agency_left + 2 + char_width(date) - (L.CHARS_PER_LINE - 2))
    return max(0.0, agency_left - overflow), max(0.0, agency_left + 2 - overflow)


def _runs_xml(text: str, font: str, size_pt: float | None = None, bold: bool = False) -> str:
    """``text`` as runs, its placeholders ("【待补充：…】") highlighted."""
    return "".join(_run_xml(piece, font, size_pt, bold, mark=mark) for piece, mark in unfilled_parts(text))


def _body_xml(text: str, font: str, lead: str = "", lead_font: str = "", ppr: str = BODY_PPR) -> str:
    runs = (_run_xml(lead, lead_font) if lead else "") + (_runs_xml(text, font) if text else "")
    return f"<w:p>{ppr}{runs}</w:p>"


def _signature_xml(sig: Signature, font: str) -> str:
    """One blank line above the agency (7.3.5); both lines placed by their first character, which is what
    the standard measures (a right-aligned date would move with the width of its digits)."""
    agency_indent, date_indent = signature_indents(sig.agency, sig.date)
    agency_ppr = f'<w:keepNext/><w:spacing w:before="{L.LINE_TWIPS}"/>'  # kept with the date
    parts = []
    for head, indent, text in ((agency_ppr, agency_indent, sig.agency), ("", date_indent, sig.date)):
        ppr = f'<w:pPr>{head}<w:ind w:left="{round(indent * CHAR_TWIPS)}"/><w:jc w:val="left"/></w:pPr>'
        parts.append(f"<w:p>{ppr}{_runs_xml(text, font)}</w:p>")
    return "".join(parts)


def _block_xml(block: object, before_table: bool, fonts: L.FontSet) -> str:
    if isinstance(block, Title):
        text = chr(10).join(title_lines(block.text))
        return f"<w:p>{TITLE_PPR}{_runs_xml(text, fonts.title, L.TITLE_PT, fonts.title_bold)}</w:p>"
    if isinstance(block, Heading):
        return _body_xml(block.text, fonts.h1 if block.level == 1 else fonts.h2, ppr=HEADING_PPR[min(block.level, 2)])
    if isinstance(block, Paragraph):
        return _body_xml(block.text, fonts.body, block.lead, fonts.h2, LEAD_IN_PPR if before_table else BODY_PPR)
    if isinstance(block, Table):
        return table_xml(block) + SPACER  # breathing room after a table; Word needs a p between tables
    if isinstance(block, Signature):
        return _signature_xml(block, fonts.body)
    return ""


def _twips(mm: float) -> int:
    return round(mm * L.MM_TO_TWIPS)


@functools.lru_cache(maxsize=16384)
def _cell_xml(cell: Cell, width: int, continuation: bool, keep: bool) -> str:
    """One ``w:tc``. Cached: labels, headers and most numbers repeat across the reports of a batch.
    ``keep``: keep with the next row (every row but the last: the table stays on one page when it fits)."""
    span = f'<w:gridSpan w:val="{cell.colspan}"/>' if cell.colspan > 1 else ""
    vmerge = ""
    if cell.rowspan > 1:
        vmerge = '<w:vMerge/>' if continuation else '<w:vMerge w:val="restart"/>'
    props = f'<w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{span}{vmerge}<w:vAlign w:val="center"/></w:tcPr>'
    left = '<w:jc w:val="left"/>' if cell.kind == "label" and cell.col == 2 else ""  # the style centres
    ppr = f'<w:pPr><w:pStyle w:val="{TABLE_PARA}"/>{"<w:keepNext/>" if keep else ""}{left}</w:pPr>'
    if continuation:
        return f"<w:tc>{props}<w:p>{ppr}</w:p></w:tc>"
    lines = cell.lines or (cell.text,)
    content = "<w:br/>".join(_text_xml(line) for line in lines)
    size = _number_size(cell.text, width) if cell.kind == "value" else None
    smaller = f'<w:sz w:val="{int(size * 2)}"/><w:szCs w:val="{int(size * 2)}"/>' if size else ""
    rpr = f'<w:rPr><w:rStyle w:val="{TABLE_CHAR}"/>{smaller}{HIGHLIGHT if cell.unfilled else ""}</w:rPr>'
    return f'<w:tc>{props}<w:p>{ppr}<w:r>{rpr}{content}</w:r></w:p></w:tc>'


def _number_size(text: str, width: int) -> float | None:
    """A smaller size (pt) for a number too long for its cell at 小五, or None when it fits. A number is
    never broken over two lines (it would read as two numbers), and rows keep their height, so 表三
    stays on one page even with millions of applications."""
    room_pt = (width - 2 * L.CELL_MARGIN_TWIPS) / 20 * 0.95  # a digit is half an em in Times New Roman
    if len(text) * L.TABLE_PT / 2 <= room_pt:
        return None
    return max(4.0, int(room_pt / (len(text) / 2) * 2) / 2)


@functools.lru_cache(maxsize=64)
def _table_head(widths: tuple[int, ...]) -> str:
    border = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                     for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:jc w:val="center"/>'
            f'<w:tblBorders>{border}</w:tblBorders><w:tblLayout w:type="fixed"/>'
            f'<w:tblCellMar><w:left w:w="{L.CELL_MARGIN_TWIPS}" w:type="dxa"/>'
            f'<w:right w:w="{L.CELL_MARGIN_TWIPS}" w:type="dxa"/></w:tblCellMar></w:tblPr>'
            f'<w:tblGrid>{grid}</w:tblGrid>')


def table_xml(table: Table) -> str:
    """A ``w:tbl`` for the grid: one ``w:tc`` per covered span of each row, merges as gridSpan/vMerge."""
    widths = tuple(_twips(w) for w in table.col_widths_mm)
    rows: list[list[tuple[int, str]]] = [[] for _ in range(table.n_rows)]
    for cell in table.cells:  # a cell spanning rows appears in each: restart, then continuations
        width = sum(widths[cell.col:cell.col + cell.colspan])
        for r in range(cell.row, cell.row + cell.rowspan):
            rows[r].append((cell.col, _cell_xml(cell, width, r != cell.row, r < table.n_rows - 1)))
    parts = [_table_head(widths)]
    for r, cells in enumerate(rows):
        cells.sort()
        parts.append("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" if r < table.header_rows
                     else "<w:tr><w:trPr><w:cantSplit/></w:trPr>")
        parts.extend(xml for _, xml in cells)
        parts.append("</w:tr>")
    parts.append("</w:tbl>")
    return "".join(parts)


@functools.cache
def _skeleton(font_set: str) -> tuple[zipappend.Prebuilt, str, str]:
    """(zip of every part but document and core properties, document.xml up to <w:body>, its sectPr tail).
    The styles and the font table of ``font_set`` are added once to the prebuilt parts."""
    try:
        data, document = L.SKELETON_ZIP.read_bytes(), L.SKELETON_DOCUMENT.read_text(encoding="utf-8")
    except OSError:  # a source tree without the prebuilt files: build them (python-docx)
        from drafter.writers.docx_skeleton import build_skeleton

        data, document = build_skeleton()
    fonts = L.FONT_SETS[font_set]
    data = zipappend.append(zipappend.split(data), [(STYLES_PART, parts.styles_xml(fonts).encode("utf-8")),
                                                     (FONTS_PART, parts.font_table_xml(fonts).encode("utf-8"))])
    head, tail = document.split("<w:body>", 1)
    return zipappend.split(data), head + "<w:body>", tail[tail.index("<w:sectPr"):]


DOCUMENT_PART, CORE_PART = "word/document.xml", "docProps/core.xml"
STYLES_PART, FONTS_PART = "word/styles.xml", "word/fontTable.xml"


def render(draft: Draft) -> bytes:
    """The .docx, in the draft's font set (``docx_layout.FONT_SETS``)."""
    fonts = L.FONT_SETS[draft.fonts]
    skeleton, head, tail = _skeleton(draft.fonts)
    blocks = draft.blocks
    follows_table = [isinstance(after, Table) for after in blocks[1:]] + [False]
    body = "".join(_block_xml(block, before, fonts) for block, before in zip(blocks, follows_table, strict=True))
    author = next((block.agency for block in blocks if isinstance(block, Signature)), "")
    core = parts.CORE_XML.format(title=escape(draft.title), author=escape(author))
    return zipappend.append(skeleton, [
        (DOCUMENT_PART, (head + body + tail).encode("utf-8")),
        (CORE_PART, core.encode("utf-8")),
    ])
