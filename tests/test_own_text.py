"""The agency's own words (``own_text:``): an imported report renders its own sentences again, with the
facts' figures; the facts file keeps them."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from drafter.cli import main
from drafter.facts.dump import dump_facts
from drafter.facts.load import load_facts, parse_facts, parse_yaml
from drafter.facts.model import LastYear
from drafter.importers.report import import_report
from drafter.pipeline import draft_report
from drafter.wording.choose import sentence_keys
from tests.conftest import SEED

SEED_LINES = SEED.read_text(encoding="utf-8").splitlines()


def _seed_paragraph(lead: str) -> str:
    """The seed report's paragraph after its run-in lead "（三）政府信息管理情况。" (half-width brackets there)."""
    line = next(line for line in SEED_LINES if line.startswith(lead))
    return line[len(lead):]


def test_rendering_an_imported_report_says_the_agencys_own_sentences(tmp_path: Path, capsys) -> None:
    """drafter import then drafter render: 一（一）–（五） and 五 are the seed's own paragraphs, not the bank's;
    the report names 晋宁区, so the facts file uses its bank (said), whose 六 is the seed's sentence too."""
    facts_path, report = tmp_path / "facts.yaml", tmp_path / "report.txt"
    assert main(["import", str(SEED), "-o", str(facts_path)]) == 0
    assert "报告署名含“晋宁区”：事实文件使用短语库 jinning" in capsys.readouterr().out
    assert load_facts(facts_path).banks == ["jinning"]
    assert main(["render", str(facts_path), "--format", "txt", "-o", str(report)]) in (0, 1)
    text = report.read_text(encoding="utf-8")
    for lead in ("(一)主动公开政府信息情况。", "(二)依申请公开政府信息情况。", "(三)政府信息管理情况。",
                 "(四)平台建设情况。", "(五)监督保障情况。"):
        assert _seed_paragraph(lead) in text, lead
    start = SEED_LINES.index("(一)存在的主要问题")
    for line in (SEED_LINES[start + 1], *SEED_LINES[start + 3:start + 6]):  # the problems, then three measures
        assert line in text
    assert SEED_LINES[SEED_LINES.index("六、其他需要报告的事项") + 1] in text
    assert "二街镇镇严格按照" in text  # verbatim, the agency's slip included (check's L1 points at it)


def test_own_text_survives_the_facts_file_and_replaces_the_picks() -> None:
    facts = import_report(SEED).facts
    assert set(facts.own_text) == {"proactive", "requests", "management", "platform", "supervision", "problems",
                                   "measures"}
    facts.last_year = LastYear(2022, "2022年，我镇主动公开政府信息500条。\n一是加强学习。")
    back = parse_facts(parse_yaml(dump_facts(facts), "x"), "x")
    assert back == facts


def test_the_agencys_text_carries_this_years_figures_where_they_are_facts() -> None:
    """Edit the total or a channel or the briefings in the facts file: the agency's sentence says the new figure."""
    facts = import_report(SEED).facts
    facts.overview.proactive.total = 600
    facts.overview.proactive.channels[1] = dataclasses.replace(facts.overview.proactive.channels[1], count=400)
    facts.overview.management.leader_briefings = 3
    said = {c.slot: c.text for c in draft_report(facts).choices}
    assert "主动公开政府信息600条" in said["overview.proactive"] and "“魅力二街”发布400条" in said["overview.proactive"]
    assert "晋宁区人民政府门户网公开118篇" in said["overview.proactive"]
    assert "主要领导共3次听取" in said["overview.management"]
    assert said["overview.requests.results"] == ""  # the agency's 一（二） tells the results itself


def test_explain_names_the_agencys_text_as_the_source(tmp_path: Path, capsys) -> None:
    facts_path = tmp_path / "facts.yaml"
    assert main(["import", str(SEED), "-o", str(facts_path)]) == 0
    capsys.readouterr()
    assert main(["explain", str(facts_path)]) == 0
    assert "本机关原文" in capsys.readouterr().out


def test_sections_without_own_text_are_the_banks() -> None:
    facts = import_report(SEED).facts
    del facts.own_text["management"]
    said = {c.slot: c.text for c in draft_report(facts).choices}
    assert "二街镇镇" not in said["overview.management"] and "2次" in said["overview.management"]
    assert not sentence_keys(said["overview.management"]) & sentence_keys(facts.imported.sections["overview.management"])  # type: ignore[union-attr]


def test_a_facts_file_with_own_text_loads(tmp_path: Path) -> None:
    path = tmp_path / "f.yaml"
    facts = import_report(SEED).facts
    facts.imported = None
    path.write_text(dump_facts(facts), encoding="utf-8")
    assert load_facts(path).own_text == facts.own_text


def test_importing_a_report_of_a_region_without_a_bank_says_the_national_bank_is_used(tmp_path: Path, capsys) -> None:
    report = tmp_path / "report.txt"
    report.write_text(SEED.read_text(encoding="utf-8").replace("晋宁区", "某某区"), encoding="utf-8")
    assert main(["import", str(report), "-o", str(tmp_path / "f.yaml")]) == 0
    assert "使用全国通用短语库（national）" in capsys.readouterr().out
    assert load_facts(tmp_path / "f.yaml").banks == []


def _seed_without_five_subheadings(tmp_path: Path) -> Path:
    report = tmp_path / "report.txt"
    text = SEED.read_text(encoding="utf-8").replace("(一)存在的主要问题\n", "").replace("(二)改进措施\n", "")
    report.write_text(text, encoding="utf-8")
    return report


def test_five_written_without_subheadings_is_said_whole_and_without_them(tmp_path: Path) -> None:
    """五 of a report with no "（一）存在的主要问题 / （二）改进措施" is rendered as the agency wrote it: its paragraphs,
    no sub-headings added."""
    facts = import_report(_seed_without_five_subheadings(tmp_path)).facts
    assert "improvement" in facts.own_text and "problems" not in facts.own_text
    draft = draft_report(facts).draft
    texts = [getattr(b, "text", "") for b in draft.blocks]
    start = texts.index("五、存在的主要问题及改进情况")
    five = texts[start + 1:texts.index("六、其他需要报告的事项")]
    assert five == facts.own_text["improvement"].split("\n")
    assert five[0].startswith("2023年在政府信息公开工作方面主要存在以下问题") and len(five) == 4


def test_five_with_run_in_subheadings_is_split_at_them() -> None:
    from drafter.importers.section_texts import improvement_texts

    assert improvement_texts(["(一)存在的主要问题:政策解读形式不够丰富。", "(二)改进措施:一是丰富解读形式。二是加强培训。"]) == (
        "政策解读形式不够丰富。", "一是丰富解读形式。二是加强培训。")
