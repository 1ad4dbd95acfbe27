"""Printed and computed totals kept apart: the text is compared with the 总计 the report printed, the printed
总计 with the sum of its cells (B1, B3), so one slip is one finding, not one per place it shows."""

from __future__ import annotations

from pathlib import Path

from tests.test_outline import findings, nonzero_text

NEW_ROW = "一、本年新收政府信息公开申请数量 | 234 |"


def _codes(tmp_path: Path, text: str) -> list[str]:
    return sorted(p.code for p in findings(tmp_path, text))


def test_a_misprinted_total_is_one_finding_though_the_text_repeats_it(tmp_path: Path) -> None:
    """总计 printed 10845 for 10854; the text says 10854 (the true sum): B1 only, no D1 on the text."""
    assert _codes(tmp_path, nonzero_text().replace("| 3384 | 10854", "| 3384 | 10845")) == ["B1"]


def test_text_agreeing_with_a_printed_total_is_not_reported_again(tmp_path: Path) -> None:
    """A cell printed "/" is the report's blank (B5, an error) and unknown, never 0: the row cannot be
    summed (no B1 on it), and the text, which agrees with the printed total, is not a finding (D1)."""
    codes = _codes(tmp_path, nonzero_text().replace(NEW_ROW, NEW_ROW.replace("234", "/")))
    assert codes == ["B5"]


def test_a_text_figure_that_agrees_with_nothing_is_d1(tmp_path: Path) -> None:
    text = nonzero_text().replace("共收到政府信息公开申请10881件", "共收到政府信息公开申请10882件")
    problems = findings(tmp_path, text)
    assert [p.code for p in problems] == ["D1"]


def test_a_review_total_the_text_repeats_is_one_finding(tmp_path: Path) -> None:
    """表四's 行政复议 总计 printed 11 and the text says 11, but 1+2+3+4 is 10 (a cell slipped): B3 only."""
    text = nonzero_text().replace("| 4 | 10 | 5 |", "| 4 | 11 | 5 |").replace("被申请行政复议10件", "被申请行政复议11件")
    assert _codes(tmp_path, text) == ["B3"]
