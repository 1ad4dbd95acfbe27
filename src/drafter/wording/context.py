"""Derived values for the phrase banks: totals, flags, self-reference, year over year, Chinese dates.

Python computes; the bank only words. The context is plain dicts, lists, strings and numbers, and its
shape does not depend on the facts (a key is never missing, only zero, empty or ``known: false``), so
``banks lint`` can check every variable a bank uses against one representative context.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import Any

from drafter.facts.model import COUNTY_GOVERNMENT, Facts
from drafter.facts.narrative import PRACTICE_SECTION_KEYS
from drafter.facts.values import chinese_date, format_amount
from drafter.tables import (
    APPLICANT_COLUMNS,
    DECISION_ROWS,
    DOC_ROWS,
    OUTCOME_GROUPS,
    OUTCOME_LEAF_KEYS,
    SIMPLE_OUTCOMES,
    T4_RESULTS,
)

SELF_REF = {"镇": "我镇", "乡": "我乡", "街道": "我街道", "部门": "本机关"}
LOCAL_GOV = {"镇": "镇政府", "乡": "乡政府", "街道": "街道办事处", "部门": "本机关"}
WHOLE = {"镇": "全镇", "乡": "全乡", "街道": "全街道", "部门": "全系统"}
# A county-level government says 我县/我区/我市/我旗 by its name (Agency.county_word): "{}" is that word.
COUNTY = {"self_ref": "我{}", "local_gov": "{}政府", "whole": "全{}"}
# Short names of the outcome groups as they are said in a sentence ("予以公开3件，不予公开1件").
OUTCOME_WORDS = (
    ("granted", "予以公开"), ("partially_granted", "部分公开"), ("withheld", "不予公开"),
    ("unable_to_provide", "无法提供"), ("not_processed", "不予处理"), ("other_handling", "其他处理"),
)


def build_context(facts: Facts, last: Facts | None = None) -> dict[str, Any]:
    """Everything a bank may use, computed once from this year's facts (and last year's, if known)."""
    a = facts.agency
    organ = {"镇": f"{a.short_name}人民政府", "乡": f"{a.short_name}人民政府", COUNTY_GOVERNMENT: f"{a.short_name}人民政府",
             "街道": f"{a.short_name}办事处"}.get(a.kind, a.short_name)
    words = {key: (form.format(a.county_word) if a.kind == COUNTY_GOVERNMENT else table[a.kind])
             for (key, form), table in zip(COUNTY.items(), (SELF_REF, LOCAL_GOV, WHOLE), strict=True)}
    return {
        "year": facts.year,
        "next_year": facts.year + 1,
        "last_year": facts.year - 1,
        "period_start": chinese_date(dt.date(facts.year, 1, 1)),
        "period_end": chinese_date(dt.date(facts.year, 12, 31)),
        "signing_date": chinese_date(facts.signing_date),
        "basis_notice": facts.basis_notice,
        "agency": {"name": a.name, "short_name": a.short_name, "kind": a.kind,
                   "report_name": a.report_name, "organ": organ, "is_department": a.kind == "部门"},
        **words,
        "proactive": _proactive(facts),
        "management": {"leader_briefings": facts.overview.management.leader_briefings,
                       "text": facts.overview.management.text},
        "requests_text": facts.overview.requests_text,
        "platform_text": facts.overview.platform_text,
        "supervision": {"accountability_cases": facts.overview.supervision.accountability_cases,
                        "text": facts.overview.supervision.text},
        "table2": _table2(facts),
        "applications": _applications(facts),
        "reviews": _reviews(facts),
        "problems": list(facts.problems),
        "measures": list(facts.measures),
        "fees": _fees(facts),
        "other_matters": list(facts.other_matters),
        "picked": {section: [] for section in PRACTICE_SECTION_KEYS},  # the picked practices' sentences (engine)
        "has_last": last is not None,
        "yoy": year_over_year(facts, last),
        "comparisons": comparisons(facts, last),
    }


def _proactive(facts: Facts) -> dict[str, Any]:
    p = facts.overview.proactive
    channels = [{"name": c.name, "verb": c.verb, "count": c.count, "unit": c.unit,
                 "phrase": f"{c.name}{c.verb}{c.count}{c.unit}"} for c in p.channels]
    channels_sum = sum(c.count for c in p.channels)
    total = proactive_total(facts)
    return {
        "platforms": p.platforms,
        "total": total,
        "total_given": p.total is not None,
        "channels": channels,
        "channel_phrases": [c["phrase"] for c in channels],
        "channels_sum": channels_sum,
        "remainder": total - channels_sum,
        "text": p.text,
    }


def proactive_total(facts: Facts) -> int:
    """The stated total, or the sum of the channels when no total is stated."""
    p = facts.overview.proactive
    return p.total if p.total is not None else sum(c.count for c in p.channels)


def _table2(facts: Facts) -> dict[str, Any]:
    t = facts.proactive_table
    docs = {}
    for key, label in DOC_ROWS:
        row = getattr(t, key)
        docs[key] = {"label": label, "issued": row.issued, "repealed": row.repealed, "in_force": row.in_force,
                     "any": bool(row.issued or row.repealed or row.in_force)}
    decisions = [{"key": key, "label": label, "count": getattr(t, key)} for key, label in DECISION_ROWS]
    has_fees = t.fees_10k_yuan > 0
    return {
        **docs,
        "doc_rows": [docs[key] for key, _ in DOC_ROWS if docs[key]["any"]],
        "has_documents": any(d["any"] for d in docs.values()),
        "licensing": t.licensing,
        "penalties": t.penalties,
        "coercive_measures": t.coercive_measures,
        "decisions": [d for d in decisions if d["count"]],
        "decisions_none": [d["label"] for d in decisions if not d["count"]],
        "has_decisions": any(d["count"] for d in decisions),
        "fees": format_amount(t.fees_10k_yuan),
        "has_fees": has_fees,
        "any": any(d["any"] for d in docs.values()) or any(d["count"] for d in decisions) or has_fees,
    }


def _applications(facts: Facts) -> dict[str, Any]:
    apps = facts.applications
    group_totals = {key: apps.total(key) for key, _ in SIMPLE_OUTCOMES}
    for group, _, leaves in OUTCOME_GROUPS:
        group_totals[group] = sum(apps.total(f"{group}.{leaf}") for leaf, _ in leaves)
    outcomes = [{"key": key, "label": word, "count": group_totals[key]}
                for key, word in OUTCOME_WORDS if group_totals[key] > 0]
    new, carried = apps.total("new_received"), apps.total("carried_over")
    forward = apps.total("carried_forward")
    new_row = apps.row("new_received")
    return {
        "new_received_total": new,
        "carried_over_total": carried,
        "handled_total": apps.total("total"),
        "carried_forward_total": forward,
        "received_total": new + carried,
        "has_applications": not apps.is_zero(),
        "has_new": new > 0,
        "has_carried_over": carried > 0,
        "has_carried_forward": forward > 0,
        "natural_person_new": new_row[0],
        "legal_person_new": sum(new_row[1:]),
        "new_by_applicant": [{"label": label, "count": n} for label, n in zip(APPLICANT_COLUMNS, new_row, strict=True)
                             if n],
        "by_group": group_totals,
        "outcomes": outcomes,
        "outcome_phrases": [f"{o['label']}{o['count']}件" for o in outcomes],
    }


def _results(values: dict[str, int]) -> list[dict[str, Any]]:
    """Only the non-zero results, in the table's order: [{"label": "结果维持", "count": 1}, …]."""
    return [{"label": label, "count": values[key]} for key, label in T4_RESULTS if values[key]]


def _reviews(facts: Facts) -> dict[str, Any]:
    rl = facts.reviews_and_lawsuits
    keys = [key for key, _ in T4_RESULTS]
    review = {key: getattr(rl.review, key) for key in keys}
    direct, after = rl.lawsuit_direct, rl.lawsuit_after_review
    lawsuit = {key: getattr(direct, key) + getattr(after, key) for key in keys}
    kinds = [{"label": "未经复议直接起诉", "count": direct.total}, {"label": "复议后起诉", "count": after.total}]
    return {
        "review": {**review, "total": rl.review.total, "results": _results(review)},
        "lawsuit": {**lawsuit, "total": direct.total + after.total, "direct_total": direct.total,
                    "after_review_total": after.total, "results": _results(lawsuit),
                    "kinds": [k for k in kinds if k["count"]]},
        "review_total": rl.review.total,
        "lawsuit_total": direct.total + after.total,
        "has_any": not rl.is_zero(),
    }


def _fees(facts: Facts) -> dict[str, Any]:
    f = facts.fees
    return {
        "notices": f.notices,
        "notice_amount": format_amount(f.notice_amount_10k_yuan),
        "collected": format_amount(f.collected_10k_yuan),
        "has_notices": f.notices > 0,
        "has_collected": f.collected_10k_yuan > 0,
        "overdue_fee_rows": facts.applications.total("other_handling.overdue_fee"),
    }


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
