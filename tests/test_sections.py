"""Sections 五 and 六 (S7, S8), copied sections (S9) and contradictions in the text (D7, with D3), broken
once each in the seed report and in a non-zero report: exactly the expected finding."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.tables import SECTION_HEADINGS as H
from tests.test_outline import REPORTS, SEED_TEXT, findings, nonzero_text


def _codes(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    return [(p.code, p.severity) for p in findings(tmp_path, text)]


def _with_section(text: str, section: int, body: str) -> str:
    """The report with section ``section``'s body (between its heading and the next) replaced."""
    start = text.index(H[section - 1]) + len(H[section - 1])
    end = text.index(H[section]) if section < 6 else text.rindex("\n", 0, text.rindex("\n", 0, len(text.rstrip())))
    return text[:start] + "\n" + body + "\n" + text[end:].lstrip("\n") if section < 6 else \
        text[:start] + "\n" + body + text[end:]


@pytest.mark.parametrize("name", REPORTS)
@pytest.mark.parametrize("body", ["无。", "暂无问题。", "无", "本年度政府信息公开工作没有问题。"])
def test_section_five_saying_nothing_is_a_finding(tmp_path: Path, name: str, body: str) -> None:
    problems = findings(tmp_path, _with_section(REPORTS[name](), 5, body))
    assert [(p.code, p.where) for p in problems] == [("S7", H[4])]


def test_section_five_with_measures_but_no_problem(tmp_path: Path) -> None:
    body = "下一步，我镇将进一步加强政府信息公开工作，完善信息发布审核机制。"
    problems = findings(tmp_path, _with_section(SEED_TEXT, 5, body))
    assert [p.code for p in problems] == ["S7"] and "存在的问题" in problems[0].message


@pytest.mark.parametrize("title", ["五、存在的主要问题和改进情况", "五、存在的主要问题及改进情况"])
def test_section_five_with_real_content_passes(tmp_path: Path, title: str) -> None:
    body = "一是信息公开的及时性还需提高；二是公开形式较为单一。下一步，我镇将加强培训，拓宽公开渠道。"
    assert findings(tmp_path, _with_section(SEED_TEXT, 5, body).replace(H[4], title)) == []


def test_section_six_saying_nothing_with_no_fees_is_a_warning_at_most(tmp_path: Path) -> None:
    problems = findings(tmp_path, _with_section(SEED_TEXT, 6, "无。"))
    assert [(p.code, p.severity) for p in problems] == [("S8", "warning")]
    assert "未收取信息处理费" in problems[0].fix


def test_section_six_silent_on_fees_that_were_charged_is_an_error(tmp_path: Path) -> None:
    """The non-zero report's 表三（六）2 has 570 applications dropped for unpaid fees."""
    problems = findings(tmp_path, _with_section(nonzero_text(), 6, "无。"))
    assert [(p.code, p.severity) for p in problems] == [("S8", "error")]


@pytest.mark.parametrize("name", REPORTS)
def test_a_section_copied_from_another_is_a_finding(tmp_path: Path, name: str) -> None:
    text = REPORTS[name]()
    five_start = text.index(H[4]) + len(H[4]) + 1
    improvement = text[five_start:text.index(H[5])].strip()
    problems = findings(tmp_path, _with_section(text, 6, improvement))
    assert [(p.code, p.where) for p in problems if p.code != "S8"] == [("S9", H[5])]


def test_a_subpoint_copied_from_another_is_a_finding(tmp_path: Path) -> None:
    platform = SEED_TEXT.split("(四)平台建设情况。")[1].split("\n")[0]
    supervision = SEED_TEXT.split("(五)监督保障情况。")[1].split("\n")[0]
    problems = findings(tmp_path, SEED_TEXT.replace(supervision, platform))
    assert [p.code for p in problems] == ["S9"] and "overview.supervision" in problems[0].path


@pytest.mark.parametrize("sentence", ["所有申请均已办理完成。", "以上申请均已按时办结。"])
def test_all_handled_with_applications_carried_forward_is_a_finding(tmp_path: Path, sentence: str) -> None:
    """The non-zero report carries 45 applications forward."""
    text = nonzero_text().replace("结转下年度继续办理45件。", "结转下年度继续办理45件。" + sentence)
    problems = findings(tmp_path, text)
    assert [(p.code, p.severity) for p in problems] == [("D7", "error")]
    assert "45" in problems[0].message


def test_all_handled_against_a_carried_forward_count_in_the_table(tmp_path: Path) -> None:
    """The seed with one application received and carried forward to next year, and "所有申请均已办理完成"."""
    text = SEED_TEXT.replace("2023年,我镇没有依申请公开政府信息。", "2023年,我镇收到政府信息公开申请1件,所有申请均已办理完成。")
    for label in ("一、本年新收政府信息公开申请数量", "四、结转下年度继续办理"):
        text = text.replace(f"{label} | 0 | 0 | 0 | 0 | 0 | 0 | 0", f"{label} | 1 | 0 | 0 | 0 | 0 | 0 | 1")
    assert _codes(tmp_path, text) == [("D7", "error")]


def test_none_received_against_applications_accepted_elsewhere(tmp_path: Path) -> None:
    text = SEED_TEXT.replace("2023年无收取信息处理费情况。", "2023年无收取信息处理费情况。全年受理政府信息公开申请3件。")
    text = text.replace("我镇没有依申请公开政府信息", "我镇未收到政府信息公开申请")
    # the two sentences contradict each other (D7), and "受理…3件" is not 表三's 0 (D1: 受理 is read as 收到)
    assert _codes(tmp_path, text) == [("D1", "error"), ("D7", "error")]


def test_no_review_against_cases_in_table_four(tmp_path: Path) -> None:
    text = nonzero_text()
    start = text.index("我街道因政府信息公开工作被申请行政复议")
    end = text.index("。", start)
    text = text[:start] + "我街道未发生因政府信息公开工作被申请行政复议的情况" + text[end:]
    assert _codes(tmp_path, text) == [("D3", "error")]
