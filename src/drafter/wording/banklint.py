"""Static checks of phrase banks (``drafter banks lint``): every problem at once, with file, slot and line.

Checked for each bank file and its ``extends`` parents: YAML and Jinja2 syntax, sandbox escapes, slots
that end with a condition, variants after an unconditional one (unreachable), slots the report
outline does not have, outline slots no bank provides, and every variable a text or condition uses
against a context built from representative facts (``jinja2.meta`` plus the attribute chains).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import meta, nodes
from jinja2.sandbox import SandboxedEnvironment

from drafter.errors import BankError
from drafter.wording.budget import render_budget
from drafter.wording.engine import OUTLINE_SLOTS, Engine
from drafter.wording.phrasebank import (
    Bank,
    Variant,
    compile_variant,
    load_chain,
    make_environment,
    merged_slots,
    parse_part,
)


@dataclass(frozen=True)
class Problem:
    bank: str  # the bank file (or the reference that could not be loaded)
    slot: str
    line: int
    message: str
    located: bool = False  # the message already names file, slot and line

    def sentence(self) -> str:
        """The whole problem as one Chinese sentence naming file, slot and line."""
        if self.located:
            return self.message
        slot = f"槽位“{self.slot}”" if self.slot else ""
        line = f"（第 {self.line} 行）" if self.line else ""
        return f"短语库“{self.bank}”{slot}{line}：{self.message}"


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
    return build_context(facts, last=facts)


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
            problems += _lint_variant(bank, slot, variant, env, ctx)
    return problems


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


def unknown_variables(ast: nodes.Template, ctx: dict[str, Any], env: SandboxedEnvironment) -> list[str]:
    """Free names missing from the context, and attribute chains (``applications.nosuch``) that do not resolve."""
    free = meta.find_undeclared_variables(ast)
    bad = sorted(name for name in free if name not in ctx and name not in env.globals)
    samples = _loop_samples(ast, ctx)
    for node in ast.find_all((nodes.Getattr, nodes.Getitem)):
        chain = _chain(node)
        if chain and chain[0] in free and chain[0] in ctx:
            _resolve(chain, ctx, bad)
        elif chain and chain[0] in samples and len(samples[chain[0]]) == 1:
            _resolve(chain, {chain[0]: samples[chain[0]][0]}, bad)
    return bad


def _loop_samples(ast: nodes.Template, ctx: dict[str, Any]) -> dict[str, list[Any]]:
    """Loop variable → the first items of the context lists it iterates over ({% for d in table2.doc_rows %})."""
    samples: dict[str, list[Any]] = {}
    for loop in ast.find_all(nodes.For):
        if not isinstance(loop.target, nodes.Name):
            continue
        value: Any = ctx
        for key in _chain(loop.iter) or [""]:
            value = value.get(key) if isinstance(value, dict) else None
        if isinstance(value, list) and value and isinstance(value[0], dict):
            samples.setdefault(loop.target.name, []).append(value[0])
        else:
            samples.setdefault(loop.target.name, []).extend([None, None])  # unknown: not checked
    return samples


def _resolve(chain: list[str], ctx: dict[str, Any], bad: list[str]) -> None:
    """Walk ``chain`` through nested dicts; record the first prefix that does not exist."""
    value: Any = ctx
    for i, key in enumerate(chain):
        if not isinstance(value, dict):
            break  # an attribute of a list or string (a method); not checked
        if key not in value:
            name = ".".join(chain[: i + 1])
            if name not in bad:
                bad.append(name)
            break
        value = value[key]


def _chain(node: nodes.Node) -> list[str]:
    """``a.b["c"]`` → ["a", "b", "c"]; [] when the chain does not start at a plain name."""
    parts: list[str] = []
    while True:
        if isinstance(node, nodes.Getattr):
            parts.append(node.attr)
            node = node.node
        elif isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const) and isinstance(node.arg.value, str):
            parts.append(node.arg.value)
            node = node.node
        elif isinstance(node, nodes.Name):
            return [node.name, *reversed(parts)]
        else:
            return []
