"""A bank's variants as Jinja2 templates: parsed and compiled in the sandbox, every error a Chinese message
naming the bank file, the slot, the variant and its line.

Conditions and texts run in ``SandboxedEnvironment`` with ``StrictUndefined`` (``wording.sandbox``); attribute
tricks are refused before anything is rendered.
"""

from __future__ import annotations

import re
from typing import Any

from jinja2 import StrictUndefined, Template, TemplateSyntaxError, nodes
from jinja2.parser import Parser
from jinja2.sandbox import SandboxedEnvironment

from drafter.errors import BankError
from drafter.wording import filters
from drafter.wording.phrasebank import Bank, Variant
from drafter.wording.sandbox import BankEnvironment, bounded_filter


def make_environment() -> SandboxedEnvironment:
    """The sandbox with drafter's filters, and its size budget (``wording.sandbox``)."""
    env = BankEnvironment(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=False,
                          trim_blocks=True, lstrip_blocks=True)
    env.filters.update({name: bounded_filter(name, f) for name, f in filters.FILTERS.items()})
    return env


def where(bank: Bank, slot: str, variant: Variant, part: str) -> str:
    """"短语库“x.yaml”槽位“opening”第 2 个写法（第 14 行）的条件" — the place every message names."""
    what = "条件" if part == "when" else "文字"
    return f"短语库“{bank.path}”槽位“{slot}”第 {variant.index} 个写法（第 {variant.line_of(part)} 行）的{what}"


_JINJA_MESSAGES = (
    (re.compile(r"expected token 'end of print statement', got '(.*)'"), "“{{{{ … }}}}”没有正确结束（在“{0}”处）"),
    (re.compile(r"expected token '(.*)', got '(.*)'"), "此处应为“{0}”，实际是“{1}”"),
    (re.compile(r"chunk after expression"), "条件后面有多余的内容"),
    (re.compile(r"unexpected '?end of template'?.*", re.S), "模板意外结束，可能缺少 }}}} 或 {{% endif %}}、{{% endfor %}}"),
    (re.compile(r"unexpected '(.*)'"), "出现了多余或不成对的“{0}”"),
    (re.compile(r"No filter named '(.*)'.*"), "没有名为“{0}”的过滤器"),
    (re.compile(r"No test named '(.*)'.*"), "没有名为“{0}”的测试"),
    (re.compile(r"Encountered unknown tag '(.*?)'.*", re.S), "未知的标签“{0}”"),
    (re.compile(r"'(.*)' is undefined"), "“{0}”"),
    (re.compile(r"'(.*)' has no attribute '(.*)'"), "“{0}”没有“{1}”这一项"),
)


def jinja_message(message: str | None) -> str:
    """Jinja2's English message in Chinese where it is a common one; otherwise as is."""
    text = (message or "").strip()
    for pattern, chinese in _JINJA_MESSAGES:
        match = pattern.fullmatch(text)
        if match:
            return chinese.format(*match.groups())
    return text


def syntax_error(bank: Bank, slot: str, variant: Variant, part: str, exc: TemplateSyntaxError) -> BankError:
    message = jinja_message(exc.message)
    if part == "when" and "意外结束" in message:
        message = "条件不完整（例如比较符号或 and/or 后面缺少内容，括号没有成对）"
    return BankError(f"{where(bank, slot, variant, part)}有语法错误：{message}。"
                     "请检查 {{ }}、{% %} 是否成对，括号和引号是否完整。")


def unsafe_names(ast: nodes.Template) -> list[str]:
    """Attribute tricks the sandbox refuses (``''.__class__``, ``cycler.__init__``), found before rendering."""
    found = [n.attr for n in ast.find_all(nodes.Getattr) if n.attr.startswith("_")]
    found += [str(n.value) for n in ast.find_all(nodes.Const) if isinstance(n.value, str) and "__" in n.value]
    return found


def parse_part(env: SandboxedEnvironment, variant: Variant, part: str) -> nodes.Template:
    """The AST of a variant's text, or of its condition (an expression, wrapped as ``{{ expr }}``)."""
    if part == "text":
        return env.parse(variant.text)
    parser = Parser(env, variant.when or "", state="variable")
    expr = parser.parse_expression()
    if not parser.stream.eos:
        raise TemplateSyntaxError("chunk after expression", parser.stream.current.lineno)
    template = nodes.Template([nodes.Output([expr])], lineno=1)
    template.set_environment(env)
    return template


class Compiled:
    """A variant's condition (a compiled expression, or None for an unconditional variant), its text and its
    further wordings as templates. Checked when made; with ``lazy`` the Jinja code of each part is generated
    and compiled by Python only when the part is first used (a report uses one variant of most slots, so a
    render compiles a fraction of the banks; ``drafter banks lint`` compiles every part)."""

    def __init__(self, env: SandboxedEnvironment, bank: Bank, slot: str, variant: Variant,
                 alternatives: tuple[Variant, ...] = (), *, lazy: bool = False) -> None:
        self._env, self._bank, self._slot, self._variant = env, bank, slot, variant
        self._alternative_variants = alternatives
        self._condition: Any = None
        self._template: Template | None = None
        self._alternatives: tuple[Template, ...] | None = None
        if not lazy:
            _ = self.condition, self.template, self.alternatives

    @property
    def condition(self) -> Any:
        if self._condition is None and self._variant.when is not None:
            try:
                self._condition = self._env.compile_expression(self._variant.when, undefined_to_none=False)
            except TemplateSyntaxError as exc:
                raise syntax_error(self._bank, self._slot, self._variant, "when", exc) from None
        return self._condition

    @property
    def template(self) -> Template:
        if self._template is None:
            self._template = _template(self._env, self._bank, self._slot, self._variant)
        return self._template

    @property
    def alternatives(self) -> tuple[Template, ...]:
        if self._alternatives is None:
            self._alternatives = tuple(_template(self._env, self._bank, self._slot, v)
                                       for v in self._alternative_variants)
        return self._alternatives


def compile_wordings(env: SandboxedEnvironment, bank: Bank, slot: str, variant: Variant, *,
                     lazy: bool = False) -> Compiled:
    """``compile_variant`` for a variant and each of its alternative wordings."""
    alternatives = tuple(_alternative(variant, text) for text in variant.alternatives)
    for alternative in alternatives:
        check_variant(env, bank, slot, alternative)
    check_variant(env, bank, slot, variant)
    return Compiled(env, bank, slot, variant, alternatives, lazy=lazy)


def _alternative(variant: Variant, text: str) -> Variant:
    return Variant(None, text, variant.line, variant.index, 0, variant.text_line)


def compile_variant(env: SandboxedEnvironment, bank: Bank, slot: str, variant: Variant, *,
                    lazy: bool = False) -> Compiled:
    """Parse and compile one variant, refusing syntax errors and sandbox escapes with file, slot and line."""
    check_variant(env, bank, slot, variant)
    return Compiled(env, bank, slot, variant, lazy=lazy)


def check_variant(env: SandboxedEnvironment, bank: Bank, slot: str, variant: Variant) -> None:
    """Syntax errors, unknown filters and tests, and sandbox escapes, found by parsing alone."""
    for part in ("when", "text") if variant.when is not None else ("text",):
        try:
            ast = parse_part(env, variant, part)
        except TemplateSyntaxError as exc:
            raise syntax_error(bank, slot, variant, part, exc) from None
        bad = unsafe_names(ast)
        if bad:
            raise BankError(f"{where(bank, slot, variant, part)}试图访问不允许的内部属性（{'、'.join(bad)}），已拒绝。"
                            "短语库只能使用 drafter 提供的变量，请删除这类写法。")
        unknown = [f"没有名为“{n.name}”的过滤器" for n in ast.find_all(nodes.Filter) if n.name not in env.filters]
        unknown += [f"没有名为“{n.name}”的测试" for n in ast.find_all(nodes.Test) if n.name not in env.tests]
        if unknown:
            raise BankError(f"{where(bank, slot, variant, part)}有语法错误：{unknown[0]}。"
                            "请检查 {{ }}、{% %} 是否成对，括号和引号是否完整。")


def _template(env: SandboxedEnvironment, bank: Bank, slot: str, variant: Variant) -> Template:
    try:
        return env.from_string(variant.text)
    except TemplateSyntaxError as exc:
        raise syntax_error(bank, slot, variant, "text", exc) from None
