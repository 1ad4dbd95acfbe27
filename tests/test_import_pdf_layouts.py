"""Tables as PDF conversions leave them: labels separated from their numbers, 表四's header as loose text,
a 表二 row that lost a cell. Cells are read where their place is certain, and left unread otherwise."""

from __future__ import annotations

from pathlib import Path

from drafter.importers.report import ImportResult, import_report
from drafter.tables import OUTCOME_LEAF_KEYS, T3_ROWS

LEAVES = list(OUTCOME_LEAF_KEYS)


def _values() -> dict[str, list[int]]:
    """Distinct rows (so a row placed one off would be caught), consistent with their 总计 rows."""
    rows = {key: [i + 1, i % 3, 0, 0, i % 2, 0] for i, key in enumerate(LEAVES)}
    total = [sum(rows[k][c] for k in LEAVES) for c in range(6)]
    rows.update(new_received=[t + 1 for t in total], carried_over=[1] * 6, total=total, carried_forward=[2] * 6)
    return rows


def _table3(bare: set[str], values: dict[str, list[int]] | None = None) -> str:
    """表三 as Markdown, the rows in ``bare`` without their label (it floats above as a loose line)."""
    values = values or _values()
    lines = ["## 表三", "| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |", "|---|---|---|---|---|---|---|---|"]
    for row in T3_ROWS:
        nums = values[row.key]
        cells = " | ".join(str(n) for n in (*nums, sum(nums)))
        if row.key in bare:
            lines += ["", row.labels[-1][:6], "", f"| {cells} |", "|---|---|---|---|---|---|---|"]
        else:
            lines.append(f"| {row.labels[-1]} | {cells} |")
    return "\n".join(lines)


def _report(tmp_path: Path, body: str) -> ImportResult:
    path = tmp_path / "converted.md"
    path.write_text("某某市某某局2024年政府信息公开工作年度报告\n一、总体情况\n略。\n" + body
                    + "\n六、其他需要报告的事项\n本年度未收取信息处理费。\n某某市某某局\n2025年1月20日\n", encoding="utf-8")
    return import_report(path)


def _missing(result: ImportResult) -> set[str]:
    assert result.facts.imported is not None
    return set(result.facts.imported.missing)


def test_bare_rows_are_placed_by_order_between_labelled_rows(tmp_path: Path) -> None:
    bare = {"partially_granted", "withheld.prohibited_by_law", "unable_to_provide.not_held",
            "unable_to_provide.needs_creation", "other_handling.overdue_correction", "other_handling.overdue_fee"}
    result = _report(tmp_path, _table3(bare))
    values = _values()
    for key in (*LEAVES, "new_received", "carried_over", "carried_forward"):
        assert result.facts.applications.row(key) == tuple(values[key]), key
    assert not [m for m in _missing(result) if m.startswith("applications.")]
    assert any("行序" in note for note in result.notes)


def test_bare_rows_stay_unread_when_a_gap_does_not_place_them(tmp_path: Path) -> None:
    """Two bare rows where one labelled row is missing too: three slots, two rows, no certain placement."""
    text = _table3({"partially_granted", "withheld.state_secret"})
    text = "\n".join(line for line in text.split("\n") if "2.其他法律行政法规禁止公开" not in line)
    result = _report(tmp_path, text)
    missing = _missing(result)
    assert {f"applications.partially_granted[{c}]" for c in range(1, 7)} <= missing
    assert {f"applications.withheld.state_secret[{c}]" for c in range(1, 7)} <= missing
    assert result.facts.applications.row("granted") == tuple(_values()["granted"])


def test_bare_rows_stay_unread_when_the_columns_do_not_balance(tmp_path: Path) -> None:
    values = _values()
    values["total"] = [t + 1 for t in values["total"]]  # the printed （七）总计 no longer matches the rows
    result = _report(tmp_path, _table3({"partially_granted"}, values))
    assert {f"applications.partially_granted[{c}]" for c in range(1, 7)} <= _missing(result)


T4_LOOSE_HEADER = """四、政府信息公开行政复议、行政诉讼情况
行政复议行政诉讼
未经复议直接起诉复议后起诉
总计结果结果其他尚未结果结果其他尚未
| 维持 | 纠正 | 结果 | 审结 | 总计 | 总计 |
|---|---|---|---|---|---|
| {row} |
"""


def test_table_four_data_row_under_a_loose_header(tmp_path: Path) -> None:
    row = " | ".join(str(n) for n in (4, 0, 1, 2, 7, 1, 0, 0, 1, 2, 0, 1, 0, 0, 1))
    t4 = _report(tmp_path, T4_LOOSE_HEADER.format(row=row)).facts.reviews_and_lawsuits
    assert (t4.review.upheld, t4.review.other, t4.review.pending, t4.lawsuit_after_review.corrected) == (4, 1, 2, 1)


def test_table_four_row_that_does_not_add_up_is_not_taken(tmp_path: Path) -> None:
    row = " | ".join(str(n) for n in (4, 0, 1, 2, 9, 1, 0, 0, 1, 2, 0, 1, 0, 0, 1))
    result = _report(tmp_path, T4_LOOSE_HEADER.format(row=row))
    assert "表四" in result.unread_tables


def test_table_two_row_that_lost_a_cell_is_not_guessed(tmp_path: Path) -> None:
    """"| 规章 | 22 | 235 |" under a three-column header: which column lost its number is unknown."""
    text = ("| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n|---|---|---|---|\n"
            "| 规章 | 22 | 235 |\n| 行政规范性文件 | 3 | 1 | 9 |\n")
    result = _report(tmp_path, text)
    assert {f"proactive_table.regulations.{c}" for c in ("issued", "repealed", "in_force")} <= _missing(result)
    assert result.facts.proactive_table.normative_documents.in_force == 9
    assert any("规章" in p and "2 个数" in p for p in result.problems)


PDF_DIR = Path(__file__).parent / "data" / "pdf"
MARKDOWN = Path(__file__).parent / "realworld" / "01-shuyang-county-2025.md"


def _reads_the_markdown_copys_tables(path: Path) -> None:
    """Every cell of 表二, 表三, 表四 and every printed 总计 equal to those of the Markdown copy, none unread."""
    got, text = import_report(path).facts, import_report(MARKDOWN).facts
    assert got.imported is not None and text.imported is not None
    assert got.proactive_table == text.proactive_table
    assert got.applications == text.applications and got.reviews_and_lawsuits == text.reviews_and_lawsuits
    assert got.imported.stated_totals == text.imported.stated_totals
    assert [m for m in got.imported.missing if m.startswith(("proactive", "applications", "reviews"))] == []


def test_pdftotext_layout_text_reads_the_same_tables_as_the_report() -> None:
    """`pdftotext -layout` of the fixture PDF: cells padded with runs of spaces, a label wrapped around its
    numbers."""
    _reads_the_markdown_copys_tables(PDF_DIR / "shuyang-county-2025.layout.txt")


def test_pdftotext_layout_row_with_a_blank_cell_is_not_shifted(tmp_path: Path) -> None:
    """A blank cell in `-layout` text is only a wider run of spaces: the row has six numbers for seven
    columns, and which one is blank is not guessed."""
    text = (PDF_DIR / "shuyang-county-2025.layout.txt").read_text(encoding="utf-8")
    row = "6    1   0        0   0       0       7"
    assert row in text
    path = tmp_path / "blank.txt"
    path.write_text(text.replace(row, "6    1   0            0       0       7"), encoding="utf-8")
    result = import_report(path)
    assert {f"applications.not_processed.repeated[{c}]" for c in range(1, 7)} <= _missing(result)
    assert result.facts.applications.row("not_processed.complaints") == (12, 0, 0, 0, 0, 0)


def test_pdftotext_default_text_reads_nothing_wrongly() -> None:
    """Default-mode pdftotext of the same PDF interleaves rows broken at a page: what is read is right, the
    rest is listed as unread (the first number sits on its label's line: "予以公开 290")."""
    raw, text = import_report(PDF_DIR / "shuyang-county-2025.raw.txt").facts, import_report(MARKDOWN).facts
    assert raw.imported is not None
    missing = set(raw.imported.missing)
    read = [row.key for row in T3_ROWS if row.key != "total"
            and not {f"applications.{row.key}[{c}]" for c in range(1, 7)} & missing]
    assert {"new_received", "carried_over", "granted"} <= set(read)
    assert all(raw.applications.row(k) == text.applications.row(k) for k in read)
    assert raw.proactive_table.licensing == text.proactive_table.licensing == 517645
    # 表四's three groups, each header on its numbers' line, found though a garbled 表三 row came first
    assert raw.reviews_and_lawsuits == text.reviews_and_lawsuits
    # the column numbers under each header ("总计 1 2 3 4 5 6") are not taken for the （七）总计 row
    assert text.imported is not None
    assert raw.imported.stated_totals.outcome_totals == text.imported.stated_totals.outcome_totals == (710, 3, 0, 0, 5, 0)


PDFTOTEXT_DEFAULT = """- 4 -
信息内容 本年处理决定数量
行政处罚 3985758
第二十条 第（八）项
行政事业性收费 96171.6
一、本年新收政府信息公开申请数量 3001 53 0 0 61 4 3119
三、
本
年
（一）予以公开 1288 21 0 0 50 3 1362
（二）部分公开（区分处理的，只计这一情
形，不计其他情形） 447 7 0 0 0 0 454
（三）不
予公开
1.属于国家秘密 2 0 0 0 0 0 2
（四）无 1.本机关不掌握相关政府信息 746 12 0 0 10 1 769
2.没有现成信息需要另行制作 5 0 0 0 0 0
"""


def test_pdftotext_default_rows_with_single_spaces(tmp_path: Path) -> None:
    """Single spaces between cells, a label wrapped onto the line of its numbers, the group's name in front of
    a leaf label; a row that lost a number (a blank cell leaves no trace) is not read."""
    path = tmp_path / "fragment.txt"
    path.write_text(PDFTOTEXT_DEFAULT, encoding="utf-8")
    result = import_report(path)
    facts = result.facts
    assert (facts.proactive_table.penalties, str(facts.proactive_table.fees_10k_yuan)) == (3985758, "96171.6")
    apps = facts.applications
    assert apps.row("new_received") == (3001, 53, 0, 0, 61, 4)
    assert apps.row("partially_granted") == (447, 7, 0, 0, 0, 0)
    assert apps.row("withheld.state_secret") == (2, 0, 0, 0, 0, 0)
    assert apps.row("unable_to_provide.not_held") == (746, 12, 0, 0, 10, 1)
    assert result.facts.imported is not None
    assert {f"applications.unable_to_provide.needs_creation[{c}]" for c in range(1, 7)} <= _missing(result)


def test_prose_with_numbers_stays_prose(tmp_path: Path) -> None:
    """Lines that end in a number but are no table row ("共编发文章 1640 篇", a page footer) are left as text."""
    from drafter.importers.spaced_rows import split

    for line in ("共编发文章 1640 篇", "- 4 -", "— 3 —", "2025年1月20日", "市科委 2024 年根据本市机构改革", "1"):
        assert split(line, None) is None, line
    # a wrapped label must join into an official one exactly: "予以公开" + "另计" is no label, so the seven
    # numbers stay a row without a label (placed by order, or not at all)
    assert split("另计 447 7 0 0 0 0 454", "（一）予以公开") == (("另计", "447", "7", "0", "0", "0", "0", "454"), False)
    assert split("形，不计其他情形） 447 7 0 0 0 0 454", "（二）部分公开（区分处理的，只计这一情")[1] is True
    # a wrapped label's tail glued to the last number (an unruled PDF table): seven numbers, no label
    assert split("99 0 0 0 2 0 101形)", None) == (("99", "0", "0", "0", "2", "0", "101"), False)


def test_a_pdf_whose_tables_have_no_borders() -> None:
    """No ruled table for pdfplumber: rows are text lines with spaces between the cells, some with a wrapped
    label's tail glued to the last number."""
    _reads_the_markdown_copys_tables(PDF_DIR / "shuyang-county-2025-unruled.pdf")
