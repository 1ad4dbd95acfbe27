"""A published report as a PDF (many portals attach one) → blocks, with pdfplumber.

pdfplumber reads ruled tables cell by cell, merged cells included (the text sits in the first cell of
the merge, the others are None and are left out, as ``source.grid_rows`` gives each distinct cell once),
and the text outside the tables line by line; wrapped lines are joined back into paragraphs (a line
that reaches the right margin continues on the next, unless the next is a heading). A PDF without a text
layer (a scan) is refused with a message, never read as an empty report.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from drafter.errors import DrafterError
from drafter.facts.files import check_readable
from drafter.importers.lines import join_wrapped

MAX_PAGES = 200  # an annual report has about ten; each page costs pdfminer tens of milliseconds

# A paragraph, or a table row: (its distinct cells, which table of the document); ``source`` makes the Rows.
Item = str | tuple[tuple[str, ...], int]


def read_pdf(path: Path) -> list[Item]:
    try:
        import pdfplumber
    except ImportError:  # pragma: no cover - a dependency of drafter
        raise DrafterError("读取 PDF 需要 pdfplumber：请重新安装 drafter（pip install drafter）。") from None
    check_readable(path, what="报告文件")  # a FIFO or device would block pdfminer, a huge file exhaust memory
    try:
        pdf = pdfplumber.open(path)
    except FileNotFoundError:
        raise DrafterError(f"找不到报告文件“{path}”。请检查路径是否正确。") from None
    except Exception:  # noqa: BLE001 - pdfminer raises many kinds for a broken file
        raise DrafterError(f"PDF 文件“{path}”无法打开（文件损坏或已加密）。"
                           "请从门户网站重新下载，或用 WPS/Word 打开后另存为 .docx 再导入。") from None
    blocks: list[Item] = []
    chars = 0
    with pdf:
        tables = 0
        if len(pdf.pages) > MAX_PAGES:
            raise DrafterError(f"PDF 文件“{path}”有 {len(pdf.pages)} 页，超过 {MAX_PAGES} 页，不像是一份年度报告。"
                               "请确认文件是否正确。")
        for page in pdf.pages:
            chars += len(page.chars)
            page_blocks, found = _page(page, tables)
            blocks += page_blocks
            tables += found
    if chars == 0:
        raise DrafterError(f"该 PDF 是扫描图片，没有文字层（“{path}”），无法读出文字和表格。"
                           "请向发布单位索取 Word 版或网页版，或先用 OCR 软件（如 WPS“图片转文字”）转成 .docx 再导入。")
    return blocks


def _page(page: Any, first_table: int) -> tuple[list[Item], int]:
    """One page: its tables (as rows) and its text lines (as paragraphs), in reading order (top to bottom)."""
    tables = page.find_tables()
    items: list[tuple[float, list[Item]]] = []
    outside = page
    for n, table in enumerate(tables):
        rows: list[Item] = [(tuple(_cell(c) for c in row if c is not None), first_table + n)
                            for row in table.extract()]
        items.append((table.bbox[1], rows))
        outside = outside.outside_bbox(table.bbox)
    lines = outside.extract_text_lines(return_chars=False)
    right = max((line["x1"] for line in lines), default=0)
    for top, text in _paragraphs(lines, right):
        items.append((top, [text]))
    items.sort(key=lambda item: item[0])
    return [block for _, group in items for block in group], len(tables)


def _cell(text: str) -> str:
    """A cell's text: a label wrapped inside its cell is joined ("商业\\n企业" → "商业企业")."""
    return re.sub(r"\s*\n\s*", "", text).strip()


def _paragraphs(lines: list[dict[str, Any]], right: float) -> list[tuple[float, str]]:
    """Wrapped lines joined (``lines.join_wrapped``): a line was broken by the page when it reached the right
    margin (within two characters)."""
    lines = [line for line in lines if line["text"].strip()]
    at_margin = [line["x1"] >= right - 2 * max(line["bottom"] - line["top"], 1.0) for line in lines]
    return [(lines[i]["top"], text) for i, text in join_wrapped([line["text"] for line in lines], at_margin)]
