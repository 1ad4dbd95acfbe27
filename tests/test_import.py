"""drafter import: the seed text, drafter's own reports, and real-world formatting variants back into facts."""

from __future__ import annotations

import dataclasses
import importlib
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafter.draft import placeholder
from drafter.facts.dump import dump_facts
from drafter.facts.load import parse_facts, parse_yaml
from drafter.facts.model import (
    Applications,
    DocRow,
    Facts,
    Imported,
    ProactiveTable,
    ReviewRow,
    ReviewsAndLawsuits,
    StatedTotals,
)
from drafter.facts.narrative import IMPORTED_SECTIONS
from drafter.importers.report import import_report
from drafter.pipeline import draft_report
from drafter.tables import T3_ROWS
from drafter.wording.unread import UNSAID_PARTS
from drafter.writers import docx as docx_writer
from tests.conftest import SEED, example_facts, nonzero_facts


def table_facts(facts: Facts) -> tuple[object, ...]:
    apps = {row.key: facts.applications.row(row.key) for row in T3_ROWS}
    return facts.proactive_table, apps, facts.reviews_and_lawsuits


def _import_draft(facts: Facts, tmp_path: Path, suffix: str) -> Facts:
    """Render with drafter's writer for ``suffix`` and import the file back."""
    module = {".docx": "docx", ".html": "html", ".md": "markdown", ".txt": "text"}[suffix]
    path = tmp_path / f"r{suffix}"
    path.write_bytes(importlib.import_module(f"drafter.writers.{module}").render(draft_report(facts).draft))
    return import_report(path).facts


def test_seed_text_gives_the_bundled_example_tables_and_identity() -> None:
    """The flattened 二街镇 page yields the example's tables, year, agency, date, total and channels."""
    result = import_report(SEED)
    facts, example = result.facts, example_facts()
    assert table_facts(facts) == table_facts(example)
    assert (facts.year, facts.signing_date, facts.agency) == (example.year, example.signing_date, example.agency)
    assert facts.overview.proactive.total == 558
    assert facts.overview.proactive.channels == example.overview.proactive.channels
    assert result.problems == [] and result.unread_tables == [] and not result.old_format


def test_seed_keeps_narrative_and_stated_totals() -> None:
    """Section texts are kept verbatim (with the seed's "二街镇镇") and the printed 总计 cells are recorded."""
    imported = import_report(SEED).facts.imported
    assert imported is not None
    assert "二街镇镇严格按照" in imported.sections["overview.management"]
    assert imported.sections["other"] == "2023年无收取信息处理费情况。"
    assert imported.stated_totals.row_totals["new_received"] == 0 and len(imported.stated_totals.row_totals) == 25
    assert imported.stated_totals.review_totals == {"review": 0, "lawsuit_direct": 0, "lawsuit_after_review": 0}


def test_imported_facts_survive_dump_and_load_exactly() -> None:
    """The facts file written by import (with its imported: block) loads back to equal facts."""
    facts = import_report(SEED).facts
    assert parse_facts(parse_yaml(dump_facts(facts), "x"), "x") == facts


def test_the_publisher_the_page_names_survives_dump_and_load() -> None:
    """1151 (东河区应急管理局 2021): the column's line "应急管理局政府信息公开工作年度报告" above the district's title is the
    page's publisher, kept in the facts file."""
    facts = import_report(Path(__file__).parent / "realworld" / "1151-donghe-emergency-2021.txt").facts
    assert facts.imported is not None and facts.imported.publisher == "应急管理局"
    assert 'publisher: "应急管理局"' in dump_facts(facts)
    assert parse_facts(parse_yaml(dump_facts(facts), "x"), "x") == facts


@pytest.mark.parametrize("suffix", [".docx", ".html", ".md", ".txt"])
@pytest.mark.parametrize("make", [example_facts, nonzero_facts])
def test_drafter_output_imports_back_to_the_same_tables(make, suffix: str, tmp_path: Path) -> None:
    """drafter's own .docx, HTML, Markdown and text output import back to the same tables and narrative facts."""
    facts = make()
    back = _import_draft(facts, tmp_path, suffix)
    assert table_facts(back) == table_facts(facts)
    assert (back.year, back.signing_date, back.agency) == (facts.year, facts.signing_date, facts.agency)
    assert (back.fees, back.overview.proactive.total) == (facts.fees, facts.overview.proactive.total)
    assert back.overview.proactive.channels == facts.overview.proactive.channels
    said, again = _said(facts), _said(back)  # the narrative comes back as the agency's own text, said again
    for slot in ("overview.management", "overview.platform", "overview.supervision", "problems", "measures"):
        # a sub-point the report left bare is not left bare again: the draft asks for it (highlighted)
        assert again[slot] == (said[slot] or placeholder(UNSAID_PARTS[slot][1])), slot
    assert back.imported is not None and back.imported.sections["intro"].startswith(f"{facts.year}年")


def _said(facts: Facts) -> dict[str, str]:
    return {c.slot: c.text for c in draft_report(facts).choices}


counts = st.integers(min_value=0, max_value=999)
rows6 = st.tuples(*[counts] * 6)


@st.composite
def table_variants(draw: st.DrawFn) -> Facts:
    base = nonzero_facts()
    keys = [r.key for r in T3_ROWS if r.key != "total"]
    rows = {k: draw(rows6) for k in keys}
    reviews = ReviewsAndLawsuits(*(ReviewRow(*draw(st.tuples(*[counts] * 4))) for _ in range(3)))
    fee = draw(st.decimals(min_value=0, max_value=9999, places=2, allow_nan=False, allow_infinity=False))
    table = ProactiveTable(DocRow(*draw(st.tuples(*[counts] * 3))), DocRow(*draw(st.tuples(*[counts] * 3))),
                           draw(counts), draw(counts), draw(counts), fee)
    return dataclasses.replace(base, proactive_table=table, reviews_and_lawsuits=reviews,
                               applications=Applications({k: v for k, v in rows.items() if any(v)}))


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(facts=table_variants())
def test_generated_tables_round_trip_through_docx_and_html(facts: Facts, tmp_path: Path) -> None:
    """Any table values written to .docx or HTML by drafter import back cell for cell."""
    assert table_facts(_import_draft(facts, tmp_path, ".docx")) == table_facts(facts)
    assert table_facts(_import_draft(facts, tmp_path, ".html")) == table_facts(facts)


@pytest.mark.skipif(not shutil.which("soffice"), reason="needs LibreOffice (soffice); .ci/run installs it")
def test_docx_resaved_by_libreoffice_imports_too(tmp_path: Path) -> None:
    """A .docx that LibreOffice re-wrote from drafter's output still gives back every table cell."""
    facts = nonzero_facts()
    source = tmp_path / "r.docx"
    source.write_bytes(docx_writer.render(draft_report(facts).draft))
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                    "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(tmp_path / "lo"), str(source)],
                   check=True, capture_output=True, timeout=180)
    converted = tmp_path / "lo" / "r.docx"
    assert converted.read_bytes() != source.read_bytes()
    result = import_report(converted)
    assert table_facts(result.facts) == table_facts(facts) and result.problems == []
    assert (result.facts.year, result.facts.agency) == (facts.year, facts.agency)


TABLE_PATHS = [f"applications.{r.key}[{c}]" for r in T3_ROWS if r.key != "total" for c in range(1, 7)]
TABLE_PATHS += ["proactive_table.licensing", "proactive_table.fees_10k_yuan", "proactive_table.regulations.issued",
                "reviews_and_lawsuits.review.pending", "fees.notices", "fees.collected_10k_yuan"]
section_text = st.text(alphabet=st.sampled_from(list("镇政府公开条例：:#-|\"'“”（）() \n\t0123456789abc")), max_size=60)


@st.composite
def imported_facts(draw: st.DrawFn) -> Facts:
    facts = nonzero_facts()
    missing = draw(st.lists(st.sampled_from(TABLE_PATHS), unique=True, max_size=8))
    stated = StatedTotals(
        row_totals=draw(st.dictionaries(st.sampled_from([r.key for r in T3_ROWS]), counts, max_size=5)),
        outcome_totals=draw(st.none() | st.tuples(*[counts | st.none()] * 6)),  # None: printed blank
        review_totals=draw(st.dictionaries(st.sampled_from(["review", "lawsuit_direct"]), counts)),
    )
    sections = draw(st.dictionaries(st.sampled_from([k for k, _ in IMPORTED_SECTIONS]), section_text, max_size=4))
    fmt = draw(st.sampled_from(["2021", "2019"]))
    facts.imported = Imported("报告.docx", fmt, missing, stated, {k: v.strip() for k, v in sections.items() if v.strip()})
    for path in missing:  # what import does: an unread cell is 0 in memory
        if path.startswith("applications."):
            key, index = path.removeprefix("applications.").rstrip("]").split("[")
            row = list(facts.applications.row(key))
            row[int(index) - 1] = 0
            facts.applications.rows[key] = tuple(row)
    return facts


@settings(max_examples=60, deadline=None)
@given(facts=imported_facts())
def test_imported_block_survives_dump_and_load(facts: Facts) -> None:
    """Any imported: block (unread cells as null, stated totals, texts with quotes, colons and tabs) loads back equal."""
    facts.applications = Applications({k: v for k, v in facts.applications.rows.items() if any(v)})
    for path in facts.imported.missing if facts.imported else []:
        if not path.startswith("applications."):
            obj, attr = _owner(facts, path)
            setattr(obj, attr, type(getattr(obj, attr))(0))
    assert parse_facts(parse_yaml(dump_facts(facts), "x"), "x") == facts


def _owner(facts: Facts, path: str) -> tuple[object, str]:
    *parents, attr = path.split(".")
    obj: object = facts
    for name in parents:
        obj = getattr(obj, name)
    return obj, attr


def test_odd_texts_from_a_report_still_load_back() -> None:
    """Channel names with ASCII ':' ',' '#' or brackets (as a mangled page gives them) are quoted, not broken."""
    facts = import_report(SEED).facts
    facts.overview.proactive.channels[0].name = ":门户网, 公众号#1 [x]{y}"
    facts.overview.proactive.platforms = "a: b"
    assert parse_facts(parse_yaml(dump_facts(facts), "x"), "x") == facts


def test_an_implausible_title_year_is_not_taken(tmp_path: Path) -> None:
    """A title year outside 2008–2100 is not taken: the year comes from the text (统计期限) instead, and says so."""
    path = tmp_path / "y.txt"
    path.write_text(SEED.read_text(encoding="utf-8").replace("二街镇2023年政府", "二街镇0523年政府", 1), encoding="utf-8")
    result = import_report(path)
    assert result.facts.imported is not None and "year" not in result.facts.imported.missing
    assert result.facts.year == 2023 and any("按正文推断为 2023 年" in note for note in result.notes)


def test_a_sentence_running_into_table_two_without_its_full_stop_is_kept(tmp_path: Path) -> None:
    """990 (宁强县自然资源局 2021): section 二's only sentence has no "。" before 表二's first label; it is kept as the
    section's text, ended for the rules (the table follows it: the copy does not stop inside it)."""
    copy = tmp_path / "r.txt"
    copy.write_text("一、总体情况\n\n2021年,我局认真落实条例。\n\n二、主动公开政府信息情况\n\n"
                    "2021年,我局主动公开信息66条,其中:信息公开年报1条、通知公告18条、人大建议政协提案2条、部门预决算公开2条、"
                    "行政许可事项3条、行政处罚1,回复公众诉求件9\n\n第二十条第(一)项\n\n信息内容\n\n本年发件\n\n规章\n\n0\n\n0\n\n0\n",
                    encoding="utf-8")
    kept = import_report(copy).facts.imported.sections
    assert kept["proactive_table"].startswith("2021年,我局主动公开信息66条") and kept["proactive_table"].endswith("件9。")
