"""Asking one question: its prompt built from the question (choices, defaults, 表三's live note), the answer
re-checked, and list entries asked one by one. A part of ``flow.Interview``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from drafter import console
from drafter.interview.balance import ROW_PREFIX
from drafter.interview.notes import MISSING_ROW, channels_note, table3_note
from drafter.interview.practice_questions import OWN_PARTS
from drafter.interview.prompt import BACK, Ask, Prompt, validate_by
from drafter.interview.question import Question
from drafter.interview.questions import BY_KEY
from drafter.interview.state import State
from drafter.interview.values import (
    NO,
    YES,
    format_default,
    format_entry,
    parse_answer,
    parse_entry,
    validator,
)

CHANNELS, TOTAL = "overview.proactive.channels", "overview.proactive.total"
DROP = "删"


class Asking:
    """``ask_question`` and what it needs: the ``ask`` function, the state, and 表三 rows being fixed."""

    state: State
    ask: Ask
    save: Callable[[State], None]
    fixing: list[str]
    fix_reason: str
    show_own: Callable[[list[str]], None]  # LastYearSteps.show_own

    def default(self, q: Question) -> Any:
        value = self.state.default_for(q.key)
        return q.static_default(self.state.merged()) if value is None else value

    def ask_question(self, q: Question) -> Any:
        if q.key == "from.sections":
            self.show_own(list(self.state.auto.get(OWN_PARTS) or ()))
        elif q.key.startswith("own.") and q.key.endswith(".use"):
            self.show_own([q.key.split(".")[1]])
        if q.type == "entries":
            return self.ask_entries(q)
        default = self.default(q)
        if q.type in ("choice", "pick"):
            kind = "select" if q.type == "choice" else "checkbox"
            options = q.options(self.state.merged())
            shown = format_default(q, default)
            if q.type == "pick":
                shown = [v for v in shown if v in dict(options)]
            prompt = Prompt(kind, q.prompt, shown, options, validate=validator(q), help=q.help, key=q.key)
        elif q.type == "yesno":
            prompt = Prompt("select", q.prompt, format_default(q, default), ((YES, YES), (NO, NO)), help=q.help,
                            key=q.key)
        else:
            reason = f"{self.fix_reason}\n{MISSING_ROW}" if self.fix_reason and self.fixing else ""
            note = table3_note(self.state, q, reason) if q.key.startswith(ROW_PREFIX) else None
            prompt = Prompt("text", q.prompt, format_default(q, default), validate=validator(q), help=q.help,
                            key=q.key, note=note)
        return self.until_valid(prompt, lambda raw: parse_answer(q, raw))

    def until_valid(self, prompt: Prompt, parse: Callable[[Any], Any]) -> Any:
        """The terminal prompt validates as the user types; this re-check keeps any ``ask`` honest."""
        while True:
            raw = self.ask(prompt)
            if raw is BACK:
                return BACK
            try:
                return parse(raw)
            except ValueError as exc:
                console.warn(str(exc))

    def ask_entries(self, q: Question) -> list[dict[str, Any]]:
        """One prompt per entry, last year's entries (or earlier answers) offered one by one; empty ends."""
        done = self.state.pending.setdefault(q.key, [])
        offered = list(self.default(q) or [])

        def parse(raw: Any) -> Any:
            text = str(raw or "").strip()
            if text.endswith(DROP):  # typed after the offered entry, or alone
                return DROP
            return text if text == "" else parse_entry(text)

        check = validate_by(parse)

        while True:
            i = len(done)
            suggestion = format_entry(offered[i]) if i < len(offered) else ""
            hint = f"（回车保留；输入“{DROP}”去掉此项；退格清空后回车结束）" if suggestion else "（直接回车结束）"
            prompt = Prompt("text", f"{BY_KEY[q.key].prompt}：第 {i + 1} 项{hint}", suggestion, validate=check,
                            help=q.help if i == 0 else "", key=q.key, note=channels_note(self.state.merged().get(TOTAL), done))
            entry = self.until_valid(prompt, parse)
            if entry is BACK:
                if not done:
                    return BACK
                offered = [*done[:-1], done.pop(), *offered[i:]]
                self.save(self.state)
                continue
            if entry == "":
                return list(done)
            if entry == DROP:
                if i < len(offered):
                    offered.pop(i)
                continue
            done.append(entry)
            self.save(self.state)
