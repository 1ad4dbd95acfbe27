"""Asking the questions in order through one injected ``ask`` function, saving after every answer.

``ask`` receives a ``Prompt`` (what to show) and returns the raw answer: text for text prompts,
the chosen value for ``select``, the list of values for ``checkbox``. Tests pass a fake; the terminal
version lives in ``drafter.interview.terminal`` (the only module importing questionary).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from drafter import console
from drafter.interview.questions import (
    BY_KEY,
    QUESTIONS,
    SECTION_TITLES,
    SECTIONS,
    Answers,
    Question,
    section_questions,
)
from drafter.interview.state import State
from drafter.interview.to_facts import t3_rows
from drafter.interview.values import (
    NO,
    YES,
    format_default,
    format_entry,
    parse_answer,
    parse_entry,
    validator,
)
from drafter.tables import APPLICANT_COLUMNS, OUTCOME_LEAF_KEYS

Validate = Callable[[str], "str | None"]
DROP = "删"


@dataclass(frozen=True)
class Prompt:
    """What one prompt shows. ``kind``: text, select (one of ``choices``), checkbox (several)."""

    kind: str
    message: str
    default: Any = None
    choices: tuple[tuple[str, str], ...] = ()  # (value, label)
    validate: Validate | None = None
    help: str = ""
    key: str = ""


Ask = Callable[[Prompt], Any]


def balance_problems(a: Answers) -> list[str]:
    """表三 勾稽 (一 + 二 = 三 + 四) per applicant column, naming each column that fails."""
    rows = t3_rows(a)

    def col(key: str, c: int) -> int:
        return rows.get(key, [0] * 6)[c]

    problems = []
    for c, name in enumerate(APPLICANT_COLUMNS):
        left = col("new_received", c) + col("carried_over", c)
        right = sum(col(k, c) for k in OUTCOME_LEAF_KEYS) + col("carried_forward", c)
        if left != right:
            problems.append(f"“{name}”列：一+二 = {left}，三+四 = {right}")
    return problems


def table3_progress(a: Answers) -> str:
    """Running totals: 一+二 against 三+四 (they must meet when the table is complete)."""
    rows = t3_rows(a)
    total = {key: sum(rows.get(key, ())) for key in ("new_received", "carried_over", "carried_forward")}
    handled = sum(sum(rows.get(k, ())) for k in OUTCOME_LEAF_KEYS)
    return (f"一+二 = {total['new_received']}+{total['carried_over']} 件，"
            f"三+四 = {handled}+{total['carried_forward']} 件")


class Interview:
    def __init__(self, state: State, ask: Ask, save: Callable[[State], None]) -> None:
        self.state = state
        self.ask = ask
        self.save = save

    # ---- order ----
    def next_question(self) -> Question | None:
        merged = self.state.merged()
        return next((q for q in QUESTIONS if q.key not in merged and q.applies(merged)), None)

    def run(self) -> None:
        """Ask until every applicable question has an answer (what is already answered is kept)."""
        section = ""
        while (q := self.next_question()) is not None:
            if q.section != section and q.section in SECTION_TITLES:
                console.out.print(f"\n[bold cyan]【{SECTION_TITLES[q.section]}】[/]")
            section = q.section
            self.state.answers[q.key] = self.ask_question(q)
            self.state.defaults.pop(q.key, None)
            self.state.pending.pop(q.key, None)
            if q.key == "from.sections":
                self.keep_unselected(self.state.answers[q.key])
            self.save(self.state)
            self.after_answer(q)

    def after_answer(self, q: Question) -> None:
        merged = self.state.merged()
        if q.key == "overview.proactive.channels" and merged[q.key]:
            listed, total = sum(c["count"] for c in merged[q.key]), merged.get("overview.proactive.total")
            if total is not None and listed != total:
                console.warn(f"各渠道之和为 {listed} 条，总数为 {total} 条，相差 {abs(total - listed)} 条。"
                             "审核时会被认为数据对不上：请核对，或在核对页重新填写本部分，补一项“其他渠道”。")
        if q.section == "table3" and q.type == "numbers":
            console.info(f"  本行合计 {sum(merged[q.key])} 件｜表三已填：{table3_progress(merged)}")
        nxt = self.next_question()
        if q.section == "table3" and (nxt is None or nxt.section != "table3"):
            problems = balance_problems(merged)
            if problems:
                console.warn("表三勾稽关系不成立（第一项加第二项之和应等于第三项加第四项之和）：\n  "
                             + "\n  ".join(problems) + "\n请重新核对表三（已填的数字作为默认值，回车即可保留）。")
                self.reset_section("table3", keep=("table3.any",))
                self.save(self.state)

    # ---- sections ----
    def reset_section(self, section: str, keep: tuple[str, ...] = ()) -> None:
        """Ask a section again (except ``keep``), its current answers offered as defaults."""
        for q in section_questions(section):
            if q.key in self.state.answers and q.key not in keep:
                self.state.defaults[q.key] = self.state.answers.pop(q.key)
            self.state.pending.pop(q.key, None)

    def keep_unselected(self, selected: list[str]) -> None:
        """--from: sections not selected keep last year's answers (a table only if its 勾稽 still holds)."""
        for section, _ in SECTIONS:
            if section in selected:
                continue
            for q in section_questions(section):
                if q.key not in self.state.answers and q.key in self.state.baseline:
                    self.state.answers[q.key] = self.state.baseline[q.key]
            if section == "table3" and balance_problems(self.state.merged()):
                console.warn("上年的表三数字与本年的上年结转对不上，需要重新填写表三。")
                for q in section_questions(section):
                    self.state.answers.pop(q.key, None)

    # ---- asking ----
    def default(self, q: Question) -> Any:
        value = self.state.default_for(q.key)
        return q.static_default(self.state.merged()) if value is None else value

    def ask_question(self, q: Question) -> Any:
        if q.type == "entries":
            return self.ask_entries(q)
        default = self.default(q)
        if q.type in ("choice", "pick"):
            kind = "select" if q.type == "choice" else "checkbox"
            prompt = Prompt(kind, q.prompt, format_default(q, default), q.options(self.state.merged()), help=q.help,
                            key=q.key)
        elif q.type == "yesno":
            prompt = Prompt("select", q.prompt, format_default(q, default), ((YES, YES), (NO, NO)), help=q.help,
                            key=q.key)
        else:
            prompt = Prompt("text", q.prompt, format_default(q, default), validate=validator(q), help=q.help, key=q.key)
        return self.until_valid(prompt, lambda raw: parse_answer(q, raw))

    def until_valid(self, prompt: Prompt, parse: Callable[[Any], Any]) -> Any:
        """The terminal prompt validates as the user types; this re-check keeps any ``ask`` honest."""
        while True:
            raw = self.ask(prompt)
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

        def check(text: str) -> str | None:
            try:
                parse(text)
            except ValueError as exc:
                return str(exc)
            return None

        while True:
            i = len(done)
            suggestion = format_entry(offered[i]) if i < len(offered) else ""
            hint = f"（回车保留；行末加“{DROP}”去掉此项；Ctrl+U 清空后回车结束）" if suggestion else "（直接回车结束）"
            prompt = Prompt("text", f"{BY_KEY[q.key].prompt}：第 {i + 1} 项{hint}", suggestion, validate=check,
                            help=q.help if i == 0 else "", key=q.key)
            entry = self.until_valid(prompt, parse)
            if entry == "":
                return list(done)
            if entry == DROP:
                if i < len(offered):
                    offered.pop(i)
                continue
            done.append(entry)
            self.save(self.state)
