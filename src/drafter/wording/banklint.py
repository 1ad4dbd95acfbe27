"""Static checks of phrase banks (``drafter banks lint``): every problem at once, with file, slot and line.

Checked for each bank file and its ``extends`` parents: YAML and Jinja2 syntax, sandbox escapes, slots
that end with a condition, variants after an unconditional one (unreachable), slots the report
outline does not have, outline slots no bank provides, and every variable a text or condition uses
against a context built from representative facts (``jinja2.meta`` plus the attribute chains).
"""

from __future__ import annotations

import difflib
from dataclasses import replace
from pathlib import Path
from typing import Any

from jinja2.sandbox import SandboxedEnvironment

from drafter.errors import BankError
from drafter.wording.budget import render_budget
from drafter.wording.engine import OUTLINE_SLOTS, Engine
from drafter.wording.lintvars import Problem, unknown_variables
from drafter.wording.menulint import lint_menus
from drafter.wording.phrasebank import Bank, Variant, load_chain, merged_slots
from drafter.wording.templates import compile_variant, make_environment, parse_part


def representative_context() -> dict[str, Any]:
    """The bundled example with every table cell, fee and list non-zero, and itself as last year.

    The context's keys do not depend on the facts; non-empty lists let loop variables be checked too.
    """
    from decimal import Decimal

    from drafter.facts.examples import EXAMPLE, example_text
    from drafter.facts.load import parse_facts, parse_yaml
    from drafter.facts.model import Applications, DocRow, Fees, ProactiveTable, ReviewRow, ReviewsAndLawsuits
    from drafter.tables import T3_ROWS
    from drafter.wording.context import build_context

    facts = parse_facts(parse_yaml(example_text(), EXAMPLE), EXAMPLE)
    facts.proactive_table = ProactiveTable(DocRow(1, 1, 1), DocRow(1, 1, 1), 1, 1, 0, Decimal(1))
    facts.applications = Applications({row.key: (1, 1, 0, 0, 0, 0) for row in T3_ROWS if row.key != "total"})
    facts.reviews_and_lawsuits = ReviewsAndLawsuits(*(ReviewRow(1, 1, 0, 1) for _ in range(3)))
    facts.fees = Fees(1, Decimal(1), Decimal(1))
    facts.other_matters = ["其他事项。"]
    ctx = build_context(facts, last=facts)
    ctx["picked"] = {section: ["做法。"] for section in ctx["picked"]}
    return ctx


def lint(refs: list[str], base: Path | None = None) -> list[Problem]:
    """Lint each referenced bank with its parents; each file is checked once."""
    env = make_environment()
    ctx = representative_context()
    problems: list[Problem] = []
    seen: set[Path] = set()
    for ref in refs:
        try:
            chain = load_chain([ref], base)
        except BankError as exc:
            problems.append(Problem(ref, "", 0, str(exc), located=True))
            continue
        for bank in chain:
            if bank.path.resolve() not in seen:
                seen.add(bank.path.resolve())
                problems += lint_bank(bank, env, ctx)
        problems += [p for p in lint_menus(chain, env, ctx) if p not in problems]
        merged = merged_slots(chain)
        missing = [slot for slot in OUTLINE_SLOTS if slot not in merged]
        if missing:
            problems.append(Problem(str(chain[-1].path), "", 0,
                                    f"缺少报告需要的槽位：{'、'.join(missing)}。请补上，或加上 extends: national。"))
    return problems


def lint_bank(bank: Bank, env: SandboxedEnvironment, ctx: dict[str, Any]) -> list[Problem]:
    problems: list[Problem] = []
    path = str(bank.path)
    for slot, variants in bank.slots.items():
        line = bank.slot_lines.get(slot, 0)
        if slot not in OUTLINE_SLOTS:
            close = difflib.get_close_matches(slot, OUTLINE_SLOTS, n=1, cutoff=0.6)
            fix = f"是否想写“{close[0]}”？" if close else "报告中没有这个位置，请删除或改名。"
            problems.append(Problem(path, slot, line, f"未知槽位“{slot}”。{fix}"))
        if variants[-1].when is not None:
            problems.append(Problem(path, slot, variants[-1].line,
                                    "最后一个写法带有 when 条件；每个槽位必须以一个不带 when 的写法结尾，以保证总有文字可用。"))
        first_plain = next((v.index for v in variants if v.when is None), None)
        for variant in variants:
            if first_plain is not None and variant.index > first_plain:
                problems.append(Problem(path, slot, variant.line,
                                        f"第 {variant.index} 个写法永远不会被使用：它前面的第 {first_plain} 个写法没有 when 条件。"))
            for text in variant.texts:  # each wording of the same meaning
                problems += _lint_variant(bank, slot, _wording(variant, text), env, ctx)
    return problems


def _wording(variant: Variant, text: str) -> Variant:
    return variant if text == variant.text else replace(variant, text=text, alternatives=())


def _lint_variant(bank: Bank, slot: str, variant: Variant, env: SandboxedEnvironment,
                  ctx: dict[str, Any]) -> list[Problem]:
    try:
        compiled = compile_variant(env, bank, slot, variant)
    except BankError as exc:
        return [Problem(str(bank.path), slot, variant.line, str(exc), located=True)]
    problems = []
    for part in ("when", "text") if variant.when is not None else ("text",):
        for name in unknown_variables(parse_part(env, variant, part), ctx, env):
            what = "条件" if part == "when" else "文字"
            problems.append(Problem(str(bank.path), slot, variant.line_of(part),
                                    f"第 {variant.index} 个写法的{what}使用了不存在的变量“{name}”。"
                                    "可用的变量见 README 的“短语库”一节。"))
    if not problems:  # a trial run on representative facts catches what reading cannot (types, recursion)
        try:
            with render_budget():
                if compiled.condition is not None:
                    Engine.run_part(bank, slot, variant, "when", compiled.condition, ctx)
                Engine.run_part(bank, slot, variant, "text", compiled.template.render, ctx)
        except BankError as exc:
            problems.append(Problem(str(bank.path), slot, variant.line, f"用示例数据试算时出错：{exc}", located=True))
    return problems
