"""What a district reviewer reads when ``drafter check`` is given a published report (no facts file to edit):
the 位置 column in Chinese, and a long list of items not read cut short (``drafter import`` lists them all)."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter import console
from drafter.cli import main
from drafter.importers.report import CHECK_LISTED, import_report

CORPUS = Path(__file__).parent / "realworld"  # published reports, sources in tests/realworld/README.md


@pytest.fixture(autouse=True)
def wide(monkeypatch) -> None:
    """One table row a line, so cells can be asserted whole (the consoles are made once, at import)."""
    for shown in (console.out, console.err):
        monkeypatch.setattr(shown, "_width", 400)


def test_a_reports_problems_are_placed_by_official_labels_not_field_paths(capsys) -> None:
    """119 prints 0 as the 总计 of rows whose cells add to 6 (B1): 位置 is the row's labels, no 'imported.' path."""
    main(["check", str(CORPUS / "119-pingtan-haitan-2024.txt")])
    out = capsys.readouterr().out
    assert "表三 · 一、本年新收政府信息公开申请数量 · 总计" in out
    assert "imported." not in out and "stated_totals" not in out


def test_a_reports_text_problem_is_placed_by_its_part(capsys) -> None:
    """103 cites '国办公开函202130号' in 一（一） (E6, no table cell): 位置 names the part of the report."""
    main(["check", str(CORPUS / "103-toksun-xiazhen-2024.txt")])
    rows = [line for line in capsys.readouterr().out.splitlines() if "E6-" in line]
    assert any("│ 一（一）主动公开" in row for row in rows) and not any("imported." in row for row in rows)


def test_a_reports_fix_does_not_speak_of_the_facts_files_null(capsys) -> None:
    """120 prints its 结转 row's 商业企业 cell blank (B5): the fix says what to do, without 'null' (no facts file)."""
    main(["check", str(CORPUS / "120-pingtan-jinjing-2022.txt")])
    rows = [line for line in capsys.readouterr().out.splitlines() if "B5-" in line]
    assert rows and any("对照原始数据填写；确实没有的填 0" in row for row in rows)
    assert not any("null" in row or "事实文件" in row for row in rows)


def test_a_facts_file_keeps_the_field_path_to_edit(example_path: Path, capsys) -> None:
    main(["check", str(example_path)])
    assert "overview.proactive.total" in capsys.readouterr().out


def test_check_lists_the_first_items_not_read_and_counts_the_rest(capsys) -> None:
    """33 (2019 format, blank cells): check lists CHECK_LISTED items and says how many more; no 'null'."""
    report = CORPUS / "33-shanghai-office-2019.html"
    count = len(import_report(report).problems)
    assert count > CHECK_LISTED
    main(["check", str(report)])
    err = capsys.readouterr().err
    assert f"有 {count} 处未能从报告中读出（检查时不当作 0" in err
    assert f"  {CHECK_LISTED}. " in err and f"  {CHECK_LISTED + 1}. " not in err
    assert f"……另有 {count - CHECK_LISTED} 处未列出；用 drafter import 读出事实文件时会逐项列出。" in err
    assert "null" not in err.split("检查结果")[0]


def test_import_still_lists_every_item_not_read(tmp_path: Path, capsys) -> None:
    report = CORPUS / "33-shanghai-office-2019.html"
    count = len(import_report(report).problems)
    main(["import", str(report), "-o", str(tmp_path / "f.yaml")])
    err = capsys.readouterr().err
    assert f"  {count}. " in err and "另有" not in err
