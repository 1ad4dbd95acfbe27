"""The ``practices:`` block of a facts file: the standard practices picked for each narrative part, with their
numbers, read with ``facts.load``, or alone from the interview's answers (``interview --fill``)."""

from __future__ import annotations

from drafter.facts import values
from drafter.facts.model import Pick
from drafter.facts.narrative import PRACTICE_SECTION_KEYS
from drafter.facts.reader import Reader


def read_picks(tree: object, source: str) -> dict[str, list[Pick]]:
    """``practices:`` alone, read as a facts file's; raises ``FactsError`` listing every problem."""
    r = Reader(source)
    picks = parse_practices(r, tree)
    if r.problems:
        r.refuse()
    return picks


def parse_practices(r: Reader, raw: object) -> dict[str, list[Pick]]:
    """``practices: {management: [review_process, {id: leader_briefings, times: 2}], …}``.

    Whether an id exists is checked against the phrase bank when the report is drafted."""
    data = r.mapping(raw, "practices", PRACTICE_SECTION_KEYS)
    out: dict[str, list[Pick]] = {}
    for section in PRACTICE_SECTION_KEYS:
        items = data.get(section)
        if items is None:
            continue
        if not isinstance(items, list):
            r.fail(f"practices.{section}", f"应为列表，实际是{values._kind(items)}",
                   "每个做法一行，例如 - review_process 或 - {id: leader_briefings, times: 2}")
            continue
        picks: list[Pick] = []
        for i, item in enumerate(items, 1):
            pick = _pick(r, item, f"practices.{section}[{i}]")
            if pick is None:
                continue
            if any(p.id == pick.id for p in picks):
                r.fail(f"practices.{section}[{i}]", f"做法“{pick.id}”重复勾选", "请删去重复的一项")
                continue
            picks.append(pick)
        out[section] = picks
    return out


def _pick(r: Reader, item: object, path: str) -> Pick | None:
    if isinstance(item, str):
        item = {"id": item}
    if not isinstance(item, dict) or not isinstance(item.get("id"), str) or not item["id"].strip():
        r.fail(path, "应为做法的编号，或带数字的“{id: 编号, 数字名: 数字}”",
               "例如 - review_process 或 - {id: leader_briefings, times: 2}")
        return None
    counts = {str(k): r.count(item, k, path) for k in item if k != "id"}
    return Pick(item["id"].strip(), counts)
