"""Practice menus of a phrase bank (``practices:``): the standard things a township or department does
and reports in 一（三）（四）（五）, 五 and 六, each with its counts and several wordings.

A bank lists them per subsection::

    practices:
      management:
        - id: leader_briefings
          label: 主要领导听取政务公开工作汇报（N 次）
          counts: [{name: times, label: 听取汇报, unit: 次}]
          wordings:                       # at least three, the same meaning
            - "{{ year }}年，{{ self_ref }}主要领导{{ times }}次听取……"
          zero_wordings: []               # all counts 0: [] leaves the sentence out; absent: wordings as they are
      measures:
        - id: timely_update
          answers: [timeliness]           # the problems this measure answers (picking one pre-selects it)

A bank that ``extends`` another adds practices, or rewords one by repeating its ``id`` with only the
fields it changes; a later bank wins field by field.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from drafter.errors import BankError
from drafter.facts.narrative import PRACTICE_SECTION_KEYS

FIELDS = ("id", "label", "counts", "wordings", "zero_wordings", "answers", "frequency", "__line__", "__lines__")


@dataclass(frozen=True)
class Count:
    name: str  # the variable in the wordings ("times")
    label: str  # what is counted ("听取汇报")
    unit: str  # "次"


@dataclass(frozen=True)
class Practice:
    section: str
    id: str
    label: str
    counts: tuple[Count, ...]
    wordings: tuple[str, ...]
    zero_wordings: tuple[str, ...] | None  # None: no special wording at zero; (): left out at zero
    answers: tuple[str, ...]  # measures only: the problems it answers
    bank: str  # the bank file that gave the wordings
    line: int


Menus = dict[str, dict[str, Practice]]  # section → id → practice, in menu order


def parse_practices(path: Path, raw: object) -> dict[str, list[dict[str, Any]]]:
    """The raw ``practices:`` of one bank file: section → list of entries (checked for shape only)."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise BankError(f"短语库“{path}”的 practices: 应为各部分（management、platform……）的做法列表。")
    out: dict[str, list[dict[str, Any]]] = {}
    for section, items in raw.items():
        if section in ("__line__", "__lines__"):
            continue
        if section not in PRACTICE_SECTION_KEYS:
            raise BankError(f"短语库“{path}”practices: 下的“{section}”不是可用的部分。"
                            f"可用的部分：{'、'.join(PRACTICE_SECTION_KEYS)}。")
        if not isinstance(items, list):
            raise BankError(f"短语库“{path}”practices.{section} 应为做法的列表（每项以“- id: ”开头）。")
        entries = []
        for i, item in enumerate(items, 1):
            if not isinstance(item, dict) or not isinstance(item.get("id"), str):
                raise BankError(f"短语库“{path}”practices.{section} 第 {i} 项缺少“id:”（做法的编号）。")
            unknown = [k for k in item if k not in FIELDS]
            if unknown:
                raise BankError(f"短语库“{path}”第 {item.get('__line__', 0)} 行：做法“{item['id']}”有未知字段"
                                f"“{'、'.join(map(str, unknown))}”。可用的字段：{'、'.join(FIELDS[:-3])}。")
            entries.append(item)
        out[str(section)] = entries
    return out


def _texts(path: Path, item: dict[str, Any], key: str) -> tuple[str, ...] | None:
    value = item.get(key)
    if value is None:
        return None
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise BankError(f"短语库“{path}”第 {item.get('__line__', 0)} 行：做法“{item['id']}”的 {key} 应为文字的列表。")
    return tuple(value)


def _counts(path: Path, item: dict[str, Any]) -> tuple[Count, ...] | None:
    value = item.get("counts")
    if value is None:
        return None
    ok = isinstance(value, list) and all(isinstance(c, dict) and isinstance(c.get("name"), str) for c in value)
    if not ok:
        raise BankError(f"短语库“{path}”第 {item.get('__line__', 0)} 行：做法“{item['id']}”的 counts 应写成"
                        "[{name: times, label: 次数, unit: 次}] 这样的列表。")
    return tuple(Count(c["name"], str(c.get("label") or c["name"]), str(c.get("unit") or "")) for c in value)


def merge(menus: Menus, path: Path, raw: dict[str, list[dict[str, Any]]]) -> None:
    """Add one bank's practices to ``menus``: a new id is appended, a known id is changed field by field."""
    for section, items in raw.items():
        menu = menus.setdefault(section, {})
        for item in items:
            pid, line = item["id"], int(item.get("__line__", 0))
            given: dict[str, Any] = {
                "label": item.get("label"), "counts": _counts(path, item), "wordings": _texts(path, item, "wordings"),
                "zero_wordings": _texts(path, item, "zero_wordings"), "answers": _texts(path, item, "answers")}
            changed = {k: v for k, v in given.items() if v is not None}
            if "wordings" in changed or "zero_wordings" in changed:
                changed.update(bank=str(path), line=line)
            if "label" in changed:
                changed["label"] = str(changed["label"])
            known = menu.get(pid) or Practice(section, pid, pid, (), (), None, (), str(path), line)
            menu[pid] = replace(known, **changed)


def merged_menus(banks: list[Any]) -> Menus:
    """The menus of a chain of banks (parents first), each later bank adding or rewording practices."""
    menus: Menus = {section: {} for section in PRACTICE_SECTION_KEYS}
    for bank in banks:
        merge(menus, bank.path, bank.practices)
    return menus


def labels(menus: Menus) -> dict[str, str]:
    """"section.id" → label, for the comments of a facts file."""
    return {f"{section}.{pid}": p.label for section, menu in menus.items() for pid, p in menu.items()}
