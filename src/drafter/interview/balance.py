"""表三's 勾稽 while it is typed: 一 + 二 = 三 + 四 per applicant column, the failing columns named,
and a small grid of the running column sums shown under each row's prompt."""

from __future__ import annotations

from drafter.interview.question import Answers
from drafter.interview.to_facts import t3_rows
from drafter.tables import APPLICANT_COLUMNS, OUTCOME_LEAF_KEYS

ROW_PREFIX = "table3.row."
SHORT_COLUMNS = ("自然人", "商业企业", "科研机构", "社会公益", "法律服务", "其他")


def column_sums(a: Answers) -> tuple[list[int], list[int]]:
    """(一+二, 三+四) per applicant column for the rows answered so far."""
    rows = t3_rows(a)
    zero = [0] * len(APPLICANT_COLUMNS)
    left = [rows.get("new_received", zero)[c] + rows.get("carried_over", zero)[c] for c in range(len(zero))]
    right = [sum(rows.get(k, zero)[c] for k in OUTCOME_LEAF_KEYS) + rows.get("carried_forward", zero)[c]
             for c in range(len(zero))]
    return left, right


def failing_columns(a: Answers) -> list[int]:
    left, right = column_sums(a)
    return [c for c in range(len(left)) if left[c] != right[c]]


def balance_problems(a: Answers) -> list[str]:
    """表三 勾稽 (一 + 二 = 三 + 四) per applicant column, naming each column that fails."""
    left, right = column_sums(a)
    return [f"“{APPLICANT_COLUMNS[c]}”列：一+二 = {left[c]}，三+四 = {right[c]}" for c in failing_columns(a)]


def table3_progress(a: Answers) -> str:
    """Running totals: 一+二 against 三+四 (they must meet when the table is complete)."""
    rows = t3_rows(a)
    total = {key: sum(rows.get(key, ())) for key in ("new_received", "carried_over", "carried_forward")}
    handled = sum(sum(rows.get(k, ())) for k in OUTCOME_LEAF_KEYS)
    return (f"一+二 = {total['new_received']}+{total['carried_over']} 件，"
            f"三+四 = {handled}+{total['carried_forward']} 件")


def grid(a: Answers) -> str:
    """Three short lines (under 80 columns): the column names, 一+二 and 三+四, a mark under each mismatch."""
    left, right = column_sums(a)
    head = "       " + "".join(_cell(name) for name in SHORT_COLUMNS)
    lines = [head, "一+二  " + "".join(_cell(str(v)) for v in left),
             "三+四  " + "".join(_cell(str(v)) for v in right)]
    if left != right:
        lines.append("       " + "".join(_cell("≠" if x != y else "") for x, y in zip(left, right, strict=True)))
    return "\n".join(lines)


def _cell(text: str, width: int = 10) -> str:
    from rich.cells import cell_len

    return " " * max(width - cell_len(text), 1) + text


def rows_to_fix(a: Answers) -> list[str]:
    """The answered 表三 rows (question keys) that hold a number in a failing column, else all answered rows."""
    rows = t3_rows(a)
    cols = failing_columns(a)
    asked = [key for key in rows if f"{ROW_PREFIX}{key}" in a and key in (a.get("table3.rows") or ())]
    feeding = [key for key in asked if any(rows[key][c] for c in cols)]
    return [f"{ROW_PREFIX}{key}" for key in (feeding or asked)]
