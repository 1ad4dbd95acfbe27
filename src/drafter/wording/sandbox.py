"""The sandbox phrase-bank templates run in: Jinja's immutable sandbox plus a budget on what they build.

Jinja's sandbox refuses attribute tricks (``__class__``) and ranges over 100,000 items, but a bank from
someone else could still ask for ``'a' * 10**9``, ``|center(10**9)``, ``'%*s'|format(10**9, 'x')``,
``|indent(10**9)`` or ``|tojson(indent=10**9)``, or double a string forty times with ``~``: gigabytes
before anything is written. Here every place a template can make something big is checked *before* it
is built: the binary operators ``* ** + %``, concatenation ``~``, Jinja's filters that take a width or
a count, calls of ``str`` methods, and the output buffers (the template's text, macros, ``{% set %}``
blocks). Each is limited to ``MAX_OUTPUT`` characters (a whole report is about 5,000), integers to
``MAX_BITS``. A refusal is a ``SecurityError``, which the engine reports naming bank, slot and line.

Lists cannot be changed in place (``ImmutableSandboxedEnvironment``: no ``.append`` doubling a list),
and ``lipsum`` is gone. None of this uses signals or resource limits, so it holds on every platform;
the time budget (``budget``) bounds the loops.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from typing import Any

from jinja2.compiler import CodeGenerator, Frame
from jinja2.nodes import Concat
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

MAX_OUTPUT = 100_000  # characters (or items) in any one value, text or buffer
MAX_WIDTH = 1_000  # a width, indent, count or precision given to a filter or a format
MAX_BITS = 4_000  # integers: about 1,200 digits (Python prints at most 4,300)
_PERCENT = re.compile(r"%[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?")
_BRACES_SPEC = re.compile(r"\{[^{}]*:[^{}]*(?:\{[^{}]*\}[^{}]*)*\}")


def _too_big(what: str = "生成的文字") -> SecurityError:
    return SecurityError(f"{what}过长（超过 {MAX_OUTPUT} 字）")


def weight(value: object, limit: int = MAX_OUTPUT) -> int:
    """About how many characters ``value`` prints as: strings by length, containers by what they hold
    (counted until ``limit`` is passed, so a huge value costs no more than the limit to weigh)."""
    total, stack = 0, [value]
    while stack and total <= limit:
        item = stack.pop()
        if isinstance(item, str | bytes):
            total += len(item)
        elif isinstance(item, list | tuple | set | frozenset):
            total += len(item) + 1
            stack.extend(item if len(item) <= limit else list(item)[:limit + 1])
        elif isinstance(item, dict):
            total += len(item) + 1
            stack.extend(list(item.items())[:limit + 1])
        else:
            total += 1
    return total


def checked(value: Any, what: str = "生成的文字") -> Any:
    """``value`` if it is within the budget, else ``SecurityError``."""
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > MAX_BITS:
        raise SecurityError("数值过大")
    if isinstance(value, str | list | tuple | dict | set) and weight(value) > MAX_OUTPUT:
        raise _too_big(what)
    return value


def _ints(args: Iterable[Any]) -> list[int]:
    return [a for a in args if isinstance(a, int) and not isinstance(a, bool)]


def check_format(template: str, args: Any) -> None:
    """``'%*s' % (10**9, 'x')``, ``'%1000000000d'``, ``'{:>1000000000}'.format(x)``: widths and precisions
    (written or given with ``*`` or a nested ``{}``) over ``MAX_WIDTH`` are refused."""
    values = args if isinstance(args, tuple | list) else (args,)
    star = False
    for match in _PERCENT.finditer(template):
        for part in match.groups():
            if part == "*":
                star = True
            elif part and int(part[:6]) > MAX_WIDTH:
                raise SecurityError(f"格式中的宽度 {part} 过大")
    for spec in _BRACES_SPEC.findall(template):
        if any(int(n[:6]) > MAX_WIDTH for n in re.findall(r"\d+", spec.split(":", 1)[1])):
            raise SecurityError("格式中的宽度过大")
        star = star or "{" in spec[1:]
    if star and any(abs(n) > MAX_WIDTH for n in _ints(values)):
        raise SecurityError("格式中的宽度过大")


def _check_call(name: str, owner: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """Before a ``str`` method runs: its result would be too big (a wide ``center``, a long ``join``)."""
    ints = _ints([*args, *kwargs.values()])
    if name in ("center", "ljust", "rjust", "zfill") and any(n > MAX_OUTPUT for n in ints):
        raise _too_big()
    if name == "expandtabs" and len(owner) + owner.count("\t") * max(ints or [8]) > MAX_OUTPUT:
        raise _too_big()
    if name == "join" and args:
        items = list(args[0]) if not isinstance(args[0], str) else args[0]
        if weight(items) + len(owner) * len(items) > MAX_OUTPUT:
            raise _too_big()
    if name == "replace" and _replaced_size(owner, args) > MAX_OUTPUT:
        raise _too_big()
    if name in ("format", "format_map"):
        check_format(owner, tuple(args) + tuple(kwargs.values()))


def _replaced_size(text: str, args: tuple[Any, ...]) -> int:
    """The length ``text.replace(old, new)`` would have (an empty ``old`` matches between all characters)."""
    if len(args) < 2 or not isinstance(args[0], str) or not isinstance(args[1], str):
        return len(text)
    old, new = args[0], args[1]
    return len(text) + (text.count(old) if old else len(text) + 1) * len(new)


def _filter_guard(name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """Before one of Jinja's filters runs, for those whose result grows with an argument."""
    value, rest = (args[0] if args else ""), args[1:]
    ints = _ints([*rest, *kwargs.values()])
    if name in ("center", "batch", "wordwrap") and any(n > MAX_OUTPUT for n in ints):
        raise _too_big()
    if name in ("slice", "tojson") and any(n > MAX_WIDTH for n in ints):
        raise SecurityError(f"过滤器 {name} 的参数过大")
    if name == "indent":
        width = kwargs.get("width", rest[0] if rest else 4)
        size = len(width) if isinstance(width, str) else width if isinstance(width, int) else 0
        if size * (str(value).count("\n") + 1) + len(str(value)) > MAX_OUTPUT:
            raise _too_big()
    if name == "tojson" and isinstance(kwargs.get("indent", rest[0] if rest else None), str):
        raise SecurityError("过滤器 tojson 的缩进应为数字")
    if name == "format" and isinstance(value, str):
        check_format(value, tuple(rest) + tuple(kwargs.values()))
    if name == "join":
        items = list(value) if not isinstance(value, str) else value
        separator = rest[0] if rest else kwargs.get("d", "")
        if weight(items) + weight(separator) * len(items) > MAX_OUTPUT:
            raise _too_big()
    if name == "replace" and _replaced_size(str(value), rest) > MAX_OUTPUT:
        raise _too_big()


def bounded_filter(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(function)  # keeps jinja_pass_arg (pass_context and friends)
    def run(*args: Any, **kwargs: Any) -> Any:
        offset = 1 if getattr(function, "jinja_pass_arg", None) is not None else 0  # context/env first
        _filter_guard(name, args[offset:], kwargs)
        return checked(function(*args, **kwargs))

    return run


class _Buffer(list[str]):
    """An output buffer (a macro's body, a ``{% set %}`` block) that refuses to grow past ``MAX_OUTPUT``."""

    def __init__(self) -> None:
        super().__init__()
        self.size = 0

    def append(self, item: Any) -> None:
        self._grow(item)
        super().append(item)

    def extend(self, items: Iterable[Any]) -> None:
        items = tuple(items)
        for item in items:
            self._grow(item)
        super().extend(items)

    def _grow(self, item: Any) -> None:
        self.size += len(item) if isinstance(item, str) else 1
        if self.size > MAX_OUTPUT:
            raise _too_big()


class _CodeGenerator(CodeGenerator):
    """Jinja's code generator with the two places text accumulates bounded: buffers and ``~``."""

    def buffer(self, frame: Frame) -> None:
        frame.buffer = self.temporary_identifier()
        self.writeline(f"{frame.buffer} = environment.output_buffer()")

    def visit_Concat(self, node: Concat, frame: Frame) -> None:
        self.write("environment.bounded_concat((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")


class BankEnvironment(ImmutableSandboxedEnvironment):
    """The sandbox with the size budget described in the module's docstring."""

    code_generator_class = _CodeGenerator
    intercepted_binops = frozenset(["*", "**", "+", "%"])

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.globals.pop("lipsum", None)
        self.filters = {name: bounded_filter(name, f) for name, f in self.filters.items()}

    @staticmethod
    def output_buffer() -> _Buffer:
        return _Buffer()

    @staticmethod
    def bounded_concat(parts: Iterable[Any]) -> str:
        texts = [str(checked(part)) for part in parts]
        if sum(map(len, texts)) > MAX_OUTPUT:
            raise _too_big()
        return "".join(texts)

    def concat(self, parts: Iterable[str]) -> str:
        """The template's whole output, refused as soon as it passes ``MAX_OUTPUT`` characters."""
        out, size = [], 0
        for part in parts:
            size += len(part)
            if size > MAX_OUTPUT:
                raise _too_big()
            out.append(part)
        return "".join(out)

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        numbers = [v for v in (left, right) if isinstance(v, int | float) and not isinstance(v, bool)]
        if operator == "**" and (abs(right) > 64 or abs(left) > 10**12 if numbers == [left, right] else True):
            raise SecurityError("乘方的指数过大")
        if operator == "*" and len(numbers) == 1:
            if abs(numbers[0]) > 1000:
                raise SecurityError("重复次数过多")
            other = right if numbers[0] is left else left
            if abs(numbers[0]) * weight(other) > MAX_OUTPUT:
                raise _too_big()
        if operator == "+" and not numbers and weight(left) + weight(right) > MAX_OUTPUT:
            raise _too_big()
        if operator == "%" and isinstance(left, str):
            check_format(left, right)
        return checked(super().call_binop(context, operator, left, right))

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        method = getattr(__obj, "__wrapped__", __obj)  # str.format comes wrapped by the sandbox
        owner = getattr(method, "__self__", None)
        if isinstance(owner, str):
            _check_call(getattr(method, "__name__", ""), owner, args, kwargs)
        return checked(super().call(__context, __obj, *args, **kwargs))
