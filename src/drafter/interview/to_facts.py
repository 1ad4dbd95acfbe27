"""Answers ↔ facts: the interview's flat answers become a facts file tree (validated by facts.load),
and last year's facts become this year's defaults for ``--from``."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from drafter.facts.load import parse_facts
from drafter.facts.model import Facts, Pick
from drafter.facts.narrative import PRACTICE_SECTION_KEYS
from drafter.facts.values import ANY_YEAR
from drafter.interview import carry, menus
from drafter.interview.basic_defaults import kind_of, short_name
from drafter.interview.practice_questions import EXTRA, EXTRA_PARTS, OWN_PARTS
from drafter.interview.question import MODE, Answers
from drafter.interview.questions import QUESTIONS
from drafter.interview.table_questions import CARRIED_OVER, T2_PICKABLE, T3_PICKABLE, table3_open
from drafter.tables import DECISION_ROWS, DOC_COLUMNS, DOC_ROWS, OUTCOME_GROUPS, T4_GROUPS, T4_RESULTS

LAST_YEAR = "_last_year"  # automatic answer of --from: {year, text} of last year's report (``last_year:``)
_GROUPS = {group for group, _, _ in OUTCOME_GROUPS}


def build_tree(a: Answers) -> dict[str, Any]:
    """The facts-file mapping (as ``facts.load.parse_facts`` reads it) for the answers given."""
    short = short_name(a)
    tree: dict[str, Any] = {
        "schema": 1,
        "year": a.get("year"),
        "agency": {"name": a.get("agency.name", ""), "short_name": short,
                   "kind": kind_of(a) or "部门",
                   "title_name": a.get("agency.title_name", "")},
        "signing_date": a.get("signing_date"),
        "banks": [b for b in str(a.get("bank") or "national").split(",") if b],
        "basis_notice": a.get("basis_notice", ""),
        "overview": _overview(a),
        "proactive_table": _table2(a),
        "applications": _table3(a),
        "reviews_and_lawsuits": _table4(a),
        "problems": _typed(a, "problems"),
        "measures": _typed(a, "measures"),
        "fees": _fees(a),
        "other_matters": _typed(a, "other_matters"),
        "practices": practices_tree(a),
        "last_year": a.get(LAST_YEAR),
    }
    own_text_tree(a, tree)
    return tree


def own_text_tree(a: Answers, tree: dict[str, Any]) -> None:
    """Parts whose own text is kept or typed: ``own_text:`` (六: ``other_matters``) in place of their picks
    (a kept 监督保障 keeps its 责任追究 pick) and of typed additions."""
    own: dict[str, str] = {}
    for part in carry.PARTS:
        text = str(a.get(carry.text_key(part.key)) or "").strip()
        if a.get(carry.use_key(part.key)) not in (carry.KEEP, carry.TYPE) or not text:
            continue
        for typed, owner in EXTRA_PARTS.items():  # typed additions give way to the own text too
            if owner == part.key and typed.startswith("overview."):
                _clear(tree, typed)
        for practices in carry.REPLACES.get(part.key, (part.practices,)):
            picks = tree["practices"].get(practices, [])
            tree["practices"][practices] = [p for p in picks if part.key == "supervision" and _id(p) == "accountability"]
            if practices in ("problems", "measures"):
                tree[practices] = []
        if part.key == "other":
            tree["other_matters"] = [line.strip() for line in text.split("\n") if line.strip()]
            continue
        own[part.key] = text
    tree["own_text"] = own


def _clear(tree: dict[str, Any], path: str) -> None:
    """Empty the text at ``path`` ("overview.management.text") of the facts tree."""
    *parents, leaf = path.split(".")
    node = tree
    for key in parents:
        node = node[key]
    node[leaf] = ""


def _id(pick: Any) -> str:
    return str(pick["id"]) if isinstance(pick, dict) else str(pick)


def _typed(a: Answers, key: str) -> list[str]:
    return list(a.get(key) or []) if a.get(EXTRA) else []


def practices_tree(a: Answers) -> dict[str, list[Any]]:
    """``practices:`` of the facts file: each picked id, with its numbers by name where it has any."""
    tree: dict[str, list[Any]] = {}
    for section in PRACTICE_SECTION_KEYS:
        picked = a.get(f"practices.{section}")
        if not picked:
            continue
        known = {p.id: p for p in menus.all_practices().get(section, ())} | menus.menu_of(a, section)
        items: list[Any] = []
        for pid in picked:
            practice = known.get(pid)
            value = a.get(f"practice.{section}.{pid}")
            if practice is None or not practice.counts or value is None:
                items.append(pid)
                continue
            values = value if isinstance(value, list) else [value]
            items.append({"id": pid, **{c.name: v for c, v in zip(practice.counts, values, strict=False)}})
        tree[section] = items
    return tree


def build_facts(a: Answers, source: str = "问答") -> Facts:
    return parse_facts(build_tree(a), source)


def _overview(a: Answers) -> dict[str, Any]:
    extra = bool(a.get("overview.extra"))
    return {
        "proactive": {"platforms": a.get("overview.proactive.platforms", ""),
                      "total": a.get("overview.proactive.total"),
                      "channels": list(a.get("overview.proactive.channels") or []),
                      "text": a.get("overview.proactive.text", "") if extra else ""},
        "requests_text": a.get("overview.requests_text", "") if extra else "",
        "management": {"text": a.get("overview.management.text", "") if extra else ""},
        "platform_text": a.get("overview.platform_text", "") if extra else "",
        "supervision": {"text": a.get("overview.supervision.text", "") if extra else ""},
    }


def _table2(a: Answers) -> dict[str, Any]:
    rows = set(a.get("table2.rows") or ())
    table: dict[str, Any] = {}
    cols = [c for c, _ in DOC_COLUMNS]
    for key, _ in DOC_ROWS:
        values = a.get(f"table2.{key}") if key in rows else None
        table[key] = dict(zip(cols, values or [0, 0, 0], strict=True))
    for key, _ in DECISION_ROWS:
        table[key] = a.get(f"table2.{key}", 0) if key in rows else 0
    table["fees_10k_yuan"] = a.get("table2.fees_10k_yuan", "0") if "fees_10k_yuan" in rows else "0"
    return table


def t3_rows(a: Answers) -> dict[str, list[int]]:
    """表三 rows answered (row key → six numbers), only those the gates let through."""
    if not table3_open(a):
        return {}
    picked = set(a.get("table3.rows") or ())
    rows = {key: list(a[f"table3.row.{key}"]) for key, _ in T3_PICKABLE
            if key in picked and f"table3.row.{key}" in a}
    if a.get(CARRIED_OVER) is not None and "carried_over" not in picked:
        rows["carried_over"] = list(a[CARRIED_OVER])
    return rows


def _table3(a: Answers) -> dict[str, Any]:
    tree: dict[str, Any] = {}
    for key, values in t3_rows(a).items():
        group, _, leaf = key.partition(".")
        if leaf:
            tree.setdefault(group, {})[leaf] = values
        else:
            tree[key] = values
    return tree


def _table4(a: Answers) -> dict[str, Any]:
    picked = set(a.get("table4.rows") or ()) if a.get("table4.any") else set()
    cols = [c for c, _ in T4_RESULTS]
    return {key: dict(zip(cols, a.get(f"table4.row.{key}") or [0] * 4, strict=True))
            for key, _ in T4_GROUPS if key in picked}


def _fees(a: Answers) -> dict[str, Any]:
    if not a.get("fees.any"):
        return {"notices": 0, "notice_amount_10k_yuan": "0", "collected_10k_yuan": "0"}
    return {"notices": a.get("fees.notices", 0),
            "notice_amount_10k_yuan": a.get("fees.notice_amount_10k_yuan", "0"),
            "collected_10k_yuan": a.get("fees.collected_10k_yuan", "0")}


# ---- last year's facts → this year's defaults -----------------------------------------------------------

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
