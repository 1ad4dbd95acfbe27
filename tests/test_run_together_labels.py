"""F2 on run-together pages (issue 12 point 7): 表二's row printed with the 2019 label "规范性文件" is read, and named
as a label variant; a 表二 without its 规章 row gets a warning naming the row. Made from tuned 平潭 pages by printing
the row the way other 平潭 departments do."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.checks.format_rules import check_format
from drafter.importers.report import import_report

CORPUS = Path(__file__).parent / "realworld"


@pytest.mark.parametrize(("name", "printed", "variant", "row"), [
    ("43-pingtan-approval-2021.txt", "规章000行政规范性文件2023", "规范性文件2023", None),  # run together, 4 digits
    ("44-pingtan-econdev-2021.txt", "规章 0 0 0 行政规范性文件 5 0 5", "规范性文件 5 0 5", (5, 0, 5)),  # spaced
    ("41-pingtan-transport-2023.txt", "规章000行政规范性文件5615", "规范性文件101", (1, 0, 1)),  # one digit each
])
def test_the_2019_row_label_is_read_and_named(tmp_path: Path, name: str, printed: str, variant: str,
                                              row: tuple[int, int, int] | None) -> None:
    text = (CORPUS / name).read_text(encoding="utf-8")
    assert printed in text
    copy = tmp_path / name
    copy.write_text(text.replace(printed, variant), encoding="utf-8")
    facts = import_report(copy).facts
    messages = [p.message for p in check_format(facts) if p.code == "F2"]
    assert "表格标签“规范性文件”（统一格式为“行政规范性文件”）与统一格式不同" in messages
    assert any(m.startswith("表二缺少“规章”行") for m in messages)
    assert facts.imported is not None and "proactive_table.regulations.issued" in facts.imported.missing
    if row is not None:
        docs = facts.proactive_table.normative_documents
        assert (docs.issued, docs.repealed, docs.in_force) == row


def test_a_table_with_both_rows_gets_no_warning() -> None:
    facts = import_report(CORPUS / "43-pingtan-approval-2021.txt").facts
    assert [p for p in check_format(facts) if p.code == "F2"] == []
