"""Asking the questions in order through one injected ``ask`` function (``interview.prompt``), saving after
every answer; going back; 表三's 勾稽 and the channels' sum settled as soon as they are answered.

How one question is asked is ``interview.asking``; what is done with last year's report (``--from``)
``interview.last_year``. The terminal ``ask`` lives in ``drafter.interview.terminal`` (the only module
importing questionary).
"""

from __future__ import annotations

from collections.abc import Callable

from drafter import console
from drafter.interview import carry
from drafter.interview.asking import CHANNELS, TOTAL, Asking
from drafter.interview.balance import balance_problems, rows_to_fix
from drafter.interview.last_year import LastYearSteps
from drafter.interview.prompt import BACK, BACK_KEY, Ask, Prompt
from drafter.interview.question import Answers, Question
from drafter.interview.questions import QUESTIONS, SECTION_TITLES, section_questions
from drafter.interview.state import State
from drafter.interview.values import echo


class Interview(Asking, LastYearSteps):
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

    # ---- sections ----
    def reset_section(self, section: str, keep: tuple[str, ...] = ()) -> None:
        """Ask a section again (except ``keep``), its current answers offered as defaults."""
        for q in section_questions(section):
            if q.key in self.state.answers and q.key not in keep:
                self.state.defaults[q.key] = self.state.answers.pop(q.key)
            self.state.pending.pop(q.key, None)

