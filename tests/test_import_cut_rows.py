"""A stored copy cut short inside a table row (the stored-page index keeps a page's first ~2,000 bytes): where
every cell leaves a line ("|" layouts: a blank cell is a bare "|"), the row's first cells are read and the rest
listed as cut off; where a blank cell leaves nothing (blank-line layout, the corpus's 65), the row stays unread."""

from __future__ import annotations

from pathlib import Path

from drafter.importers.report import import_report
from tests.test_import_layouts import HEAD, T3_HEADER, _suffixed

DOCS = [f"proactive_table.normative_documents.{c}" for c in ("issued", "repealed", "in_force")]


def _import(tmp_path: Path, text: str):
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    return import_report(path)


def _cut(text: str, after: str) -> str:
    """``text`` cut right after the last ``after`` (no newline: the copy simply stops)."""
    return text[:text.rindex(after) + len(after)]


def test_a_table2_row_cut_after_two_cells(tmp_path: Path) -> None:
    text = _cut(HEAD + _suffixed(("规章", "0", "0", "0"), ("行政规范性文件", "2", "1", "9")), "1 |")
    facts = _import(tmp_path, text).facts
    assert facts.imported is not None
    assert (facts.proactive_table.normative_documents.issued, facts.proactive_table.normative_documents.repealed) \
        == (2, 1)
    assert [p for p in DOCS if p in facts.imported.missing] == [DOCS[2]]
    assert DOCS[2] not in facts.imported.blank


def test_a_cut_row_keeps_its_blank_cells_and_its_own_last_cell_whose_bar_was_cut(tmp_path: Path) -> None:
    """"行政规范性文件 |", "|" (blank), then "3" with its " |" cut off: 制发 blank, 废止 3, 现行有效 cut off."""
    text = _cut(HEAD + _suffixed(("规章", "0", "0", "0"), ("行政规范性文件", "", "3", "5")), "3")
    facts = _import(tmp_path, text).facts
    assert facts.imported is not None
    assert DOCS[0] in facts.imported.blank and facts.proactive_table.normative_documents.repealed == 3
    assert DOCS[2] in facts.imported.missing and DOCS[2] not in facts.imported.blank


def test_a_table3_row_cut_after_three_cells(tmp_path: Path) -> None:
    rows = ["一、本年新收政府信息公开申请数量 |", "4 |", "1 |", "0 |", "0 |", "0 |", "0 |", "5 |", "||",
            "二、上年结转政府信息公开申请数量 |", "1 |", "0 |", "2 |", "0 |", "0 |", "0 |", "3 |", "||"]
    text = HEAD + _suffixed(("规章", "0", "0", "0")) + "\n" + "\n".join([*T3_HEADER, *rows])
    facts = _import(tmp_path, _cut(text, "2 |")).facts
    assert facts.imported is not None
    assert facts.applications.row("new_received") == (4, 1, 0, 0, 0, 0)
    assert facts.applications.row("carried_over")[:3] == (1, 0, 2)
    missing = set(facts.imported.missing)
    assert {f"applications.carried_over[{c}]" for c in (4, 5, 6)} <= missing
    assert not {f"applications.carried_over[{c}]" for c in (1, 2, 3)} & missing
    assert "carried_over" not in facts.imported.stated_totals.row_totals


def test_a_row_cut_where_blank_cells_leave_no_line_stays_unread(tmp_path: Path) -> None:
    """65: "行政规范性文件", "0", "0" and the copy ends: the missing cell may be a blank before them."""
    cells = ["第二十条第(一)项", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数", "规章", "0", "0", "0",
             "行政规范性文件", "0", "0"]
    facts = _import(tmp_path, HEAD + "\n\n".join(cells)).facts
    assert facts.imported is not None
    assert set(DOCS) <= set(facts.imported.missing)
    assert facts.proactive_table.regulations.in_force == 0 and "proactive_table.regulations.in_force" not in \
        facts.imported.missing
