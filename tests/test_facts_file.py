"""The facts file: loading, validation messages, full-width digits, and the dump round trip."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.errors import FactsError
from drafter.facts.dump import dump_facts
from drafter.facts.load import load_facts, parse_facts, parse_yaml
from tests.conftest import example_facts, nonzero_facts


def _load(tmp_path: Path, text: str):
    path = tmp_path / "f.yaml"
    path.write_text(text, encoding="utf-8")
    return load_facts(path)


MINIMAL = "year: 2023\nagency: {name: 某某镇人民政府, short_name: 某某镇, kind: 镇}\nsigning_date: 2024-01-10\n"


def test_minimal_file_means_all_tables_zero(tmp_path: Path) -> None:
    facts = _load(tmp_path, MINIMAL)
    assert facts.applications.is_zero() and facts.reviews_and_lawsuits.is_zero()
    assert facts.agency.report_name == "某某镇"


def test_bundled_example_has_the_seed_facts() -> None:
    facts = example_facts()
    assert (facts.year, facts.agency.short_name, facts.overview.proactive.total) == (2023, "二街镇", 558)
    assert [c.count for c in facts.overview.proactive.channels] == [118, 356, 4]
    assert facts.signing_date.isoformat() == "2024-01-17"


def test_dump_then_load_gives_the_same_facts() -> None:
    for facts in (example_facts(), nonzero_facts()):
        assert parse_facts(parse_yaml(dump_facts(facts), "x"), "x") == facts


def test_full_width_digits_are_accepted(tmp_path: Path) -> None:
    facts = _load(tmp_path, MINIMAL + "applications:\n  new_received: ['５', 0, 0, 0, 0, 0]\n"
                  "overview: {proactive: {total: '５５８'}}\n")
    assert facts.applications.row("new_received")[0] == 5
    assert facts.overview.proactive.total == 558


def test_yaml_syntax_error_names_line_and_column(tmp_path: Path) -> None:
    with pytest.raises(FactsError, match=r"第 2 行第 1 列：含有制表符"):
        _load(tmp_path, "year: 2023\n\tagency: x\n")
    with pytest.raises(FactsError, match=r"第 3 行第 \d+ 列：此处多了冒号"):
        _load(tmp_path, "year: 2023\nagency:\n  name: a: b\n")


def test_unknown_key_suggests_the_nearest_valid_key(tmp_path: Path) -> None:
    with pytest.raises(FactsError, match="是否想写“applications”"):
        _load(tmp_path, MINIMAL + "aplications: {}\n")


@pytest.mark.parametrize(("value", "fragment"), [
    ("-1", "不能为负数"),
    ("1.5", "不能有小数"),
    ("abc", "应为整数"),
    ("true", "不能是“是/否”"),
])
def test_bad_counts_are_named_by_field(tmp_path: Path, value: str, fragment: str) -> None:
    with pytest.raises(FactsError) as err:
        _load(tmp_path, MINIMAL + f"proactive_table: {{licensing: {value}}}\n")
    assert "proactive_table.licensing" in str(err.value) and fragment in str(err.value)


def test_a_row_must_have_six_numbers(tmp_path: Path) -> None:
    with pytest.raises(FactsError, match="applications.granted.*6 个数"):
        _load(tmp_path, MINIMAL + "applications: {granted: [1, 2]}\n")


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    with pytest.raises(FactsError, match="有 3 处问题"):
        _load(tmp_path, MINIMAL + "proactive_table: {licensing: -1, penalties: x}\nfoo: 1\n")


def test_missing_required_fields_are_listed(tmp_path: Path) -> None:
    with pytest.raises(FactsError) as err:
        _load(tmp_path, "year: 2023\n")
    assert "agency" in str(err.value) and "signing_date" in str(err.value)


def test_amount_in_yuan_is_refused_with_a_fix(tmp_path: Path) -> None:
    with pytest.raises(FactsError, match="万元"):
        _load(tmp_path, MINIMAL + "proactive_table: {fees_10k_yuan: '1200元'}\n")


def test_empty_and_non_mapping_files_are_refused(tmp_path: Path) -> None:
    for text in ("", "- a\n- b\n"):
        with pytest.raises(FactsError, match="空的或不是"):
            _load(tmp_path, text)


@pytest.mark.parametrize(("path", "label"), [
    ("applications.new_received[1]", "表三 · 一、本年新收政府信息公开申请数量 · 自然人"),
    ("applications.withheld.state_secret[7]", "表三 · （三）不予公开 1.属于国家秘密 · 总计"),
    ("applications.granted", "表三 · （一）予以公开"),
    ("applications.granted[8]", ""),
    ("proactive_table.normative_documents.in_force", "表二 · 行政规范性文件 · 现行有效件数"),
    ("proactive_table.licensing", "表二 · 行政许可 · 本年处理决定数量"),
    ("proactive_table.fees_10k_yuan", "表二 · 行政事业性收费 · 本年收费金额（单位：万元）"),
    ("reviews_and_lawsuits.lawsuit_direct.pending", "表四 · 行政诉讼 · 未经复议直接起诉 · 尚未审结"),
    ("reviews_and_lawsuits.review", "表四 · 行政复议"),
    ("agency.name", ""),
])
def test_table_fields_are_named_by_their_official_labels(path: str, label: str) -> None:
    """One function names any table field by the official labels, for load errors and check problems alike."""
    from drafter.tables import cell_where

    assert cell_where(path) == label
