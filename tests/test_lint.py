"""Narrative lint with jieba: doubled characters and words (L1), sections copied from last year (L2)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from drafter.checks.narrative import (
    COPY_THRESHOLD,
    doubles_in,
    lint_draft,
    own_names,
    tokenizer,
    tokenizer_with,
)
from drafter.facts.model import Overview, Pick
from drafter.pipeline import draft_report
from tests.test_checks import clean, with_text


def lint(facts, last=None):
    last_draft = draft_report(last).draft if last else None
    return lint_draft(facts, draft_report(facts, last=last).draft, last=last, last_draft=last_draft)


@pytest.mark.parametrize(("text", "expected"), [
    ("为进一步推进工作，二街镇镇严格按照要求。", ["二街镇镇"]),
    ("我们们的的工作", ["我们们", "的的"]),
    ("政府政府信息公开", ["政府政府"]),
    ("二街镇镇长主持会议。", []),
    ("常常看看，人人天天都能查到。", []),
    ("政府信息公开开展情况良好，工作作风扎实。", []),
    ("新发村村委会按时公开村务。", []),
    ("我镇镇村两级干部参加培训。", []),
    ("认真落实落实到位。", ["落实落实"]),
    # the second begins a word of its own: the agency's office (767), a road named for the 镇府 (849), a head taking
    # a post (867), the plan (37); a real doubling before other words stays
    ("公众如需进一步咨询了解相关信息,请与息烽县民政局局办公室联系。", []),
    ("如对本年报有疑问,请与霞美镇人民政府信息公开办公室联系(地址:南安市霞美镇镇府路1号)。", []),
    ("成立由办事处主任任组长、分管行政工作的副主任任副组长的政府信息公开工作领导小组。", []),
    ("围绕“十五五”规划编制、重点产业发展等关键工作。", []),
    ("我局局严格按照《条例》要求。", ["局局"]),
    # right where they stand: a government's name before 政府信息公开 (61) or its office (444), the 条例's own words
    # (697), an idiom's 地 before the adverbial 地 (624), a road of the address (988), a given name twice (477)
    ("特向社会公布2024年连生乡人民政府政府信息公开工作情况报告。", []),
    ("2023年,别拉洪乡人民政府政府办公室认真落实党中央、国务院和省、市政府关于政府信息公开的决策部署。", []),
    ("法律、法规、规章和国家有关规定规定应当主动公开的其他政府信息等方面。", []),
    ("紧紧围绕乡党委和政府中心工作及群众关注关切,脚踏实地地把政务公开作为一项重点工作来抓。", []),
    ("如对本报告有任何疑问,请与江口镇党政办公室联系(地址:莆田市涵江区江口镇镇兴路1号;邮编:351115)。", []),
    ("如对本年度报告有疑问,请与海南省商务厅办公室曾茜茜联系(电话:65361091;传真:65338762)。", []),
    ("主要存在在与群众互动不够紧密、政策解读形式单一等问题。", ["存在在"]),
    # a level's own units after its name, which jieba lacks or holds at frequency 0
    ("通榆县县直部门和各乡镇按照要求公开信息。", []),
    ("乌审旗旗直部门、阿巴嘎旗旗级单位。", []),
    ("涉及耕地力地力补贴、规模种植粮食作物补贴。", ["地力地力"]),
    ("《桐梓县县人民政府办公室关于做好2023年度政府信息公开工作年度报告的通知》", ["桐梓县县"]),
])
def test_doubled_characters_and_words(text: str, expected: list[str]) -> None:
    """L1: "二街镇镇" is caught with the agency's name in jieba's dictionary; real reduplication is not."""
    assert doubles_in(text, tokenizer(["二街镇", "二街镇人民政府"])) == expected


def test_l1_one_reports_names_do_not_cut_the_next_reports_text() -> None:
    """998 (咸宁市市场监督管理局 2025) read "咸宁市市" as doubled after 1073's badly read name "场监督管理局" was left in
    the shared dictionary: a report's own names are in it for its own lint only."""
    with tokenizer_with(["场监督管理局"]) as tk:
        assert doubles_in("咸宁市市场监督管理局2025年信息公开工作年度报告", tk) == ["咸宁市市"]
    assert doubles_in("咸宁市市场监督管理局2025年信息公开工作年度报告", tokenizer()) == []


def test_l1_reports_the_field_the_doubled_word_is_in() -> None:
    """L1: the seed's "二街镇镇" typed into a narrative field is reported with that field's path."""
    facts = dataclasses.replace(with_text(clean(), management="某某镇镇严格按照要求推进政务公开。"))
    (problem,) = lint(facts)
    assert (problem.code, problem.severity, problem.path) == ("L1", "warning", "overview.management.text")
    assert "某某镇镇" in problem.message
    assert lint(clean()) == []


def test_own_names_include_the_agency_and_channel_names() -> None:
    """The agency's own names (and channel names, without quotes) go into jieba's dictionary."""
    names = own_names(clean())
    assert {"某县某某镇人民政府", "某某镇", "某某镇人民政府", "门户网站", "公众号"} <= set(names)


MEASURES = [
    "统一认识，努力规范工作流程。进一步梳理辖区以及所属单位所掌握的政府信息，及时提供，定期维护，确保工作有效运作。",
    "认真梳理，逐步扩大公开内容。对原有的政府信息公开目录进行补充完善，保证公开信息的完整性和准确性。",
]


def test_l2_a_section_copied_from_last_year_quotes_the_repeated_sentences() -> None:
    """L2: 五 identical to last year's but for the year is flagged, quoting the repeated sentences."""
    now = dataclasses.replace(clean(), measures=MEASURES)
    last = dataclasses.replace(now, year=2022, signing_date=dt.date(2023, 1, 18))
    (problem,) = [p for p in lint(now, last) if p.code == "L2" and p.path == "measures"]
    assert (problem.severity, problem.path) == ("warning", "measures")
    assert "五、存在的主要问题及改进情况" in problem.message and "2022年" in problem.message
    assert "“一是统一认识，努力规范工作流程。”" in problem.message
    assert float(problem.message.split("相似度为")[1].split("%")[0]) / 100 >= COPY_THRESHOLD


def test_l2_a_rewritten_section_passes() -> None:
    """L2: a section rewritten for the new year is not flagged."""
    now = dataclasses.replace(clean(), measures=MEASURES)
    last = dataclasses.replace(now, year=2022, signing_date=dt.date(2023, 1, 18), measures=[
        "加强培训，提高信息公开工作人员业务水平，每季度组织一次专题学习并开展考核。",
        "完善平台，推进政务新媒体与门户网站信息同步发布，开设专栏集中公开重点领域信息。",
    ])
    assert [p for p in lint(now, last) if p.code == "L2" and p.path == "measures"] == []


def test_l2_is_not_raised_on_drafters_own_wording_the_next_year() -> None:
    """L2: a report made only of the banks' sentences (numbers and picked practices, nothing typed), drafted
    for the next year with the same facts and last year known, words each sentence differently: no L2."""
    picks = {"management": [Pick("review_process"), Pick("leader_briefings", {"times": 2})],
             "platform": [Pick("portal_site", {"items": 20}), Pick("new_media", {"accounts": 1, "posts": 10})],
             "supervision": [Pick("assessment"), Pick("accountability", {"cases": 0})],
             "problems": [Pick("timeliness"), Pick("form_channels")],
             "measures": [Pick("timely_update"), Pick("channels_newmedia")], "other": [Pick("nothing_else")]}
    now = dataclasses.replace(clean(), problems=[], measures=[], other_matters=[], practices=picks,
                              overview=Overview(proactive=clean().overview.proactive))
    last = dataclasses.replace(now, year=2022, signing_date=dt.date(2023, 1, 18))
    assert [p for p in lint(now, last) if p.code == "L2"] == []
