"""Facts → answers: every answer that would reproduce a facts file, and last year's facts as this year's defaults
for ``--from`` (the year moved on, 上年结转 carried, sentences dated last year left out); ``to_facts`` goes the
other way."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from drafter.facts.model import Facts, Pick
from drafter.facts.narrative import PRACTICE_SECTION_KEYS
from drafter.facts.values import ANY_YEAR
from drafter.interview import carry
from drafter.interview.practice_questions import EXTRA, OWN_PARTS
from drafter.interview.question import MODE
from drafter.interview.questions import QUESTIONS
from drafter.interview.table_questions import CARRIED_OVER, T2_PICKABLE, T3_PICKABLE
from drafter.tables import DECISION_ROWS, DOC_COLUMNS, DOC_ROWS, T4_GROUPS


def answers_from_facts(f: Facts) -> dict[str, Any]:
    """Every answer that would reproduce ``f`` (used as defaults by ``--from``)."""
    o, p = f.overview, f.proactive_table
    a: dict[str, Any] = {
        "year": f.year, "signing_date": f.signing_date.isoformat(), "agency.name": f.agency.name,
        "agency.short_name": f.agency.short_name, "agency.kind": f.agency.kind, "agency.title_name": f.agency.title_name,
        "bank": ",".join(f.banks) or "national", "basis_notice": f.basis_notice,
        "overview.proactive.platforms": o.proactive.platforms, "overview.proactive.total": o.proactive.total,
        "overview.proactive.channels": [dataclasses.asdict(c) for c in o.proactive.channels],
        EXTRA: bool(o.proactive.text or o.requests_text or o.management.text or o.platform_text
                    or o.supervision.text or f.problems or f.measures
                    or f.other_matters and f.imported is None),  # a report's 六 is its own text (carry)
        "overview.proactive.text": o.proactive.text, "overview.requests_text": o.requests_text,
        "overview.management.text": o.management.text,
        "overview.platform_text": o.platform_text,
        "overview.supervision.text": o.supervision.text,
        "problems": list(f.problems), "measures": list(f.measures), "other_matters": list(f.other_matters),
        "fees.any": f.fees.notices > 0 or f.fees.collected_10k_yuan > 0,
        "fees.notices": f.fees.notices, "fees.notice_amount_10k_yuan": str(f.fees.notice_amount_10k_yuan),
        "fees.collected_10k_yuan": str(f.fees.collected_10k_yuan),
    }
    a.update(picked_answers(f))
    t2: dict[str, Any] = {key: [getattr(getattr(p, key), c) for c, _ in DOC_COLUMNS] for key, _ in DOC_ROWS}
    t2.update({key: getattr(p, key) for key, _ in DECISION_ROWS})
    t2["fees_10k_yuan"] = str(p.fees_10k_yuan)
    a["table2.rows"] = [key for key, _ in T2_PICKABLE if _nonzero(t2[key])]
    a.update({f"table2.{key}": value for key, value in t2.items()})
    t3 = {key: list(f.applications.row(key)) for key, _ in T3_PICKABLE}
    a["table3.rows"] = [key for key, values in t3.items() if any(values)]
    a["table3.any"] = bool(a["table3.rows"])
    a.update({f"table3.row.{key}": values for key, values in t3.items() if any(values)})
    rl = f.reviews_and_lawsuits
    a["table4.rows"] = [key for key, _ in T4_GROUPS if getattr(rl, key).total]
    a["table4.any"] = bool(a["table4.rows"])
    a.update({f"table4.row.{key}": list(rl.row_with_total(key)[:4]) for key in a["table4.rows"]})
    for path in f.unknown("year", "signing_date", "agency.name"):  # an import's unread identity: asked, not shown
        a.pop(path, None)
    return a


def picked_answers(f: Facts) -> dict[str, Any]:
    """The checklists and numbers that reproduce ``f.practices``; a facts file from before the checklists
    had its leader briefings and accountability as numbers: they become the matching picks."""
    picks = {section: list(f.practices.get(section, [])) for section in PRACTICE_SECTION_KEYS}
    o = f.overview
    if o.management.leader_briefings is not None and not any(p.id == "leader_briefings" for p in picks["management"]):
        picks["management"].insert(0, Pick("leader_briefings", {"times": o.management.leader_briefings}))
    cases = o.supervision.accountability_cases
    said = "责任追究" in f.own_text.get("supervision", "")
    if not f.practices.get("supervision") and not said and not any(p.id == "accountability" for p in picks["supervision"]):
        # 责任追究 is never left unsaid: with no count last year (a report that did not state it) it is asked
        picks["supervision"].append(Pick("accountability", {} if cases is None else {"cases": cases}))
    a: dict[str, Any] = {}
    for section, items in picks.items():  # [] too: a section kept from last year keeps "nothing picked"
        a[f"practices.{section}"] = [p.id for p in items]
        for p in items:
            if p.counts:
                values = list(p.counts.values())
                a[f"practice.{section}.{p.id}"] = values[0] if len(values) == 1 else values
    return a


def _nonzero(value: Any) -> bool:
    return any(value) if isinstance(value, list) else float(value) != 0


def next_year_defaults(last: Facts) -> tuple[dict[str, Any], dict[str, Any]]:
    """(baseline, automatic answers) for the year after ``last``: year + 1, dates shifted,
    上年结转 = last year's 结转下年度继续办理, the year inside the notice's title moved on."""
    base = answers_from_facts(last)
    year = last.year + 1
    base["year"] = year
    if base.get("signing_date"):  # an imported report's date not read is asked
        base["signing_date"] = _shift_year(last.signing_date).isoformat()
    base["basis_notice"] = last.basis_notice.replace(f"{last.year}年", f"{year}年")
    for key in ("table3.rows", "table3.any"):
        base.pop(key)
    base.pop("table3.row.carried_over", None)
    for q in QUESTIONS:
        if q.narrative and base.get(q.key):
            kept = undated(base[q.key], last.year)
            if kept:
                base[q.key] = kept
            else:
                base.pop(q.key)
    carried = list(last.applications.row("carried_forward"))
    base["table3.rows"] = [k for k, _ in T3_PICKABLE if k != "carried_over" and any(base.get(f"table3.row.{k}") or ())]
    base["table3.any"] = bool(base["table3.rows"]) or any(carried)
    auto = {MODE: "from", "year": year, CARRIED_OVER: carried, "agency.title_name": last.agency.title_name}
    own = carry.last_texts(last)
    for part, text in own.items():
        base[carry.use_key(part)] = carry.KEEP
        base[carry.text_key(part)] = carry.moved(text, last.year)
    if own:
        auto[OWN_PARTS], auto[carry.LAST_TEXTS] = list(own), own
    return base, auto


def undated(value: Any, last_year: int) -> Any:
    """Last year's narrative without the sentences dated last year or before ("2023年，我镇……"): such a
    sentence is never carried into this year's report. A list loses the items that are dated."""
    if isinstance(value, list):
        return [item for item in (undated(v, last_year) for v in value) if item]
    if not isinstance(value, str):
        return value
    kept = [s for s in carry.SENTENCE.findall(value)
            if s.strip() and not any(int(y) <= last_year for y in ANY_YEAR.findall(s))]
    return "".join(kept).strip()


def _shift_year(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)
