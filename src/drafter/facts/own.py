"""The ``own_text:`` and ``last_year:`` blocks of a facts file: reading them (with ``facts.load``) and writing them.

``own_text`` holds the agency's own text of a subsection (an imported report's, or last year's kept by
``interview --from``): the report says it as written instead of the bank's sentences. ``last_year`` records
last year's report text, so that this year's wordings avoid its sentences without ``--last``.
"""

from __future__ import annotations

from drafter.facts import values
from drafter.facts.imported import text_block
from drafter.facts.model import LastYear
from drafter.facts.narrative import OWN_TEXT_KEYS, OWN_TEXT_SECTIONS
from drafter.facts.reader import Reader


def parse_own_text(r: Reader, raw: object) -> dict[str, str]:
    data = r.mapping(raw, "own_text", OWN_TEXT_KEYS)
    return {key: text for key in OWN_TEXT_KEYS if key in data and (text := r.text(data, key, "own_text"))}


def parse_last_year(r: Reader, raw: object) -> LastYear | None:
    if raw is None:
        return None
    data = r.mapping(raw, "last_year", ("year", "text"))
    year = r.convert(data.get("year"), "last_year.year", values.parse_year, 2000)
    return LastYear(year, r.text(data, "text", "last_year"))


def dump_own_text(own: dict[str, str]) -> list[str]:
    if not own:
        return []
    out = ["", "# ---- 本机关自己的表述（读入的报告原文，或问答中选择沿用的上年文字） ----",
           "# 有文字的部分按原文写入报告，代替短语库的句子和勾选的做法；删去某一项则改由短语库写。", "own_text:"]
    for key, label in OWN_TEXT_SECTIONS:
        if own.get(key):
            out += text_block(key, own[key], label, "  ")
    return out


def dump_last_year(last: LastYear | None) -> list[str]:
    if last is None:
        return []
    out = ["", "# ---- 上年报告的文字（drafter interview --from 记录）：生成报告时不再使用其中的句子，避免与上年雷同 ----",
           "last_year:", f"  year: {last.year}    # 上年的年度"]
    return out + (text_block("text", last.text, "上年报告的正文", "  ") if last.text else [])
