"""Derived values for the phrase banks: totals, flags, self-reference, Chinese dates (year over year: compare).

Python computes; the bank only words. The context is plain dicts, lists, strings and numbers, and its
shape does not depend on the facts (a key is never missing, only zero, empty or ``known: false``), so
``banks lint`` can check every variable a bank uses against one representative context.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from drafter.facts.model import COUNTY_GOVERNMENT, Facts
from drafter.facts.narrative import PRACTICE_SECTION_KEYS
from drafter.facts.values import chinese_date, format_amount
from drafter.tables import (
    APPLICANT_COLUMNS,
    DECISION_ROWS,
    DOC_ROWS,
    OUTCOME_GROUPS,
    SIMPLE_OUTCOMES,
    T4_RESULTS,
)
from drafter.wording.compare import OUTCOME_WORDS, comparisons, proactive_total, year_over_year

SELF_REF = {"镇": "我镇", "乡": "我乡", "街道": "我街道", "部门": "本机关"}
LOCAL_GOV = {"镇": "镇政府", "乡": "乡政府", "街道": "街道办事处", "部门": "本机关"}
WHOLE = {"镇": "全镇", "乡": "全乡", "街道": "全街道", "部门": "全系统"}
# A county-level government says 我县/我区/我市/我旗 by its name (Agency.county_word): "{}" is that word.
COUNTY = {"self_ref": "我{}", "local_gov": "{}政府", "whole": "全{}"}


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
