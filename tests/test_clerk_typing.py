"""What a clerk types in ``drafter interview`` that a program would not: a count in Chinese characters,
a space inside the agency's name (seen typing at an 80-column terminal)."""

from __future__ import annotations

import pytest

from drafter.interview.questions import BY_KEY
from drafter.interview.values import parse_answer, validator


@pytest.mark.parametrize("typed", ["两名", "十二", "三次"])
def test_a_count_in_chinese_characters_asks_for_arabic_digits(typed: str) -> None:
    message = validator(BY_KEY["overview.proactive.total"])(typed) or ""
    assert f"应为整数，实际是“{typed}”（请用阿拉伯数字填写，例如 2）" in message


def test_a_word_that_is_no_number_gets_no_digit_hint() -> None:
    assert "阿拉伯数字" not in (validator(BY_KEY["overview.proactive.total"])("abc") or "")


@pytest.mark.parametrize(("key", "typed", "kept"), [
    ("agency.name", "平潭综合实验区 金井片区管理局", "平潭综合实验区金井片区管理局"),
    ("agency.name", "晋宁区\u3000二街镇人民政府", "晋宁区二街镇人民政府"),
    ("agency.name", " 二街镇人民政府 ", "二街镇人民政府"),
    ("agency.short_name", "金井 片区", "金井片区"),
    ("agency.name", "ABC Town 人民政府", "ABC Town 人民政府"),  # a space next to Latin letters stays
])
def test_a_space_inside_a_chinese_name_is_taken_out(key: str, typed: str, kept: str) -> None:
    assert parse_answer(BY_KEY[key], typed) == kept


def test_a_space_in_other_one_line_answers_is_kept() -> None:
    platforms = "门户网站 政务新媒体"
    assert parse_answer(BY_KEY["overview.proactive.platforms"], platforms) == platforms
