"""A unit's key figures (the workbook's columns, the dashboard's bars, the jumps year over year).

A figure that depends on a cell the import could not read is ``None`` (shown as “未读出”), never 0.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from drafter.facts.model import Facts
from drafter.tables import OUTCOME_GROUPS, OUTCOME_LEAF_KEYS

Number = int | Decimal


@dataclass(frozen=True)
class Figure:
    key: str
    label: str  # the column header, in Chinese
    value: Callable[[Facts], Number | None]
    needs: tuple[str, ...]  # field path prefixes it is computed from
    jumps: bool = True  # compared with last year for an order-of-magnitude jump


def _apps(*rows: str) -> Callable[[Facts], int]:
    return lambda f: sum(f.applications.total(r) for r in rows)


FIGURES = (
    Figure("proactive", "主动公开（条）", lambda f: f.overview.proactive.total, ("overview.proactive.total",)),
    Figure("new", "新收申请", _apps("new_received"), ("applications.new_received",)),
    Figure("carried_over", "上年结转", _apps("carried_over"), ("applications.carried_over",), jumps=False),
    Figure("handled", "办结", _apps(*OUTCOME_LEAF_KEYS),
           tuple(f"applications.{k}" for k in OUTCOME_LEAF_KEYS)),
    Figure("carried_forward", "结转下年度", _apps("carried_forward"), ("applications.carried_forward",), jumps=False),
    Figure("reviews", "行政复议", lambda f: f.reviews_and_lawsuits.review.total, ("reviews_and_lawsuits.review",)),
    Figure("lawsuits", "行政诉讼",
           lambda f: f.reviews_and_lawsuits.lawsuit_direct.total + f.reviews_and_lawsuits.lawsuit_after_review.total,
           ("reviews_and_lawsuits.lawsuit_direct", "reviews_and_lawsuits.lawsuit_after_review")),
    Figure("fees", "收取信息处理费（万元）", lambda f: f.fees.collected_10k_yuan, ("fees.collected_10k_yuan",),
           jumps=False),
)

# 表三's outcomes as the dashboard stacks them: (label, row keys).
OUTCOMES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("予以公开", ("granted",)),
    ("部分公开", ("partially_granted",)),
    *((label.split("）")[-1], tuple(f"{g}.{k}" for k, _ in leaves)) for g, label, leaves in OUTCOME_GROUPS),
    ("结转下年度", ("carried_forward",)),
)


def _known(missing: list[str], needs: tuple[str, ...]) -> bool:
    return not any(m == n or m.startswith((n + "[", n + ".")) for m in missing for n in needs)


def figure(facts: Facts, fig: Figure) -> Number | None:
    missing = facts.imported.missing if facts.imported is not None else []
    if missing and not _known(missing, fig.needs):
        return None
    return fig.value(facts)


def figures(facts: Facts) -> dict[str, Number | None]:
    return {fig.key: figure(facts, fig) for fig in FIGURES}


def outcomes(facts: Facts) -> list[int | None]:
    """Per outcome of ``OUTCOMES``: applications of that outcome, ``None`` where a cell was not read."""
    missing = facts.imported.missing if facts.imported is not None else []
    out: list[int | None] = []
    for _label, rows in OUTCOMES:
        known = _known(missing, tuple(f"applications.{r}" for r in rows))
        out.append(sum(facts.applications.total(r) for r in rows) if known else None)
    return out
