"""One splitter for pages flattened onto one line (importers/inline_headings): the headings each wording of
the corpus prints, the sub-points, and both callers (run_together for a crawler's one-line page, narrative.unrun
for a paragraph holding the whole report). The quoted pieces are from tests/realworld (file named beside each)."""

from __future__ import annotations

import pytest

from drafter.facts.values import nfkc
from drafter.importers import inline_headings
from drafter.importers.narrative import unrun
from drafter.importers.run_together import blocks

BODY = "2024年，我局认真贯彻落实政府信息公开工作要求，持续推进政务公开。"


@pytest.mark.parametrize("heading", [
    "一、总体情况",
    "二、主动公开政府信息情况",
    "三、收到和处理政府信息公开申请情况",
    "四、政府信息公开行政复议、行政诉讼情况",  # the official wording
    "四、政府信息公开行政复议与行政诉讼情况",  # 37-pingtan-econdev-2025
    "四、因政府信息公开申请提起行政复议、行政诉讼的情况",  # the 2019 format's title (as 25-pingtan-2021's intro lists it)
    "五、存在的主要问题及改进情况",  # 26-pingtan-2022
    "五、存在的主要问题及明年工作计划",  # 42-pingtan-police-2024
    "五、政府信息公开工作存在的主要问题及改进情况",  # 33-shanghai-office-2019
    "五、存在的主要问题和下一步工作打算",
    "五、存在的主要问题与改进措施",
    "六、其他需要报告的事项",
    "一、 总体情况",  # a space after 、 (a copy's line joined with spaces)
])
def test_each_heading_wording_becomes_a_line_of_its_own(heading: str) -> None:
    assert inline_headings.split(BODY + heading + BODY) == [BODY, heading, BODY]


def test_a_heading_one_character_off_is_a_heading() -> None:
    """26-pingtan-2022: "四、政府信息公开行政法复议、行政诉讼情况" is section 四 misspelt (S12 names the typo), not
    text in which 四 is missing; a character lost or changed too. A 表三 row "四、结转下年度…" is no heading."""
    text = "四、结转下年度继续办理 0000000 四、政府信息公开行政法复议、行政诉讼情况行政复议 行政诉讼"
    assert inline_headings.headings(text) == ["四、政府信息公开行政法复议、行政诉讼情况"]
    assert inline_headings.split(BODY + "五、存在的主要问题及改近情况" + BODY) == [BODY, "五、存在的主要问题及改近情况", BODY]
    assert inline_headings.headings(BODY + "六、其他需要报告事项" + BODY) == ["六、其他需要报告事项"]


def test_a_heading_worded_otherwise_still_starts_a_paragraph() -> None:
    assert inline_headings.split(BODY + "五、存在的主要问题及其他说明" + BODY) == [BODY, "五、存在的主要问题及其他说明" + BODY]


def test_sub_points_of_one_are_cut_and_their_leads_set_apart() -> None:
    """27-pingtan-2023: "（一）主动公开方面平潭综合实验区…" is the lead "（一）主动公开方面" and its text; a
    sub-point after a full-width or half-width semicolon is cut too; 31-pingtan-2020's "（二）围绕工作重点，…"
    is a sentence, kept whole; 28's "（四）…建设方面。发挥…": the stop after the lead is not the text's start."""
    text = ("一、总体情况2023年，平潭综合实验区坚持以习近平新时代中国特色社会主义思想为指导。（一）主动公开方面平潭综合实验区"
            "切实落实国务院办公厅要求；（二）围绕工作重点，扎实推进主动公开;（三）政府信息管理情况规范信息发布全流程。"
            "（四）政府信息公开平台建设方面。发挥门户网站作用。")
    assert inline_headings.split(text) == [
        "一、总体情况", "2023年，平潭综合实验区坚持以习近平新时代中国特色社会主义思想为指导。",
        "（一）主动公开方面", "平潭综合实验区切实落实国务院办公厅要求；", "（二）围绕工作重点，扎实推进主动公开;",
        "（三）政府信息管理情况", "规范信息发布全流程。", "（四）政府信息公开平台建设方面", "发挥门户网站作用。"]


def test_the_first_sub_point_after_the_colon_leading_into_it_is_cut() -> None:
    """257-pingtan-office-2025 (and 256): 一 opens "…有关工作情况如下：（一）主动公开方面。2025年，…" on the flattened
    page: （一） is a sub-point of its own (S6 said 一 lacked "（一）主动公开政府信息情况"); a "：" before a later number
    ("包括：（二）…") does not cut."""
    text = ("一、总体情况2025年，区办公室坚持以习近平新时代中国特色社会主义思想为指导，持续完善政府信息公开工作机制，"
            "有关工作情况如下：（一）主动公开方面。2025年，实验区政府门户网站累计主动公开政府信息7700余条。"
            "（二）依申请公开方面。共受理公开申请34件。")
    assert inline_headings.split(text) == [
        "一、总体情况", "2025年，区办公室坚持以习近平新时代中国特色社会主义思想为指导，持续完善政府信息公开工作机制，有关工作情况如下：",
        "（一）主动公开方面", "2025年，实验区政府门户网站累计主动公开政府信息7700余条。", "（二）依申请公开方面", "共受理公开申请34件。"]
    assert inline_headings.split("五、存在的主要问题及改进情况问题包括：（二）项所列。") == [
        "五、存在的主要问题及改进情况", "问题包括：（二）项所列。"]


def test_sub_points_outside_one_are_cut_but_keep_their_lead() -> None:
    text = "五、存在的主要问题及改进情况（一）存在问题方面一是公开不及时。（二）改进措施方面一是加强培训。"
    assert inline_headings.split(text) == ["五、存在的主要问题及改进情况", "（一）存在问题方面一是公开不及时。",
                                           "（二）改进措施方面一是加强培训。"]


def test_both_callers_cut_the_same_way() -> None:
    """A paragraph holding the whole report (narrative.unrun) and a crawler's one-line page (run_together) give
    the same paragraphs; a paragraph with fewer than three headings is left as it is."""
    page = ("一、总体情况" + BODY + "（一）主动公开方面" + BODY + "五、存在的主要问题及明年工作计划" + BODY
            + "六、其他需要报告的事项本年度未收取信息处理费。")
    expected = ["一、总体情况", BODY, "（一）主动公开方面", BODY, "五、存在的主要问题及明年工作计划", BODY,
                "六、其他需要报告的事项", "本年度未收取信息处理费。"]
    assert unrun([page]) == expected
    assert [b for b in blocks(page) if isinstance(b, str)] == [nfkc(line) for line in expected]  # it reads NFKC text
    assert unrun([BODY + "一、总体情况" + BODY]) == [BODY + "一、总体情况" + BODY]


def test_a_run_together_page_lists_the_sub_points_of_one_in_its_outline() -> None:
    """realworld 38 (a crawler's one-line page): 一's five sub-points run into their text ("（一）主动公开政府信息
    的情况…") are in the outline, so S6 no longer says 一 is not divided into them."""
    from pathlib import Path

    from drafter.importers.report import import_report

    imported = import_report(Path(__file__).parent / "realworld" / "38-pingtan-office-2023.txt").facts.imported
    assert imported is not None
    assert [line[:3] for line in imported.outline if line.startswith("（")] == ["（一）", "（二）", "（三）", "（四）", "（五）"]


def test_one_heading_after_a_sentence_and_a_space_is_a_flattened_page_cut_short() -> None:
    """124-lintao-xintian-2022: a stored page on one line that stops in 一 has one heading inline, after the
    introduction's last sentence and a space ("…到12月31日。 一、总体情况 2022年,…"): it is cut there too."""
    intro = "报告中所列数据统计期限为2022年1月1日到12月31日。"
    assert unrun([f"{intro} 一、总体情况 {BODY}"]) == [intro, "一、总体情况", BODY]
    assert unrun([f"{intro}一、总体情况{BODY}"]) == [f"{intro}一、总体情况{BODY}"]  # no space: words in a sentence


@pytest.mark.parametrize(("text", "parts"), [
    # 1051: the title closed by a full stop, its text run on after it
    ("一、总体情况。手机彩票网文化和旅游局严格对照政务信息公开自查的内容,展开了全面自查。",
     ["一、总体情况", "手机彩票网文化和旅游局严格对照政务信息公开自查的内容,展开了全面自查。"]),
    ("五、存在的主要问题及改进情况：一是公开内容不够丰富，二是解读形式单一。",
     ["五、存在的主要问题及改进情况", "一是公开内容不够丰富，二是解读形式单一。"]),
    ("一、总体情况。二、主动公开政府信息情况。三、收到和处理政府信息公开申请情况。", None),  # a list of the parts
    ("一、总体情况。无。", None),  # too little text to be a paragraph
    ("一、总体情况2023年,我镇坚持…", None),  # no stop: read as a heading line as before
])
def test_a_title_closed_by_a_stop_is_set_apart_from_its_text(text: str, parts: list[str] | None) -> None:
    assert inline_headings.title_apart(text) == (parts or [text])
