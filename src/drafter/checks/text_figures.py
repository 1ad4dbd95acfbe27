"""What the text rules on figures share: a figure stated in the text against the one in the tables.

The notice when the cells a figure is computed from were not read, the error when the figures differ, and
the 总计 a published report printed (a figure agreeing with it is one slip, reported once by B1–B3).
"""

from __future__ import annotations

from typing import Any

from drafter.checks import inputs as known
from drafter.checks.problem import ERROR, Problem
from drafter.checks.units import Unit, locate, quote
from drafter.facts.model import Facts

Context = dict[str, Any]  # drafter.wording.context.build_context(facts): the derived totals the bank words


def not_read(facts: Facts, code: str, what: str, *prefixes: str) -> list[Problem]:
    """[the notice] when the fields under ``prefixes`` were not read (the comparison is then skipped), else []."""
    lacking = known.unknown(facts, *prefixes)
    return [known.not_checked(code, what, lacking)] if lacking else []


def mismatch(code: str, facts: Facts, unit: Unit, sentence: str, stated: object, actual: object,
             what: str, where: str, default: str = "") -> Problem:
    return Problem(code, ERROR, locate(facts, sentence, unit.slot, default),
                   f"正文“{quote(sentence)}”写{what}为{stated}，但表中为{actual}",
                   f"使正文与表格一致（以核实后的数字为准），表中为{actual}", where)


# Context figures that 表三 prints as a 总计 cell (``imported.stated_totals.row_totals``): the row's key.
PRINTED_ROWS = {"new_received_total": "new_received", "received": "new_received", "carried_over_total": "carried_over",
                "handled_total": "total", "carried_forward_total": "carried_forward", "granted": "granted",
                "partially_granted": "partially_granted"}


def printed(facts: Facts, key: str) -> set[int]:
    """The 总计 a published report printed for a text figure: a figure that agrees with the printed total
    but not with the cells' sum is one slip, reported once by B1–B3 (printed against computed), not
    again here. Empty for drafter's own facts."""
    if facts.imported is None:
        return set()
    stated = facts.imported.stated_totals
    if key == "review_total":
        return {stated.review_totals["review"]} if "review" in stated.review_totals else set()
    if key == "lawsuit_total":
        parts = [stated.review_totals.get(k) for k in ("lawsuit_direct", "lawsuit_after_review")]
        return {sum(parts)} if None not in parts else set()  # type: ignore[arg-type]
    rows = stated.row_totals
    found = {rows[row]} if (row := PRINTED_ROWS.get(key)) in rows else set()
    if key == "received" and "new_received" in rows and "carried_over" in rows:  # 收到 = 新收 + 上年结转
        found.add(rows["new_received"] + rows["carried_over"])
    return found
