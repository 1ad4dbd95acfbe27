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
from drafter.interview import carry
from drafter.interview.balance import ROW_PREFIX, balance_problems, rows_to_fix, table3_progress
from drafter.interview.notes import MISSING_ROW, channels_note, table3_note
from drafter.interview.practice_questions import OWN_PARTS
from drafter.interview.question import Answers, Question
from drafter.interview.questions import BY_KEY, QUESTIONS, SECTION_TITLES, SECTIONS, section_questions
from drafter.interview.state import State
from drafter.interview.values import (
    NO,
    YES,
    echo,
    format_default,
    format_entry,
    parse_answer,
    parse_entry,
    short_label,
    validator,
)

Validate = Callable[[Any], "str | None"]
CHANNELS, TOTAL = "overview.proactive.channels", "overview.proactive.total"
DROP = "删"
BACK_KEY = "Esc"  # named in every prompt's help line (the terminal binds it)


class _Back:
    """What ``ask`` returns when the clerk presses the go-back key."""

    def __repr__(self) -> str:
        return "BACK"


BACK: Any = _Back()


@dataclass(frozen=True)
class Prompt:
    """What one prompt shows. ``kind``: text, select (one of ``choices``), checkbox (several).
    ``note``: lines kept under a text prompt while typing, given the text typed so far."""

    kind: str
    message: str
    default: Any = None
    choices: tuple[tuple[str, str], ...] = ()  # (value, label)
    validate: Validate | None = None
    help: str = ""
    key: str = ""
    note: Callable[[str], str] | None = None


Ask = Callable[[Prompt], Any]
__all__ = ["BACK", "Ask", "Interview", "Prompt", "balance_problems", "table3_progress"]


class Interview:
    def __init__(self, state: State, ask: Ask, save: Callable[[State], None]) -> None:
        self.state = state
        self.ask = ask
        self.save = save
        self.fixing: list[str] = []  # 表三 rows being typed again after a failed 勾稽, and why
        self.fix_reason = ""

    # ---- order ----
    def next_question(self) -> Question | None:
        merged = self.state.merged()
        return next((q for q in QUESTIONS if q.key not in merged and q.applies(merged)), None)

    def run(self) -> None:
        """Ask until every applicable question has an answer (what is already answered is kept)."""
        section = ""
        for part in carry.PARTS:  # kept, but stopped while its figures were asked (--resume): ask them again
            if self.state.answers.get(carry.use_key(part.key)) == carry.KEEP and carry.text_key(part.key) not in self.state.answers:
                self.own_text_chosen(part.key, carry.KEEP)
        while (q := self.next_question()) is not None:
            if q.section != section and q.section in SECTION_TITLES:
                console.out.print(f"\n[bold cyan]【{SECTION_TITLES[q.section]}】[/]")
            section = q.section
            answer = self.ask_question(q)
            if answer is BACK and q.key in self.fixing:  # a row is missing, not wrong: back to the row checklist
                self.fixing = []
                self.reset_section("table3", keep=("table3.any",))
                self.save(self.state)
                continue
            if answer is BACK:
                self.back()
                continue
            before = set(self.state.answers)
            self.state.answers[q.key] = answer
            self.state.defaults.pop(q.key, None)
            self.state.pending.pop(q.key, None)
            if q.key == "from.sections":
                self.keep_unselected(self.state.answers[q.key])
            self.state.history.append([q.key, sorted(set(self.state.answers) - before - {q.key})])
            self.save(self.state)
            self.after_answer(q)

    def back(self) -> bool:
        """One question back: its answer (and every later one) stays as the default; False at the first."""
        while self.state.history:
            key, filled = self.state.history.pop()
            if key not in self.state.answers:
                continue
            self.state.defaults[key] = self.state.answers.pop(key)
            for other in filled:
                self.state.answers.pop(other, None)
            self.state.pending.pop(key, None)
            self.save(self.state)
            return True
        console.warn("这是本次问答的第一题，没有上一题可以返回。")
        return False

    def after_answer(self, q: Question) -> None:
        merged = self.state.merged()
        shown = echo(q, merged[q.key])
        if shown:
            console.info(f"  → {shown}")
        if q.key == CHANNELS and merged[q.key]:
            self.reconcile_channels(merged)
        if q.key in self.fixing:
            self.fixing.remove(q.key)
        if q.key.startswith("own.") and q.key.endswith(".use"):
            self.own_text_chosen(q.key.split(".")[1], merged[q.key])
        nxt = self.next_question()
        if q.section == "table3" and (nxt is None or nxt.section != "table3"):
            self.check_balance(merged)

    def reconcile_channels(self, merged: Answers) -> None:
        """Channels that do not add up to the total: the clerk says how, nothing is added unasked
        (a bank would otherwise write "通过其他渠道公开…条" for the difference)."""
        listed, total = sum(c["count"] for c in merged[CHANNELS]), merged.get(TOTAL)
        if total is None or listed == total:
            return
        console.warn(f"各渠道之和为 {listed} 条，总数为 {total} 条，相差 {abs(total - listed)} 条。")
        choices = [("total", f"把总数改为 {listed} 条"), ("again", "重新填写各渠道"),
                   ("keep", "保持不变（核对页会提示数字对不上）" if listed > total
                    else f"保持不变（报告可能写“通过其他渠道公开{total - listed}条”）")]
        if listed < total:
            choices.insert(0, ("other", f"补一项“其他渠道 {total - listed}条”"))
        picked = self.ask(Prompt("select", "怎么处理？", choices[0][0], tuple(choices), key="proactive.mismatch"))
        if picked == "other":
            extra = {"name": "其他渠道", "verb": "", "count": total - listed, "unit": "条"}
            self.state.answers[CHANNELS] = [*merged[CHANNELS], extra]
        elif picked == "total":
            self.state.answers[TOTAL] = listed
        elif picked in ("again", BACK):
            self.back()
        self.save(self.state)

    def check_balance(self, merged: Answers) -> None:
        """表三 勾稽 failed: ask again straight away the rows that feed the failing columns."""
        problems = balance_problems(merged)
        if not problems:
            self.fix_reason = ""
            return
        self.fix_reason = "表三勾稽关系不成立（一+二 应等于 三+四）：" + "；".join(problems)
        console.warn(self.fix_reason + f"。请重新填写下列各行（回车保留原数）；漏选了行时按 {BACK_KEY} 重新选择表三中的行。")
        self.fixing = rows_to_fix(merged)
        for key in self.fixing:
            self.state.defaults[key] = self.state.answers.pop(key)
        self.save(self.state)

    # ---- last year's own text (--from) ----
    def show_own(self, parts: list[str]) -> None:
        """Last year's own text of ``parts``, its years and figures highlighted (rich markup)."""
        year = int(self.state.merged().get("year") or 0)
        texts = self.state.auto.get(carry.LAST_TEXTS) or {}
        for part in parts:
            console.out.print(f"[bold]{carry.BY_PART[part].label}[/]（上年原文）")
            console.out.print(carry.marked(texts.get(part, ""), year - 1))
        if parts:
            console.out.print(f"[black on yellow]黄底[/]：上年的年份，沿用时改为{year}年；"
                              f"[white on red]红底[/]：上年的数字，沿用时逐个填写{year}年的数或去掉。")

    def own_text_chosen(self, part: str, use: str) -> None:
        """Kept: each of last year's figures asked for this year's value (Enter removes it). 责任追究 is never
        left unsaid: a kept 监督保障 that does not say it gets the accountability pick."""
        source = str(self.state.baseline.get(carry.text_key(part)) or "")
        self.state.answers.pop(carry.text_key(part), None)  # typed anew (asked next) or chosen again
        if use == carry.KEEP:
            values: list[str | None] = []
            for m in carry.figures(source):
                prompt = Prompt("text", f"“{carry.context(source, m)}”中的“{m.group(0)}”是上年的数字，本年是多少？",
                                "", validate=carry.check_value, key=f"own.{part}.figure",
                                help="输入本年的数；直接回车则去掉这个数字")
                raw = self.until_valid(prompt, carry.parse_value)
                if raw is BACK:  # back to the choice about this text
                    self.back()
                    return
                values.append(raw)
                console.info(f"  → 本年：{m.group(0).replace(m.group(1), raw, 1)}" if raw is not None
                             else f"  → 去掉“{m.group(0)}”")
            self.state.answers[carry.text_key(part)] = carry.filled(source, values)
        if part == "supervision" and use in (carry.KEEP, carry.TYPE) and "practices.supervision" not in self.state.answers:
            text = str(self.state.merged().get(carry.text_key(part)) or "")
            self.state.answers["practices.supervision"] = [] if "责任追究" in text else ["accountability"]
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
        unread = []
        for section, _ in SECTIONS:
            if section in selected:
                continue
            for q in section_questions(section):
                if q.key in self.state.answers:
                    continue
                if self.state.baseline.get(q.key) is not None:
                    self.state.answers[q.key] = self.state.baseline[q.key]
                elif q.applies(self.state.merged()) and not q.optional:
                    unread.append(short_label(q))
            if section == "table3" and balance_problems(self.state.merged()):
                console.warn("上年的表三数字与本年的上年结转对不上，需要重新填写表三。")
                for q in section_questions(section):
                    self.state.answers.pop(q.key, None)
        self.keep_own_unselected(selected)
        if unread:
            console.info(f"上年的报告中没有读出（或本年不能沿用）：{'、'.join(unread)}。这几项接下来单独询问。")

    def keep_own_unselected(self, selected: list[str]) -> None:
        """Own text of a section not asked again is kept updated: years moved on, last year's figures removed."""
        for part in carry.PARTS:
            key = carry.text_key(part.key)
            if part.section in selected or self.state.answers.get(carry.use_key(part.key)) != carry.KEEP:
                continue
            text = str(self.state.answers.get(key) or "")
            dropped = [m.group(0) for m in carry.figures(text)]
            self.state.answers[key] = carry.without_figures(text)
            note = f"，去掉了上年的数字：{'、'.join(dropped)}" if dropped else ""
            fix = "填写本年的数或改写" if dropped else "改写"
            console.info(f"{part.label}：沿用上年的文字，年份已改为本年{note}。要{fix}，请按 {BACK_KEY} 回到上一题并选中该部分。")

    # ---- asking ----
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

        def check(text: str) -> str | None:
            try:
                parse(text)
            except ValueError as exc:
                return str(exc)
            return None

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
