"""Derived values for the phrase banks: totals, flags, self-reference, Chinese dates.

Python computes; the bank only words. The context is plain dicts, lists, strings and numbers.
"""

from __future__ import annotations

from typing import Any

from drafter.facts import Facts
from drafter.tables import OUTCOME_GROUPS, SIMPLE_OUTCOMES, T4_GROUPS, format_amount
from drafter.values import chinese_date

SELF_REF = {"镇": "我镇", "乡": "我乡", "街道": "我街道", "部门": "本机关"}
LOCAL_GOV = {"镇": "镇政府", "乡": "乡政府", "街道": "街道办事处", "部门": "本机关"}
WHOLE = {"镇": "全镇", "乡": "全乡", "街道": "全街道", "部门": "全系统"}
# Short names of the outcome groups as they are said in a sentence ("予以公开3件，不予公开1件").
OUTCOME_WORDS = (
    ("granted", "予以公开"), ("partially_granted", "部分公开"), ("withheld", "不予公开"),
    ("unable_to_provide", "无法提供"), ("not_processed", "不予处理"), ("other_handling", "其他处理"),
)


def build_context(facts: Facts) -> dict[str, Any]:
    """Everything a bank may use, computed once from the facts."""
    a = facts.agency
    organ = {"镇": f"{a.short_name}人民政府", "乡": f"{a.short_name}人民政府",
             "街道": f"{a.short_name}办事处"}.get(a.kind, a.short_name)
    return {
        "year": facts.year,
        "next_year": facts.year + 1,
        "period_start": f"{facts.year}年1月1日",
        "period_end": f"{facts.year}年12月31日",
        "signing_date": chinese_date(facts.signing_date),
        "basis_notice": facts.basis_notice,
        "agency": {"name": a.name, "short_name": a.short_name, "kind": a.kind,
                   "report_name": a.report_name, "organ": organ},
        "self_ref": SELF_REF[a.kind],
        "local_gov": LOCAL_GOV[a.kind],
        "whole": WHOLE[a.kind],
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
        "fees": {
            "notices": facts.fees.notices,
            "notice_amount": format_amount(facts.fees.notice_amount_10k_yuan),
            "collected": format_amount(facts.fees.collected_10k_yuan),
            "has_notices": facts.fees.notices > 0,
            "has_collected": facts.fees.collected_10k_yuan > 0,
            "overdue_fee_rows": facts.applications.total("other_handling.overdue_fee"),
        },
        "other_matters": list(facts.other_matters),
    }


def _proactive(facts: Facts) -> dict[str, Any]:
    p = facts.overview.proactive
    channels = [{"name": c.name, "verb": c.verb, "count": c.count, "unit": c.unit,
                 "phrase": f"{c.name}{c.verb}{c.count}{c.unit}"} for c in p.channels]
    channels_sum = sum(c.count for c in p.channels)
    total = p.total if p.total is not None else channels_sum
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
    docs = {key: {"issued": row.issued, "repealed": row.repealed, "in_force": row.in_force,
                  "any": bool(row.issued or row.repealed or row.in_force)}
            for key, row in (("regulations", t.regulations), ("normative_documents", t.normative_documents))}
    return {
        **docs,
        "licensing": t.licensing,
        "penalties": t.penalties,
        "coercive_measures": t.coercive_measures,
        "fees": format_amount(t.fees_10k_yuan),
        "has_fees": t.fees_10k_yuan > 0,
    }


def _applications(facts: Facts) -> dict[str, Any]:
    apps = facts.applications
    group_totals = {key: apps.total(key) for key, _ in SIMPLE_OUTCOMES}
    for group, _, leaves in OUTCOME_GROUPS:
        group_totals[group] = sum(apps.total(f"{group}.{leaf}") for leaf, _ in leaves)
    outcomes = [{"key": key, "label": word, "count": group_totals[key]}
                for key, word in OUTCOME_WORDS if group_totals[key] > 0]
    new, carried = apps.total("new_received"), apps.total("carried_over")
    return {
        "new_received_total": new,
        "carried_over_total": carried,
        "handled_total": apps.total("total"),
        "carried_forward_total": apps.total("carried_forward"),
        "received_total": new + carried,
        "has_applications": not apps.is_zero(),
        "by_group": group_totals,
        "outcomes": outcomes,
        "outcome_phrases": [f"{o['label']}{o['count']}件" for o in outcomes],
    }


def _reviews(facts: Facts) -> dict[str, Any]:
    rl = facts.reviews_and_lawsuits
    rows = {key: dict(zip(("upheld", "corrected", "other", "pending", "total"), rl.row_with_total(key), strict=True))
            for key, _ in T4_GROUPS}
    lawsuit_total = rows["lawsuit_direct"]["total"] + rows["lawsuit_after_review"]["total"]
    return {**rows, "review_total": rows["review"]["total"], "lawsuit_total": lawsuit_total,
            "has_any": not rl.is_zero()}
