"""The official tables as grids of cells (labels, merges, values) for one report's facts.

The layouts themselves (labels, row keys, widths) are data in ``drafter.tables``; this module fills
them with the facts' numbers for the draft.
"""

from __future__ import annotations

from drafter.draft import UNFILLED, Cell, Table
from drafter.facts.model import Facts
from drafter.facts.values import format_amount
from drafter.tables import (
    APPLICANT_COLUMNS,
    DECISION_ROWS,
    DOC_COLUMNS,
    DOC_ROWS,
    FEES_ROW,
    LABEL_LINES,
    OUTCOME_LEAF_KEYS,
    T2_BANDS,
    T2_CONTENT,
    T2_DECISIONS,
    T2_FEES,
    T2_WIDTHS,
    T3_COLUMNS,
    T3_CORNER,
    T3_LEGAL,
    T3_RESULTS,
    T3_ROWS,
    T3_TOP,
    T3_WIDTHS,
    T4_GROUPS,
    T4_LAWSUIT,
    T4_RESULTS,
    T4_TOTAL,
    T4_WIDTHS,
)


class _Grid:
    def __init__(self) -> None:
        self.cells: list[Cell] = []

    def add(self, row: int, col: int, text: str, kind: str, rowspan: int = 1, colspan: int = 1) -> None:
        self.cells.append(Cell(row, col, text, rowspan, colspan, kind, LABEL_LINES.get(text, ())))

    def value(self, row: int, col: int, text: str, unknown: bool, colspan: int = 1) -> None:
        """A figure; one not known (not read from the published report, or a total of such) is UNFILLED."""
        if unknown:
            self.cells.append(Cell(row, col, UNFILLED, 1, colspan, "value", unfilled=True))
        else:
            self.add(row, col, text, "value", colspan=colspan)


def table2(facts: Facts) -> Table:
    p = facts.proactive_table
    lost = set(facts.unknown("proactive_table"))
    g = _Grid()
    g.add(0, 0, T2_BANDS[0], "header", colspan=4)
    g.add(1, 0, T2_CONTENT, "header")
    for c, (_, label) in enumerate(DOC_COLUMNS, start=1):
        g.add(1, c, label, "header")
    for r, (key, label) in enumerate(DOC_ROWS, start=2):
        g.add(r, 0, label, "label")
        row = getattr(p, key)
        for c, (col, _) in enumerate(DOC_COLUMNS, start=1):
            g.value(r, c, str(getattr(row, col)), f"proactive_table.{key}.{col}" in lost)
    r = 4
    for band, rows in ((T2_BANDS[1], DECISION_ROWS[:1]), (T2_BANDS[2], DECISION_ROWS[1:])):
        g.add(r, 0, band, "header", colspan=4)
        g.add(r + 1, 0, T2_CONTENT, "header")
        g.add(r + 1, 1, T2_DECISIONS, "header", colspan=3)
        r += 2
        for key, label in rows:
            g.add(r, 0, label, "label")
            g.value(r, 1, str(getattr(p, key)), f"proactive_table.{key}" in lost, colspan=3)
            r += 1
    g.add(r, 0, T2_BANDS[3], "header", colspan=4)
    g.add(r + 1, 0, T2_CONTENT, "header")
    g.add(r + 1, 1, T2_FEES, "header", colspan=3)
    g.add(r + 2, 0, FEES_ROW[1], "label")
    g.value(r + 2, 1, format_amount(p.fees_10k_yuan), "proactive_table.fees_10k_yuan" in lost, colspan=3)
    return Table("table2", r + 3, 4, tuple(g.cells), T2_WIDTHS, header_rows=0)


def table3(facts: Facts) -> Table:
    apps = facts.applications
    lost = _t3_unknown(facts)
    g = _Grid()
    g.add(0, 0, T3_CORNER, "header", rowspan=3, colspan=3)
    g.add(0, 3, T3_TOP, "header", colspan=7)
    g.add(1, 3, APPLICANT_COLUMNS[0], "header", rowspan=2)
    g.add(1, 4, T3_LEGAL, "header", colspan=5)
    g.add(1, 9, T3_COLUMNS[-1], "header", rowspan=2)
    for c, label in enumerate(APPLICANT_COLUMNS[1:], start=4):
        g.add(2, c, label, "header")
    first = 3
    results_rows = [i for i, row in enumerate(T3_ROWS) if row.labels[0] == T3_RESULTS]
    seen_groups: set[str] = set()
    for i, row in enumerate(T3_ROWS):
        r = first + i
        if len(row.labels) == 1:
            g.add(r, 0, row.labels[0], "label", colspan=3)
        else:
            if i == results_rows[0]:
                g.add(r, 0, T3_RESULTS, "label", rowspan=len(results_rows))
            if len(row.labels) == 2:
                g.add(r, 1, row.labels[1], "label", colspan=2)
            else:
                if row.labels[1] not in seen_groups:
                    seen_groups.add(row.labels[1])
                    span = sum(1 for other in T3_ROWS if other.labels[1:2] == row.labels[1:2])
                    g.add(r, 1, row.labels[1], "label", rowspan=span)
                g.add(r, 2, row.labels[2], "label")
        values = apps.row_with_total(row.key)
        for c, value in enumerate(values):
            g.value(r, c + 3, str(value), (row.key, c) in lost)
    return Table("table3", first + len(T3_ROWS), 10, tuple(g.cells), T3_WIDTHS, header_rows=3)


def _t3_unknown(facts: Facts) -> set[tuple[str, int]]:
    """表三's cells not known, as (row key, 0-based column; 6 is 总计): the cells not read, the 总计 of a row
    with one, and the （七）总计 of a column with one among the outcome rows."""
    lost: set[tuple[str, int]] = set()
    for row in T3_ROWS:
        for c in range(len(APPLICANT_COLUMNS)):
            if facts.unknown(f"applications.{row.key}[{c + 1}]"):
                lost |= {(row.key, c), (row.key, len(APPLICANT_COLUMNS))}
                if row.key in OUTCOME_LEAF_KEYS:
                    lost |= {("total", c), ("total", len(APPLICANT_COLUMNS))}
    return lost


def table4(facts: Facts) -> Table:
    rl = facts.reviews_and_lawsuits
    g = _Grid()
    g.add(0, 0, T4_GROUPS[0][1], "header", colspan=5)
    g.add(0, 5, T4_LAWSUIT, "header", colspan=10)
    for c, (_, label) in enumerate((*T4_RESULTS, ("total", T4_TOTAL))):
        g.add(1, c, label, "header", rowspan=2)
    g.add(1, 5, T4_GROUPS[1][1], "header", colspan=5)
    g.add(1, 10, T4_GROUPS[2][1], "header", colspan=5)
    for base in (5, 10):
        for c, (_, label) in enumerate((*T4_RESULTS, ("total", T4_TOTAL))):
            g.add(2, base + c, label, "header")
    col = 0
    for key, _ in T4_GROUPS:
        lost = [f"reviews_and_lawsuits.{key}.{result}" in facts.unknown(f"reviews_and_lawsuits.{key}")
                for result, _ in T4_RESULTS]
        for value, unknown in zip(rl.row_with_total(key), [*lost, any(lost)], strict=True):
            g.value(3, col, str(value), unknown)
            col += 1
    return Table("table4", 4, 15, tuple(g.cells), T4_WIDTHS, header_rows=3)
