"""Jinja2 filters for Chinese report wording: lists, ordinals, amounts, percentages."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Any

_DIGITS = "零一二三四五六七八九"


def cn_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九 (for ordinals like 一是、二是)."""
    if n < 0 or n > 99:
        return str(n)
    if n < 10:
        return _DIGITS[n]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else _DIGITS[tens]
    return f"{head}十{_DIGITS[ones] if ones else ''}"


def cn_list(items: Iterable[Any], sep: str = "、", last: str | None = None) -> str:
    """["a","b","c"] → "a、b和c" with ``last="和"``; plain "、" joins by default."""
    words = [str(i) for i in items]
    if last is None or len(words) < 2:
        return sep.join(words)
    return sep.join(words[:-1]) + last + words[-1]


def amount(value: Any) -> str:
    """万元 amount without trailing zeros."""
    return format(Decimal(str(value)).normalize(), "f")


def pct(value: Any, digits: int = 1) -> str:
    """12.5 → "12.5%"; trailing ".0" dropped."""
    text = f"{float(value):.{digits}f}".rstrip("0").rstrip(".")
    return f"{text}%"


def change(now: int, before: int, unit: str = "") -> str:
    """Year-over-year wording: "增长12.5%" / "下降20%" / "持平" / "新增3件" (from zero)."""
    if now == before:
        return "持平"
    if before == 0:
        return f"增加{now}{unit}"
    rate = abs(now - before) * 100 / before
    return f"{'增长' if now > before else '下降'}{pct(rate)}"


FILTERS: dict[str, Callable[..., Any]] = {
    "cn_number": cn_number,
    "cn_list": cn_list,
    "amount": amount,
    "pct": pct,
    "change": change,
}
