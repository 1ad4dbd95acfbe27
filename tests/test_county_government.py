"""Agency kind 县级政府: a county's, district's, county-level city's or 旗's own report (the county office drafts it
from ``drafter summary``'s 全县汇总.yaml). It calls itself 我县/我区/我市/我旗 by its name, its 规章 row is an E1
error worded for a 县级人民政府, the interview derives the kind from the name, and import reads it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from drafter.checks.rules import check_facts
from drafter.cli import main
from drafter.facts.model import Agency, DocRow, Facts, ProactiveTable, county_short_name
from drafter.importers.report import import_report
from drafter.interview.basic_defaults import derive_short_name, kind_of, no_regulations
from drafter.pipeline import draft_report
from drafter.summary.sums import county_agency
from drafter.wording.context import build_context
from drafter.writers.text import render_text

REALWORLD = Path(__file__).resolve().parent / "realworld"


def _county(name: str, short: str) -> Facts:
    return Facts(2024, Agency(name, short, "县级政府"), dt.date(2025, 1, 20), banks=["national"])


@pytest.mark.parametrize(("name", "short", "words"), [
    ("昆明市晋宁区人民政府", "晋宁区", ("我区", "区政府", "全区", "晋宁区人民政府")),
    ("沭阳县人民政府", "沭阳县", ("我县", "县政府", "全县", "沭阳县人民政府")),
    ("安宁市人民政府", "安宁市", ("我市", "市政府", "全市", "安宁市人民政府")),  # a county-level city, kind chosen
    ("阿拉善左旗人民政府", "阿拉善左旗", ("我旗", "旗政府", "全旗", "阿拉善左旗人民政府")),
])
def test_a_county_government_calls_itself_by_its_name(name: str, short: str, words: tuple[str, ...]) -> None:
    ctx = build_context(_county(name, short))
    assert (ctx["self_ref"], ctx["local_gov"], ctx["whole"], ctx["agency"]["organ"]) == words
    assert ctx["agency"]["is_department"] is False


def test_the_report_says_我区_and_never_本机关() -> None:
    draft = draft_report(_county("昆明市晋宁区人民政府", "晋宁区")).draft
    said = "".join(p.text for p in draft.paragraphs())
    assert said.count("我区") >= 5 and "本机关" not in said
    assert render_text(draft).rstrip().split("\n")[-2] == "昆明市晋宁区人民政府"


def test_a_regulation_of_a_county_government_is_an_e1_error_worded_for_it() -> None:
    facts = dataclasses.replace(_county("沭阳县人民政府", "沭阳县"), proactive_table=ProactiveTable(regulations=DocRow(1, 0, 1)))
    e1 = [p for p in check_facts(facts) if p.code == "E1"]
    assert e1 and all(p.message.startswith("县级人民政府不能制定规章") for p in e1)


def test_the_interview_derives_the_kind_from_a_county_name_and_asks_it_otherwise() -> None:
    assert derive_short_name("昆明市晋宁区人民政府") == "晋宁区" and derive_short_name("沭阳县人民政府") == "沭阳县"
    assert kind_of({"agency.name": "昆明市晋宁区人民政府"}) == "县级政府"
    assert no_regulations({"agency.name": "昆明市晋宁区人民政府"})
    # a ××市人民政府 may be a 设区的市 (which makes 规章) or a county-level city: asked, not guessed
    assert kind_of({"agency.name": "昆明市人民政府"}) == "" and county_short_name("昆明市人民政府") == ""
    assert kind_of({"agency.name": "昆明市晋宁区司法局"}) == ""  # a department: asked
    assert kind_of({"agency.name": "昆明市晋宁区二街镇人民政府"}) == "镇"


def test_import_reads_a_county_government_and_its_draft_says_我县(tmp_path: Path) -> None:
    facts = import_report(REALWORLD / "01-shuyang-county-2025.md").facts
    assert facts.agency.kind == "县级政府"
    ctx = build_context(facts)
    assert ctx["self_ref"] == "我县"


def test_the_county_total_of_drafter_summary_is_the_county_governments_report() -> None:
    agency = county_agency("晋宁区")
    assert (agency.name, agency.short_name, agency.kind) == ("晋宁区人民政府", "晋宁区", "县级政府")
    assert county_agency("晋宁区教育体育局").kind == "部门"


def test_a_facts_file_names_the_kinds_when_one_is_wrong(tmp_path: Path, capsys) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("schema: 1\nyear: 2024\nagency: {name: 沭阳县人民政府, short_name: 沭阳县, kind: 县政府}\n"
                    "signing_date: 2025-01-20\n", encoding="utf-8")
    assert main(["render", str(path)]) == 1
    err = capsys.readouterr().err
    assert "机关类型“县政府”无效" in err and "镇、乡、街道、县级政府、部门" in err
