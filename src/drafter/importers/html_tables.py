"""Paragraphs and tables of an HTML page (stdlib ``html.parser``), tables expanded into grids.

rowspan/colspan are expanded like ``docx_tables`` does for Word: every grid position gets the cell
covering it. Layout tables (a table holding another table, common on portal pages) are not data:
their text becomes paragraphs and only the innermost tables are kept as grids.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from drafter.importers.docx_tables import MAX_GRID_CELLS, GridCell, too_big

SKIP = {"script", "style", "head", "title", "noscript", "template"}
BREAKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "tr", "ul", "ol",
          "header", "footer", "blockquote", "center", "pre"}
_SPACE = re.compile(r"[ \t\r\f\v\u00a0\u3000]+")


def clean(text: str) -> str:
    """Collapse source formatting: newlines vanish (Chinese has no spaces between words), runs of spaces → one."""
    lines = [_SPACE.sub(" ", line).strip() for line in text.split("\n")]
    return "".join(lines).strip()


@dataclass
class _Table:
    rows: list[list[tuple[str, int, int]]] = field(default_factory=list)  # (text, rowspan, colspan)
    cell: list[str] | None = None
    span: tuple[int, int] = (1, 1)
    layout: bool = False


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.body: list[object] = []  # paragraph texts (str) and tables (grids), in order
        self.text: list[str] = []
        self.stack: list[_Table] = []
        self.skip = 0

    def flush(self) -> None:
        text = clean("".join(self.text))
        self.text = []
        if text:
            self.body.append(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIP:
            self.skip += 1
        elif tag == "table":
            self._open_table()
        elif tag == "tr" and self._data_table():
            self._close_cell()  # end tags are optional in HTML: <tr><td>a<td>b<tr>…
            self.stack[-1].rows.append([])
        elif tag in ("td", "th") and self._data_table():
            self._close_cell()
            a = dict(attrs)
            self.stack[-1].cell = []
            self.stack[-1].span = (_int(a.get("rowspan")), _int(a.get("colspan")))
        elif tag in BREAKS or tag == "br":
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag == "table" and self.stack:
            if not self.stack[-1].layout:
                self._close_cell()
            table = self.stack.pop()
            if not table.layout:
                self.body.append(expand(table.rows))
        elif tag in ("td", "th") and self._data_table():
            self._close_cell()
        elif tag in BREAKS:
            self._break()

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        table = self.stack[-1] if self.stack else None
        if table is not None and not table.layout and table.cell is not None:
            table.cell.append(data)
        elif table is None or table.layout:
            self.text.append(data)

    def _data_table(self) -> bool:
        return bool(self.stack) and not self.stack[-1].layout

    def _open_table(self) -> None:
        if self.stack and not self.stack[-1].layout:  # the outer table only lays out the page
            outer = self.stack[-1]
            outer.layout = True
            earlier = [text for row in outer.rows for text, _, _ in row]
            for text in [*earlier, *"".join(outer.cell or []).split("\n")]:
                self.text.append(text)
                self.flush()
            outer.cell = None
        self.flush()
        self.stack.append(_Table())

    def _close_cell(self) -> None:
        table = self.stack[-1]
        if table.cell is None:
            return
        if not table.rows:
            table.rows.append([])
        table.rows[-1].append((clean_cell("".join(table.cell)), *table.span))
        table.cell = None

    def _break(self) -> None:
        table = self.stack[-1] if self.stack else None
        if table is not None and not table.layout and table.cell is not None:
            table.cell.append("\n")
        else:
            self.flush()


def clean_cell(text: str) -> str:
    return "\n".join(_SPACE.sub(" ", line).strip() for line in text.split("\n") if line.strip())


def _int(value: str | None) -> int:
    try:
        return max(1, min(int(str(value).strip()[:6]), 1000))
    except ValueError:
        return 1


def expand(rows: list[list[tuple[str, int, int]]]) -> list[list[GridCell]]:
    """Place each cell at the first free column of its row; rowspans occupy the rows below."""
    taken: dict[tuple[int, int], GridCell] = {}
    for r, row in enumerate(rows):
        c = 0
        for text, rowspan, colspan in row:
            while (r, c) in taken:
                c += 1
            rowspan = min(rowspan, len(rows) - r)
            if len(taken) + rowspan * colspan > MAX_GRID_CELLS:  # before placing: a span bomb never builds
                raise too_big(len(taken) + rowspan * colspan)
            cell = GridCell(text, r, c, rowspan, colspan)
            for dr in range(rowspan):
                for dc in range(colspan):
                    taken[(r + dr, c + dc)] = cell
            c += colspan
    width = max((c + 1 for _, c in taken), default=0)
    return [[taken[(r, c)] for c in range(width) if (r, c) in taken] for r in range(len(rows))]


def read_html(text: str) -> list[object]:
    """Body blocks in order: paragraph texts and table grids."""
    parser = _Parser()
    parser.feed(text)
    parser.close()
    while parser.stack:
        parser.handle_endtag("table")
    parser.flush()
    return parser.body
