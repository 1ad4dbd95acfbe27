"""Walks the report outline, picks the first variant whose condition holds, renders it.

Every choice is recorded (``Choice``) so ``explain`` can show which bank and variant produced what.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from jinja2 import TemplateError, TemplateSyntaxError, UndefinedError
from jinja2.sandbox import SecurityError

from drafter import tables
from drafter.draft import Draft, Heading, Paragraph, Signature, Title
from drafter.errors import BankError
from drafter.facts import Facts
from drafter.phrasebank import Bank, Variant, make_environment, merged_slots, syntax_error

# The outline: (kind, slot). "lead+para" is a run-in 楷体 lead followed by body text.
OVERVIEW_SUBPOINTS = ("proactive", "requests", "management", "platform", "supervision")


@dataclass(frozen=True)
class Choice:
    slot: str
    bank: str
    bank_path: str
    variant: int
    condition: str | None
    text: str


class Engine:
    def __init__(self, chain: list[Bank]) -> None:
        self.chain = chain
        self.slots = merged_slots(chain)
        self.env = make_environment()
        self.choices: list[Choice] = []

    def text(self, slot: str, ctx: dict[str, Any]) -> str:
        """Render one slot: the first variant whose ``when`` holds."""
        if slot not in self.slots:
            names = "、".join(b.path.name for b in self.chain)
            raise BankError(f"短语库（{names}）中没有槽位“{slot}”。请在短语库中补上，或让它继承 national。")
        bank, variants = self.slots[slot]
        for variant in variants:
            if variant.when is None or self._holds(bank, slot, variant, ctx):
                text = self._render(bank, slot, variant, ctx)
                self.choices.append(Choice(slot, bank.name, str(bank.path), variant.index, variant.when, text))
                return text
        raise BankError(f"短语库“{bank.path}”槽位“{slot}”没有一个写法适用：最后一个写法不应带 when 条件。")

    def _holds(self, bank: Bank, slot: str, variant: Variant, ctx: dict[str, Any]) -> bool:
        assert variant.when is not None
        try:
            return bool(self.env.compile_expression(variant.when, undefined_to_none=False)(**ctx))
        except TemplateSyntaxError as exc:
            raise syntax_error(bank, slot, variant, exc) from None
        except (TemplateError, SecurityError, TypeError, ValueError, ArithmeticError) as exc:
            raise _render_error(bank, slot, variant, exc, "条件") from None

    def _render(self, bank: Bank, slot: str, variant: Variant, ctx: dict[str, Any]) -> str:
        try:
            return self.env.from_string(variant.text).render(**ctx).strip()
        except TemplateSyntaxError as exc:
            raise syntax_error(bank, slot, variant, exc) from None
        except (TemplateError, SecurityError, TypeError, ValueError, ArithmeticError) as exc:
            raise _render_error(bank, slot, variant, exc, "文字") from None


def _render_error(bank: Bank, slot: str, variant: Variant, exc: Exception, part: str) -> BankError:
    where = f"短语库“{bank.path}”槽位“{slot}”第 {variant.index} 个写法（第 {variant.line} 行）的{part}"
    if isinstance(exc, SecurityError):
        return BankError(f"{where}试图访问不允许的内部属性，已拒绝。请删除 __class__、__globals__ 之类的写法。")
    if isinstance(exc, UndefinedError):
        return BankError(f"{where}使用了不存在的变量：{exc.message}。请改用 drafter 提供的变量名。")
    return BankError(f"{where}无法生成：{exc}。请检查该处的模板。")


def build_draft(facts: Facts, ctx: dict[str, Any], engine: Engine) -> Draft:
    """The whole report as blocks, in the order of the official format."""
    say = engine.text
    title = say("title", ctx)
    draft = Draft(title=title, blocks=[Title(title)])
    add = draft.blocks.append
    _paragraphs(draft, "opening", say("opening", ctx))
    add(Heading(1, tables.SECTION_HEADINGS[0]))
    for sub in OVERVIEW_SUBPOINTS:
        slot = f"overview.{sub}"
        _paragraphs(draft, slot, say(slot, ctx), lead=say(f"{slot}.heading", ctx))
    add(Heading(1, tables.SECTION_HEADINGS[1]))
    add(tables.table2(facts))
    add(Heading(1, tables.SECTION_HEADINGS[2]))
    add(tables.table3(facts))
    add(Heading(1, tables.SECTION_HEADINGS[3]))
    add(tables.table4(facts))
    add(Heading(1, tables.SECTION_HEADINGS[4]))
    for slot in ("problems", "measures"):
        heading = say(f"{slot}.heading", ctx)
        if heading:
            add(Heading(2, heading))
        _paragraphs(draft, slot, say(slot, ctx))
    add(Heading(1, tables.SECTION_HEADINGS[5]))
    _paragraphs(draft, "other.fees", say("other.fees", ctx))
    _paragraphs(draft, "other.matters", say("other.matters", ctx))
    add(Signature(say("signature.agency", ctx), ctx["signing_date"]))
    return draft


def _paragraphs(draft: Draft, slot: str, text: str, lead: str = "") -> None:
    """One paragraph per non-empty line of a rendered slot; a lead goes on the first one."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if not lines and lead:
        lines = [""]
    for i, line in enumerate(lines):
        draft.blocks.append(Paragraph(line, lead if i == 0 else "", slot))
