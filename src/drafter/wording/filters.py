"""Jinja2 filters for Chinese report wording: counts, 万元 amounts, percentages, lists, ordinals.

Each filter is a pure function of its arguments (no locale, no clock), so the same facts always give
the same text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import ROUND_HALF_UP, Decimal
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
    """["a","b","c"] → "a、b、c"; with ``last="和"`` → "a、b和c"."""
    words = [str(i) for i in items]
    if last is None or len(words) < 2:
        return sep.join(words)
    return sep.join(words[:-1]) + last + words[-1]


def and_list(items: Iterable[Any]) -> str:
    """["行政许可","行政处罚","行政强制"] → "行政许可、行政处罚和行政强制"."""
    return cn_list(items, "、", "和")


def qty(value: Any, unit: str = "件") -> str:
    """3 → "3件"; full-width or float input normalised to a plain integer."""
    return f"{int(Decimal(str(value)))}{unit}"


def amount(value: Any) -> str:
    """万元 amount without trailing zeros: 4.2500 → "4.25", 0 → "0"."""
    text = format(Decimal(str(value)).normalize(), "f")
    return "0" if text in ("-0", "") else text


def wan(value: Any) -> str:
    """万元 amount with its unit: 4.25 → "4.25万元"."""
    return f"{amount(value)}万元"


def pct(value: Any, digits: int = 1) -> str:
    """12.5 → "12.5%"; trailing ".0" dropped (20.0 → "20%")."""
    rounded = Decimal(str(value)).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
    text = format(rounded, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return f"{text}%"


def change(now: Any, before: Any, unit: str = "") -> str:
    """Year-over-year wording: "增长12.5%" / "下降20%" / "持平" / "增加3件" (from zero)."""
    now_d, before_d = Decimal(str(now)), Decimal(str(before))
    if now_d == before_d:
        return "持平"
    if before_d == 0:
        return f"增加{amount(now_d)}{unit}"
    rate = abs(now_d - before_d) * 100 / before_d
    return f"{'增长' if now_d > before_d else '下降'}{pct(rate)}"


def versus(c: dict[str, Any]) -> str:
    """One comparison of ``context.comparisons`` against last year: "较上年增加3件" / "较上年减少1.5万元" /
    "与上年持平" / "上年为0" (from zero: no rate)."""
    now, before, unit = Decimal(str(c["now"])), Decimal(str(c["before"])), str(c.get("unit", ""))
    if now == before:
        return "与上年持平"
    if before == 0:
        return "上年为0"
    word = "增加" if now > before else "减少"
    return f"较上年{word}{amount(abs(now - before))}{unit}"


FILTERS: dict[str, Callable[..., Any]] = {
    "versus": versus,
    "cn_number": cn_number,
    "cn_list": cn_list,
    "and_list": and_list,
    "qty": qty,
    "amount": amount,
    "wan": wan,
    "pct": pct,
    "change": change,
}
