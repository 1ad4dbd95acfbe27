"""What the readers of 表二、表三、表四 (``table2_read``, ``table3_read``, ``table4_read``) share: the findings
of an import and the reading of one cell. The tables are read cell by cell from table rows, found by their
labels, never by position alone.

Every cell that cannot be read is recorded (facts path + a Chinese sentence) and left at 0 with its
path listed as missing, and also as blank when the report itself left it blank or wrote "—"/"/" (the
report's fault, not ours); the 总计 cells are kept as printed for the checks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from drafter.facts import values
from drafter.facts.model import StatedTotals
from drafter.importers.labels import lookup

_UNIT = re.compile(r"(件|条|个|次|项|万元)$")
BLANK = re.compile(r"^[\s—–\-－/／无]*$")  # what a report prints in a cell it did not fill


@dataclass
class Findings:
    missing: list[str] = field(default_factory=list)  # facts paths left out
    blank: list[str] = field(default_factory=list)  # those of them the report printed blank, "—" or "/"
    variants: list[str] = field(default_factory=list)  # labels printed otherwise than the format has them
    run_together: dict[str, str] = field(default_factory=dict)  # 表二 row path → its digits, split ambiguous
    problems: list[str] = field(default_factory=list)  # Chinese, one per unread cell/row/field
    omitted: list[str] = field(default_factory=list)  # those of them about a row the report does not print (F2)
    # The row (facts path) a one-cell-per-line copy stops inside: its first cells are read, the others lost. Not
    # a "|" row of flattened text: such a row may also have lost a cell on the way (a PDF's multi-line cell, 30)
    cut: str = ""
    prose: list[str] = field(default_factory=list)  # the introduction and section 一: figures 表二 may need
    notes: list[str] = field(default_factory=list)  # Chinese, how an old-format table was mapped
    unread_tables: list[str] = field(default_factory=list)
    old_format: bool = False
    stated: StatedTotals = field(default_factory=StatedTotals)

    def lose(self, paths: list[str], message: str) -> None:
        self.missing += [p for p in paths if p not in self.missing]
        self.problems.append(message)

    def omit(self, paths: list[str], message: str) -> None:
        """Cells of a row the report leaves out: unknown like cells not read, but the report's omission (F2
        names it; ``drafter check`` does not list it again among the cells it could not read)."""
        self.lose(paths, message)
        self.omitted.append(message)

    def lose_cut(self, paths: list[str], where: str) -> None:
        """Cells of the row the copy stops inside that come after the cut (unknown, not blank)."""
        if paths:
            self.lose(paths, f"{where}：原文在此截断，后 {len(paths)} 格未能读出。")

    def lose_cell(self, path: str, text: str | None, message: str) -> None:
        """A cell not read: blank in the report (its fault) when ``text`` is blank, "—" or "/"."""
        self.lose([path], message)
        if text is not None and BLANK.match(text) and path not in self.blank:
            self.blank.append(path)


# "0 0 0", "1 234": the figures of several cells in one (a row's cells ran into one "|" cell), not one number; a
# Chinese report sets no thousands apart with a space ("1,234" or "1234")
_SPACED = re.compile(r"\d\s+\d")


def count(text: str) -> int | None:
    plain = values.nfkc(text).strip()
    if _SPACED.search(plain):
        return None
    t = _UNIT.sub("", plain.replace(",", "").replace(" ", ""))
    return int(t) if t.isascii() and t.isdigit() else None


def amount(text: str) -> Decimal | None:
    try:
        return values.parse_amount(text) if text.strip() else None
    except ValueError:
        return None


def trim(cells: tuple[str, ...]) -> list[str]:
    """Cells without the empty padding a flattened table leaves at the end of a row."""
    out = list(cells)
    while out and not out[-1].strip():
        out.pop()
    return out


def fit(cells: tuple[str, ...], width: int, exact: bool) -> list[str]:
    """Cells without the end padding, except that in a row whose cells are ``exact`` (a Word or HTML grid,
    or one cell per line with a "|" line for each blank) a row of ``width`` or more cells whose cells past
    ``width`` are empty keeps its first ``width``: trailing blanks that are cells (the last applicant
    columns and the 总计 of a row the report left blank), not padding. Flattened text pads rows with "|"."""
    out = trim(cells)
    if exact and len(out) < width <= len(cells) and not any(c.strip() for c in cells[width:]):
        return list(cells[:width])
    return out


def match(cells: tuple[str, ...], table: dict[str, str]) -> tuple[int, str] | None:
    """The rightmost cell that is a known label, and what it means. A cell ending in a colon is a page's field
    name ("有效性: | 规范性文件登记: |" above 表二, 1015), no table row's label."""
    for i in range(len(cells) - 1, -1, -1):
        hit = None if cells[i].rstrip().endswith((":", "：")) else lookup(cells[i], table)
        if hit is not None:
            return i, hit
    return None


_RUN_CELL = re.compile(r"^〔(\d+)〕$")


def run_cells(digits: str, width: int) -> tuple[str, ...]:
    """The cells of a group of ``width`` whose numbers ran together with no cut certain: each holds the digits
    marked ("〔1324015〕", never a number), for the reader to leave them unread and keep the digits for the checks."""
    return (f"〔{digits}〕",) * width


def run_digits(cell: str) -> str | None:
    """The digits a ``run_cells`` cell marks, None for any other cell."""
    m = _RUN_CELL.match(cell)
    return m.group(1) if m else None


def shown(text: str) -> str:
    return f"“{text}”" if text.strip() else "空白"
