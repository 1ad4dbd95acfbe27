"""Answers → facts: the interview's flat answers become a facts file tree (validated by facts.load); the other
way, last year's facts as this year's defaults, is ``from_facts``."""

from __future__ import annotations

from typing import Any

from drafter.facts.load import parse_facts
from drafter.facts.model import Facts
from drafter.facts.narrative import PRACTICE_SECTION_KEYS
from drafter.interview import carry, menus
from drafter.interview.basic_defaults import kind_of, short_name
from drafter.interview.practice_questions import EXTRA, EXTRA_PARTS
from drafter.interview.question import Answers
from drafter.interview.table_questions import CARRIED_OVER, T3_PICKABLE, table3_open
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
