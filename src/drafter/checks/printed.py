"""B: the 总计 cells a published report printed and the cells themselves (FORMAT.md §4 B1–B5).

- B1–B3 a printed 总计 (a row's, the （七）总计 row's, 表四's) against the sum of its cells;
- B4 amounts that look typed in 元 instead of 万元;
- B5 cells the report left blank or filled with "—"/"/" (its fault, an error), and cells drafter could not
  read (ours, a notice per table).
"""

from __future__ import annotations

from decimal import Decimal

from drafter.checks import agency
from drafter.checks import inputs as known
from drafter.checks.problem import ERROR, NOTICE, WARNING, Problem
from drafter.facts.model import Facts
from drafter.facts.values import format_amount
from drafter.tables import (
    OUTCOME_LEAF_KEYS,
    T3_BY_KEY,
    T4_GROUPS,
    T4_RESULTS,
    TOTAL_LABEL,
    cell_where,
    t3_where,
    t4_where,
)

# B4: amounts (万元) from which a figure probably was typed in 元.
FEES_LOOK_LIKE_YUAN = {"township": Decimal(10_000), "other": Decimal(1_000_000)}
PROCESSING_FEE_LOOKS_LIKE_YUAN = Decimal(10)  # 信息处理费 of 10 万元 or more: 元 typed as 万元


def b1_b3(facts: Facts) -> list[Problem]:
    """The 总计 cells a published report printed (``Facts.imported.stated_totals``) against the computed ones."""
    if facts.imported is None:
        return []
    apps, stated, problems = facts.applications, facts.imported.stated_totals, []
    for key, written in stated.row_totals.items():
        inputs = [f"applications.{k}" for k in (OUTCOME_LEAF_KEYS if key == "total" else (key,))]
        if key not in T3_BY_KEY or known.unknown(facts, *inputs):
            continue
        computed = sum(apps.row(key))
        if key == "total" and stated.outcome_totals is not None:
            if None in stated.outcome_totals:
                continue  # a blank cell in the printed row: its sum is unknown
            computed = sum(n or 0 for n in stated.outcome_totals)  # the printed row (its columns vs the results: B2)
        if written != computed:
            problems.append(Problem(
                "B1", ERROR, f"imported.stated_totals.row_totals.{key}",
                f"总计印为{written}，但该行六类申请人之和为{computed}",
                f"把总计改为{computed}，或核对该行各列", t3_where(key, 6)))
    if stated.outcome_totals is not None:
        for c, (cell, computed) in enumerate(zip(stated.outcome_totals, apps.outcome_total(), strict=False)):
            if cell is not None and cell != computed and not known.t3_column_unknown(facts, c, OUTCOME_LEAF_KEYS):
                problems.append(Problem(
                    "B2", ERROR, f"imported.stated_totals.outcome_totals[{c + 1}]",
                    f"{TOTAL_LABEL}印为{cell}，但（一）至（六）各项办理结果之和为{computed}",
                    f"把{TOTAL_LABEL}改为{computed}，或核对该列各项办理结果", t3_where("total", c)))
    problems += _b2_total_column(stated.row_totals, apps.row("total"))
    for key, written in stated.review_totals.items():
        row = getattr(facts.reviews_and_lawsuits, key, None)
        if row is not None and written != row.total and not known.unknown(facts, f"reviews_and_lawsuits.{key}"):
            problems.append(Problem(
                "B3", ERROR, f"imported.stated_totals.review_totals.{key}",
                f"总计印为{written}，但结果维持、结果纠正、其他结果、尚未审结之和为{row.total}",
                f"把总计改为{row.total}，或核对四项结果", t4_where(key, "total")))
    return problems + _b3_run_together(facts)


def _b3_run_together(facts: Facts) -> list[Problem]:
    """B3 on a 表四 group whose five cells ran together (unread, ``imported.run_together``): reported when no way to
    split its digits makes the four results add up to the 总计 (every split tried). A group whose cells were filled in
    since (not missing any more) is judged on them."""
    problems = []
    for key, label in T4_GROUPS:
        path = f"reviews_and_lawsuits.{key}"
        digits = facts.imported.run_together.get(path, "") if facts.imported and known.unknown(facts, path) else ""
        options = known.digit_options(digits, len(T4_RESULTS) + 1)
        if options and not any(sum(cut[:-1]) == cut[-1] for cut in options):
            problems.append(Problem(
                "B3", ERROR, f"imported.stated_totals.review_totals.{key}",
                f"“{label}”的结果维持、结果纠正、其他结果、尚未审结和总计五栏数字连在一起（“{digits}”），"
                "无论怎样拆分，四项结果之和都不等于总计",
                "核对该组四项结果和总计", t4_where(key, "total")))
    return problems




def _b2_total_column(printed: dict[str, int], computed_row: tuple[int, ...]) -> list[Problem]:
    """B2 on the 总计 column: the printed （七）总计 against the printed 总计 of the 21 result rows. Reported
    only when it also differs from the cells' sum (else the slip is a result row's total, reported once by B1)."""
    if "total" not in printed or any(key not in printed for key in OUTCOME_LEAF_KEYS):
        return []
    written, listed = printed["total"], sum(printed[key] for key in OUTCOME_LEAF_KEYS)
    if written in (listed, sum(computed_row)):
        return []
    return [Problem(
        "B2", ERROR, "imported.stated_totals.row_totals.total",
        f"{TOTAL_LABEL}的总计印为{written}，但（一）至（六）各项办理结果印出的总计之和为{listed}",
        f"核对各项办理结果的总计和{TOTAL_LABEL}的总计（各格之和为{sum(computed_row)}）", t3_where("total", 6))]


B5_LIST_AT_MOST = 6  # more unread cells in one table are reported as one problem for the table


def _b5(facts: Facts) -> list[Problem]:
    """Cells the report left blank or filled with "—"/"/" (its fault: one error per cell, one per table
    when many), and cells drafter could not read (ours: one notice per table). The cells of a row the report
    does not print at all are neither: F2 names the row, once."""
    if facts.imported is None:
        return []
    problems, blank = [], set(facts.imported.blank)
    for prefix, name in known.TABLE_NAMES.items():
        unread = known.not_read(facts, prefix)
        if unread:
            problems.append(Problem(
                "B5", NOTICE, prefix, f"未能读出{name}中的 {len(unread)} 格（如 {known.cell_labels(unread[:3])}）："
                "原报告可能已填写，是本工具没有读出（网页截断、版式特殊等），用到这些格的检查未做",
                f"对照原报告核对{name}", name))
        problems += _b5_blank([p for p in facts.imported.missing if p.startswith(prefix + ".") and p in blank],
                              prefix, name)
    return problems + _b5_rows(facts)


def _b5_rows(facts: Facts) -> list[Problem]:
    """Rows printed with fewer numbers than cells (``imported.blank`` holds the row's path; its cells are
    unread): the report left some cell blank, which one is unknown. Gone once the clerk fills the row in."""
    assert facts.imported is not None
    lost = known.missing(facts)
    return [Problem("B5", ERROR, row, "原报告此行印出的数字少于格数：有格空白（无法确定是哪一格），统一格式要求每格填数字",
                    "对照原始数据补全该行各格（事实文件中该行为 null）；确实没有的填 0", cell_where(row))
            for row in facts.imported.blank if "[" not in row
            and (row == "applications.total" or any(p.startswith(row + "[") for p in lost))]  # （七）总计: printed only


def _b5_blank(paths: list[str], prefix: str, name: str) -> list[Problem]:
    """One error per blank cell; a table with many blank cells gets one error."""
    if len(paths) > B5_LIST_AT_MOST:
        return [Problem(
            "B5", ERROR, prefix, f"原报告{name}中有 {len(paths)} 格为空白或填“—”“/”"
            f"（如 {known.cell_labels(paths[:3])}），统一格式要求每格填数字",
            f"对照原始数据补全{name}（事实文件中这些格为 null）；确实没有的填 0", name)]
    return [Problem("B5", ERROR, path, "原报告此格空白或填“—”“/”，统一格式要求每格填数字",
                    "对照原始数据填写（事实文件中此格为 null）；确实没有的填 0", cell_where(path))
            for path in paths]


def b4_b5(facts: Facts) -> list[Problem]:
    """Cells an import could not read as a number (B5: blank, "—", "/", or not a count), and amounts
    that look like 元 (B4: counts that are not non-negative integers are refused when the file is loaded)."""
    problems = _b5(facts)
    kind = "township" if facts.agency.kind in agency.TOWNSHIP_KINDS else "other"
    fees = facts.proactive_table.fees_10k_yuan
    if fees >= FEES_LOOK_LIKE_YUAN[kind] and not known.unknown(facts, "proactive_table.fees_10k_yuan"):
        problems.append(Problem(
            "B4", WARNING, "proactive_table.fees_10k_yuan",
            f"行政事业性收费{format_amount(fees)}万元，数额异常大，像是按“元”填写的",
            f"单位是万元：如为{format_amount(fees)}元，应填{format_amount(fees / 10000)}",
            "表二 · 第二十条第（八）项 · 行政事业性收费 · 本年收费金额（单位：万元）"))
    for key, label in (("notice_amount_10k_yuan", "收费通知金额"), ("collected_10k_yuan", "实际收取信息处理费")):
        amount = getattr(facts.fees, key)
        if amount >= PROCESSING_FEE_LOOKS_LIKE_YUAN and not known.unknown(facts, f"fees.{key}"):
            problems.append(Problem(
                "B4", WARNING, f"fees.{key}", f"{label}{format_amount(amount)}万元，数额异常大，像是按“元”填写的",
                f"单位是万元：如为{format_amount(amount)}元，应填{format_amount(amount / 10000)}",
                "六、其他需要报告的事项 · 信息处理费"))
    return problems
