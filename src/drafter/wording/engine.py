"""Walks the report outline, picks the first variant whose condition holds, renders it.

Every choice is recorded (``Choice``) so ``explain`` can show which bank and variant produced what.
Every variant of every slot in use is compiled (and checked for sandbox escapes) before anything is
rendered, so a broken bank fails the same way whatever the facts are.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from jinja2 import TemplateError, UndefinedError
from jinja2.sandbox import SecurityError

from drafter import tables
from drafter.draft import Draft, Heading, Paragraph, Signature, Title
from drafter.errors import BankError
from drafter.facts.model import Facts
from drafter.wording import budget, table_grids
from drafter.wording.budget import RenderTimeout
from drafter.wording.choose import Chooser
from drafter.wording.own import OWN_BANK, PICKS_AFTER_OWN, own_text
from drafter.wording.phrasebank import Bank, Variant, merged_slots
from drafter.wording.picks import render_picks
from drafter.wording.templates import (
    Compiled,
    compile_variant,
    compile_wordings,
    jinja_message,
    make_environment,
    where,
)
from drafter.wording.unread import (
    UNREAD_BANK,
    unread_cells,
    unread_entry,
    unread_identity,
    unread_text,
    unsaid_text,
)

TABLE_FIELDS = {"table2": "proactive_table", "table3": "applications", "table4": "reviews_and_lawsuits"}


@dataclass(frozen=True)
class Step:
    """One step of the report outline.

    kind: "title" | "para" | "heading" (level-1 section, ``ref`` is its index) | "subheading" |
    "table" (``ref`` is the table) | "signature". A "para" joins the texts of ``slots`` into one
    paragraph per line, with the text of ``lead`` as its run-in heading.
    """

    kind: str
    slots: tuple[str, ...] = ()
    lead: str = ""
    ref: int | str = 0


def _para(*slots: str, lead: str = "") -> Step:
    return Step("para", slots, lead)


def _overview(name: str, *extra: str) -> Step:
    slot = f"overview.{name}"
    return _para(slot, *(f"{slot}.{e}" for e in extra), lead=f"{slot}.heading")


OUTLINE: tuple[Step, ...] = (
    Step("title", ("title",)),
    _para("opening"),
    Step("heading", ref=0),
    _overview("proactive", "yoy", "note"),
    _overview("requests", "yoy", "results", "results.yoy", "note"),
    _overview("management"),
    _overview("platform"),
    _overview("supervision"),
    Step("heading", ref=1),
    _para("proactive_table.documents", "proactive_table.decisions", "proactive_table.fees", "proactive_table.yoy"),
    Step("table", ref="table2"),
    Step("heading", ref=2),
    Step("table", ref="table3"),
    Step("heading", ref=3),
    _para("reviews.review", "reviews.lawsuit", "reviews.yoy"),
    Step("table", ref="table4"),
    Step("heading", ref=4),
    Step("subheading", ("problems.heading",)),
    _para("problems"),
    Step("subheading", ("measures.heading",)),
    _para("measures"),
    Step("heading", ref=5),
    _para("other.fees", "other.fees.yoy"),
    _para("other.matters"),
    Step("signature", ("signature.agency",)),
)
# Every slot the outline uses, in report order.
OUTLINE_SLOTS: tuple[str, ...] = tuple(
    slot for step in OUTLINE for slot in ((step.lead,) if step.lead else ()) + step.slots
)


@dataclass(frozen=True)
class Choice:
    slot: str
    bank: str
    bank_path: str
    variant: int
    condition: str | None
    text: str


_COMPILED: dict[tuple[int, ...], tuple[list[Bank], Any, dict[tuple[str, int], Compiled]]] = {}


class Engine:
    def __init__(self, chain: list[Bank]) -> None:
        self.chain = chain
        self.slots = merged_slots(chain)
        self.choices: list[Choice] = []
        self.chooser = Chooser(0)  # build_draft sets this year's (and last year's text)
        # Banks are loaded once per file version (phrasebank.load_bank), so the same chain of Bank objects
        # comes back for every report of a batch: compile it once.
        key = tuple(id(bank) for bank in chain)
        cached = _COMPILED.get(key)
        if cached is not None and all(a is b for a, b in zip(cached[0], chain, strict=True)):
            self.env, self.compiled = cached[1], cached[2]
            return
        self.env = make_environment()
        self.compiled = {}
        for slot in OUTLINE_SLOTS:
            bank, variants = self._slot(slot)
            if variants[-1].when is not None:
                raise BankError(f"短语库“{bank.path}”槽位“{slot}”的最后一个写法（第 {variants[-1].line} 行）带有 when 条件。"
                                "每个槽位必须以一个不带 when 的写法结尾，请去掉最后一个写法的 when，或在后面补一个。")
            for variant in variants:
                self.compiled[(slot, variant.index)] = compile_wordings(self.env, bank, slot, variant, lazy=True)
        _COMPILED[key] = (list(chain), self.env, self.compiled)

    def _slot(self, slot: str) -> tuple[Bank, tuple[Variant, ...]]:
        if slot not in self.slots:
            names = "、".join(str(b.path) for b in self.chain)
            raise BankError(f"短语库（{names}）中没有槽位“{slot}”。请在短语库中补上，或让它 extends: national。")
        return self.slots[slot]

    def text(self, slot: str, ctx: dict[str, Any]) -> str:
        """Render one slot: the first variant whose ``when`` holds."""
        bank, variants = self._slot(slot)
        for variant in variants:
            compiled = self.compiled[(slot, variant.index)]
            if compiled.condition is None or self.run_part(bank, slot, variant, "when", compiled.condition, ctx):
                texts = [str(self.run_part(bank, slot, variant, "text", template.render, ctx)).strip()
                         for template in (compiled.template, *compiled.alternatives)]
                text = texts[self.chooser.choose(f"{slot}#{variant.index}", texts)]
                self.choices.append(Choice(slot, bank.name, str(bank.path), variant.index, variant.when, text))
                return text
        raise BankError(f"短语库“{bank.path}”槽位“{slot}”没有一个写法适用：最后一个写法不应带 when 条件。")

    def practice_template(self, bank: Bank, slot: str, text: str, line: int, index: int) -> Any:
        """One wording of a practice, compiled (and sandbox-checked) once per bank chain."""
        key = (f"{slot}@{bank.path}\n{text}", index)  # zero wordings share the indexes of the others
        if key not in self.compiled:
            self.compiled[key] = compile_variant(self.env, bank, slot, Variant(None, text, line, index, 0, line))
        return self.compiled[key].template

    def record(self, slot: str, bank: Bank, index: int, text: str) -> None:
        self.choices.append(Choice(slot, bank.name, str(bank.path), index, None, text))

    @staticmethod
    def run_part(bank: Bank, slot: str, variant: Variant, part: str, fn: Any, ctx: dict[str, Any]) -> Any:
        try:
            result = fn(**ctx)
            return bool(result) if part == "when" else result
        except SecurityError as exc:
            if "unsafe" in str(exc):
                raise BankError(f"{where(bank, slot, variant, part)}试图访问不允许的内部属性，已拒绝。"
                                "请删除 __class__、__globals__ 之类的写法。") from None
            raise BankError(f"{where(bank, slot, variant, part)}被沙箱拒绝：{exc}。请简化该处的模板。") from None
        except UndefinedError as exc:
            raise BankError(f"{where(bank, slot, variant, part)}使用了不存在的变量：{jinja_message(exc.message)}。"
                            "请改用 drafter 提供的变量名（见 README 的“短语库”一节，或运行 drafter banks lint）。") from None
        except RecursionError:
            raise BankError(f"{where(bank, slot, variant, part)}无限递归（宏调用了自己）。请检查该处的 macro。") from None
        except MemoryError:
            raise BankError(f"{where(bank, slot, variant, part)}占用的内存过多（可能是字符串反复拼接）。"
                            "请简化该处的模板。") from None
        except RenderTimeout:
            raise BankError(f"{where(bank, slot, variant, part)}运行超过 {budget.SECONDS:g} 秒仍未结束（可能是循环套循环）。"
                            "请简化该处的模板。") from None
        except (TemplateError, TypeError, ValueError, ArithmeticError, LookupError) as exc:
            raise BankError(f"{where(bank, slot, variant, part)}无法生成：{exc}。请检查该处的模板。") from None


def build_draft(facts: Facts, ctx: dict[str, Any], engine: Engine, last_texts: tuple[str, ...] | None = None) -> Draft:
    """The whole report as blocks, in the order of the official format (templates within a time budget).

    ``last_texts``: last year's report text (None: not known); where a slot or practice has several
    wordings, none of its sentences is used again (see ``wording.choose``)."""
    engine.chooser = Chooser(facts.year, last_texts)
    try:
        with budget.render_budget():
            ctx, title, signature = unread_identity(facts, ctx)
            ctx = {**ctx, "picked": render_picks(engine, facts, ctx)}
            draft = _build_draft(facts, ctx, engine)
            draft.unfilled = [*title, *draft.unfilled, *signature]
            return draft
    except RenderTimeout:  # the budget ran out between two templates
        raise BankError(f"短语库生成报告超过 {budget.SECONDS:g} 秒仍未结束。请简化短语库的模板。") from None


def _build_draft(facts: Facts, ctx: dict[str, Any], engine: Engine) -> Draft:
    draft = Draft(title="")

    def say(slot: str, ctx: dict[str, Any]) -> str:
        own = own_text(facts, slot)
        if own is not None:
            engine.choices.append(Choice(slot, OWN_BANK, "own_text", 0, None, own))
            return own + "".join(ctx["picked"].get(PICKS_AFTER_OWN.get(slot, ""), []))  # e.g. 责任追究 after 监督保障
        unread = unread_text(facts, slot)
        if unread is None:
            text = engine.text(slot, ctx)
            unread = unsaid_text(facts, slot, text)
            if unread is None:
                return text
            engine.choices.pop()  # the bank's choice, replaced by the placeholder
        engine.choices.append(Choice(slot, UNREAD_BANK, "imported.missing", 0, None, unread))
        if unread:
            draft.unfilled.append(unread_entry(slot))
        return unread

    add = draft.blocks.append
    for step in OUTLINE:
        if step.kind == "title":
            draft.title = say(step.slots[0], ctx)
            add(Title(draft.title))
        elif step.kind == "heading":
            add(Heading(1, tables.SECTION_HEADINGS[int(step.ref)]))
        elif step.kind == "subheading":
            text = say(step.slots[0], ctx)
            if text:
                add(Heading(2, text))
        elif step.kind == "table":
            add(getattr(table_grids, str(step.ref))(facts))
            draft.unfilled += unread_cells(facts, TABLE_FIELDS[str(step.ref)])
        elif step.kind == "signature":
            add(Signature(say(step.slots[0], ctx), ctx["signing_date"]))
        else:
            lead = say(step.lead, ctx) if step.lead else ""
            _paragraphs(draft, step.slots[0], "".join(say(slot, ctx) for slot in step.slots), lead)
    return draft


def _paragraphs(draft: Draft, slot: str, text: str, lead: str = "") -> None:
    """One paragraph per non-empty line of a rendered slot; a lead goes on the first one."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if not lines and lead:
        lines = [""]
    for i, line in enumerate(lines):
        draft.blocks.append(Paragraph(line, lead if i == 0 else "", slot))
