"""Showing check results, and the gate ``render`` and ``demo`` pass before writing a report.

The gate runs ``checks.check_report`` on the draft about to be written (no jieba: the narrative lint
is ``drafter check``'s alone, to keep rendering fast).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from drafter import console
from drafter.checks import inputs as known
from drafter.checks import rules as checks
from drafter.checks.reviewed import Review, load_reviews, status
from drafter.checks.rules import Problem
from drafter.draft import Draft
from drafter.errors import MAX_LISTED, ChecksFailed, listed
from drafter.facts.model import Facts
from drafter.facts.narrative import IMPORTED_SECTIONS

HEADERS = ["级别", "编号", "位置", "问题", "修改方法"]
SEVERITY = {checks.ERROR: "错误", checks.WARNING: "提示", checks.NOTICE: "未能检查"}
# 位置 of a problem in a published report whose rule names no table cell: the part of the report it is in.
REPORT_PLACES = {**dict(IMPORTED_SECTIONS), "outline": "各部分标题", "signing_date": "落款日期",
                 "imported.published": "网页发布日期"}


def place(p: Problem, *, report: bool = False) -> str:
    """The 位置 column: the facts field path and the official labels; for a published report (no facts file
    to edit) the labels alone, or the part of the report the problem is in, and the path only when neither is known.
    A path under ``imported.`` (what the import recorded of the published report: its labels, printed totals and
    text) is no field the clerk fills: it is placed as in a report, also in a facts file."""
    if not report and not p.path.startswith("imported."):
        return p.path + (f"\n{p.where}" if p.where else "")
    if p.where:
        return p.where
    section = p.path.removeprefix("imported.sections.")
    return REPORT_PLACES.get(section, p.path)


def _fix(p: Problem, *, report: bool) -> str:
    """The 修改方法 column; for a published report the facts file's aside ("（事实文件中此格为 null）") is left out:
    no facts file was written."""
    return re.sub(r"（事实文件中[^）]*）", "", p.fix) if report else p.fix


def show(problems: list[Problem], source: str, *, to_err: bool = False, summary: bool = True,
         reviews: list[Review] | None = None, report: bool = False) -> None:
    """The problem table (级别, 编号 = rule and id, 位置 = field path and official labels, 问题, 修改方法)
    and a summary. Warnings accepted in ``reviews`` are listed as "已核实" with who, when and why.
    ``report``: a published report was checked, so 位置 names its parts in Chinese, not field paths."""
    if not problems:
        console.done(f"{source}：未发现问题。")
        return
    rows: list[list[str]] = []
    accepted = 0
    for p, (ident, review, stale) in zip(problems, status(problems, reviews or []), strict=True):
        level, message = SEVERITY[p.severity], p.message
        if review is not None:
            level, message, accepted = "已核实", f"{message}\n（{review.note()}）", accepted + 1
        elif stale is not None:
            message += f"\n（{stale.note()}，当时的数字为 {stale.figures or '无'}；数字已变，请重新核实）"
        if len(rows) < MAX_LISTED:
            rows.append([level, ident, place(p, report=report), message, _fix(p, report=report)])
    console.table(f"检查结果：{source}", HEADERS, rows, ratios=[0, 0, 2, 4, 3], to_err=to_err)
    if len(problems) > MAX_LISTED:
        console.warn(listed([p.message for p in problems])[1])
    if not summary:
        return
    errors = checks.count(problems, checks.ERROR)
    notices = checks.count(problems, checks.NOTICE)
    warnings = len(problems) - errors - accepted - notices
    line = (f"{source}：{errors} 个错误，{warnings} 个提示"
            + (f"，{accepted} 个提示已核实" if accepted else "")
            + (f"，{notices} 项未能检查（原报告缺少或未能读出相应内容）" if notices else "") + "。")
    if errors:
        console.error(line + "错误须改正后再发布。")
    elif accepted == len(problems):
        console.done(line)
    elif not warnings:  # only rules that could not run: nothing to accept
        console.warn(line + "读出的部分没有发现问题；未能检查的项目请对照完整的原报告核对。")
    else:
        console.warn(line + "提示请逐条核实；核实无误的可用 drafter check 文件 --accept 编号 --by 姓名 --why 理由 记录。")


def before_render(facts: Facts, facts_path: Path, draft: Draft, *, last: Facts | None = None, force: bool = False,
                  deadline: dt.date | None = None, stop: bool = True) -> list[Problem]:
    """Check the draft before writing it: errors stop rendering unless ``force`` (or not ``stop``);
    warnings are printed, those accepted in the facts file's ``reviewed:`` block as "已核实" and not counted.
    Everything goes to stderr, so "-o -" output stays clean."""
    problems = checks.check_report(facts, draft, last=last, deadline=deadline) + known.unread_in_draft(facts)
    problems = checks.sort_problems(problems)
    if not problems:
        return problems
    reviews = load_reviews(facts_path)
    accepted = sum(1 for _, review, _ in status(problems, reviews) if review is not None)
    errors = checks.count(problems, checks.ERROR)
    warnings = len(problems) - errors - accepted
    if not errors and not warnings:
        console.done(f"{facts_path}：{accepted} 个提示已核实（drafter check 可列出），没有新的问题。", to_err=True)
        return problems
    show(problems, str(facts_path), to_err=True, summary=False, reviews=reviews)
    if errors and stop and not force:
        raise ChecksFailed(f"事实文件“{facts_path}”有 {errors} 个错误（见上表），未生成报告。"
                           "请按“修改方法”改正后重试；如确需先生成草稿，加 --force。")
    if errors and stop:
        console.warn(f"已按 --force 忽略 {errors} 个错误，仍生成报告；发布前请务必改正。")
    elif errors:
        console.warn(f"发现 {errors} 个错误（见上表），发布前请改正。")
    if accepted:
        console.warn(f"另有 {accepted} 个提示已核实（表中列为“已核实”）。")
    if warnings:
        console.warn(f"{warnings} 个提示（见上表），请逐条核实；运行 drafter check 可做全部检查（含重复字词、与上年雷同）。")
    return problems
