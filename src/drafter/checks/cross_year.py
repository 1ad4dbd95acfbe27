"""C: this year's report against last year's (FORMAT.md §4 C1–C3).

- C1 二、上年结转 equals last year's 四、结转下年度继续办理, per applicant column;
- C2 现行有效 = last year's 现行有效 + 本年制发 − 本年废止 (a warning: 修订、失效 happen);
- C3 last year's 尚未审结 复议/诉讼 have a result or are still pending this year.
"""

from __future__ import annotations

from drafter.checks import inputs as known
from drafter.checks.problem import ERROR, WARNING, Problem
from drafter.facts.model import Facts
from drafter.tables import DOC_ROWS, T3_COLUMNS, T4_GROUPS, doc_where, t3_where, t4_where


def c1_c3(facts: Facts, last: Facts) -> list[Problem]:
    problems = []
    carried, forward = facts.applications.row("carried_over"), last.applications.row("carried_forward")
    for c in range(len(T3_COLUMNS) - 1):
        if known.t3_column_unknown(facts, c, ("carried_over",)) or known.t3_column_unknown(last, c, ("carried_forward",)):
            continue
        if carried[c] != forward[c]:
            problems.append(Problem(
                "C1", ERROR, f"applications.carried_over[{c + 1}]",
                f"本年“二、上年结转”为{carried[c]}，但{last.year}年报告“四、结转下年度继续办理”为{forward[c]}",
                f"上年结转应等于上年报告的结转下年度数：改为{forward[c]}", t3_where("carried_over", c)))
    problems += [p for key, _ in DOC_ROWS for p in _c2(facts, last, key)]
    for key, label in T4_GROUPS:
        pending, row = getattr(last.reviews_and_lawsuits, key).pending, getattr(facts.reviews_and_lawsuits, key)
        if known.unknown(facts, f"reviews_and_lawsuits.{key}"):
            continue
        if pending and row.total < pending:
            problems.append(Problem(
                "C3", WARNING, f"reviews_and_lawsuits.{key}",
                f"{last.year}年{label}尚未审结{pending}件，本年{label}总计只有{row.total}件",
                "上年尚未审结的案件本年应有结果（维持、纠正、其他）或仍计为尚未审结", t4_where(key, "total")))
    return problems


def _c2(facts: Facts, last: Facts, key: str) -> list[Problem]:
    """C2: 现行有效 = last year's 现行有效 + 制发 − 废止. A row whose digits ran together (unread) is
    checked against every way to split them: reported when none fits."""
    now_options, before_options = known.doc_row_options(facts, key), known.doc_row_options(last, key)
    if not now_options or not before_options or any(
            now[2] == before[2] + now[0] - now[1] for now in now_options for before in before_options):
        return []
    if len(now_options) == 1 and len(before_options) == 1:
        (issued, repealed, in_force), before = now_options[0], before_options[0][2]
        message = (f"现行有效{in_force}件，但上年现行有效{before}件加本年制发{issued}件、"
                   f"减本年废止{repealed}件应为{before + issued - repealed}件")
    else:
        runs = [f"{year}年“{x.imported.run_together[f'proactive_table.{key}']}”" for year, x in
                ((last.year, last), (facts.year, facts)) if x.imported and f"proactive_table.{key}" in x.imported.run_together]
        message = (f"表二本行制发、废止、现行有效三栏的数字连在一起（{'、'.join(runs)}），无论怎样拆分，"
                   "现行有效件数都不等于上年现行有效加本年制发、减本年废止")
    return [Problem("C2", WARNING, f"proactive_table.{key}.in_force", message,
                    "核对现行有效件数；如有修订、失效等情况属正常，可忽略", doc_where(key, "in_force"))]
