"""The review screen: the report's key numbers and sections in rich tables, then a choice to
confirm or to answer one section again; and the warnings about narrative copied from last year."""

from __future__ import annotations

from typing import Any

from rich.table import Table

from drafter import console
from drafter.context import build_context
from drafter.facts import Facts
from drafter.interview_facts import build_facts
from drafter.interview_flow import Ask, Prompt
from drafter.interview_questions import QUESTIONS, SECTION_TITLES, SECTIONS, section_questions
from drafter.interview_state import State
from drafter.interview_values import format_default
from drafter.values import chinese_date

CONFIRM = "done"
_NARRATIVE_NAMES = {
    "overview.proactive.text": "一（一）主动公开 补充说明",
    "overview.requests_text": "一（二）依申请公开 补充说明",
    "overview.management.text": "一（三）政府信息管理 补充说明",
    "overview.platform_text": "一（四）平台建设情况",
    "overview.supervision.text": "一（五）监督保障情况",
    "problems": "五（一）存在的主要问题",
    "measures": "五（二）改进措施",
    "other_matters": "六 其他需要报告的事项",
}


def key_numbers(facts: Facts) -> list[tuple[str, str]]:
    ctx = build_context(facts)
    pro, apps, rev, t2 = ctx["proactive"], ctx["applications"], ctx["reviews"], ctx["table2"]
    channels = "、".join(ctx["proactive"]["channel_phrases"]) or "（未分渠道）"
    t2_nonzero = [label for key, label in (("licensing", "行政许可"), ("penalties", "行政处罚"),
                                           ("coercive_measures", "行政强制")) if t2[key]]
    if t2["normative_documents"]["any"]:
        t2_nonzero.insert(0, "行政规范性文件")
    if t2["has_fees"]:
        t2_nonzero.append("行政事业性收费")
    return [
        ("报告标题", facts.report_title),
        ("落款", f"{facts.agency.name}　{chinese_date(facts.signing_date)}"),
        ("短语库", "、".join(facts.banks)),
        ("一（一）主动公开", f"{pro['total']} 条；{channels}"),
        ("二、表二", "全部为 0" if not t2_nonzero else "不为 0：" + "、".join(t2_nonzero)),
        ("三、表三", "未收到申请（全部为 0）" if not apps["has_applications"] else
         f"新收 {apps['new_received_total']} 件，上年结转 {apps['carried_over_total']} 件，"
         f"办结 {apps['handled_total']} 件，结转下年度 {apps['carried_forward_total']} 件"),
        ("四、表四", "无（全部为 0）" if not rev["has_any"] else
         f"行政复议 {rev['review_total']} 件，行政诉讼 {rev['lawsuit_total']} 件"),
        ("五、问题/措施", f"{len(facts.problems)} 条问题，{len(facts.measures)} 条措施"),
        ("六、信息处理费", "未收取" if not ctx["fees"]["has_notices"] else
         f"收费通知 {ctx['fees']['notices']} 件，实收 {ctx['fees']['collected']} 万元"),
    ]


def _summary(state: State, section: str) -> str:
    merged = state.merged()
    parts = []
    for q in section_questions(section):
        if q.key in state.answers and q.applies(merged) and q.type not in ("pick", "yesno"):
            value: Any = format_default(q, state.answers[q.key])
            if q.type == "entries":
                value = f"{len(state.answers[q.key])} 个渠道"
            text = str(value)
            parts.append(text if len(text) <= 16 else text[:15] + "…")
    return "；".join(parts) or "（沿用默认或全为 0）"


def show_review(state: State, facts: Facts) -> None:
    numbers = Table(title="报告要点（请核对）", show_header=False, title_justify="left")
    numbers.add_column("项目", style="bold", no_wrap=True)
    numbers.add_column("内容")
    for name, value in key_numbers(facts):
        numbers.add_row(name, value)
    console.out.print(numbers)
    sections = Table(title="各部分的回答", title_justify="left")
    sections.add_column("部分", no_wrap=True)
    sections.add_column("摘要")
    for key, title in SECTIONS:
        sections.add_row(title, _summary(state, key))
    console.out.print(sections)


def copied_narrative(state: State) -> list[str]:
    """Names of the report passages answered exactly as last year (reviewers punish 内容雷同)."""
    if not state.baseline:
        return []
    merged = state.merged()
    return [_NARRATIVE_NAMES.get(q.key, q.prompt) for q in QUESTIONS
            if q.narrative and q.applies(merged) and merged.get(q.key)
            and merged.get(q.key) == state.baseline.get(q.key)]


def warn_copied(state: State) -> None:
    for name in copied_narrative(state):
        console.warn(f"“{name}”与上年完全相同。审核时“内容雷同”会被通报，建议改写成本年的具体情况。")


def review(state: State, ask: Ask) -> str | None:
    """Show the review screen; ``None`` when confirmed, else the section to answer again."""
    facts = build_facts(state.merged())
    show_review(state, facts)
    warn_copied(state)
    choices = ((CONFIRM, "确认无误，生成事实文件和报告"),
               *((key, f"重新填写：{title}") for key, title in SECTIONS))
    picked = ask(Prompt("select", "请核对以上内容。下一步：", CONFIRM, choices, key="review"))
    if picked not in SECTION_TITLES:
        return None
    return str(picked)
