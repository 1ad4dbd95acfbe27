"""drafter check on a published report: import in memory, then every check; --last may be a report too."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from drafter.cli import main
from drafter.pipeline import load_last
from tests.conftest import SEED, example_facts

SEED_TEXT = SEED.read_text(encoding="utf-8")


def _codes(capsys) -> set[str]:
    return {p["code"] for p in json.loads(capsys.readouterr().out)["problems"]}


def test_check_reads_the_seed_report_directly(tmp_path: Path, capsys) -> None:
    """The seed's 558 ≠ 118+356+4 and "二街镇镇" are found straight from the .txt, and nothing is written."""
    folder = tmp_path / "in"
    folder.mkdir()
    report = folder / "seed.txt"
    report.write_text(SEED_TEXT, encoding="utf-8")
    assert main(["check", str(report), "--format", "json"]) == 0
    assert {"D4", "L1"} <= _codes(capsys)
    assert sorted(p.name for p in folder.iterdir()) == ["seed.txt"]


def test_check_reports_a_printed_total_that_does_not_add_up(tmp_path: Path, capsys) -> None:
    """A 表三 row whose printed 总计 disagrees with its cells is an error (exit 1)."""
    report = tmp_path / "bad.txt"
    report.write_text(SEED_TEXT.replace("一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0",
                                        "一、本年新收政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 1"), encoding="utf-8")
    assert main(["check", str(report), "--format", "json"]) == 1
    assert {"A1", "B1"} <= _codes(capsys)


def test_check_takes_a_report_without_title_or_date(tmp_path: Path, capsys) -> None:
    """Without title and signing date the report is still checked: the year comes from the text, the date
    rule is listed once as not checked (a notice), and the tables are checked as usual."""
    report = tmp_path / "untitled.txt"
    lines = SEED_TEXT.strip().split("\n")
    report.write_text("\n".join(lines[1:-1]), encoding="utf-8")
    assert main(["check", str(report), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert "D4" in {p["code"] for p in data["problems"]}
    assert [p["code"] for p in data["not_checked"]] == ["E5"]
    assert data["not_checked"][0]["message"].startswith("未能检查") and "缺少落款日期" in data["not_checked"][0]["message"]


def test_last_year_may_be_a_published_report() -> None:
    """--last accepts last year's report: it is imported and used as last year's facts."""
    this_year = dataclasses.replace(example_facts(), year=2024)
    last = load_last(SEED, this_year)
    assert (last.year, last.overview.proactive.total) == (2023, 558)


def test_interview_can_start_from_last_years_published_report(tmp_path: Path) -> None:
    """interview --from accepts the published report: next year's defaults come from the imported facts."""
    from drafter.interview.session import Options, start_state

    state, last = start_state(Options(facts_path=tmp_path / "2024.yaml", from_path=SEED))
    assert state.auto["year"] == 2024 and state.baseline["year"] == 2024 and last is not None and last.year == 2023
    assert state.baseline["basis_notice"].endswith("关于做好2024年政府信息公开工作年度报告编制公布工作的通知》")


def test_a_report_silent_on_fees_is_not_a_blank_cell_error(tmp_path: Path, capsys) -> None:
    """信息处理费 not mentioned in 六 is listed by import but is not reported as a blank table cell (B5)."""
    report = tmp_path / "nofee.txt"
    report.write_text(SEED_TEXT.replace("2023年无收取信息处理费情况。", "无。"), encoding="utf-8")
    assert main(["check", str(report), "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert "B5" not in {p["code"] for p in json.loads(captured.out)["problems"]}
    assert "信息处理费" in captured.err


def test_render_will_not_print_unread_cells_as_zero(tmp_path: Path, capsys) -> None:
    """An imported report whose 表二 行政规范性文件 ran together (28, unread): rendering it would print 0 in
    those cells and "未制发、废止…行政规范性文件" in the text. Render stops with an error naming the table;
    once the clerk fills the cells in, it renders them."""
    facts_path = tmp_path / "p28.yaml"
    source = Path(__file__).parent / "realworld" / "28-pingtan-2024.txt"
    assert main(["import", str(source), "-o", str(facts_path)]) == 0
    text = facts_path.read_text(encoding="utf-8")
    text = text.replace('  name: ""', '  name: "平潭综合实验区管理委员会"', 1)
    text = text.replace("signing_date: ", "signing_date: 2025-01-20", 1)
    facts_path.write_text(text, encoding="utf-8")
    capsys.readouterr()
    assert main(["render", str(facts_path), "-o", str(tmp_path / "r.txt"), "--format", "txt"]) == 1
    assert "未生成报告" in capsys.readouterr().err and not (tmp_path / "r.txt").exists()
    assert any(m.startswith("表二中有 3 格没有从原报告读出") and "null（不是 0）" in m for m in _errors(facts_path, capsys))

    filled = text.replace("normative_documents: {issued: null, repealed: null, in_force: null}",
                          "normative_documents: {issued: 62, repealed: 5, in_force: 300}")
    assert filled != text
    facts_path.write_text(filled, encoding="utf-8")
    assert main(["render", str(facts_path), "-o", str(tmp_path / "r.txt"), "--format", "txt"]) == 0
    report = (tmp_path / "r.txt").read_text(encoding="utf-8")
    assert "行政规范性文件 | 62 | 5 | 300" in report
    assert not any("没有从原报告读出" in m for m in _errors(facts_path, capsys))


def test_render_will_not_say_no_fees_were_collected_when_the_report_did_not_say(tmp_path: Path, capsys) -> None:
    """37's 六 says only "无。": the fee figures are unknown, and a rendered "未收取信息处理费" would be made up."""
    facts_path = tmp_path / "p37.yaml"
    source = Path(__file__).parent / "realworld" / "37-pingtan-econdev-2025.txt"
    assert main(["import", str(source), "-o", str(facts_path)]) == 0
    text = facts_path.read_text(encoding="utf-8").replace('  name: ""', '  name: "平潭综合实验区经济发展局"', 1)
    facts_path.write_text(text.replace("signing_date: ", "signing_date: 2026-01-20", 1), encoding="utf-8")
    capsys.readouterr()
    assert main(["render", str(facts_path), "-o", str(tmp_path / "r.txt"), "--format", "txt"]) == 1
    assert any(m.startswith("第六部分的收费通知件数、收费通知金额、实际收取的信息处理费没有从原报告读出")
               for m in _errors(facts_path, capsys))


def _errors(facts_path: Path, capsys) -> list[str]:
    """The error messages of the gate ``render`` passes (the draft about to be written)."""
    from drafter.checks.gate import before_render
    from drafter.checks.rules import ERROR
    from drafter.facts.load import load_facts
    from drafter.pipeline import draft_report

    facts = load_facts(facts_path)
    problems = before_render(facts, facts_path, draft_report(facts).draft, stop=False)
    capsys.readouterr()
    return [p.message for p in problems if p.severity == ERROR]
