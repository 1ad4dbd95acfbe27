"""The Jinja2 filters banks use for Chinese wording: counts, 万元, percentages, changes, lists."""

from __future__ import annotations

from decimal import Decimal

import pytest

from drafter.wording import filters


@pytest.mark.parametrize(("args", "expected"), [
    ((3,), "3件"), ((0,), "0件"), ((12, "条"), "12条"), ((Decimal("5"), "次"), "5次"),
])
def test_qty_writes_a_count_with_its_unit(args, expected) -> None:
    """qty: 3 → 3件, with another unit when given."""
    assert filters.qty(*args) == expected


@pytest.mark.parametrize(("value", "expected"), [
    (Decimal("4.2500"), "4.25万元"), (Decimal(0), "0万元"), (Decimal("0.0001"), "0.0001万元"), (12, "12万元"),
    (Decimal("1E+1"), "10万元"),
])
def test_wan_writes_an_amount_in_wan_yuan_without_trailing_zeros(value, expected) -> None:
    """wan: 4.2500 → 4.25万元; no exponent notation, no trailing zeros."""
    assert filters.wan(value) == expected


@pytest.mark.parametrize(("value", "expected"), [
    (12.5, "12.5%"), (20.0, "20%"), (16.666, "16.7%"), (0.05, "0.1%"), (12.25, "12.3%"), (100, "100%"),
])
def test_pct_rounds_half_up_to_one_decimal(value, expected) -> None:
    """pct: one decimal, half up, no trailing .0."""
    assert filters.pct(value) == expected


@pytest.mark.parametrize(("now", "before", "expected"), [
    (9, 8, "增长12.5%"), (6, 8, "下降25%"), (8, 8, "持平"), (3, 0, "增加3"), (0, 4, "下降100%"),
])
def test_change_words_the_year_over_year_change(now, before, expected) -> None:
    """change: 增长/下降 with a percentage, 持平 when equal, 增加N from zero."""
    assert filters.change(now, before) == expected


def test_lists_join_with_enumeration_comma_and_he() -> None:
    """cn_list joins with 、 (or another separator); and_list ends with 和."""
    assert filters.cn_list(["甲", "乙", "丙"]) == "甲、乙、丙"
    assert filters.cn_list(["甲", "乙"], "，") == "甲，乙"
    assert filters.and_list(["行政许可", "行政处罚", "行政强制"]) == "行政许可、行政处罚和行政强制"
    assert filters.and_list(["行政许可"]) == "行政许可" and filters.and_list([]) == ""


def test_cn_number_gives_ordinals() -> None:
    """cn_number: 1 → 一, 10 → 十, 12 → 十二, 20 → 二十."""
    assert [filters.cn_number(n) for n in (1, 10, 12, 20, 99)] == ["一", "十", "十二", "二十", "九十九"]


@pytest.mark.parametrize(("now", "before", "unit", "expected"), [
    (5, 2, "件", "较上年增加3件"), (1, 3, "件", "较上年减少2件"), (4, 4, "件", "与上年持平"), (3, 0, "件", "上年为0"),
    (Decimal("1.25"), Decimal("2"), "万元", "较上年减少0.75万元"),
])
def test_versus_words_one_comparison_with_last_year(now, before, unit, expected) -> None:
    """versus: 较上年增加/减少 the difference with its unit, 与上年持平, 上年为0 (no rate from zero)."""
    assert filters.versus({"now": now, "before": before, "unit": unit}) == expected
