"""Messages at a terminal are folded by drafter, not by the terminal: never inside a number or a word, never
before closing punctuation; redirected output keeps one message on one line."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from drafter import console

MESSAGE = ("一（三）政府信息管理：沿用上年的文字，年份已改为本年，去掉了上年的数字：共2次。要填写本年的数或改写，"
           "请按 Esc 回到上一题并选中该部分。各渠道之和 2,110 条，总数 2,190 条，相差 80 条。")


def _capture(monkeypatch: pytest.MonkeyPatch, terminal: bool, width: int = 40) -> io.StringIO:
    buffer = io.StringIO()
    fake = Console(file=buffer, force_terminal=terminal, width=width, highlight=False, soft_wrap=True,
                   color_system=None)
    monkeypatch.setattr(console, "err", fake)
    return buffer


@pytest.mark.parametrize("width", [30, 40, 57, 80])
def test_a_warning_at_a_terminal_is_folded_between_words(monkeypatch: pytest.MonkeyPatch, width: int) -> None:
    buffer = _capture(monkeypatch, terminal=True, width=width)
    console.warn(MESSAGE)
    lines = buffer.getvalue().rstrip("\n").split("\n")
    assert len(lines) > 1 and "".join(lines).replace(" ", "") == ("提示：" + MESSAGE).replace(" ", "")
    from rich.cells import cell_len

    assert all(cell_len(line) < width for line in lines)
    assert not any(line.startswith(("，", "。", "：", "、")) for line in lines)
    assert all(n in "".join(line for line in lines if n in line) for n in ("2,110", "2,190"))
    assert not any(line.endswith(("2,", "2,1")) for line in lines)


def test_redirected_messages_stay_on_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    buffer = _capture(monkeypatch, terminal=False)
    console.warn(MESSAGE)
    assert buffer.getvalue() == "提示：" + MESSAGE + "\n"


def _cells(table: str) -> list[str]:
    """The text of each cell line of a rich table (the segments between "│")."""
    return [part.strip() for line in table.split("\n") if line.startswith("│") for part in line.strip("│").split("│")]


def test_check_tables_fold_chinese_text_keeping_terms_numbers_and_punctuation(monkeypatch: pytest.MonkeyPatch) -> None:
    """check's table at 80 columns: a cell folds between Chinese characters (rich alone broke only at spaces,
    leaving "表二 ·" and moving a whole run on, or cut a run at the edge inside "12,345" or before "，"); a short
    term after a space ("行政规范性文件") and a number stay whole; no line starts with closing punctuation."""
    buffer = io.StringIO()
    monkeypatch.setattr(console, "out", Console(file=buffer, width=80, highlight=False, color_system=None))
    rows = [["提示", "F2-deb271", "表二 · 行政规范性文件", "表格标签“规范性文件”（统一格式为“行政规范性文件”）与统一格式不同",
             "按统一格式的标签改正"],
            ["错误", "D4-000000", "一（一）主动公开", "主动公开政府信息12,345条，而所列各渠道之和为12,000条，相差345条，"
             "请核对各渠道的数量", "核对总数和各渠道数量（例如 2,110 条）"]]
    console.table("检查结果", ["级别", "编号", "位置", "问题", "修改方法"], rows, ratios=[0, 0, 2, 4, 3])
    cells = _cells(buffer.getvalue())
    assert "行政规范性文件" in cells and "表二 ·" in cells
    assert not any(cell.startswith(("，", "。", "）", "”", "、")) for cell in cells)
    text = "".join(cells)
    assert all(n in text for n in ("12,345", "12,000", "2,110")) and not any(c.endswith(("12,", "2,1")) for c in cells)
    assert "主动公开政府信息" in cells and "12,345条，而所列" in cells  # the number starts the next line, whole


def test_key_help_goes_under_a_question_too_long_for_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """The checkbox's "（空格 选中/取消，回车确认，Esc 上一题）" was cut at the 80-column edge inside "Esc": on a line
    of its own when the question and the help do not fit on one line, after the question when they do."""
    from drafter.interview.terminal import CHECKBOX_HELP, instruction

    monkeypatch.setattr(console, "out", Console(file=io.StringIO(), width=80))
    assert instruction("（三）政府信息管理：本年做了哪些工作？", CHECKBOX_HELP) == "\n  " + CHECKBOX_HELP
    assert instruction("本年是否收到申请？", CHECKBOX_HELP) == CHECKBOX_HELP
