"""Lines kept under a text prompt while the clerk types (the terminal shows them, updated per key):
the channels so far against the total, and 表三's running column sums."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from drafter.interview.balance import ROW_PREFIX, grid
from drafter.interview.question import Question
from drafter.interview.state import State
from drafter.interview.values import parse_answer, parse_entry

MISSING_ROW = "漏选了行（例如“结转下年度继续办理”）？按 Esc 重新选择表三中的行"


def channels_note(total: int | None, done: list[dict[str, Any]]) -> Callable[[str], str]:
    """The channels listed so far (the one being typed included) against the total."""

    def note(text: str) -> str:
        try:
            typed = parse_entry(text)["count"] if text.strip() else 0
        except ValueError:
            typed = 0
        listed = sum(c["count"] for c in done) + typed
        if total is None or listed == total:
            return f"各渠道之和 {listed} 条" + ("，等于总数" if total is not None else "")
        return f"各渠道之和 {listed} 条，总数 {total} 条，相差 {abs(total - listed)} 条"

    return note


def table3_note(state: State, q: Question, reason: str = "") -> Callable[[str], str]:
    """The running column sums under a 表三 row's prompt, the row being typed included; ``reason`` (why the
    row is asked again) stays above them."""

    def note(text: str) -> str:
        view: dict[str, Any] = {k: v for k, v in state.defaults.items() if k.startswith(ROW_PREFIX)}
        view.update(state.merged())
        try:
            view[q.key] = parse_answer(q, text)
        except ValueError:
            view.pop(q.key, None)
        return (f"{reason}\n" if reason else "") + grid(view)

    return note
