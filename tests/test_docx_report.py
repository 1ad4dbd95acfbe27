"""The Word report, reopened: tables with every official label and merge, numbers, layout, fonts."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from drafter.facts.model import Facts
from drafter.importers.docx_tables import read_docx
from drafter.pipeline import draft_report
from drafter.tables import APPLICANT_COLUMNS, T2_BANDS, T3_CORNER, T3_ROWS, T4_GROUPS, T4_RESULTS
from drafter.writers import docx as docx_writer
from tests.conftest import SEED, example_facts, nonzero_facts


def _render(facts: Facts, tmp_path: Path) -> Path:
    path = tmp_path / "r.docx"
    path.write_bytes(docx_writer.render(draft_report(facts).draft))
    return path


@pytest.fixture(scope="module")
def nonzero_docx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _render(nonzero_facts(), tmp_path_factory.mktemp("nz"))


@pytest.fixture(scope="module")
def example_docx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _render(example_facts(), tmp_path_factory.mktemp("ex"))


def _texts(grid) -> set[str]:
    return {cell.text.replace("\n", "") for row in grid for cell in row}


def test_report_has_three_tables_with_every_official_label(nonzero_docx: Path) -> None:
    t2, t3, t4 = read_docx(nonzero_docx).tables
    assert set(T2_BANDS) | {"规章", "行政规范性文件", "本年制发件数", "本年收费金额（单位：万元）"} <= _texts(t2)
    labels3 = {label for row in T3_ROWS for label in row.labels} | set(APPLICANT_COLUMNS) | {T3_CORNER, "总计"}
    assert labels3 <= _texts(t3)
    assert {label for _, label in T4_GROUPS} | {label for _, label in T4_RESULTS} | {"行政诉讼", "总计"} <= _texts(t4)


def test_table3_merges_match_the_official_format(nonzero_docx: Path) -> None:
    t3 = read_docx(nonzero_docx).tables[2 - 1]
    corner = t3[0][0]
    assert (corner.rowspan, corner.colspan) == (3, 3)
    assert (t3[0][3].text, t3[0][3].colspan) == ("申请人情况", 7)
    assert (t3[1][3].text, t3[1][3].rowspan) == ("自然人", 3 - 1)
    assert t3[1][4].colspan == 5 and t3[1][9].rowspan == 2
    results = next(row[0] for row in t3 if row[0].text.replace("\n", "") == "三、本年度办理结果")
    assert results.rowspan == 22
    withheld = next(row[1] for row in t3 if row[1].text.replace("\n", "") == "（三）不予公开")
    assert withheld.rowspan == 8
    first = next(row[0] for row in t3 if row[0].text.startswith("一、"))
    assert first.colspan == 3


def test_table4_has_two_level_header_over_15_columns(nonzero_docx: Path) -> None:
    t4 = read_docx(nonzero_docx).tables[2]
    assert len(t4[0]) == 15 and len(t4) == 4
    assert (t4[0][0].text, t4[0][0].colspan, t4[0][5].text, t4[0][5].colspan) == ("行政复议", 5, "行政诉讼", 10)
    assert all(t4[1][c].rowspan == 2 for c in range(5))
    assert [t4[1][5].text, t4[1][10].text] == ["未经复议直接起诉", "复议后起诉"]


def test_every_number_cell_equals_the_facts_and_totals_are_computed(nonzero_docx: Path) -> None:
    facts = nonzero_facts()
    t2, t3, t4 = read_docx(nonzero_docx).tables
    for i, row in enumerate(T3_ROWS):
        assert [int(c.text) for c in t3[3 + i][3:]] == list(facts.applications.row_with_total(row.key)), row.key
    expected4 = [v for key, _ in T4_GROUPS for v in facts.reviews_and_lawsuits.row_with_total(key)]
    assert [int(c.text) for c in t4[3]] == expected4
    assert [c.text for c in t2[3][1:]] == ["3", "1", "7"]
    assert [t2[r][1].text for r in (6, 9, 10, 13)] == ["11", "12", "13", "4.25"]


def test_page_is_a4_with_gbt9704_margins(example_docx: Path) -> None:
    section = Document(str(example_docx)).sections[0]
    assert (round(section.page_width.mm, 1), round(section.page_height.mm, 1)) == (210.0, 297.0)
    margins = (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
    assert tuple(round(m.mm, 1) for m in margins) == (37.0, 35.0, 28.0, 26.0)


def _east_asia(run) -> str:
    return run._r.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia"))


def test_east_asian_fonts_are_set_on_title_body_and_headings(example_docx: Path) -> None:
    doc = Document(str(example_docx))
    paragraphs = [p for p in doc.paragraphs if p.text]
    fonts = {p.text[:6]: _east_asia(p.runs[-1]) for p in paragraphs}
    assert _east_asia(paragraphs[0].runs[0]) == "方正小标宋简体"
    assert fonts["一、总体情况"] == "黑体"
    assert fonts["（一）存在的"] == "楷体_GB2312"
    body = next(p for p in paragraphs if p.text.startswith("2023年，昆明市"))
    assert _east_asia(body.runs[0]) == "仿宋_GB2312"
    assert body.runs[0]._r.rPr.find(qn("w:rFonts")).get(qn("w:ascii")) == "Times New Roman"
    assert doc.styles["Normal"].paragraph_format.line_spacing.pt == 28.95  # 22 lines in 225 mm
    assert body.style.name == "Normal" and body.paragraph_format.line_spacing is None


def test_page_numbers_alternate_sides(example_docx: Path) -> None:
    with zipfile.ZipFile(example_docx) as zf:
        settings = zf.read("word/settings.xml").decode()
        footers = [zf.read(n).decode() for n in zf.namelist() if n.startswith("word/footer")]
    assert "evenAndOddHeaders" in settings
    assert len(footers) == 2 and all("PAGE" in f and "— " in f for f in footers)
    assert sorted('w:val="right"' in f for f in footers) == [False, True]


# Seed sentences drafter deliberately words differently: seed fragment → drafter's wording.
SEED_CHANGES = {
    # the seed's doubled "二街镇镇" (FORMAT.md §8.3)
    "二街镇镇严格按照": "二街镇严格按照",
    # the seed's ambiguous wording; the standard form is "未收到政府信息公开申请" (FORMAT.md §8.4)
    "我镇没有依申请公开政府信息。": "我镇未收到政府信息公开申请。",
    # the seed joins its three channels with "、" then "，"; drafter joins a list with "、" throughout
    "“魅力二街”发布356条，重大工程": "“魅力二街”发布356条、重大工程",
}


def _seed_sentences() -> list[str]:
    text = SEED.read_text(encoding="utf-8").translate(str.maketrans("(),:;", "（），：；"))
    body = [line for line in text.splitlines() if "|" not in line and not line.startswith(("第二十条", "信息内容"))]
    sentences = []
    for line in body:
        for old, new in SEED_CHANGES.items():
            line = line.replace(old, new)
        sentences += [part.strip() for part in line.replace("。", "。\n").splitlines() if part.strip()]
    return sentences


def test_demo_text_reproduces_the_seed_sentences(example_docx: Path) -> None:
    doc = read_docx(example_docx)
    text = "".join(p.replace("\n", "") for p in doc.paragraphs)  # the title breaks between words
    sentences = _seed_sentences()
    assert len(sentences) >= 38
    assert [s for s in sentences if s not in text] == []
    assert "二街镇镇" not in text


def test_docx_is_a_valid_zip_with_a_title(example_docx: Path) -> None:
    doc = Document(io.BytesIO(example_docx.read_bytes()))
    assert doc.core_properties.title == "昆明市晋宁区二街镇2023年政府信息公开工作年度报告"


def test_long_title_breaks_before_the_fixed_tail_and_short_titles_stay_whole() -> None:
    from drafter.writers.docx import title_lines

    assert title_lines("昆明市晋宁区二街镇2023年政府信息公开工作年度报告") == [
        "昆明市晋宁区二街镇2023年", "政府信息公开工作年度报告"]
    assert title_lines("某镇2023年政府信息公开工作年度报告") == ["某镇2023年政府信息公开工作年度报告"]


def test_signature_follows_gbt9704_indents() -> None:
    from drafter.writers.docx import signature_indents

    # left indents in characters of the 28-character line: the agency 右空二字, the date's first character
    # two characters right of the agency's first
    agency, date = signature_indents("昆明市晋宁区二街镇人民政府", "2024年1月17日")
    assert (agency, date) == (28 - 2 - 13, 28 - 2 - 13 + 2)
    # a date longer than the room after it: the date 右空二字, the agency moves left with it
    agency, date = signature_indents("某局", "2024年12月17日")
    assert (agency, date) == (28 - 2 - 7 - 2, 28 - 2 - 7)
    # a name longer than the line starts at the margin, never left of it (Word would print past the page edge)
    agency, date = signature_indents("平潭综合实验区国有资产管理局与投资促进局联合办公室党政综合办", "2024年12月17日")
    assert agency == 0 and 0 <= date <= 28 - 2 - 7


def test_headings_keep_with_the_next_paragraph(example_docx: Path) -> None:
    with zipfile.ZipFile(example_docx) as zf:
        xml = zf.read("word/document.xml").decode()
    assert xml.count("<w:keepNext/>") >= 1 + 6 + 2  # title, six section headings, two （一）（二） headings
