"""``drafter interview`` in the terminal: the one module that imports questionary.

The questions are data (``interview.questions``), the order and saving are ``interview.flow`` and
``interview.session``; this module only turns a ``Prompt`` into a questionary prompt.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import questionary
from prompt_toolkit.styles import Style

from drafter import console
from drafter.errors import UsageError
from drafter.interview.flow import Ask, Prompt
from drafter.interview.session import Interrupted, Options, Result, run_session

QMARK = "？"
STYLE = Style([("qmark", "fg:ansicyan bold"), ("question", "bold"), ("answer", "fg:ansigreen bold"),
               ("instruction", "fg:ansibrightblack"), ("highlighted", "fg:ansicyan bold"),
               ("pointer", "fg:ansicyan bold"), ("selected", "fg:ansigreen")])
SELECT_HELP = "（↑↓ 选择，回车确认）"
CHECKBOX_HELP = "（↑↓ 移动，空格 选中/取消，回车 确认）"


def make_ask(**io: Any) -> Ask:
    """An ``ask`` backed by questionary; ``io`` (input=, output=) lets tests drive a pipe."""

    shown = {"help": ""}

    def ask(prompt: Prompt) -> Any:
        if prompt.help and prompt.help != shown["help"]:  # once per run of rows sharing one explanation
            console.out.print(f"[bright_black]  {_escape(prompt.help)}[/]")
        shown["help"] = prompt.help
        question = _question(prompt, io)
        if prompt.kind != "checkbox":
            return question.unsafe_ask(patch_stdout=False)
        question.application.erase_when_done = True  # questionary would echo "done (2 selections)"
        picked = question.unsafe_ask(patch_stdout=False)
        labels = [label for value, label in prompt.choices if value in picked]
        console.out.print(f"[bold cyan]{QMARK}[/] [bold]{_escape(prompt.message)}[/] "
                          f"[green]{_escape('、'.join(labels) or '（都不选）')}[/]")
        return picked

    return ask


def _question(prompt: Prompt, io: dict[str, Any]) -> questionary.Question:
    common: dict[str, Any] = {"qmark": QMARK, "style": STYLE, **io}
    if prompt.kind == "select":
        choices = [questionary.Choice(label, value=value) for value, label in prompt.choices]
        default = next((c for c in choices if c.value == prompt.default), None)
        return questionary.select(prompt.message, choices, default=default, instruction=SELECT_HELP, **common)
    if prompt.kind == "checkbox":
        picked = set(prompt.default or ())
        choices = [questionary.Choice(label, value=value, checked=value in picked) for value, label in prompt.choices]
        return questionary.checkbox(prompt.message, choices, instruction=CHECKBOX_HELP, **common)
    validate = _validator(prompt.validate)
    return questionary.text(prompt.message, default=str(prompt.default or ""), validate=validate, **common)


def _validator(check: Callable[[str], str | None] | None) -> Callable[[str], bool | str]:
    def validate(text: str) -> bool | str:
        problem = check(text) if check else None
        return True if problem is None else problem

    return validate


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


def run(opts: Options, ask: Ask | None = None) -> Result | int:
    """Refuse without a terminal (exit 2); Ctrl-C says how to resume (exit 130)."""
    if ask is None:
        if not (sys.stdin.isatty() and sys.stdout.isatty()):
            raise UsageError("drafter interview 需要在终端窗口中逐题回答，当前的输入不是终端（例如被管道或脚本调用）。"
                             "已有事实文件时请直接运行：drafter render 事实文件.yaml（生成报告）。")
        ask = make_ask()
    try:
        return run_session(opts, ask)
    except Interrupted as stop:
        console.err.print(f"\n已中断。已回答的内容保存在“{stop.partial}”。继续请运行：{stop.resume_command}")
        return 130
