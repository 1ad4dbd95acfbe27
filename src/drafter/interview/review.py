"""The review screen: the report's key numbers and sections in rich tables, then a choice to
confirm or to answer one section again; and the warnings about narrative copied from last year."""

from __future__ import annotations

import re
from typing import Any

from rich.table import Table

from drafter import console
from drafter.checks import rules as checks
from drafter.checks.rules import Problem
from drafter.facts.model import Facts
from drafter.facts.values import chinese_date
from drafter.interview import carry
from drafter.interview.menus import bank_menus
from drafter.interview.prompt import Ask, Prompt
from drafter.interview.questions import QUESTIONS, SECTIONS
from drafter.interview.state import State
from drafter.interview.to_facts import build_facts
from drafter.wording.context import build_context
from drafter.wording.menus import Practice

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


def _picks(facts: Facts, section: str, typed: str) -> str:
    """The labels of the practices picked for ``section`` (and the typed text, clipped)."""
    menu = bank_menus(",".join(facts.banks)).get(section, {})
    names = [_picked(menu[p.id], p.counts) if p.id in menu else p.id for p in facts.practices.get(section, [])]
    parts = ["；".join(names)] if names else []  # a practice's label may hold a 、
    if facts.own_text.get(section):  # the agency's own text (kept from last year, or typed) comes first
        parts.insert(0, f"原文“{facts.own_text[section]}”")
    return _clip("；".join(parts + ([typed] if typed else []))) or "（无）"


def _picked(practice: Practice, counts: dict[str, int]) -> str:
    """A picked practice with the numbers the clerk typed: "责任追究（N 起）" → "责任追究（1 起）"; a label without
    numbers to fill is its name ("健全领导机制、明确职责分工")."""
    name, _, rest = practice.label.partition("（")
    figures = [counts.get(c.name) for c in practice.counts]
    if not figures or None in figures or rest.count("N") != len(figures):
        return name
    return f"{name}（{re.sub('N', lambda _: str(figures.pop(0)), rest)}"


def _clip(text: str, width: int = 24) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"


def section_rows(facts: Facts) -> list[tuple[str, str, str]]:
    """(section key, title, what the report will say) for the review table."""
    ctx = build_context(facts)
    pro, apps, rev, t2, fees = ctx["proactive"], ctx["applications"], ctx["reviews"], ctx["table2"], ctx["fees"]
    o = facts.overview
    t2_items = [f"{label}{t2[key]}" for key, label in (("licensing", "行政许可"), ("penalties", "行政处罚"),
                                                        ("coercive_measures", "行政强制")) if t2[key]]
    for key, label in (("regulations", "规章"), ("normative_documents", "行政规范性文件")):
        row = t2[key]
        if row["any"]:
            t2_items.insert(0, f"{label} 制发{row['issued']}/废止{row['repealed']}/现行有效{row['in_force']}")
    if t2["has_fees"]:
        t2_items.append(f"行政事业性收费{t2['fees']}万元")
    briefings = o.management.leader_briefings
    cases = o.supervision.accountability_cases
    basic = (f"{facts.report_title}\n落款：{facts.agency.name}　{chinese_date(facts.signing_date)}\n"
             f"短语库：{'、'.join(facts.banks)}；依据通知：{_clip(facts.basis_notice) or '（无）'}")
    return [
        ("basic", "基本信息", basic),
        ("proactive", "一（一）主动公开", f"共{pro['total']}条；平台：{_clip(pro['platforms'])}\n"
                                        + ("、".join(pro["channel_phrases"]) or "（未分渠道）")),
        ("overview", "一（二）至（五）",
         (f"领导听取汇报{briefings}次；" if briefings is not None else "")
         + (f"责任追究{cases}起；" if cases is not None else "")
         + f"管理：{_picks(facts, 'management', o.management.text)}\n"
         f"平台建设：{_picks(facts, 'platform', o.platform_text)}\n"
         f"监督保障：{_picks(facts, 'supervision', o.supervision.text)}"),
        ("table2", "二、表二", "、".join(t2_items) or "全部为 0"),
        ("table3", "三、表三", "未收到申请（全部为 0）" if not apps["has_applications"] else
         f"新收{apps['new_received_total']}件，上年结转{apps['carried_over_total']}件，"
         f"办结{apps['handled_total']}件，结转下年度{apps['carried_forward_total']}件"),
        ("table4", "四、表四", "无（全部为 0）" if not rev["has_any"] else
         f"行政复议{rev['review_total']}件，行政诉讼{rev['lawsuit_total']}件"),
        ("improve", "五、问题和措施", f"问题：{_picks(facts, 'problems', '；'.join(facts.problems))}\n"
                                    f"措施：{_picks(facts, 'measures', ''.join(facts.measures))}"),
        ("other", "六、其他事项", ("未收取信息处理费" if not fees["has_notices"] else
                                  f"收费通知{fees['notices']}件，实收{fees['collected']}万元")
         + f"\n其他事项：{_picks(facts, 'other', '；'.join(facts.other_matters))}"),
    ]


def show_review(facts: Facts) -> None:
    """One line per section (cut with "…" at the terminal's width): the whole summary fits 80×24."""
    console.out.print()
    table = Table(title="请核对报告要点（详细内容见生成的报告）", title_justify="left", box=None, padding=(0, 1))
    table.add_column("部分", style="bold", no_wrap=True, min_width=16)
    table.add_column("报告中的内容", no_wrap=True, overflow="ellipsis")
    for _, title, text in section_rows(facts):
        table.add_row(title, "；".join(line for line in text.split("\n") if line))
    console.out.print(table, soft_wrap=False)


SHOWN_PROBLEMS = 4
SECTION_NAMES = {"basic": "基本信息", "proactive": "一（一）主动公开", "overview": "一（二）至（五）", "table2": "表二",
                 "table3": "表三", "table4": "表四", "improve": "五、问题和措施", "other": "六、其他事项"}


def section_of(path: str) -> str:
    """The interview section that holds a checked field (``overview.proactive.total`` → proactive)."""
    p = path.removeprefix("banks:")
    for prefixes, section in ((("overview.proactive",), "proactive"), (("overview",), "overview"),
                              (("proactive_table", "table2"), "table2"), (("applications", "table3"), "table3"),
                              (("reviews_and_lawsuits", "table4"), "table4"), (("problems", "measures"), "improve"),
                              (("fees", "other"), "other")):
        if p.startswith(prefixes):
            return section
    return "basic"


def show_problems(problems: list[Problem]) -> None:
    """Each problem in plain Chinese with the section to answer again; the rule code only as a reference."""
    errors = checks.count(problems, checks.ERROR)
    head = f"检查发现 {errors} 个错误、{len(problems) - errors} 个提示："
    console.out.print(f"[bold {'red' if errors else 'yellow'}]{head}[/]")
    for p in problems[:SHOWN_PROBLEMS]:
        mark = "[red]✗ 错误[/]" if p.severity == checks.ERROR else "[yellow]! 提示[/]"
        where = SECTION_NAMES[section_of(p.path)]
        console.out.print(f"{mark} {_escape(where)}：{_escape(p.message)}。"
                          f"[bright_black]改正：选择“重新填写：{_escape(where)}”（规则 {p.code}）[/]")
    if len(problems) > SHOWN_PROBLEMS:
        console.out.print(f"……另有 {len(problems) - SHOWN_PROBLEMS} 条，生成后运行 drafter check 可看全部。")


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


def copied_narrative(state: State) -> list[str]:
    """Names of the report passages answered exactly as last year (reviewers punish 内容雷同)."""
    if not state.baseline:
        return []
    merged = state.merged()
    return [_NARRATIVE_NAMES.get(q.key, q.prompt) for q in QUESTIONS
            if q.narrative and q.applies(merged) and merged.get(q.key)
            and merged.get(q.key) == state.baseline.get(q.key)]


def copied_tables(state: State) -> list[str]:
    """Sections whose non-zero numbers were kept from last year without being asked (--from)."""
    selected = state.answers.get("from.sections")
    if not state.baseline or selected is None:
        return []
    merged = state.merged()
    kept = []
    for section in ("table2", "table3", "table4", "other"):
        if section in selected:
            continue
        if any(q.type in ("numbers", "count", "amount") and q.applies(merged) and _nonzero(merged.get(q.key))
               for q in QUESTIONS if q.section == section):
            kept.append(SECTION_NAMES[section])
    return kept


def _nonzero(value: object) -> bool:
    if isinstance(value, list):
        return any(value)
    return bool(value) and str(value) not in ("0", "0.0")


def warn_copied(state: State) -> None:
    """One line for all the passages copied from last year, one for the tables kept (the screen is 24 rows)."""
    names = copied_narrative(state)
    if names:
        console.warn("、".join(f"“{name}”" for name in names) + "与上年完全相同。审核时“内容雷同”会被通报，"
                     "建议改写成本年的具体情况。")
    kept = [part.label for part in carry.PARTS if state.merged().get(carry.use_key(part.key)) == carry.KEEP]
    if kept:
        console.warn("、".join(f"“{name}”" for name in kept) + "沿用了上年报告的原文（只改了年份和数字）。"
                     "审核时“内容雷同”会被通报，建议结合本年的具体情况改写（drafter check 会提示与上年雷同的部分）。")
    titles = copied_tables(state)
    if titles:
        console.warn("、".join(f"“{title}”" for title in titles) + "沿用了上年的数字（不为 0）。"
                     "请确认本年确实相同，否则请重新填写该部分。")


def find_problems(facts: Facts, last: Facts | None) -> list[Problem]:
    """What ``drafter check`` would find in these facts and the text they draft (jieba lint aside)."""
    from drafter.pipeline import draft_report

    draft = draft_report(facts, last=last).draft
    return checks.sort_problems(checks.check_report(facts, draft, last=last))


CONFIRM, SAVE_ONLY, FORCE, MORE, BACK_TO_REVIEW = "done", "facts-only", "force", "more", "review"


def review(state: State, ask: Ask, last: Facts | None = None) -> Any:
    """Show the review screen. Returns CONFIRM (write facts and report), SAVE_ONLY, FORCE (report despite
    errors), a section key to answer again, or ``BACK`` (one question back)."""
    facts = build_facts(state.merged())
    show_review(facts)
    problems = find_problems(facts, last)
    if problems:
        show_problems(problems)
    warn_copied(state)
    errors = [p for p in problems if p.severity == checks.ERROR]
    if errors:
        first = section_of(errors[0].path)
        title = SECTION_NAMES[first]
        choices: tuple[tuple[str, str], ...] = (
            (first, f"重新填写：{title}（改正错误）"), (MORE, "重新填写其他部分……"),
            (SAVE_ONLY, "只保存事实文件，暂不生成报告"), (FORCE, "仍然生成（不建议）"))
        default = first
    else:
        choices, default = ((CONFIRM, "确认无误，生成事实文件和报告"), (MORE, "重新填写某一部分……"),
                            (SAVE_ONLY, "只保存事实文件，暂不生成报告")), CONFIRM
    picked = ask(Prompt("select", "请核对以上内容。下一步：", default, choices, key="review"))
    if picked == MORE:
        sections = (*((key, f"重新填写：{title}") for key, title in SECTIONS), (BACK_TO_REVIEW, "返回核对页"))
        picked = ask(Prompt("select", "重新填写哪一部分？", BACK_TO_REVIEW, sections, key="review.section"))
        if picked == BACK_TO_REVIEW:
            return review(state, ask, last)
    return picked
