"""The outline rules (S2–S6) on published reports and on drafter's drafts, and the importer filing each
section under its meaning whatever its number. Each broken report gives exactly the expected finding."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.checks.problem import Problem
from drafter.checks.rules import check_report
from drafter.facts.dump import dump_facts
from drafter.facts.load import load_facts
from drafter.importers.report import import_report
from drafter.pipeline import draft_report
from drafter.tables import SECTION_HEADINGS as H
from drafter.writers.text import render_text
from tests.conftest import SEED, example_facts, nonzero_facts

SEED_TEXT = SEED.read_text(encoding="utf-8")
# Findings the unbroken reports already have: the seed's 558 ≠ 118+356+4 (D4), the non-zero report's
# 行政规范性文件 (E2). They are left out so each test sees only what its break adds.
BASELINE = {"D4", "E2"}


def nonzero_text() -> str:
    return render_text(draft_report(nonzero_facts()).draft)


def findings(tmp_path: Path, text: str) -> list[Problem]:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    facts = import_report(path).facts
    return [p for p in check_report(facts, draft_report(facts).draft, published=True)
            if p.code not in BASELINE and p.severity != "notice"]  # notices: rules not run for want of input


REPORTS = {"seed": lambda: SEED_TEXT, "nonzero": nonzero_text}


@pytest.mark.parametrize("name", REPORTS)
def test_unbroken_reports_have_no_outline_findings(tmp_path: Path, name: str) -> None:
    assert findings(tmp_path, REPORTS[name]()) == []


def test_drafters_own_drafts_pass_the_outline_rules() -> None:
    for facts in (example_facts(), nonzero_facts()):
        assert not [p for p in check_report(facts, draft_report(facts).draft) if p.code[:1] == "S" and p.code != "S1"]


def _renumber(text: str, numbers: str) -> str:
    for heading, number in zip(H, numbers, strict=True):
        text = text.replace(heading, number + heading[1:])
    return text


@pytest.mark.parametrize("name", REPORTS)
def test_every_heading_one_too_high_is_one_finding_each_and_sections_keep_their_meaning(tmp_path: Path, name: str) -> None:
    text = _renumber(REPORTS[name](), "二三四五六七")
    problems = findings(tmp_path, text)
    assert [p.code for p in problems] == ["S3"] * 6
    assert "“七、其他需要报告的事项”序号有误" in problems[-1].message and "应为“六、”" in problems[-1].message
    path = tmp_path / "report.txt"
    sections = import_report(path).facts.imported.sections  # type: ignore[union-attr]
    assert "信息处理费" in sections["other"] and "信息处理费" not in sections.get("overview", "")
    assert "改进措施" in sections["improvement"]


@pytest.mark.parametrize("name", REPORTS)
def test_a_repeated_heading_number_is_one_finding(tmp_path: Path, name: str) -> None:
    problems = findings(tmp_path, _renumber(REPORTS[name](), "一二三三五六"))
    assert [(p.code, p.where) for p in problems] == [("S3", H[3])]
    assert "应为“四、”" in problems[0].message


def test_a_gap_in_the_numbering_is_found(tmp_path: Path) -> None:
    """一、二、三、五、六、七: the sections after the gap are numbered wrong."""
    problems = findings(tmp_path, _renumber(SEED_TEXT, "一二三五六七"))
    assert [p.code for p in problems] == ["S3"] * 3


def test_the_same_heading_twice_is_one_finding(tmp_path: Path) -> None:
    text = SEED_TEXT.replace(H[3], H[2] + "\n" + H[3])
    problems = findings(tmp_path, text)
    assert [p.code for p in problems] == ["S3"] and "重复" in problems[0].message


@pytest.mark.parametrize("name", REPORTS)
def test_a_missing_section_is_an_error(tmp_path: Path, name: str) -> None:
    text = REPORTS[name]()
    start = text.index(H[5])
    body_end = text.index("\n", start + len(H[5]) + 1)  # heading and its one paragraph; the signature stays
    problems = findings(tmp_path, text[:start] + text[body_end + 1:])
    assert [(p.code, p.severity, p.where) for p in problems] == [("S2", "error", H[5])]


@pytest.mark.parametrize("name", REPORTS)
def test_an_unknown_heading_names_where_its_content_belongs(tmp_path: Path, name: str) -> None:
    text = REPORTS[name]()
    text = text.replace(H[5], "六、工作考核、社会评议和责任追究结果情况\n本年度未发生责任追究情况。\n七" + H[5][1:])
    problems = findings(tmp_path, text)
    assert [(p.code, p.severity) for p in problems] == [("S5", "warning")]
    assert "（五）监督保障" in problems[0].fix


@pytest.mark.parametrize("title", ["五、存在的主要问题和改进情况", "五、政府信息公开工作存在的主要问题及改进措施",
                                   "五、存在的主要问题与改进情况"])
def test_title_variants_that_keep_the_meaning_pass(tmp_path: Path, title: str) -> None:
    assert findings(tmp_path, SEED_TEXT.replace(H[4], title)) == []


def test_a_title_that_loses_part_of_its_meaning_is_a_warning(tmp_path: Path) -> None:
    problems = findings(tmp_path, SEED_TEXT.replace(H[4], "五、存在的主要问题"))
    assert [(p.code, p.severity) for p in problems] == [("S4", "warning")] and "改进" in problems[0].message


def test_digits_for_a_section_number_are_found(tmp_path: Path) -> None:
    problems = findings(tmp_path, SEED_TEXT.replace(H[0], "1、 总体情况"))
    assert [p.code for p in problems] == ["S3"] and "阿拉伯数字" in problems[0].message


def test_a_missing_subpoint_of_section_one(tmp_path: Path) -> None:
    start = SEED_TEXT.index("(四)平台建设情况")
    end = SEED_TEXT.index("(五)监督保障情况")
    problems = findings(tmp_path, SEED_TEXT[:start] + SEED_TEXT[end:])
    assert [(p.code, p.where) for p in problems] == [("S6", "一、总体情况 · （四）平台建设情况")]


def test_the_outline_survives_the_facts_file(tmp_path: Path) -> None:
    """drafter import writes the headings as printed; checking the facts file sees the same numbering."""
    path = tmp_path / "report.txt"
    path.write_text(_renumber(SEED_TEXT, "一二三三五六"), encoding="utf-8")
    facts_path = tmp_path / "facts.yaml"
    facts_path.write_text(dump_facts(import_report(path).facts), encoding="utf-8")
    facts = load_facts(facts_path)
    problems = [p for p in check_report(facts, draft_report(facts).draft, published=True) if p.code not in BASELINE]
    assert [p.code for p in problems] == ["S3"]


def test_section_one_without_subpoints_is_one_finding(tmp_path: Path) -> None:
    """一 written as one piece: one S6, not one per missing sub-point."""
    text = SEED_TEXT
    for lead in ("(一)主动公开政府信息情况。", "(二)依申请公开政府信息情况。", "(三)政府信息管理情况。", "(四)平台建设情况。",
                 "(五)监督保障情况。"):
        text = text.replace(lead, "")
    problems = findings(tmp_path, text)
    assert [(p.code, p.where) for p in problems] == [("S6", H[0])]


def test_a_copy_cut_short_in_section_one_lacks_only_what_is_before_the_cut(tmp_path: Path) -> None:
    """A copy ending in 一（三）: （四）and（五）are not reported missing (the rest of the report is unknown)."""
    text = SEED_TEXT[:SEED_TEXT.index("(四)平台建设情况")]
    assert not [p for p in findings(tmp_path, text) if p.code == "S6"]
    text = text.replace("(二)依申请公开政府信息情况。", "")
    assert [p.where for p in findings(tmp_path, text) if p.code == "S6"] == ["一、总体情况 · （二）依申请公开政府信息情况"]


def test_a_second_half_numbered_from_one_again_is_found(tmp_path: Path) -> None:
    """一、二、三、一、二、三: each heading of the second half is one finding, and still filed by meaning."""
    problems = findings(tmp_path, _renumber(SEED_TEXT, "一二三一二三"))
    assert [(p.code, p.where) for p in problems] == [("S3", H[3]), ("S3", H[4]), ("S3", H[5])]


def test_a_fragment_starting_mid_report_does_not_lack_the_sections_before_it(tmp_path: Path) -> None:
    """A copy starting at "三、…" with no title (year unknown): 一 and 二 are not read, not missing (one notice)."""
    text = SEED_TEXT[SEED_TEXT.index(H[2]):]
    path = tmp_path / "fragment.txt"
    path.write_text(text, encoding="utf-8")
    facts = import_report(path).facts
    s2 = [p for p in check_report(facts, None, published=True) if p.code == "S2"]  # type: ignore[arg-type]
    assert [(p.severity, "原文从中间开始" in p.message) for p in s2] == [("notice", True)]


def test_a_titled_report_that_skips_section_one_keeps_its_error(tmp_path: Path) -> None:
    text = SEED_TEXT[:SEED_TEXT.index(H[0])] + SEED_TEXT[SEED_TEXT.index(H[1]):]
    assert [(p.code, p.severity, p.where) for p in findings(tmp_path, text)] == [("S2", "error", H[0])]


@pytest.mark.parametrize("intro", [
    "根据《中华人民共和国政府信息公开条例》规定,现将昆明市晋宁区二街镇2023年政府信息公开工作情况报告如下:",
    "本报告中所列数据统计期限自2023年1月1日起至2023年12月31日止．",
    "本报告中所列数据统计期限自2023年1月1日起至2023年12月31日止；",
])
def test_an_intro_without_a_full_stop_still_opens_a_whole_report(tmp_path: Path, intro: str) -> None:
    """An introduction ending "…报告如下：", "…止．" or "…止；" (no "。") is a sentence: the report opens with its title
    and introduction, so skipping 一 is its S2 error (not a notice for a copy starting mid-report)."""
    text = SEED_TEXT.replace(SEED_TEXT.split("\n")[1], intro, 1)
    text = text[:text.index(H[0])] + text[text.index(H[1]):]
    assert [(p.code, p.severity, p.where) for p in findings(tmp_path, text)] == [("S2", "error", H[0])]


def test_a_page_flattened_into_one_line_is_split_at_its_headings(tmp_path: Path) -> None:
    """The run-together layout (a portal page's text on one line): the six titles and 一's sub-points inline
    are found, and each section's text is filed under it."""
    lines = SEED_TEXT.strip().split("\n")
    flat = "\n".join([lines[0], " ".join(line for line in lines[1:-2] if "|" not in line), *lines[-2:]])
    path = tmp_path / "flat.txt"
    path.write_text(flat, encoding="utf-8")
    imported = import_report(path).facts.imported
    assert imported is not None
    assert [line for line in imported.outline if not line.startswith("（")] == list(H)
    assert len([line for line in imported.outline if line.startswith("（")]) == 5
    assert "信息处理费" in imported.sections["other"] and "改进措施" in imported.sections["improvement"]


def test_a_lost_heading_whose_content_is_there_is_a_warning(tmp_path: Path) -> None:
    """A PDF conversion dropped "五、存在的主要问题及改进情况" but kept its "(一)存在的主要问题"/"(二)改进措施"
    after 表四: the section is there, its heading is not (a warning naming them, not a missing section)."""
    problems = findings(tmp_path, SEED_TEXT.replace(H[4] + "\n", ""))
    assert [(p.code, p.severity, p.where) for p in problems] == [("S2", "warning", H[4])]
    assert "存在的主要问题" in problems[0].message and "补上标题" in problems[0].fix
    # without those sub-points the section is missing: an error, as before
    text = SEED_TEXT.replace(H[4] + "\n", "").replace("(一)存在的主要问题\n", "").replace("(二)改进措施\n", "")
    assert [(p.code, p.severity) for p in findings(tmp_path, text)] == [("S2", "error")]


# 总体情况 in the agency's own numbered parts, then the tables' sections numbered again from 一 (上海's reports).
OWN_PARTS = "二、工作机制保障\n建立工作机制。\n三、政府信息管理\n规范管理。\n"


def test_sections_numbered_again_from_one_after_the_agencys_own_parts_is_one_warning(tmp_path: Path) -> None:
    text = _renumber(SEED_TEXT, "一一二三四五").replace(H[1].replace("二、", "一、"), OWN_PARTS + "一、" + H[1][2:])
    problems = [p for p in findings(tmp_path, text) if p.code in ("S2", "S3")]
    assert [(p.code, p.severity, p.where) for p in problems] == [("S3", "warning", H[1])]
    assert "另起编号" in problems[0].message


def test_numbered_again_but_not_consistently_keeps_its_errors(tmp_path: Path) -> None:
    """After the agency's own parts: 一、二、二、三、四 — a repeat is not a consistent second numbering."""
    text = _renumber(SEED_TEXT, "一一二二三四").replace(H[1].replace("二、", "一、"), OWN_PARTS + "一、" + H[1][2:])
    assert [p.severity for p in findings(tmp_path, text) if p.code == "S3"] == ["error"] * 5  # each of them


# ---- section 一 in copies cut short (stored pages stop at ~2,000 bytes): judged as far as the copy goes ----
ONE_END = SEED_TEXT.index(H[1])  # the seed's 一 ends where 二 starts


def s6_s2(tmp_path: Path, text: str) -> list[tuple[str, str, str]]:
    return [(p.code, p.severity, p.message) for p in findings(tmp_path, text) if p.code in ("S2", "S6")]


def test_an_aspect_titled_in_the_agencys_words_is_there_by_what_it_says(tmp_path: Path) -> None:
    """195-yuecheng-donghu-2023: "（一）加大公开力度" / "2023年,…主动公开政府信息47条,…": 主动公开 under a title of the
    agency's own, in its place: the S6 names the title, it does not say 主动公开 is missing (181's "（四）政府信息公开" on
    平台建设 alike); the total is read from it. A title in other words whose text is on something else ("（一）加强组织领导"
    / "成立了…领导小组") still leaves 主动公开 missing."""
    own = SEED_TEXT.replace("(一)主动公开政府信息情况。", "(一)加大公开力度\n", 1)
    assert s6_s2(tmp_path, own) == [("S6", "warning", "“一、总体情况”的小标题“（一）加大公开力度”没有写明是哪个方面（所写内容是“主动公开政府信息情况”）")]
    path = tmp_path / "own.txt"
    path.write_text(own, encoding="utf-8")
    assert import_report(path).facts.overview.proactive.total == 558
    one = SEED_TEXT[SEED_TEXT.index("(一)"):SEED_TEXT.index("(二)")]
    other = SEED_TEXT.replace(one, "(一)加强组织领导。成立了以镇长为组长的政务公开工作领导小组,明确专人负责。\n", 1)
    assert [m for c, _, m in s6_s2(tmp_path, other) if c == "S6"] == ["“一、总体情况”缺少“（一）主动公开政府信息情况”"]


def test_a_copy_stopping_inside_a_section_title_has_no_unknown_heading(tmp_path: Path) -> None:
    """204-shangnan-guofenglou-2022 (and four more): the stored page stops at "二、主动公" — a title cut short, not a
    heading the format does not have (S5)."""
    cut = SEED_TEXT[:ONE_END + len("二、主动公")]
    assert cut.endswith("\n二、主动公")
    assert [p for p in findings(tmp_path, cut) if p.code in ("S5", "S3")] == []
    path = tmp_path / "cut.txt"
    path.write_text(cut, encoding="utf-8")
    assert import_report(path).facts.imported.outline[-1] == "（五）监督保障情况"  # type: ignore[union-attr]


def test_table_sections_printed_as_bare_headings_are_a_warning_each(tmp_path: Path) -> None:
    """81-wuchang-beiyinhe-2022 (and 91): "二、主动公开政府信息情况" / "三、收到和处理政府信息公开申请情况" / "四、…" with
    nothing under them (no table, no text): one S2 warning each (a page may show its tables as pictures); a copy
    stopping in 四 says nothing of 四, and a section whose table was read is not bare."""
    two, five = SEED_TEXT.index(H[1]), SEED_TEXT.index(H[4])
    bare = SEED_TEXT[:two] + f"{H[1]}\n{H[2]}\n{H[3]}\n" + SEED_TEXT[five:]
    found = [(p.code, p.severity, p.where) for p in findings(tmp_path, bare) if p.code.startswith("S")]
    assert found == [("S2", "warning", H[1]), ("S2", "warning", H[2]), ("S2", "warning", H[3])]
    assert "下面没有表二，也没有文字（紧接着就是“三、收到和处理政府信息公开申请情况”）" in findings(tmp_path, bare)[0].message
    cut = SEED_TEXT[:two] + f"{H[1]}\n{H[2]}\n{H[3]}\n"
    assert [p.where for p in findings(tmp_path, cut) if p.code == "S2"] == [H[1], H[2]]
    only_two = SEED_TEXT[:two] + H[1] + "\n" + SEED_TEXT[SEED_TEXT.index(H[2]):]
    assert [p.where for p in findings(tmp_path, only_two) if p.code == "S2"] == [H[1]]


def test_a_cut_copys_complete_sub_point_that_names_no_aspect_is_found(tmp_path: Path) -> None:
    """103-toksun-xiazhen-2024: the copy stops inside 一's second sub-point, "(二)主动回应社会关切。以网上公开…":
    the heading is whole (its text follows), so its theme is judged; a heading the copy stops inside is not."""
    cut = SEED_TEXT[:SEED_TEXT.index("(三)政府信息管理情况")].replace("(二)依申请公开政府信息情况。", "(二)主动回应社会关切。")
    assert [(c, s) for c, s, m in s6_s2(tmp_path, cut) if "（二）主动回应社会关切" in m] == [("S6", "warning")]
    inside = SEED_TEXT[:SEED_TEXT.index("(二)依申请公开政府信息情况") + len("(二)主动回应")]
    assert s6_s2(tmp_path, inside.replace("(二)依申请公开", "(二)主动回应")) == []


def test_sub_points_after_the_introduction_without_the_heading_of_one(tmp_path: Path) -> None:
    """110-shanhaiguan-nanguan-2024: (一)–(五) follow the introduction with no "一、总体情况", and (四)(五) are
    "公开方式多样", "新媒体建设": the heading is lost (a warning naming the sub-points), the themes are named."""
    text = SEED_TEXT[:ONE_END].replace(H[0] + "\n", "").replace("(四)平台建设情况。", "(四)公开方式多样。").replace(
        "(五)监督保障情况。", "(五)新媒体建设。")
    found = s6_s2(tmp_path, text)
    assert [(c, s) for c, s, _ in found] == [("S2", "warning"), ("S6", "warning")]
    assert "没有“一、总体情况”这一标题" in found[0][2] and "（四）公开方式多样、（五）新媒体建设" in found[1][2]
    # the five official sub-points without the heading, in a whole report: only the heading is named
    whole = SEED_TEXT.replace(H[0] + "\n", "")
    assert [(c, s) for c, s, _ in s6_s2(tmp_path, whole)] == [("S2", "warning")]


# 580-jilin-development-zone-social-affairs-2023: the introduction, then the agency's own themes with no "一、总体情况"
JILIN_INTRO = ("根据《中华人民共和国政府信息公开条例》(以下简称《条例》)及管委会《关于深入开展政务公开工作的安排意见》文件精神,"
               "社会事业管理局编制了管委会办公室2022年政府信息公开工作年度报告(以下简称《年报》)。本年报由总体情况,主动公开政府信息"
               "情况,收到和处理政府信息公开申请情况,政府信息公开行政复议、行政诉讼情况,存在的主要问题及改进情况,其他需要报告的事项等"
               "六部分组成。报告中所列数据的统计时限为2023年1月1日起至2023年12月31日止。")
JILIN_THEMES = ("(一)组织领导和机构开展情况。社会事业管理局主要职责是贯彻执行国家、省、市有关残疾人保障、文化、体育、卫生健康管理等方面的"
                "法律法规和方针政策。我局高度重视政务信息公开工作,把政府信息公开工作作为重要工作来抓。\n"
                "(二)建立健全和落实政府信息公开工作制度情况。先后建立了社会事业管理局政府信息公开制度、政府信息公开保密审查制度、信息公开"
                "工作流程等,严格按照各项工作制度开展工作。\n(")


def test_own_themes_right_after_the_introduction_are_section_one_without_its_heading(tmp_path: Path) -> None:
    """580-jilin-development-zone-social-affairs-2023: "（一）组织领导和机构开展情况" "（二）建立健全和落实政府信息公开工作制度
    情况" follow the introduction, the copy cut in the third: 一's heading is missing and its sub-points are the
    agency's own themes, both found although the themes name none of the five aspects."""
    found = s6_s2(tmp_path, f"{JILIN_INTRO}\n{JILIN_THEMES}")
    assert [(c, s) for c, s, _ in found] == [("S2", "warning"), ("S6", "warning")]
    assert "没有“一、总体情况”这一标题" in found[0][2] and "（一）组织领导和机构开展情况、（二）建立健全" in found[1][2]


def test_own_themes_after_an_introduction_that_holds_the_heading_of_one_are_not_judged() -> None:
    """924-dongchang-minzhu-2025's "一、总体情况" stayed in its introduction (not filed as a heading): the themes after
    it ("（一）组织推动…", "（二）积极推动…") are not taken for sub-points printed without it; nor without an introduction."""
    from drafter.checks.subpoints import headless_subs

    themes = ["（一）组织领导和机构开展情况", "（二）建立健全和落实政府信息公开工作制度情况"]
    assert headless_subs(themes, JILIN_INTRO) == themes
    assert headless_subs(themes, f"{JILIN_INTRO}\n一、总体情况\n2025年,民主街道办事处严格按照…") == []
    assert headless_subs(themes) == headless_subs(themes, "") == headless_subs(themes[1:], JILIN_INTRO) == []


# 621-longhua-justice-2021: the annual report's outline before the 2019 format, its parts headed like sub-points
LONGHUA = ("(一)总体情况\n2021年,海口市龙华区司法局认真贯彻落实《中华人民共和国政府信息公开条例》,按照区委区政府的工作要求和工作部署,"
           "认真开展政府信息公开各项工作。本报告中所列数据的统计期限自2021年1月1日至2021年12月31日止。\n"
           "(二)政府信息公开情况\n1.主动公开政府信息数量及类别。2021年,我局通过官方网站、政务新媒体、公告栏等方式,及时公开政策法规、"
           "业务工作、办事指南、工作动态等政府信息共16条。\n2.依申请公开政府信息情况。2021年,我局受理依申请公开政府信息0件,办结0件。\n"
           "(三)、申请行政复议和提起行政诉讼情况\n2021年涉及政府信息公开行政复议0件。涉及政府信息公开行政诉讼0件。\n"
           "(四)、政府信息公开的收费及减免情况\n2021年度我局没有向政府信息公开的查阅或申请人进行收费的情况。\n"
           "(五)加强政府网站建设管理。认真落实省、市、区统一部署,积极配合完成上级")


def test_parts_of_the_old_outline_headed_like_sub_points(tmp_path: Path) -> None:
    """621-longhua-justice-2021: "（一）总体情况" "（二）政府信息公开情况" "（三）、申请行政复议和提起行政诉讼情况"
    "（四）、政府信息公开的收费及减免情况": none of the six parts, the old outline (one warning; the parts after the
    cut are not known). The same parts without an old one's name are not this finding."""
    found = s6_s2(tmp_path, LONGHUA)
    assert [(c, s) for c, s, _ in found] == [("S2", "warning")]
    assert "2019年以前年度报告的结构（收费及减免）" in found[0][2] and "“（一）总体情况”“（二）政府信息公开情况”" in found[0][2]
    plain = LONGHUA.replace("(四)、政府信息公开的收费及减免情况", "(四)、其他需要报告的事项")
    assert not [m for _, _, m in s6_s2(tmp_path, plain) if "2019年以前" in m]


# 772-wuhan-ecology-2020-mirror: one sentence, then 表二 at once
WUHAN_OPENING = ("根據市政務服務和大數據管理局轉發的《湖北省人民政府辦公廳關於做好2020年政府信息公開年度報告編制和發布工作的通知》有關要求,"
                 "現將我局2020年度政府信息公開情況報告如下。")


def test_an_opening_running_into_table_two_without_any_heading(tmp_path: Path) -> None:
    """772-wuhan-ecology-2020-mirror: "…現將我局2020年度政府信息公開情況報告如下。" and then 表二, the copy cut in it: no
    "一、总体情况" and no "二、主动公开政府信息情况" (one warning, placed at the opening); not when a line of the opening
    is 一's heading."""
    table = SEED_TEXT[SEED_TEXT.index("第二十条第(一)项"):SEED_TEXT.index("第二十条第(八)项")]
    found = s6_s2(tmp_path, f"{WUHAN_OPENING}\n{table}")
    assert [(c, s) for c, s, _ in found] == [("S2", "warning")]
    assert "报告没有“一、总体情况”“二、主动公开政府信息情况”标题：开头的文字之后直接是表二" in found[0][2]
    assert not [m for _, _, m in s6_s2(tmp_path, f"{WUHAN_OPENING}\n{H[1]}\n{table}") if "直接是表二" in m]


def test_an_introduction_listing_the_parts_is_not_section_one(tmp_path: Path) -> None:
    """Sub-points before the first heading that name 总体情况 are the introduction's list of parts, not 一's."""
    intro = "本报告包括：\n（一）总体情况\n（二）主动公开政府信息情况\n（三）收到和处理政府信息公开申请情况\n"
    text = SEED_TEXT.replace(H[0], intro + H[0], 1)
    assert s6_s2(tmp_path, text) == []


def _flat(one: str) -> str:
    """The seed's title, then its introduction and 一 on one line (a stored page flattened, 124-lintao-xintian)."""
    title, intro = SEED_TEXT.split("\n")[:2]
    return f"{title}\n{intro} {H[0]} {one}"


def test_a_flattened_copy_cut_in_an_undivided_section_one(tmp_path: Path) -> None:
    """124-lintao-xintian-2022: the page is one line and stops in 一, 555 characters on with no (一): one S6. The
    heading is read although it is the only one inline (after a sentence and a space)."""
    one = SEED_TEXT[SEED_TEXT.index(H[0]) + len(H[0]):ONE_END]
    for lead in ("(一)主动公开政府信息情况。", "(二)依申请公开政府信息情况。", "(三)政府信息管理情况。", "(四)平台建设情况。",
                 "(五)监督保障情况。"):
        one = one.replace(lead, "")
    undivided = one.replace("\n", "")
    path = tmp_path / "flat.txt"
    path.write_text(_flat(undivided), encoding="utf-8")
    imported = import_report(path).facts.imported
    assert imported is not None and imported.outline == [H[0]]
    found = s6_s2(tmp_path, _flat(undivided))
    assert [(c, s) for c, s, _ in found] == [("S6", "warning")] and "到原文中断处仍没有分" in found[0][2]
    # an introduction of 一 that the copy stops in (290 characters in 68-hezhang-county) is not judged
    assert s6_s2(tmp_path, _flat(undivided[:250])) == []


def test_section_one_divided_by_digits_is_not_undivided(tmp_path: Path) -> None:
    """107-ningyang-huafeng-2023 numbers 一's parts "1.主动公开", "2.依申请公开": a copy stopping in them has parts."""
    one = SEED_TEXT[SEED_TEXT.index(H[0]):ONE_END]
    for n, (lead, digits) in enumerate((("(一)主动公开政府信息情况。", "主动公开"), ("(二)依申请公开政府信息情况。", "依申请公开"),
                                         ("(三)政府信息管理情况。", "政府信息管理"), ("(四)平台建设情况。", "平台建设"),
                                         ("(五)监督保障情况。", "监督保障")), 1):
        one = one.replace(lead, f"{n}.{digits}\n")
    text = SEED_TEXT[:SEED_TEXT.index(H[0])] + one
    assert s6_s2(tmp_path, text) == []


def test_section_one_divided_by_unnumbered_lead_ins_is_not_undivided(tmp_path: Path) -> None:
    """1064 (咸宁市审计局 2024) writes 一's aspects as unnumbered lead-ins, "政府信息主动公开情况。制定…", "政府信息依申请公开情况。
    2024年,…": a copy stopping in them has parts (no "写了…字，到原文中断处仍没有分" S6); a lead-in naming no aspect does not
    divide it."""
    one = SEED_TEXT[SEED_TEXT.index(H[0]):ONE_END]
    undivided = one
    for lead in ("(一)主动公开政府信息情况。", "(二)依申请公开政府信息情况。", "(三)政府信息管理情况。", "(四)平台建设情况。",
                 "(五)监督保障情况。"):
        one = one.replace(lead, "\n" + lead[3:])
        undivided = undivided.replace(lead, "")
    head = SEED_TEXT[:SEED_TEXT.index(H[0])]
    assert s6_s2(tmp_path, head + one) == []
    long = head + H[0] + "\n" + undivided[len(H[0]):].replace("\n", "") + "\n工作开展情况。" + "我局认真落实各项要求。" * 40
    assert [code for code, _, _ in s6_s2(tmp_path, long)] == ["S6"]


@pytest.mark.parametrize(("sub", "aspect"), [
    ("（三）信息管理体系健全,基础保障不断夯实", 2),  # 86-pingtan-junshan-2025: the first theme word decides
    ("（四）常态化开展监督管理", 4),  # 01-shuyang-county-2025
    ("（二）依法依规答复政府信息公开申请", 1),  # 119-pingtan-haitan-2024
    ("（四）公开平台阵地建设情况", 3),
    ("（四）公开载体建设情况", 3),  # the 2019 format's word for the platforms
    ("（五）社会评议和责任追究情况", 4),  # 条例 第五十条's words, part of 监督保障 in the 2021 format
    ("（二）主动回应社会关切", None),  # 103-toksun-xiazhen-2024
    ("（四）公开方式多样", None), ("（五）新媒体建设", None),  # 110-shanhaiguan-nanguan-2024
])
def test_the_aspect_a_sub_point_names(sub: str, aspect: int | None) -> None:
    from drafter.checks.subpoints import aspect as named

    assert named(sub) == aspect


def test_a_sixth_sub_point_in_a_cut_copy_is_an_addition(tmp_path: Path) -> None:
    """51-pingtan-transport-2024 adds "（六）强化“线上+线下”政务公开便民渠道方面" after the five: a copy cut there
    names nothing (the whole report does not either)."""
    sixth = "(六)强化“线上+线下”政务公开便民渠道方面。设置政务公开专区，提供查阅服务。\n"
    assert s6_s2(tmp_path, SEED_TEXT[:ONE_END] + sixth) == []


# ---- structure as the sixth set showed it (127, 129, 138, 143, 145 of tests/realworld) ----
def _sub_numbered(text: str) -> str:
    """The seed with its six sections headed like sub-points: "(一)总体情况" … "(六)其他需要报告的事项"."""
    for n, heading in enumerate(H):
        text = text.replace(heading + "\n", f"({heading[0]}){heading[2:]}\n", 1) if n else \
            text.replace(heading, f"({heading[0]}){heading[2:]}", 1)
    return text


def test_sections_headed_like_sub_points_are_one_error(tmp_path: Path) -> None:
    """127-baisha-county-2023: "(一)总体情况" then 一's own "(一)主动公开方面", "(二)主动公开政府信息的情况" after (四):
    one S3 error naming the headings and "一、" "二、", not a missing section each; 一's five sub-points are judged."""
    found = [p for p in findings(tmp_path, _sub_numbered(SEED_TEXT)) if p.code.startswith("S")]
    assert [(p.code, p.severity) for p in found] == [("S3", "error")]
    assert "（一）总体情况" in found[0].message and "一、总体情况" in found[0].fix and "二、主动公开" in found[0].fix
    cut = _sub_numbered(SEED_TEXT)[:_sub_numbered(SEED_TEXT).index("规章")]  # the copy stops in 表二
    assert [(p.code, p.severity) for p in findings(tmp_path, cut) if p.code.startswith("S")] == [("S3", "error")]


def test_an_introduction_listing_the_parts_by_sub_point_numbers_is_not_a_heading(tmp_path: Path) -> None:
    """A list of the parts printed "(一)总体情况 (二)主动公开… (三)收到和处理…" with no "(一)" of 一 after it, in a
    copy that stops there: the numbering does not show sections, nothing is reported."""
    intro = "本报告包括：\n(一)总体情况\n(二)主动公开政府信息情况\n(三)收到和处理政府信息公开申请情况\n"
    title = SEED_TEXT.split("\n")[0]
    assert [p for p in findings(tmp_path, f"{title}\n{intro}") if p.code == "S3"] == []


def test_two_aspects_merged_in_one_sub_point_is_one_warning(tmp_path: Path) -> None:
    """127-baisha-county-2023, 64-pingwu: "(四)政府信息公开平台建设和监督保障情况" and no (五): one warning naming the
    merged sub-point, not "缺少（五）监督保障情况"."""
    one = SEED_TEXT[SEED_TEXT.index("(五)监督保障情况。"):ONE_END]
    text = SEED_TEXT.replace(one, "").replace("(四)平台建设情况。", "(四)政府信息公开平台建设和监督保障情况。")
    found = s6_s2(tmp_path, text)
    assert [(c, s) for c, s, _ in found] == [("S6", "warning")] and "合在一个方面" in found[0][2]
    assert "（四）政府信息公开平台建设和监督保障情况" in found[0][2]
    # one aspect in two words ("监督管理") is not two merged
    assert s6_s2(tmp_path, SEED_TEXT.replace("(五)监督保障情况。", "(五)监督管理和考核情况。")) == []


def test_section_one_under_own_points_one_running_on_past_a_heading(tmp_path: Path) -> None:
    """1067 (新抚区千金乡 2021): "1、加强组织领导,完善工作机构。…" then "2、为确保政务公开工作落实到位,我坚持以“应公开尽公开”…" (its words
    run on past a heading's length) and "3、完善公开工作要求": three points of the township's own, one warning naming them
    (2 ended the points before, and one point is no division)."""
    head = SEED_TEXT[:SEED_TEXT.index("(一)主动公开政府信息情况")]
    points = ("1、加强组织领导,完善工作机构。为提升全乡信息公开工作水平,乡党委、政府高度重视,成立了政府信息公开工作领导小组。\n"
              "2、为确保政务公开工作落实到位,我坚持以“应公开尽公开”“以公开为常态,不公开为例外”为原则,建立起信息发布三审三核制度。\n"
              "3、完善公开工作要求\n根据新抚区人民政府办公室政务公开工作要点要求,提供了信息查询、办事咨询等服务。\n")
    found = s6_s2(tmp_path, head + points)
    assert [(c, s) for c, s, _ in found] == [("S6", "warning")]
    assert "1、加强组织领导,完善工作机构、2、为确保政务公开工作落实到位、3、完善公开工作要求" in found[0][2]


THEMES = "1、强化组织领导。成立了政府信息公开工作领导小组，具体负责各项工作开展。\n2、强化工作措施。坚持政务信息主动公开、及时公开原则，"


def test_section_one_under_the_agencys_own_numbered_themes(tmp_path: Path) -> None:
    """138-minhe-education-2023: 一 is "1、强化组织领导" "2、强化工作措施" and the copy stops in 2: one warning naming them;
    the whole report the same; points naming the aspects (107's "1.主动公开") are not reported."""
    head = SEED_TEXT[:SEED_TEXT.index("(一)主动公开政府信息情况")]
    found = s6_s2(tmp_path, head + THEMES)
    assert [(c, s) for c, s, _ in found] == [("S6", "warning")] and "1、强化组织领导、2、强化工作措施" in found[0][2]
    whole = head + THEMES + "及时发布信息。\n" + SEED_TEXT[ONE_END:]
    assert [(c, s) for c, s, m in s6_s2(tmp_path, whole) if "强化组织领导" in m] == [("S6", "warning")]
    # "一是…" "二是…" opening 一's lines are its points as well; under a line naming an aspect they are that aspect's
    yishi = THEMES.replace("1、", "一是").replace("2、", "二是")
    assert [(c, s) for c, s, m in s6_s2(tmp_path, head + yishi) if "一是强化组织领导" in m] == [("S6", "warning")]
    assert s6_s2(tmp_path, head + "政府信息主动公开情况：\n" + yishi) == []
    # a list numbered again inside a point is that point's, not 一's division
    nested = head + "1、主动公开。全年公开信息120条，做法如下：\n" + THEMES.replace("、", ".", 2)
    assert [m for _, _, m in s6_s2(tmp_path, nested) if "强化" in m] == []
    # lines stating figures are not headings ("1.2022年通过门户网站共发布各类信息25条。"), one numbered line is no division
    figures = head + "1.2023年通过门户网站共发布各类信息25条。\n2.全年办理群众来电事项12件。\n"
    assert s6_s2(tmp_path, figures) == []
    # 190-xinle-matoupu-2022: themes of two phrases ("1.突出重点工作,狠抓信息落实。…")
    pairs = ("1.突出重点工作,狠抓信息落实。完善有关制度、机制,及时公开政府信息。\n2. 加强保密审查,确保信息安全。建立完善了保密审查"
             "制度。\n3.拓宽公开渠道,确保信息畅通。马头铺镇采用线上线下双公开方式,")
    found = s6_s2(tmp_path, head + pairs)
    assert [(c, s) for c, s, _ in found] == [("S6", "warning")] and "1.突出重点工作,狠抓信息落实" in found[0][2]
    # 1118-zhenlai-laibei-2023: a first theme of two phrases, the second a long one, before 主动公开 and 依申请公开
    laibei = ("1. 成立领导小组,积极开展本单位政府信息公开工作。我街道成立以党工委书记、办事处主任任双组长的工作领导小组。\n"
              "2. 积极推动政府信息主动公开。我街道根据《中华人民共和国政府信息公开条例》规定,本年度在政府信息公开专栏中主动公开11条政府"
              "信息。\n3. 认真规范处理依申请公开。2023年度,我街道收到2条依申请公开信息,严格按照依申请公开工作流")
    found = s6_s2(tmp_path, head + laibei)
    assert [(c, s) for c, s, _ in found] == [("S6", "warning")]
    assert "1. 成立领导小组,积极开展本单位政府信息公开工作" in found[0][2]



def _intro(text: str) -> list[Problem]:
    """The introduction rules (S10) on ``text`` as a published report's introduction."""
    from drafter.checks.intro import check_intro
    from drafter.checks.units import Unit

    return check_intro([Unit("imported.sections.intro", 0, text)])

def _opening_of_one(sentence: str) -> str:
    """The seed with no introduction before 一 and ``sentence`` as 一's first paragraph (129-haikou-dongshan)."""
    title, intro = SEED_TEXT.split("\n")[:2]
    return SEED_TEXT.replace(intro + "\n", "", 1).replace(H[0] + "\n", f"{H[0]}\n{sentence}\n", 1)


def test_a_pre_2019_list_of_parts_opening_section_one_is_an_error(tmp_path: Path) -> None:
    """129-haikou-dongshan-2021 opens 一 with its introduction, listing the parts of the reports before 2019 (概述、
    …举报申诉…、咨询处理…); 107-ningyang-huafeng quotes 条例 第五十条 (2019) there, which is right."""
    old = ("本年报根据《中华人民共和国政府信息公开条例》要求，由二街镇人民政府编制。全文包括概述，主动公开政府信息情况，依申请公开政府"
           "信息情况，政府信息公开类行政复议、行政诉讼和举报申诉等情况，咨询处理等相关政务公开工作情况，存在的主要问题和改进措施。")
    found = [p for p in findings(tmp_path, _opening_of_one(old)) if p.code == "S10"]
    assert [(p.severity, p.path) for p in found] == [("error", "imported.sections.overview")]
    assert "2019年以前的年度报告结构" in found[0].message
    law = ("全文包括:总体情况;行政机关主动公开政府信息的情况;行政机关收到和处理政府信息公开申请的情况;因政府信息公开工作被申请"
           "行政复议、提起行政诉讼的情况;政府信息公开工作存在的主要问题及改进情况;其他需要报告的事项。")
    assert [p for p in findings(tmp_path, _opening_of_one(law)) if p.code == "S10"] == []


def test_the_six_parts_listed_under_an_old_name_are_a_warning() -> None:
    """828 (郑州市二七区政府办 2021): the six parts, the first under the old structure's name (概述): a warning; two old
    names are the old structure (an error, 129)."""
    said = ("本报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和 本区政府信息公开有关工作制度。报告全文包括政府信息公开"
            "工作基本情况概述,主动公开政府信息情况,依申请公开政府信息情况,申请行政复议、提起行政诉讼情况,政府信息公开工作存在的主要"
            "问题及改进情况,其他事项等六部分。")
    found = _intro(said)
    assert [(p.code, p.severity) for p in found] == [("S10", "warning")]
    assert "概述" in found[0].message
    right = said.replace("政府信息公开工作基本情况概述", "总体情况")
    assert _intro(right) == []
    overview = said.replace("政府信息公开工作基本情况概述", "总体情况概述")  # 225, 276: the current name
    assert _intro(overview) == []


def test_a_list_ending_in_a_count_of_five_leaves_a_part_out() -> None:
    """831 (大冶市 2025): "内容包括:…现存问题与改进举措等五项内容", 二 and 三 joined by 和, 其他需要报告的事项 left out."""
    said = ("本报告根据《中华人民共和国政府信息公开条例》(国务院令第711号)(以下简称《条例》)的要求编制,内容包括:总体情况、主动公开"
            "政府信息详情和政府信息公开申请接收与办理情况、政府信息公开相关行政复议及行政诉讼情况、现存问题与改进举措等五项内容。")
    found = _intro(said)
    assert [p.code for p in found] == ["S10"]
    assert "五" in found[0].message and "六、其他需要报告的事项" in found[0].message
    assert "二、主动公开政府信息情况" not in found[0].message


def test_a_part_printed_twice_in_the_introductions_list_is_a_warning(tmp_path: Path) -> None:
    """145-xialu-health-2021: "…、因政府信息公开工作被申请行政复议、因政府信息公开工作被申请行政复议和提起行政诉讼情况、…六个部分"
    names the six parts, one of them twice: a warning quoting the repeat."""
    said = ("全文由总体情况、行政机关主动公开政府信息情况、行政机关收到和处理政府信息公开申请情况、{}政府信息公开工作存在的问题及"
            "改进情况、其他需要报告的事项六个部分组成。")
    twice = said.format("因政府信息公开工作被申请行政复议、因政府信息公开工作被申请行政复议和提起行政诉讼情况、")
    found = _intro(twice)
    assert [(p.code, p.severity) for p in found] == [("S10", "warning")]
    assert "“因政府信息公开工作被申请行政复议”重复" in found[0].message
    once = said.format("因政府信息公开工作被申请行政复议和提起行政诉讼情况、")
    assert _intro(once) == []
    usual = "本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、" \
            "存在的主要问题及改进情况、其他需要报告的事项六部分组成。"
    assert _intro(usual) == []


def test_an_introductions_item_named_basic_facts_of_another_part_is_that_part_only() -> None:
    """An item "主动公开政府信息基本情况" names 二, as a heading's title does (``narrative.meanings``), not 一 as well:
    a list of six items that leaves 总体情况 out is read as five parts, not six."""
    rest = ("收到和处理政府信息公开申请基本情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、"
            "其他需要报告的事项")
    without = f"本报告由主动公开政府信息基本情况、{rest}六部分组成。"
    found = _intro(without)
    assert [(p.code, p.severity) for p in found] == [("S10", "error")]
    assert "只列出了5部分，缺“一、总体情况”" in found[0].message
    whole = f"本报告由总体情况、主动公开政府信息基本情况、{rest}六部分组成。"
    assert _intro(whole) == []


def test_an_introductions_six_items_one_a_part_in_other_words_is_a_warning() -> None:
    """白银市平川区农业农村局 2025 (a w26 page): "全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开情况、…六个部分" lists six
    items, 三 with 申请 left out: not "只列出了5部分" (an error), a warning naming the item not matched."""
    said = ("全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开情况、政府信息公开行政复议和行政诉讼情况要求、"
            "存在的问题及改进情况、其他需要报告的事项六个部分。")
    found = _intro(said)
    assert [(p.code, p.severity) for p in found] == [("S10", "warning")]
    assert "“收到和处理政府信息公开情况”与统一格式的部分名称不同" in found[0].message
    five = said.replace("收到和处理政府信息公开情况、", "")  # five items for six parts: still an error
    assert [(p.code, p.severity) for p in _intro(five)] == [("S10", "error")]


def test_an_introductions_closed_list_with_a_part_in_other_words_is_a_warning() -> None:
    """810 (临夏县交通运输局 2024): "本报告由总体情况,主动公开政府信息情况,收到和处理政府信息公开总体情况,…和其他需要报告的事项6个方面
    内容。" (closed by its full stop, the count in 个方面 not read) names 三 with its last words changed (总体 for 申请), the
    item read as 一 by its 总体情况: not "缺三" (an error), a warning naming the item, as for a count of six (白银); with
    that item gone the list still leaves 三 out, an error."""
    said = ("本报告由总体情况,主动公开政府信息情况,收到和处理政府信息公开总体情况,政府信息公开行政复议、行政诉讼情况,"
            "存在的主要问题及改进情况和其他需要报告的事项6个方面内容。")
    found = _intro(said)
    assert [(p.code, p.severity) for p in found] == [("S10", "warning")]
    assert "“收到和处理政府信息公开总体情况”与统一格式的部分名称不同" in found[0].message
    five = said.replace("收到和处理政府信息公开总体情况,", "")
    assert [(p.code, p.severity) for p in _intro(five)] == [("S10", "error")]


def test_an_introductions_item_on_request_information_names_the_third_part() -> None:
    """1053 (长春市人民防空办公室 2021): "全文由总体情况、主动公开信息情况、依申请公开信息情况、政府信息公开行政复议和行政诉讼情况、
    存在的主要问题及改进情况,其他需要报告的事项六部分组成" names 三 as 依申请公开信息情况: the six parts, nothing to report."""
    said = ("全文由总体情况、主动公开信息情况、依申请公开信息情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况,"
            "其他需要报告的事项六部分组成。")
    assert _intro(said) == []
    assert _intro(said.replace("依申请公开信息情况、", ""))  # five items for six parts: still reported


def test_an_introductions_list_of_parts_after_a_sentence_on_who_made_it() -> None:
    """1067 (新抚区千金乡 2021): "本报告由千金乡人民政府根据《…》、《…的通知》编制完成。内容包括总体情况、…、存在的主要问题及改进情况
    六部分。": the first sentence says who made the report, not its parts; the next, opening with 内容, says 六部分 and lists
    five (an error, as with 报告 before 内容)."""
    said = ("本报告由千金乡人民政府根据《中华人民共和国政府信息公开条例》(以下简称《条例》)、《新抚区人民政府办公室关于做好2021年度"
            "信息公开工作年度报告编制发布工作的通知》编制完成。内容包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、"
            "政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况六部分。")
    found = _intro(said)
    assert [(p.code, p.severity) for p in found] == [("S10", "error")]
    assert "缺“六、其他需要报告的事项”" in found[0].message
    assert _intro(said.replace("改进情况六部分", "改进情况、其他需要报告的事项六部分")) == []
    # 646 (正蓝旗 2021): an uncounted list after it, its 、 lost in copying, is not judged (it would read as four parts)
    run = ("本报告由正蓝旗政务服务局根据《中华人民共和国政府信息公开条例》要求汇总各苏木镇(场)人民政府(管委会)、直各部门政府信息公开"
           "年度报告编制而成。全文包括总体情况主动公开政府信息情况收到和处理政府信息公开申请情况政府信息公开行政复议、行政诉讼情况"
           "存在的主要问题及改进情况其他需要报告的事项。")
    assert _intro(run) == []


def test_an_introduction_making_five_parts_public_leaves_out_the_sixth() -> None:
    """645 (温图高勒苏木 2021): "现将…2021年度政府信息公开总体情况,主动公开政府信息情况,…,存在的主要问题及改进情况公开如下" names five
    parts and leaves out 六 (S10, a warning: the sentence says what is made public); the six named, or a list ending in
    等, or one naming what it reports of 一 alone, is not judged."""
    said = ("根据《中华人民共和国政府信息公开条例》要求,现将温图高勒苏木人民政府2021年度政府信息公开总体情况,主动公开政府信息情况,"
            "收到和处理政府信息公开申请情况,政府信息公开行政复议、行政诉讼情况,存在的主要问题及改进情况公开如下本报告中所列数据的"
            "统计期限从20211月1日至20211231日止。")
    found = _intro(said)
    assert [(p.code, p.severity) for p in found] == [("S10", "warning")]
    assert "缺“六、其他需要报告的事项”" in found[0].message
    six = said.replace("改进情况公开如下", "改进情况,其他需要报告的事项公开如下")
    some = said.replace("改进情况公开如下", "改进情况等公开如下")
    plain = "现将本镇2021年度政府信息公开工作情况报告如下。"
    assert [_intro(text) for text in (six, some, plain)] == [[], [], []]


def test_an_introduction_reporting_five_parts_as_aspects_leaves_out_the_sixth() -> None:
    """852 (关岭自治县永宁镇 2023): "现将…工作从总体情况、…和存在的主要问题及改进情况等方面予以报告" names five parts "等方面",
    with no count, and leaves out 六 (S10, a warning, as "…改进情况等部分组成", 199); the six named (03: "…其他需要报告的
    事项等六个方面汇报") or a count of six is not judged."""
    said = ("现将关岭自治县永宁镇人民政府2023年度政府信息公开工作从总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、"
            "政府信息公开行政复议、行政诉讼情况和存在的主要问题及改进情况等方面予以报告。")
    found = _intro(said)
    assert [(p.code, p.severity) for p in found] == [("S10", "warning")]
    assert "未列“六、其他需要报告的事项”" in found[0].message and "（“现将关岭自治县永宁镇" in found[0].message
    six = said.replace("改进情况等方面", "改进情况及其他需要报告的事项等六个方面")
    counted = said.replace("等方面", "等六个方面")
    aspects = "从主动公开、依申请公开、信息管理、平台建设、监督保障等方面,有效推动了政府信息公开工作。"  # 67: not a list of parts
    assert [_intro(text) for text in (six, counted, aspects)] == [[], [], []]


def test_a_point_lost_before_the_sentence_a_copy_stops_in(tmp_path: Path) -> None:
    """143-hainan-prefecture-2022: "一是…。依托…。三是深入贯彻落实财" and the copy stops there: the "三是" is printed,
    so the lost "二是" is found (S11, a warning); a copy stopping before "三是" shows no slip."""
    head = SEED_TEXT[:SEED_TEXT.index("(二)依申请公开政府信息情况")].rstrip("\n")
    text = head + "重点领域信息公开方面：一是围绕重大建设项目公开各类规划。依托信用网站公开执法信息。三是深入贯彻落实财"
    found = [p for p in findings(tmp_path, text) if p.code == "S11"]
    assert [p.severity for p in found] == ["warning"] and "缺少“二是”" in found[0].message
    assert [p for p in findings(tmp_path, text[:text.index("三是")] + "三") if p.code == "S11"] == []


@pytest.mark.parametrize(("said", "shown"), [
    # 155-luqiao-luoyang-2021: a part of its own added, "七个部分"
    ("本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及"
     "改进情况、2022年工作思路、其他需要报告的事项等七个部分组成。", "多列了“2022年工作思路”"),
    # 91-heping-heshui-2024: the six parts, "7个部分"
    ("本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及"
     "改进情况、其他需要报告的事项7个部分组成。", "所列的正是这六个部分"),
    ("全文由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、存在的主要问题及改进情况、其他需要报告的事项五个部分组成。",
     "缺“四、政府信息公开行政复议、行政诉讼情况”"),
    # 571-zhengning-qiutou-2022: the list in a clause after the sentence names the report, and "十部分"
    ("本报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)规定和《正宁县人民政府办公室关于做好2022年政府信息公开工作年度"
     "报告编制发布工作的通知》编制而成,由总体情况、主动公开政府信息情况、政务公开情况、政务新媒体监管情况、公开平台建设情况、基层政务"
     "公开工作情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在问题及改进情况和其他需要报告的事项十部分组成。",
     "多列了“政务公开情况”“政务新媒体监管情况”"),
    # a sentence of its own opening with 由
    ("由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在问题及改进情况和其他"
     "需要报告的事项七部分组成。", "所列的正是这六个部分"),
])
def test_an_introduction_counting_other_than_six_parts_is_an_error(said: str, shown: str) -> None:
    """S10 on "…等七个部分" / "7个部分" / "五个部分": the format has six; what is added or left out is named."""
    found = _intro(said)
    assert [(p.code, p.severity) for p in found] == [("S10", "error")]
    assert "个部分组成，统一格式为六个部分" in found[0].message and shown in found[0].message


def test_a_section_six_run_into_five_is_not_reported_missing(tmp_path: Path) -> None:
    """46 (平潭农业农村局 2025): "…重要宣传窗口。六、需要说明的其他事项与附表无。" ends the page: its 六 heading was
    not read, but it is there."""
    text = SEED_TEXT[:SEED_TEXT.index(H[5])].rstrip() + "六、需要说明的其他事项与附表无。"
    assert not [p for p in findings(tmp_path, text) if p.code == "S2" and p.severity == "error"]


# ---- a heading whose numeral was lost (180-changjiang-nianyushan-2023: "、总体情况") ----
def test_a_heading_printed_without_its_numeral_is_one_error_naming_it(tmp_path: Path) -> None:
    """180-changjiang-nianyushan-2023 prints 一's heading "、总体情况": one S3 error asking for "一、", its section and
    sub-points read as usual; the same for any section ("、主动公开政府信息情况"), inline after a sentence, and one
    error for several."""
    for n in (0, 1):
        found = [p for p in findings(tmp_path, SEED_TEXT.replace(H[n], H[n][1:], 1)) if p.code.startswith("S")]
        assert [(p.code, p.severity) for p in found] == [("S3", "error")]
        assert f"“{H[n][1:]}”缺少序号" in found[0].message and found[0].fix == f"补上序号：“{H[n]}”"
    title, intro = SEED_TEXT.split("\n")[:2]
    flat = SEED_TEXT.replace(f"{intro}\n{H[0]}\n", f"{intro} {H[0][1:]} ", 1)
    assert [(p.code, p.message[:13]) for p in findings(tmp_path, flat) if p.code.startswith("S")] == \
        [("S3", f"标题“{H[0][1:]}”缺少序号")]
    every = SEED_TEXT
    for heading in H:
        every = every.replace(heading, heading[1:], 1)
    found = [p for p in findings(tmp_path, every) if p.code.startswith("S")]
    assert [(p.code, p.severity) for p in found] == [("S3", "error")] and found[0].fix.endswith("”等")


@pytest.mark.parametrize("number", ["{} ", "{}\u3000", "第{}部分 ", "第{}部分：", "{}：", "{}、\n"])
def test_headings_numbered_otherwise_are_read_as_the_sections(tmp_path: Path, number: str) -> None:
    """Headings numbered "一 总体情况", "第一部分：总体情况", or with the numeral on a line of its own ("一、" / "总体情况"):
    the six sections are there (no S2 "报告缺少…"), each filed under its meaning."""
    text = SEED_TEXT
    for heading in H:
        text = text.replace(heading, number.format(heading[0]) + heading[2:], 1)
    assert findings(tmp_path, text) == []


def test_headings_printed_with_a_full_stop_are_the_sections(tmp_path: Path) -> None:
    """"二、主动公开政府信息情况。" on its own line (some reports end every heading with "。"): the six sections are there
    (it gave five S2 errors "报告缺少…部分"); a numbered sentence ("二、进一步加强主动公开。") stays no heading."""
    text = SEED_TEXT
    for heading in H:
        text = text.replace(heading + "\n", heading + "。\n", 1)
    assert findings(tmp_path, text) == []
    from drafter.importers.narrative import parse_heading
    assert parse_heading("二、主动公开政府信息情况。") == (2, "主动公开政府信息情况", False)
    assert parse_heading("二、进一步加强主动公开。") is None


def test_section_three_titled_in_the_words_of_ones_sub_point_is_three(tmp_path: Path) -> None:
    """"三、依申请公开政府信息情况" (三 in the words of 一's （二）): section 三 with a title lacking words (S4 warning), not a
    missing 三 (S2 error) and a heading the format lacks (S5); "二、依申请公开…" under another number is not 三."""
    text = SEED_TEXT.replace(H[2], "三、依申请公开政府信息情况")
    assert [(p.code, p.severity) for p in findings(tmp_path, text)] == [("S4", "warning")]
    from drafter.importers.narrative import numbered_meaning
    assert (numbered_meaning(3, "依申请公开政府信息情况"), numbered_meaning(2, "依申请公开政府信息情况")) == (3, None)


def test_one_titled_overall_publication_is_one(tmp_path: Path) -> None:
    """w21's 415-qingyuan-county-2022: "一、总体公开情况" is 一 worded otherwise (an S4 warning on its words), not a
    heading lost (S2 warning)."""
    found = findings(tmp_path, SEED_TEXT.replace(H[0], "一、总体公开情况"))
    assert [(p.code, p.severity, p.message) for p in found] == [
        ("S4", "warning", "标题“一、总体公开情况”与统一格式的“一、总体情况”写法不同")]


def test_a_list_of_the_parts_wrapped_before_its_comma_is_no_heading(tmp_path: Path) -> None:
    """A page wrapping the introduction's list so that a line starts with "、" and a title ("…全文包括总体情况" /
    "、主动公开政府信息情况") is prose going on, not a heading whose numeral was lost."""
    title, intro = SEED_TEXT.split("\n")[:2]
    wrapped = SEED_TEXT.replace(intro, "本报告全文包括总体情况\n、主动公开政府信息情况\n、收到和处理政府信息公开申请情况等六部分。", 1)
    assert findings(tmp_path, wrapped) == []


@pytest.mark.parametrize("mark", [",", "；", "，", "、"])
def test_an_introduction_listing_the_parts_with_their_numbers_opens_no_sections(tmp_path: Path, mark: str) -> None:
    """w21's 417-shaowu-jinkeng-2025: "本报告分为六个部分:一、总体情况,二、主动公开政府信息情况,…,六、其他需要报告的事项。"
    in the introduction is a list of the parts, not six headings inline (which made each real heading an S3
    "重复" error); on a page flattened onto one line too (its tables left out), whose real headings are still found."""
    intro = SEED_TEXT.split("\n")[1]
    listed = SEED_TEXT.replace(intro, intro + "本报告分为六个部分:" + mark.join(H) + "。", 1)
    assert findings(tmp_path, listed) == []
    lines = listed.strip().split("\n")
    flat = "\n".join([lines[0], " ".join(line for line in lines[1:-2] if "|" not in line), *lines[-2:]])
    assert [p for p in findings(tmp_path, flat) if p.code in ("S3", "S5") or p.severity == "error"] == []


@pytest.mark.parametrize("number", ["{})", "{}）", "【{}】", "[{}]", "({n})", "（{n}）"])
def test_the_five_aspects_numbered_in_odd_brackets_are_read(tmp_path: Path, number: str) -> None:
    """一's five aspects numbered "一）", "【一】" or "（1）" are its five aspects (no S6 "没有分（一）至（五）五个方面");
    the agency's own themes numbered "（1）" are still reported as themes."""
    text = SEED_TEXT
    for n, numeral in enumerate("一二三四五", 1):
        text = text.replace(f"({numeral})", number.format(numeral, n=n), 1)
    assert findings(tmp_path, text) == []
    if "n" in number:
        themes = number.format(n=1) + "强化组织领导。成立了领导小组。\n" + number.format(n=2) + "强化工作措施。及时发布信息。\n"
        found = s6_s2(tmp_path, SEED_TEXT[:SEED_TEXT.index("(一)")] + themes + SEED_TEXT[ONE_END:])
        assert [(c, s) for c, s, _ in found] == [("S6", "warning")] and "强化组织领导" in found[0][2]


def test_points_of_one_numbered_di_yi_with_a_colon_are_its_aspects_not_sections(tmp_path: Path) -> None:
    """一 written as "第一：主动公开政府信息情况" / "第二：政府信息公开申请办理情况" … on lines of their own: points of 一
    (its five aspects), not sections 二 and 三 (which gave two false S3 errors: "序号有误" and "重复")."""
    points = ("第一：主动公开政府信息情况", "第二：政府信息公开申请办理情况", "第三：政府信息管理情况",
              "第四：平台建设情况", "第五：监督保障情况")
    text = SEED_TEXT
    for numeral, point in zip("一二三四五", points, strict=True):
        start = text.index(f"({numeral})")
        text = text[:start] + point + "\n" + text[text.index("。", start) + 1:]
    assert "第二：政府信息公开申请办理情况\n2023年,我镇没有依申请公开政府信息。" in text
    assert findings(tmp_path, text) == []


def test_a_sub_point_run_into_the_paragraph_before_it_is_one_of_the_five(tmp_path: Path) -> None:
    """一 opening "…有关工作情况如下：(一)主动公开政府信息情况。2023年,…" in one paragraph (the break before （一） lost,
    as on 257's flattened page): （一） is there (no S6 "缺少（一）主动公开政府信息情况"); so is a （二） run on after a
    sentence."""
    text = SEED_TEXT.replace("一、总体情况\n(一)", "一、总体情况\n2023年,二街镇持续完善政府信息公开工作机制,有关工作情况如下:(一)", 1)
    text = text.replace("\n(二)依申请公开", "(二)依申请公开", 1)
    assert "工作情况如下:(一)主动公开政府信息情况。2023年" in text and "。(二)依申请公开" in text
    assert findings(tmp_path, text) == []


def test_two_sections_written_under_one_heading_is_one_error(tmp_path: Path) -> None:
    """"五、存在的主要问题、改进情况及其他需要报告的事项" (and no 六), or "一、总体情况及主动公开政府信息情况" with the headings
    after numbered one lower: one S2 error naming both parts, not a missing 六, an unknown heading and renumbering."""
    five_six = SEED_TEXT.replace(H[4], "五、存在的主要问题、改进情况及其他需要报告的事项").replace(H[5] + "\n", "")
    one_two = SEED_TEXT.replace(H[0], "一、总体情况及主动公开政府信息情况").replace(H[1] + "\n", "")
    for n in range(2, 6):
        one_two = one_two.replace(H[n], H[n - 1][0] + H[n][1:], 1)
    for text, first, second in ((five_six, H[4], H[5]), (one_two, H[0], H[1])):
        found = [p for p in findings(tmp_path, text) if p.code.startswith("S")]
        assert [(p.code, p.severity) for p in found] == [("S2", "error")]
        assert f"把“{first}”和“{second}”两部分合写在一起" in found[0].message


@pytest.mark.parametrize("chrome", ["P. 8", "时间: 2026-01-16 18:22:45 来源:\n打印 分享到:"])
def test_a_page_of_a_flip_book_starting_at_four_lacks_nothing_before_it(tmp_path: Path, chrome: str) -> None:
    """227-wendeng-petitions-bureau-2022: one page of a flip-book ("Page 8 - …年度报告", "P. 8", then 四): no sentence
    before its first heading (page chrome ending in a colon is none), so 一 to 三 are not there to check (a notice),
    not missing (S2 errors)."""
    title = SEED_TEXT.split("\n")[0]
    page = f"Page 8 - {title}\n{chrome}\n{SEED_TEXT[SEED_TEXT.index(H[3]):]}"
    assert [p for p in findings(tmp_path, page) if p.code == "S2"] == []


def test_a_sub_point_of_one_on_another_sections_matter(tmp_path: Path) -> None:
    """242-gaogang-yanjiang-2024 (and 244): 一's （三） is "因政府信息公开申请行政复议、提起行政诉讼情况", section 四's
    matter, and 政府信息管理 moves to （四）: one S6 naming 四, in a whole report and in the copy cut inside 一."""
    moved = SEED_TEXT.replace("(五)监督保障情况", "(六)监督保障情况").replace("(四)平台建设情况", "(五)平台建设情况")
    moved = moved.replace("(三)政府信息管理情况", "(三)因政府信息公开申请行政复议、提起行政诉讼情况。本年度无此类情况。\n"
                          "(四)政府信息管理情况")
    found = s6_s2(tmp_path, moved)
    assert [(c, s) for c, s, _ in found] == [("S6", "warning")] and H[3] in found[0][2]
    copy = ("根据《中华人民共和国政府信息公开条例》规定,现公布泰州市高港区人民政府沿江街道办事处2024年政府信息公开工作"
            "年度报告,报告所列数据统计期限自2024年1月1日起至12月31日止。\n一、总体情况\n沿江街道认真贯彻落实《中华人民共和国政府信息公开条例》和省市区关于政务公开工作的具体要求,"
            "不断推动政府信息公开工作深入开展。\n(一)主动公开情况。通过区管委会(区政府)网站对信息公开年度报告进行公示,"
            "对街道工作职责、内设机构、地址、联系方式进行更新。\n(二)依申请公开办理情况。本年度未收到依申请公开事项的请求。\n"
            "(三)因政府信息公开申请行政复议、提起行政诉讼情况。本年度无此类情况。\n"
            "(四)政府信息管理情况。认真落实主体责任,强化责任共担意识。将政府")
    assert [m for c, _, m in s6_s2(tmp_path, copy) if c == "S6"] == [
        "“一、总体情况”的“（三）因政府信息公开申请行政复议、提起行政诉讼情况”写的是“四、政府信息公开行政复议、行政诉讼情况”"
        "的内容，不是总体情况的五个方面之一"]


@pytest.mark.parametrize("sub", ["（五）监督保障及问题整改情况", "（二）依申请公开及行政复议、诉讼情况"])
def test_an_aspects_own_title_with_another_sections_words_stays_the_aspect(sub: str) -> None:
    from drafter.checks.subpoints import other_section

    assert other_section(sub) is None
    assert other_section("（三）因政府信息公开申请行政复议、提起行政诉讼情况") == 4  # 242: applying for a review


def test_basic_situation_beside_another_sections_title_is_that_section() -> None:
    from drafter.importers.narrative import heading_meaning, merged_meanings

    # "基本情况" alone does not name 一: "二、主动公开政府信息基本情况" is 二's title, not 一 and 二 merged
    assert (heading_meaning("主动公开政府信息基本情况"), merged_meanings("主动公开政府信息基本情况")) == (2, None)
    assert merged_meanings("总体情况及主动公开政府信息情况") == (1, 2)


def test_subpoints_of_one_that_lost_their_number_are_named(tmp_path: Path) -> None:
    """376 (平川区政府办 2025), as printed: 一's second sub-point kept only its closing bracket; S6 names it (a warning).
    A paragraph opening with the aspect's words and no bracket is 一's own text."""

    lines = ["平川区人民政府办公室2025年政府信息公开工作年度报告", "一、总体情况", "2025年,平川区人民政府办公室坚持依法公开。",
             "(一)主动公开。2025年,累计通过区政府门户网站公开政府信息8469条;",
             ")依申请公开2025年共收到政府信息依申请公开11件,其中网络申请4件。"]
    for last, named in ((lines[-1], True), (lines[-1][1:], False)):
        path = tmp_path / "r.txt"
        path.write_text("\n\n".join([*lines[:-1], last]) + "\n", encoding="utf-8")
        found = [p for p in check_report(import_report(path).facts, None, published=True)
                 if p.code == "S6" and "缺少序号" in p.message]
        assert bool(found) == named and all(p.severity == "warning" for p in found)
        assert not named or "依申请公开" in found[0].message


def test_the_introduction_printed_again_under_one_is_named(tmp_path: Path) -> None:
    """402 (清水县白驼镇 2025): the introduction printed again word for word as 一's first paragraph: S10, a warning;
    一 opening with its own text is not."""
    intro = ("根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和《中华人民共和国政府信息公开工作年度报告格式》要求编制"
             "本报告。所列数据的统计期限自2025年1月1日起至2025年12月31日止。")
    for first, named in ((intro, True), ("2025年,白驼镇认真贯彻落实《条例》,扎实推进政务公开工作。", False)):
        path = tmp_path / "r.txt"
        path.write_text("\n".join(["白驼镇2025年政府信息公开工作年度报告", intro, "一、总体情况", first,
                                   "(一)主动公开政府信息情况", "2025年我镇主动公开政府信息50条。"]) + "\n", encoding="utf-8")
        found = [p for p in check_report(import_report(path).facts, None, published=True) if "原样出现" in p.message]
        assert [(p.code, p.severity) for p in found] == ([("S10", "warning")] if named else [])


def test_one_titled_overall_requirements_under_its_numeral_is_one(tmp_path: Path) -> None:
    """455-xiangyin-forestry-bureau-2024: "一、总体要求" followed by the five aspects is 一 worded otherwise (an S4
    warning), not a heading the format lacks and 一 missing; "1、总体要求" (a list's point) is not a section."""
    found = findings(tmp_path, SEED_TEXT.replace(H[0], "一、总体要求"))
    assert [(p.code, p.severity, p.message) for p in found] == [
        ("S4", "warning", "标题“一、总体要求”与统一格式的“一、总体情况”写法不同")]
    from drafter.importers.narrative import heading_number, numbered_meaning
    assert (numbered_meaning(1, "总体要求"), numbered_meaning(1, "总体要求", digits=True), numbered_meaning(2, "总体要求")) \
        == (1, None, None)
    assert heading_number("1、总体要求") is None


def test_a_cut_copys_last_sub_point_closed_by_a_full_stop_is_judged(tmp_path: Path) -> None:
    """596-qingshanhu-district-2022 stops after "(五)回应关切方面。": the title is whole (its full stop), so its theme in
    the fifth place is named; a title without the stop where the copy ends may be cut inside, and is not."""
    cut = SEED_TEXT[:SEED_TEXT.index("(五)监督保障情况")] + "(五)回应关切方面。"
    assert [(c, s) for c, s, m in s6_s2(tmp_path, cut) if "（五）回应关切方面" in m] == [("S6", "warning")]
    assert s6_s2(tmp_path, cut.removesuffix("。")) == []


def test_a_sub_point_numbered_as_the_one_before_is_a_warning(tmp_path: Path) -> None:
    """378-qingshan-environment-2024: "(三)政府信息管理情况" and then "(三)政", where the copy stops: the number
    printed twice is named even though the second title is cut (its theme is not judged)."""
    cut = SEED_TEXT[:SEED_TEXT.index("(四)平台建设情况")] + "(三)政"
    found = s6_s2(tmp_path, cut)
    assert [(c, s) for c, s, _ in found] == [("S6", "warning")]
    assert "小标题序号“（三）”重复（“（三）政府信息管理情况”之后又是“（三）政”）" in found[0][2]
    whole = SEED_TEXT.replace("(四)平台建设情况", "(三)平台建设情况")
    assert [(c, s, "（三）”重复" in m) for c, s, m in s6_s2(tmp_path, whole)] == [("S6", "warning", True)]


def test_the_first_aspect_titled_without_its_zhudong_is_that_aspect(tmp_path: Path) -> None:
    """172 (柳城县古砦仫佬族乡 2025, a copy cut in 一): "(一)公开政府信息情况本年度我乡通过县政府门户网站发布…" is the first
    aspect, 主动公开, titled without 主动 (no S6); a title naming nothing of the five still is one."""
    copy = ("柳城县古砦仫佬族乡2025年政府信息公开工作年度报告\n一、总体情况\n"
            "2025年,古砦乡认真贯彻落实《中华人民共和国政府信息公开条例》,扎实推进政府信息公开工作。\n"
            "(一)公开政府信息情况本年度我乡通过县政府门户网站发布各类工作动态、公示公告等主动公开信息73条。其中乡镇动态3条、"
            "文件类信息公开31条、其他重要信息39条。\n"
            "(二)依申请公开情况。根据《柳州市依申请公开政府信息工作制度》的通知,我乡规范办理流程,明确申请受理、审核、答复等"
            "各环节时限与要求。\n(三)")
    assert [m for c, _, m in s6_s2(tmp_path, copy) if c == "S6"] == []
    other = copy.replace("(一)公开政府信息情况", "(一)组织推动政府信息公开工作")
    assert [c for c, _, _ in s6_s2(tmp_path, other) if c == "S6"] == ["S6"]


def test_a_sub_points_title_run_into_its_text_is_read(tmp_path: Path) -> None:
    """641 (四马路街道 2021), as printed: "(一)组织推动政府信息公开工作成立政府信息公开工作领导小组,…" runs its title into its text
    with no stop; the title is read to its first 工作/情况/公开 and found naming none of the five aspects (S6, a
    warning). A title of two phrases ("(三)完善公开平台,推动政民互动按照…", 579) is not cut at its first 公开."""
    from drafter.importers.narrative import sub_heading

    copy = ("铁东区人民政府四马路街道办事处2021年政府信息公开工作年度报告\n一、总体情况\n"
            "2021,四马路街道办事处认真贯彻落实市、区有关政务公开的文件精神,扎实推进政府信息公开工作.\n"
            "(一)组织推动政府信息公开工作成立政府信息公开工作领导小组,领导小组办公室设立在综合科,纪工委负责监督,安排专人"
            "负责政府信息公开的具体工作,确保政府信息公开工作有人管、有人抓、有落实。\n"
            "(二)积极推动政府信息主动公开由街道综合科牵头,各科室全力配合,形成层层负责,责任到人的政府信息公开工作机制。\n(三)")
    assert [m for c, _, m in s6_s2(tmp_path, copy) if c == "S6"] == [
        "“一、总体情况”的小标题（（一）组织推动政府信息公开工作）不是统一格式的五个方面"]
    assert sub_heading("(二)依申请公开情况2023年乡政府信息依申请公开的件数为0,历年累计") == "（二）依申请公开情况"  # 602
    assert sub_heading("(三)完善公开平台,推动政民互动按照中国气象局的统一部署,发挥吉林气象门户网站作用") is None


def test_a_sub_point_given_to_the_12345_hotline_is_not_the_platforms(tmp_path: Path) -> None:
    """993 (明山区卫生健康局 2024): "(四)12345政务服务平台建设情况" in place of （四）平台建设: one warning naming it (not also
    平台建设 missing); 623's "(三)提高各类政务热线电话及留言平台服务质量" alike. A platform title naming the information's
    platforms as well is the aspect."""
    hotline = SEED_TEXT.replace("(四)平台建设情况。", "(四)12345政务服务平台建设情况。", 1)
    found = s6_s2(tmp_path, hotline)
    assert [(c, s) for c, s, _ in found] == [("S6", "warning")] and "（四）12345政务服务平台建设情况" in found[0][2]
    both = SEED_TEXT.replace("(四)平台建设情况。", "(四)政府网站和12345热线平台建设情况。", 1)
    assert s6_s2(tmp_path, both) == []


def test_a_section_title_closed_by_a_full_stop_and_run_into_its_text(tmp_path: Path) -> None:
    """1051 (a 文化和旅游局 2022, mirrored): "一、总体情况。…严格对照政务信息公开自查的内容,展开了全面自查。一是强化组织领导,…" —
    the heading is read (一 is not reported missing) and 一, written as one paragraph of the bureau's own points, is the
    one warning."""
    one = SEED_TEXT[SEED_TEXT.index(H[0]):ONE_END]
    run_in = SEED_TEXT.replace(one, "一、总体情况。本局严格对照政务信息公开自查的内容,展开了全面自查。一是强化组织领导,完善工作机构。"
                                    "成立了政府信息公开工作领导小组。二是强化流程规范,加强审核管理。严格执行发布审核制度。\n", 1)
    found = s6_s2(tmp_path, run_in)
    assert [(c, s) for c, s, _ in found] == [("S6", "warning")] and "没有分（一）至（五）五个方面来写" in found[0][2]


def test_a_copy_ending_with_a_whole_sentence_of_five_lacks_six(tmp_path: Path) -> None:
    """162 (平潭 农业农村局 2024): the page ends with 五's last sentence whole ("…为建设法治政府、服务型政府提供有力保障。"),
    no 六 and no signature: a warning that 六 is missing if the report ends there (not an error: a page may stop at a
    full stop). Cut inside a sentence of 五, or with 六's matter (the fees) in 五 (1071), it stays a notice."""
    five = SEED_TEXT[:SEED_TEXT.index(H[5])].rstrip() + "\n"
    found = [p for p in findings(tmp_path, five) if p.code == "S2"]
    assert [(p.severity, p.where) for p in found] == [("warning", H[5])] and "如原报告到此为止" in found[0].message
    assert [p for p in findings(tmp_path, five.rstrip()[:-5]) if p.code == "S2"] == []  # cut inside a sentence
    fees = five + "本年度没有产生信息公开处理费。\n"
    assert [p for p in findings(tmp_path, fees) if p.code == "S2"] == []


def test_an_open_list_naming_one_as_its_summary_leaves_six_out() -> None:
    """440 (巫山县玉盘村 2021, 一 headed "一、总体概述"): "本报告包括总体概述,主动公开政府信息,…,存在的主要问题及改进情况等内容" —
    总体概述 is 总体情况 in other words, not the old structure's 概述: five parts and 等, 六 left out (a warning)."""
    found = _intro("本报告包括总体概述,主动公开政府信息,收到和处理政府信息公开申请,政府信息公开行政复议、行政诉讼情况,存在的主要问题及"
                   "改进情况等内容。")
    assert [(p.code, p.severity) for p in found] == [("S10", "warning")] and "六、其他需要报告的事项" in found[0].message
    # two of the old structure's parts are still the old structure
    old = _intro("全文包括概述、主动公开政府信息情况、依申请公开政府信息情况、收费及减免情况、其他需要报告的事项。")
    assert [(p.code, p.severity) for p in old] == [("S10", "error")]


def test_a_bare_table_section_before_the_title_a_copy_stops_inside(tmp_path: Path) -> None:
    """175 (荔湾区公安分局 2023) and 130: "二、主动公开政府信息情况" then "三、收到和处理政府信息公" where the copy stops: 三's title
    begun under its number shows 二 ended bare (a warning, as for a whole copy); with 表二 printed, nothing; a copy
    stopping at "二、主动公" (too little of a title to tell it) is judged as before."""
    two = SEED_TEXT.index(H[1])
    bare = SEED_TEXT[:two] + H[1] + "\n三、收到和处理政府信息公"
    found = [p for p in findings(tmp_path, bare) if p.code == "S2"]
    assert [(p.severity, p.where) for p in found] == [("warning", H[1])]
    table = SEED_TEXT[:SEED_TEXT.index(H[2])] + "三、收到和处理政府信息公"
    assert [p for p in findings(tmp_path, table) if p.code == "S2"] == []


def test_a_table_printed_without_its_sections_heading_is_a_lost_heading(tmp_path: Path) -> None:
    """761 (a 财政局 2024, mirrored): 表三 follows 表二 with no "三、收到和处理政府信息公开申请情况": the part is there, its
    heading lost (a warning, not "报告缺少…部分"); in a copy cut inside 表三 as well (the copy went on to 三)."""
    lost = SEED_TEXT.replace(H[2] + "\n", "", 1)
    found = [p for p in findings(tmp_path, lost) if p.code == "S2"]
    assert [(p.severity, p.where) for p in found] == [("warning", H[2])] and "标题可能在排版或转换中丢失" in found[0].message
    cut = lost[:lost.index(H[3]) - 40]
    assert [(p.severity, p.where) for p in findings(tmp_path, cut) if p.code == "S2"] == [("warning", H[2])]


def test_points_of_a_sub_point_numbered_like_the_sub_points_are_one_warning(tmp_path: Path) -> None:
    """A sub-point divided under 一's own numerals ("（三）政府信息管理情况" / "（一）强化制度保障" "（二）规范发布流程" /
    "（四）平台建设情况"; 985 and 987 did so with the sections' "一、"): one warning naming them, not "（四）排在了（五）之后"
    from reading them as sub-points of 一."""
    three = SEED_TEXT[SEED_TEXT.index("(三)政府信息管理情况。"):SEED_TEXT.index("(四)平台建设情况。")]
    nested = SEED_TEXT.replace(three, "(三)政府信息管理情况\n(一)强化制度保障。建立健全审核制度。\n(二)规范发布流程。严格三审三校。\n", 1)
    found = s6_s2(tmp_path, nested)
    assert [(c, s) for c, s, _ in found] == [("S6", "warning")]
    assert "“（三）政府信息管理情况”下的分点用“（一）强化制度保障”“（二）规范发布流程”编号" in found[0][2]


def test_section_ones_sub_points_numbered_as_sections_are_one_error(tmp_path: Path) -> None:
    """一's sub-points printed "一、主动公开政府信息情况" … "五、监督保障情况" under "一、总体情况", then "二、主动公开政府信息情况":
    one S3 naming them, not a wrong "一、" and a repeated "二、"; their text is filed under 一's five aspects. Sections
    numbered from 一 again ("一、主动公开政府信息情况" "二、收到和处理…申请情况" right after 一) are not read so."""
    text = SEED_TEXT
    for numeral in "一二三四五":
        text = text.replace(f"({numeral})", f"{numeral}、", 1)
    problems = findings(tmp_path, text)
    assert [(p.code, p.severity, p.where) for p in problems] == [("S3", "error", H[0])]
    assert "“一、主动公开政府信息情况”“二、依申请公开政府信息情况”“三、政府信息管理情况”等" in problems[0].message
    assert "（一）主动公开政府信息情况" in problems[0].fix
    path = tmp_path / "report.txt"
    sections = import_report(path).facts.imported.sections  # type: ignore[union-attr]
    assert {"overview.proactive", "overview.requests", "overview.management", "overview.platform",
            "overview.supervision"} <= set(sections) and "主动公开政府信息558条" in sections["overview.proactive"]
    # the proactive and applications sections numbered again from 一 right under 一 stay sections
    again = _renumber(SEED_TEXT, "一一二三四五")
    assert not [p for p in findings(tmp_path, again) if "小标题" in p.message and p.code == "S3"]
