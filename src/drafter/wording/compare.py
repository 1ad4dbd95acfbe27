"""Figures compared with last year, for the phrase banks' context: the year-over-year change of the main
figures (``yoy``) and, per section, the figures worth comparing (``comparisons``). A figure either year's
import could not read is never compared (its 0 is unknown).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from drafter.facts.model import Facts
from drafter.facts.values import format_amount
from drafter.tables import DECISION_ROWS, DOC_ROWS, OUTCOME_GROUPS, OUTCOME_LEAF_KEYS

# Short names of the outcome groups as they are said in a sentence ("予以公开3件，不予公开1件").
OUTCOME_WORDS = (
    ("granted", "予以公开"), ("partially_granted", "部分公开"), ("withheld", "不予公开"),
    ("unable_to_provide", "无法提供"), ("not_processed", "不予处理"), ("other_handling", "其他处理"),
)


def proactive_total(facts: Facts) -> int:
    """The stated total, or the sum of the channels when no total is stated."""
    p = facts.overview.proactive
    return p.total if p.total is not None else sum(c.count for c in p.channels)


# Figures compared with last year: name → how to read it from a Facts.
YOY_FIGURES = {
    "proactive_total": proactive_total,
    "applications_new": lambda f: f.applications.total("new_received"),
    "applications_received": lambda f: f.applications.total("new_received") + f.applications.total("carried_over"),
    "applications_handled": lambda f: f.applications.total("total"),
    "reviews": lambda f: f.reviews_and_lawsuits.review.total,
    "lawsuits": lambda f: f.reviews_and_lawsuits.lawsuit_direct.total + f.reviews_and_lawsuits.lawsuit_after_review.total,
}


# The fields each compared figure is read from: a figure either year's import could not read is not compared
# (its 0 is unknown: "上年为0" or "增长100%" would be made up).
YOY_INPUTS: dict[str, tuple[str, ...]] = {
    "applications_new": ("applications.new_received",),
    "applications_received": ("applications.new_received", "applications.carried_over"),
    "applications_handled": tuple(f"applications.{key}" for key in OUTCOME_LEAF_KEYS),
    "reviews": ("reviews_and_lawsuits.review",),
    "lawsuits": ("reviews_and_lawsuits.lawsuit_direct", "reviews_and_lawsuits.lawsuit_after_review"),
}


def unknown_in(inputs: tuple[str, ...], *years: Facts | None) -> bool:
    """Whether any of ``inputs`` was not read in any of ``years``."""
    return bool(inputs) and any(f is not None and f.unknown(*inputs) for f in years)


def year_over_year(facts: Facts, last: Facts | None) -> dict[str, dict[str, Any]]:
    """For each figure: now, before, diff (absolute), direction ("up"/"down"/"same"), rate (percent); ``known``
    false without last year, or where either year's figure was not read."""
    out = {}
    for name, read in YOY_FIGURES.items():
        now = read(facts)
        before = read(last) if last is not None else 0
        known = last is not None and (name != "proactive_total" or _has_proactive(facts) and _has_proactive(last))
        known = known and not unknown_in(YOY_INPUTS.get(name, ()), facts, last)
        direction = "up" if now > before else "down" if now < before else "same"
        rate = abs(now - before) * 100 / before if before else 0.0
        out[name] = {"known": known, "now": now, "before": before, "diff": abs(now - before),
                     "direction": direction, "rate": round(rate, 4)}
    return out


def _has_proactive(facts: Facts) -> bool:
    p = facts.overview.proactive
    return p.total is not None or bool(p.channels)


def _issued(key: str, facts: Facts) -> int:
    return int(getattr(facts.proactive_table, key).issued)


def _decisions(key: str, facts: Facts) -> int:
    return int(getattr(facts.proactive_table, key))


def _group_total(key: str, facts: Facts) -> int:
    leaves = next((leaves for group, _, leaves in OUTCOME_GROUPS if group == key), None)
    if leaves is None:
        return facts.applications.total(key)
    return sum(facts.applications.total(f"{key}.{leaf}") for leaf, _ in leaves)


# Figures compared with last year beyond YOY_FIGURES, by the section that says them: (label, unit, read).
COMPARED: dict[str, tuple[tuple[str, str, Callable[[Facts], Any]], ...]] = {
    "requests": (
        ("办结申请", "件", lambda f: f.applications.total("total")),
        *((word, "件", functools.partial(_group_total, key)) for key, word in OUTCOME_WORDS),
        ("结转下年度继续办理的申请", "件", lambda f: f.applications.total("carried_forward")),
    ),
    "table2": (
        *((f"制发{label}", "件", functools.partial(_issued, key)) for key, label in DOC_ROWS),
        *((f"{label}决定", "件", functools.partial(_decisions, key)) for key, label in DECISION_ROWS),
        ("行政事业性收费", "万元", lambda f: f.proactive_table.fees_10k_yuan),
    ),
    "reviews": (
        ("行政复议案件", "件", lambda f: f.reviews_and_lawsuits.review.total),
        ("行政诉讼案件", "件", lambda f: f.reviews_and_lawsuits.lawsuit_direct.total
         + f.reviews_and_lawsuits.lawsuit_after_review.total),
    ),
    "fees": (
        ("发出信息处理费收费通知", "件", lambda f: f.fees.notices),
        ("实际收取信息处理费", "万元", lambda f: f.fees.collected_10k_yuan),
    ),
}


def _compared_inputs(label: str) -> tuple[str, ...]:
    """The fields a COMPARED figure is read from, by its label."""
    for key, word in OUTCOME_WORDS:
        if label == word:
            return (f"applications.{key}",)
    for key, row in DOC_ROWS:
        if label == f"制发{row}":
            return (f"proactive_table.{key}.issued",)
    for key, row in DECISION_ROWS:
        if label == f"{row}决定":
            return (f"proactive_table.{key}",)
    return {"办结申请": YOY_INPUTS["applications_handled"], "结转下年度继续办理的申请": ("applications.carried_forward",),
            "行政事业性收费": ("proactive_table.fees_10k_yuan",), "行政复议案件": YOY_INPUTS["reviews"],
            "行政诉讼案件": YOY_INPUTS["lawsuits"], "发出信息处理费收费通知": ("fees.notices",),
            "实际收取信息处理费": ("fees.collected_10k_yuan",)}[label]


def comparisons(facts: Facts, last: Facts | None) -> dict[str, list[dict[str, Any]]]:
    """Per section, the figures worth comparing with last year: not zero in both years (a pair of zeros says
    nothing), read in both (an import's unread figure is unknown). Each: label, now, before, unit, ``now_text``
    ("3件", "1.25万元"). Empty without last year."""
    out: dict[str, list[dict[str, Any]]] = {section: [] for section in COMPARED}
    if last is None:
        return out
    for section, figures in COMPARED.items():
        for label, unit, read in figures:
            if unknown_in(_compared_inputs(label), facts, last):
                continue
            now, before = read(facts), read(last)
            if now or before:
                text = f"{format_amount(now)}{unit}" if unit == "万元" else f"{now}{unit}"
                out[section].append({"label": label, "now": now, "before": before, "unit": unit, "now_text": text})
    return out
