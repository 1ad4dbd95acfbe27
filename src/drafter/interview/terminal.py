"""``drafter interview`` in the terminal: the one module that imports questionary.

The questions are data (``interview.questions``), the order and saving are ``interview.flow`` and
``interview.session``; this module only turns a ``Prompt`` into a questionary prompt.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import questionary
from prompt_toolkit.filters import Condition
from prompt_toolkit.styles import Style

from drafter import console
from drafter.errors import UsageError
from drafter.interview.prompt import BACK, BACK_KEY, Ask, Prompt
from drafter.interview.session import Interrupted, Options, Result, run_session

QMARK = "？"
STYLE = Style([("qmark", "fg:ansicyan bold"), ("question", "bold"), ("answer", "fg:ansigreen bold"),
               ("instruction", "fg:ansibrightblack"), ("highlighted", "fg:ansicyan bold"),
               ("pointer", "fg:ansicyan bold"), ("selected", "fg:ansigreen"),
               ("bottom-toolbar", "noreverse fg:ansibrightblack"), ("bottom-toolbar.error", "fg:ansired bold"),
               ("bottom-toolbar.note", "fg:ansiyellow")])
SELECT_HELP = f"（↑↓ 选择，回车确认，{BACK_KEY} 上一题）"
CHECKBOX_HELP = f"（空格 选中/取消，回车确认，{BACK_KEY} 上一题）"
TEXT_HELP = f"回车 确认　{BACK_KEY} 返回上一题"
CHOICE_MARGIN = 8  # lines kept above a list of choices: the section title, the help line, the question
DEFAULT_HELP = "　直接输入即替换默认值（→ 键 改其中几个字）"


def make_ask(**io: Any) -> Ask:
    """An ``ask`` backed by questionary; ``io`` (input=, output=) lets tests drive a pipe."""

    shown = {"help": ""}

    def ask(prompt: Prompt) -> Any:
        if prompt.help and prompt.help != shown["help"]:  # once per run of rows sharing one explanation
            lines = console.wrap(prompt.help, console.out.width - 2).split("\n")
            console.out.print("\n".join(f"[bright_black]  {_escape(line)}[/]" for line in lines))
        shown["help"] = prompt.help
        question = _question(prompt, io)
        _bind_back(question)
        if prompt.kind != "text":
            _fit_choices(question)
        if prompt.kind != "checkbox":
            answer = question.unsafe_ask(patch_stdout=False)
            if answer is BACK:
                console.out.print(f"[bright_black]  ↩ 返回上一题（{BACK_KEY}）[/]")
            return answer
        question.application.erase_when_done = True  # questionary would echo "done (2 selections)"
        picked = question.unsafe_ask(patch_stdout=False)
        if picked is BACK:
            return BACK
        labels = [label for value, label in prompt.choices if value in picked]
        console.out.print(f"[bold cyan]{QMARK}[/] [bold]{_escape(prompt.message)}[/] "
                          f"[green]{_escape('；'.join(labels) or '（都不选）')}[/]")  # a label may hold a 、
        return picked

    return ask


def _bind_back(question: questionary.Question) -> None:
    """Esc (and ↑ in a text prompt, where it does nothing else) leaves the prompt with ``BACK``."""
    from prompt_toolkit.key_binding import KeyBindings, merge_key_bindings

    keys = KeyBindings()

    @keys.add("escape", eager=True)
    def _(event: Any) -> None:
        event.app.exit(result=BACK)

    app = question.application
    app.key_bindings = merge_key_bindings([app.key_bindings, keys]) if app.key_bindings else keys


def _fit_choices(question: questionary.Question) -> None:
    """A long list of choices scrolls inside the screen (the question and the help line above it stay
    visible at 80×24) and a long label wraps instead of being cut at the edge."""
    from prompt_toolkit.filters import to_filter
    from prompt_toolkit.layout import Dimension, Window

    app = question.application
    rows = app.output.get_size().rows
    for container in app.layout.walk():
        if isinstance(container, Window) and type(container.content).__name__ == "InquirerControl":
            container.height = Dimension(max=max(rows - CHOICE_MARGIN, 5))
            container.wrap_lines = to_filter(True)


def _question(prompt: Prompt, io: dict[str, Any]) -> questionary.Question:
    common: dict[str, Any] = {"qmark": QMARK, "style": STYLE, **io}
    if prompt.kind == "select":
        choices = [questionary.Choice(label, value=value) for value, label in prompt.choices]
        default = next((c for c in choices if c.value == prompt.default), None)
        return questionary.select(prompt.message, choices, default=default,
                                  instruction=instruction(prompt.message, SELECT_HELP), **common)
    if prompt.kind == "checkbox":
        picked = set(prompt.default or ())
        choices = [questionary.Choice(label, value=value, checked=value in picked) for value, label in prompt.choices]
        check = prompt.validate
        return questionary.checkbox(prompt.message, choices, instruction=instruction(prompt.message, CHECKBOX_HELP),
                                    validate=lambda values: (check(values) if check else None) or True, **common)
    return _text(prompt, common)


def instruction(message: str, help_text: str) -> str:
    """The key help after the question, on a line of its own when the two do not fit on one: the terminal
    would otherwise break the help at its edge, inside a word ("Es" | "c 上一题")."""
    from rich.cells import cell_len

    fits = cell_len(f"{QMARK} {message} {help_text}") < console.out.width
    return help_text if fits else "\n  " + help_text


def _text(prompt: Prompt, common: dict[str, Any]) -> questionary.Question:
    """A text prompt whose default is replaced by typing, checked on Enter, the reason (wrapped, never
    cut) and ``prompt.note`` shown under it while typing."""
    default = str(prompt.default or "")
    status: dict[str, Any] = {"pristine": bool(default), "error": ""}
    question = questionary.text(prompt.message, default=default, key_bindings=_text_keys(prompt, status),
                                bottom_toolbar=_text_toolbar(prompt, status), **common)
    question.application.current_buffer.on_text_changed += lambda _: status.update(error="")
    _toolbar_always(question.application)
    return question


def _text_keys(prompt: Prompt, status: dict[str, Any]) -> Any:
    """A text prompt's keys: those that replace or start editing the default, ↑ back, Enter checked first
    (the reason kept in ``status`` for the toolbar)."""
    from prompt_toolkit.key_binding import KeyBindings
    from prompt_toolkit.keys import Keys

    keys = KeyBindings()
    _replacing_default(keys, status)

    @keys.add(Keys.Up, eager=True)
    def _(event: Any) -> None:
        event.app.exit(result=BACK)

    @keys.add(Keys.ControlM, eager=True)
    def _(event: Any) -> None:
        problem = prompt.validate(event.current_buffer.text) if prompt.validate else None
        status["error"] = problem or ""
        if problem is None:
            event.current_buffer.validate_and_handle()

    return keys


def _replacing_default(keys: Any, status: dict[str, Any]) -> None:
    """While the default is untouched (``status["pristine"]``), the first character typed or pasted replaces
    it, Backspace clears it, and an editing key starts editing it."""
    from prompt_toolkit.keys import Keys

    pristine = Condition(lambda: bool(status["pristine"]))

    @keys.add(Keys.Any, filter=pristine)
    def _(event: Any) -> None:  # the first character typed replaces the default
        status["pristine"] = False
        event.current_buffer.text = ""
        event.current_buffer.insert_text(event.data)

    @keys.add(Keys.BracketedPaste, filter=pristine)
    def _(event: Any) -> None:  # pasted text replaces the default too
        status["pristine"] = False
        event.current_buffer.text = ""
        event.current_buffer.insert_text(event.data.replace("\r\n", "\n").replace("\r", "\n"))

    @keys.add(Keys.Backspace, filter=pristine)
    def _(event: Any) -> None:
        status["pristine"] = False
        event.current_buffer.text = ""

    for name in (Keys.Left, Keys.Right, Keys.Home, Keys.End, Keys.ControlA, Keys.ControlE, Keys.ControlU):
        keys.add(name, filter=pristine, eager=True)(_editing(status, name))


def _text_toolbar(prompt: Prompt, status: dict[str, Any]) -> Callable[[], list[tuple[str, str]]]:
    """The lines under a text prompt: the reason the answer was refused, ``prompt.note`` on what is typed,
    and the keys' help."""
    from prompt_toolkit.application import get_app

    def toolbar() -> list[tuple[str, str]]:
        width = get_app().output.get_size().columns
        text = get_app().current_buffer.text
        parts: list[tuple[str, str]] = []
        if status["error"]:
            parts.append(("class:bottom-toolbar.error", console.wrap("✗ " + status["error"], width) + "\n"))
        if prompt.note:
            parts.append(("class:bottom-toolbar.note", console.wrap(prompt.note(text), width) + "\n"))
        parts.append(("", TEXT_HELP + (DEFAULT_HELP if status["pristine"] else "")))
        return parts

    return toolbar


def _toolbar_always(app: Any) -> None:
    """prompt_toolkit hides the bottom toolbar until the terminal has answered a cursor-position request;
    the reason and the help must show in any terminal, so it is shown whenever the prompt is active."""
    from prompt_toolkit.filters import is_done
    from prompt_toolkit.layout import ConditionalContainer, Window

    for container in app.layout.walk():
        if (isinstance(container, ConditionalContainer) and isinstance(container.content, Window)
                and container.content.style == "class:bottom-toolbar"):
            container.filter = ~is_done


def _editing(status: dict[str, Any], name: Any) -> Callable[[Any], None]:
    """An editing key on the untouched default: from now on the default is edited, not replaced."""
    from prompt_toolkit.key_binding.bindings.named_commands import get_by_name

    commands = {"left": "backward-char", "right": "forward-char", "home": "beginning-of-line",
                "end": "end-of-line", "c-a": "beginning-of-line", "c-e": "end-of-line",
                "c-u": "unix-line-discard"}

    def handler(event: Any) -> None:
        status["pristine"] = False
        get_by_name(commands[str(name.value)]).call(event)

    return handler


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
        if opts.fill_path is not None:
            from drafter.interview.fill import fill_session

            return fill_session(opts, ask)
        return run_session(opts, ask)
    except Interrupted as stop:
        console.err.print(f"\n已中断。已回答的内容保存在“{stop.partial}”。继续请运行：\n  {stop.resume_command}",
                          markup=False)
        return 130
