"""E6 on the national documents a report cites, garbled by a character lost, added, changed or two swapped, in any
place: the class of 179, 523, 535, 586, 601, 829, 930 (titles) and 191, 327, 434, 700 (the office's code), which every
held-out set since the fourth brought in a new form. The sentences are the corpus's, garbled otherwise."""

from __future__ import annotations

import dataclasses

import pytest

from drafter.checks.near_titles import nearest
from tests.test_copied_years_citations import COUNTY, found

# 179 (安庆市投资促进局 2021): "本报告是根据《中华人民共和国信息公开条例》(国务院令第711号,以下简称《条例》)…"
REGULATION_179 = "本报告是根据《{}》(国务院令第711号,以下简称《条例》)编制。"
# 523 (贵州省财政厅 2025), the format's title: "…《中华人民共和国政府信息公开年度报告格式》规定,现公布本年度报告。"
FORMAT_523 = "根据《中华人民共和国政府信息公开条例》和《{}》规定,现公布本年度报告。"
# 31 (平潭 2020): "…《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2019〕60号）…"
NOTICE_31 = "依据《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》（{}〔2019〕60号）编制本报告。"
# 700 (昭化区水利局 2023): "…填报问题的解释》(国公开办函〔2016〕201号)…"
EXPLANATION_700 = ("根据《国务院办公厅政府信息与政务公开办公室关于政府信息公开年度报告有关项目填报问题的解释》({}〔2016〕201号)"
                   "编制本年度报告。")


@pytest.mark.parametrize("title", [
    "中华人民共和国信息公开条例",  # 179 as printed (citations.REGULATION_TITLE's error)
    "华人民共和国政府信息公开条例", "中华人民共国和政府信息公开条例", "中华人民共和国政府信息公开条", "中华人民共和国政府信息公开条令",
])
def test_the_regulations_title_garbled_anywhere(title: str) -> None:
    assert found(dataclasses.replace(COUNTY, year=2021), REGULATION_179.format(title), "E6", 0) != []


@pytest.mark.parametrize("title", [
    "中华人民共和国政府信息公开年度报告格式",  # 523 as printed
    "中华人民共和国政府信息公开工作年度报告式", "中华人民共和国政府信息公开工作年度报格告式", "中华人民共和国政府信息公开工作年度报告格",
    "中华人民共和国政府信息公开工作年度报告样式",
])
def test_the_formats_title_garbled_anywhere(title: str) -> None:
    assert found(dataclasses.replace(COUNTY, year=2025), FORMAT_523.format(title), "E6", 0) == ["warning"]


@pytest.mark.parametrize(("code", "flagged"), [
    ("国办公开办函", False), ("国办公开力函", True), ("国公办开办函", True), ("国办公开办", True), ("国办公开办涵", True),
])
def test_the_offices_code_garbled_before_its_2019_number(code: str, flagged: bool) -> None:
    """In a 2020 report the 2019 notice is right; its code garbled is not."""
    assert found(dataclasses.replace(COUNTY, year=2020), NOTICE_31.format(code), "E6", 0) == (["error"] if flagged else [])


@pytest.mark.parametrize(("code", "flagged"), [
    ("国办公开办函", False), ("国公开办函", True), ("国办公开办涵", True), ("国办公井办函", True), ("国办办公开函", True),
])
def test_the_offices_code_garbled_before_its_2016_number(code: str, flagged: bool) -> None:
    assert bool(found(dataclasses.replace(COUNTY, year=2023), EXPLANATION_700.format(code), "E6", 0)) == flagged


@pytest.mark.parametrize("title", [
    "中华人民共和国政府信息公开条例", "政府信息公开条例", "条例", "中华人民共和国政府信息公开工作年度报告格式",
    "政府信息公开工作年度报告格式", "中华人民共和国政府信息公开工作年度报告格式(试行)",
    # other documents as near: a province's own measures or 条例, the report's own name, the 指南
    "某省政府信息公开信息处理费管理办法", "广东省政务公开条例", "政府信息公开工作年度报告", "政府信息公开指南",
    "关于印发中华人民共和国政府信息公开工作年度报告格式的通知",
])
def test_right_titles_and_other_documents_are_not_garbles(title: str) -> None:
    assert nearest(title) == ""


def test_a_local_documents_number_like_the_offices_is_not_its_code() -> None:
    text = "按照《四川省人民政府办公厅关于做好政务公开工作的通知》(川办发〔2019〕60号)和国务院办公厅公开办函〔2021〕30号编制本报告。"
    assert found(dataclasses.replace(COUNTY, year=2023), text, "E6", 0) == []
