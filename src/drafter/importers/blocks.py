"""What every reader of a published report works on: paragraph texts and table rows, in document order."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    cells: tuple[str, ...]
    table: int  # which table of the document (0-based)
    loose: bool = False  # rebuilt from one-cell-per-line text: a missing cell cannot be told from a shift
    run: bool = False  # a 表二 row whose cells ran together: its one value cell holds all their digits
    grid: bool = False  # a Word or HTML table row: every cell is a cell (flattened text pads rows with "|")
    cut: bool = False  # the copy ends inside this row: its cells are the row's first ones, the others cut off
    closed: bool = False  # a label alone on a "|" line of flattened text, text (no cell) after it: the row ends there

    def cut_after(self, at: int) -> bool:
        """The copy stops inside this row, its cells from ``at`` on being the row's first ones: a one-cell-per-line
        row, or a "|" row whose cells are all filled ("4.保护第三方合法权益 | 1 | "); a flattened row padded with
        "||||" ("3 | 3 ||||") lost its blank cells, so which columns its figures are in is not known."""
        return self.cut and (self.loose or all(cell.strip() for cell in self.cells[at:]))


Block = str | Row
