"""The picked practices of a facts file (``practices:``) as sentences, in the wording the chooser takes.

Each pick is checked by name against the bank's menus: an id the menu lacks, a count the practice does
not have or a count it needs and the pick lacks is a Chinese message naming the field. The sentences go
to the context as ``picked.<section>`` (lists), where the bank's slots place them.
"""

from __future__ import annotations

import difflib
from typing import Any, Protocol

from drafter.errors import FactsError
from drafter.facts.model import Facts, Pick
from drafter.facts.narrative import PRACTICE_SECTION_KEYS, PRACTICE_SECTIONS
from drafter.wording.choose import Chooser
from drafter.wording.menus import Menus, Practice, merged_menus
from drafter.wording.phrasebank import Bank, Variant


class Engine(Protocol):
    """What drafting the picks needs of ``wording.engine.Engine`` (which imports this module)."""

    chain: list[Bank]
    chooser: Chooser

    def practice_template(self, bank: Bank, slot: str, text: str, line: int, index: int) -> Any: ...

    def record(self, slot: str, bank: Bank, index: int, text: str) -> None: ...

    @staticmethod
    def run_part(bank: Bank, slot: str, variant: Variant, part: str, fn: Any, ctx: dict[str, Any]) -> Any: ...

HEADINGS = dict(PRACTICE_SECTIONS)


def empty_picked() -> dict[str, list[str]]:
    return {section: [] for section in PRACTICE_SECTION_KEYS}


def pick_problems(facts: Facts, menus: Menus) -> list[str]:
    """Every pick that does not match the menus, as "字段 practices.x[i]：…" sentences."""
    problems = []
    for section, picks in facts.practices.items():
        menu = menus.get(section, {})
        for i, pick in enumerate(picks, 1):
            path = f"practices.{section}[{i}]"
            practice = menu.get(pick.id)
            if practice is None:
                close = difflib.get_close_matches(pick.id, list(menu), n=1, cutoff=0.6)
                hint = f"是否想写“{close[0]}”？" if close else f"可选的编号：{'、'.join(menu) or '（短语库中没有）'}。"
                problems.append(f"字段 {path}：{HEADINGS[section]}的短语库中没有做法“{pick.id}”。{hint}")
                continue
            names = [c.name for c in practice.counts]
            for name in pick.counts:
                if name not in names:
                    allowed = "、".join(names) or "（该做法不带数字）"
                    problems.append(f"字段 {path}.{name}：做法“{practice.label}”没有这个数字。可用的数字：{allowed}。")
            for c in practice.counts:
                if c.name not in pick.counts:
                    problems.append(f"字段 {path}：做法“{practice.label}”缺少数字 {c.name}（{c.label}，单位{c.unit}）。"
                                    f"请写成 {{id: {pick.id}, {c.name}: 数字}}。")
    return problems


def render_picks(engine: Engine, facts: Facts, ctx: dict[str, Any], source: str = "事实文件") -> dict[str, list[str]]:
    """section → the sentences of its picks, in the order picked (problems without the final 。)."""
    menus = merged_menus(engine.chain)
    problems = pick_problems(facts, menus)
    if problems:
        listing = "\n".join(f"  {i}. {p}" for i, p in enumerate(problems, 1))
        raise FactsError(f"{source}勾选的标准做法有 {len(problems)} 处问题：\n{listing}", problems=problems)
    out = empty_picked()
    for section, picks in facts.practices.items():
        for pick in picks:
            text = _sentence(engine, menus[section][pick.id], pick, ctx)
            if text:
                out[section].append(text.rstrip("。；") if section == "problems" else text)
    return out


def wordings_for(practice: Practice, values: dict[str, int]) -> tuple[str, ...]:
    """The wordings that fit the counts: the zero wordings when every count is 0 (and the bank has them)."""
    if practice.counts and practice.zero_wordings is not None and not any(values.values()):
        return practice.zero_wordings
    return practice.wordings


def _sentence(engine: Engine, practice: Practice, pick: Pick, ctx: dict[str, Any]) -> str:
    values = {c.name: pick.counts.get(c.name, 0) for c in practice.counts}
    texts = wordings_for(practice, values)
    if not texts:
        return ""
    slot = f"practices.{practice.section}.{practice.id}"
    bank = bank_of(engine, practice)
    local = {**ctx, **values}
    rendered = []
    for i, text in enumerate(texts, 1):
        template = engine.practice_template(bank, slot, text, practice.line, i)
        rendered.append(str(engine.run_part(bank, slot, _variant(text, practice.line, i), "text",
                                            template.render, local)).strip())
    index = engine.chooser.choose(slot, rendered)
    engine.record(slot, bank, index + 1, rendered[index])
    return rendered[index]


def _variant(text: str, line: int, index: int) -> Variant:
    return Variant(None, text, line, index, 0, line)


def bank_of(engine: Engine, practice: Practice) -> Bank:
    return next((b for b in engine.chain if str(b.path) == practice.bank), engine.chain[-1])
