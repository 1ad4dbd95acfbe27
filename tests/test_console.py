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
