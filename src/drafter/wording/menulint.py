"""``banks lint`` for the practice menus (``practices:``): every practice has at least three wordings
(and three zero wordings, or none), every problem a measure answers exists, every count a wording uses is
declared (so the interview asks it) and every declared count is used, and each wording renders."""

from __future__ import annotations

from typing import Any

from jinja2 import TemplateSyntaxError, meta
from jinja2.sandbox import SandboxedEnvironment

from drafter.errors import BankError
from drafter.wording.budget import render_budget
from drafter.wording.engine import Engine
from drafter.wording.lintvars import Problem, unknown_variables
from drafter.wording.menus import Practice, merged_menus
from drafter.wording.phrasebank import Bank, Variant
from drafter.wording.templates import compile_variant

MIN_WORDINGS = 3


def lint_menus(chain: list[Bank], env: SandboxedEnvironment, ctx: dict[str, Any]) -> list[Problem]:
    menus = merged_menus(chain)
    problems: list[Problem] = []
    for section, menu in menus.items():
        for practice in menu.values():
            problems += _lint_practice(practice, chain, env, ctx)
            if section == "measures":
                for answered in practice.answers:
                    if answered not in menus.get("problems", {}):
                        problems.append(_problem(practice, f"answers 中的问题“{answered}”在 practices.problems 中不存在。"
                                                 f"可用的问题：{'、'.join(menus.get('problems', {}))}。"))
    return problems


def _problem(practice: Practice, message: str) -> Problem:
    return Problem(practice.bank, f"practices.{practice.section}.{practice.id}", practice.line, message)


def _lint_practice(practice: Practice, chain: list[Bank], env: SandboxedEnvironment,
                   ctx: dict[str, Any]) -> list[Problem]:
    problems = []
    if len(practice.wordings) < MIN_WORDINGS:
        problems.append(_problem(practice, f"只有 {len(practice.wordings)} 个写法，至少要有 {MIN_WORDINGS} 个同义写法"
                                           "（drafter 每年换用不同的写法，避免与上年雷同）。"))
    zero = practice.zero_wordings
    if zero and len(zero) < MIN_WORDINGS:
        problems.append(_problem(practice, f"zero_wordings 只有 {len(zero)} 个写法，应至少 {MIN_WORDINGS} 个，"
                                           "或写 zero_wordings: [] 表示数字为 0 时不写这一句。"))
    names = [c.name for c in practice.counts]
    for name in names:
        if name in ctx:
            problems.append(_problem(practice, f"数字名“{name}”与短语库变量重名，请换一个名字。"))
    local = {**ctx, **{name: 1 for name in names}}
    bank = next((b for b in chain if str(b.path) == practice.bank), chain[-1])
    for i, text in enumerate(practice.wordings + (zero or ()), 1):
        variant = Variant(None, text, practice.line, i, 0, practice.line)
        slot = f"practices.{practice.section}.{practice.id}"
        try:
            compiled = compile_variant(env, bank, slot, variant)
            ast = env.parse(text)
        except (BankError, TemplateSyntaxError) as exc:
            problems.append(Problem(practice.bank, slot, practice.line, str(exc), located=True))
            continue
        unknown = unknown_variables(ast, local, env)
        for name in unknown:
            problems.append(_problem(practice, f"第 {i} 个写法使用了没有在 counts 中声明的数字或不存在的变量“{name}”"
                                               "（问答只询问 counts 中声明的数字）。"))
        if i <= len(practice.wordings):  # the same meaning: every wording says every count
            for name in sorted(set(names) - meta.find_undeclared_variables(ast)):
                problems.append(_problem(practice, f"第 {i} 个写法没有用到数字“{name}”：同一做法的各个写法应说出同样的数字。"))
        if not unknown:
            try:
                with render_budget():
                    Engine.run_part(bank, slot, variant, "text", compiled.template.render, local)
            except BankError as exc:
                problems.append(Problem(practice.bank, slot, practice.line, f"用示例数据试算时出错：{exc}", located=True))
    return problems
