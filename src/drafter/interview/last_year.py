"""The interview's steps for last year's report (``--from``): its own text shown, kept with this year's
figures, and the sections not asked again kept from it. A part of ``flow.Interview``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from drafter import console
from drafter.interview import carry
from drafter.interview.balance import balance_problems
from drafter.interview.prompt import BACK, BACK_KEY, Prompt
from drafter.interview.questions import SECTIONS, section_questions
from drafter.interview.state import State
from drafter.interview.values import short_label


class LastYearSteps:
    """``show_own``, ``own_text_chosen``, ``keep_unselected``: what ``Interview`` does with last year's report."""

    state: State
    save: Callable[[State], None]
    back: Callable[[], bool]  # Interview.back
    until_valid: Callable[[Prompt, Callable[[Any], Any]], Any]  # Asking.until_valid

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
