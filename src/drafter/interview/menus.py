"""The practice menus the interview offers: those of the phrase bank answered (``bank``), and for the
question list (built once) the practices of every shipped bank, so each count has its question."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Any

from drafter.errors import BankError
from drafter.wording.menus import Menus, Practice, merged_menus
from drafter.wording.phrasebank import builtin_names, load_chain


@functools.cache
def bank_menus(bank: str) -> Menus:
    """The menus of the bank(s) named as the interview stores them ("jinning", "a,b"); national if unusable."""
    refs = [b for b in bank.split(",") if b] or ["national"]
    try:
        return merged_menus(load_chain(refs))
    except BankError:
        return merged_menus(load_chain(["national"]))


@functools.cache
def all_practices() -> dict[str, tuple[Practice, ...]]:
    """section → every practice of every shipped bank (first definition of an id wins), in menu order."""
    out: dict[str, dict[str, Practice]] = {}
    for name in builtin_names():
        for section, menu in bank_menus(name).items():
            for pid, practice in menu.items():
                out.setdefault(section, {}).setdefault(pid, practice)
    return {section: tuple(menu.values()) for section, menu in out.items()}


def menu_of(answers: Mapping[str, Any], section: str) -> dict[str, Practice]:
    return bank_menus(str(answers.get("bank") or "national")).get(section, {})


def choices(section: str, answers: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
    """(id, label) offered for ``section``: the answered bank's menu, or every shipped one's before a bank is known."""
    if answers.get("bank"):
        return tuple((p.id, p.label) for p in menu_of(answers, section).values())
    return tuple((p.id, p.label) for p in all_practices().get(section, ()))


def count_fields(practice: Practice) -> tuple[str, ...]:
    """The labels of a practice's numbers as the prompt names them: "听取汇报（次）"."""
    return tuple(f"{c.label}（{c.unit}）" if c.unit else c.label for c in practice.counts)


def count_prompt(practice: Practice) -> str:
    """The question for a practice's numbers: its label without the "（N 次）" placeholder, then the numbers
    ("主要领导听取政务公开工作汇报：听取汇报（次）"); a number named like the practice is asked alone
    ("责任追究（起）", not "责任追究（N 起）：责任追究（起）")."""
    name = re.sub(r"（[^（）]*N[^（）]*）", "", practice.label).strip()
    fields = count_fields(practice)
    if len(practice.counts) == 1 and practice.counts[0].label == name:
        return fields[0]
    return f"{name}：{'、'.join(fields)}"


def answering(answers: Mapping[str, Any], problems: list[str]) -> list[str]:
    """The measures of the answered bank that answer any of ``problems`` (pre-selected when problems are picked)."""
    picked = set(problems)
    return [p.id for p in menu_of(answers, "measures").values() if picked & set(p.answers)]
