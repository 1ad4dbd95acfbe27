"""A stored copy cut short inside a table row (the stored-page index keeps a page's first ~2,000 bytes): where
every cell leaves a line ("|" layouts: a blank cell is a bare "|"), the row's first cells are read and the rest
listed as cut off; where a blank cell may leave nothing (one cell a line), the row stays unread unless the copy shows
its layout keeps every cell (rows above whole)."""

from __future__ import annotations

from pathlib import Path

from drafter.importers.report import import_report
from tests.test_import_layouts import HEAD, T3_HEADER, _suffixed

DOCS = [f"proactive_table.normative_documents.{c}" for c in ("issued", "repealed", "in_force")]


def _import(tmp_path: Path, text: str):
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    return import_report(path)


def _cut(text: str, after: str) -> str:
    """``text`` cut right after the last ``after`` (no newline: the copy simply stops)."""
    return text[:text.rindex(after) + len(after)]


def test_a_table2_row_cut_after_two_cells(tmp_path: Path) -> None:
    text = _cut(HEAD + _suffixed(("规章", "0", "0", "0"), ("行政规范性文件", "2", "1", "9")), "1 |")
    facts = _import(tmp_path, text).facts
    assert facts.imported is not None
    assert (facts.proactive_table.normative_documents.issued, facts.proactive_table.normative_documents.repealed) \
        == (2, 1)
    assert [p for p in DOCS if p in facts.imported.missing] == [DOCS[2]]
    assert DOCS[2] not in facts.imported.blank


def test_a_cut_row_keeps_its_blank_cells_and_its_own_last_cell_whose_bar_was_cut(tmp_path: Path) -> None:
    """"行政规范性文件 |", "|" (blank), then "0" with its " |" cut off: 制发 blank, 废止 0 (no count goes on after a 0),
    现行有效 cut off; cut after a "3" instead, 废止 is unread too (it may have been "31"), and so the row."""
    text = _cut(HEAD + _suffixed(("规章", "0", "0", "0"), ("行政规范性文件", "", "0", "5")), "0")
    facts = _import(tmp_path, text).facts
    assert facts.imported is not None
    assert DOCS[0] in facts.imported.blank and DOCS[1] not in facts.imported.missing
    assert DOCS[2] in facts.imported.missing and DOCS[2] not in facts.imported.blank
    facts = _import(tmp_path, _cut(HEAD + _suffixed(("规章", "0", "0", "0"), ("行政规范性文件", "", "3", "5")), "3")).facts
    assert facts.imported is not None
    assert set(DOCS) <= set(facts.imported.missing)  # a trailing blank left alone is not read either


def test_a_table3_row_cut_after_three_cells(tmp_path: Path) -> None:
    rows = ["一、本年新收政府信息公开申请数量 |", "4 |", "1 |", "0 |", "0 |", "0 |", "0 |", "5 |", "||",
            "二、上年结转政府信息公开申请数量 |", "1 |", "0 |", "2 |", "0 |", "0 |", "0 |", "3 |", "||"]
    text = HEAD + _suffixed(("规章", "0", "0", "0")) + "\n" + "\n".join([*T3_HEADER, *rows])
    facts = _import(tmp_path, _cut(text, "2 |")).facts
    assert facts.imported is not None
    assert facts.applications.row("new_received") == (4, 1, 0, 0, 0, 0)
    assert facts.applications.row("carried_over")[:3] == (1, 0, 2)
    missing = set(facts.imported.missing)
    assert {f"applications.carried_over[{c}]" for c in (4, 5, 6)} <= missing
    assert not {f"applications.carried_over[{c}]" for c in (1, 2, 3)} & missing
    assert "carried_over" not in facts.imported.stated_totals.row_totals


def test_a_row_cut_where_blank_cells_leave_no_line_stays_unread(tmp_path: Path) -> None:
    """"行政规范性文件", "0", "0" and the copy ends, in a copy whose lines are not all one empty line apart (the
    introduction's lines follow each other): the missing cell may be a blank before them."""
    cells = ["第二十条第(一)项", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数", "规章", "0", "0", "0",
             "行政规范性文件", "0", "0"]
    facts = _import(tmp_path, HEAD + "\n\n".join(cells)).facts
    assert facts.imported is not None
    assert set(DOCS) <= set(facts.imported.missing)
    assert facts.proactive_table.regulations.in_force == 0 and "proactive_table.regulations.in_force" not in \
        facts.imported.missing


def test_a_row_cut_in_a_copy_of_lines_one_empty_line_apart_after_a_whole_row(tmp_path: Path) -> None:
    """65 (对坊乡 2023): every line of the copy one empty line apart, never two, "规章", "0", "0", "0" whole, then
    "行政规范性文件", "0", "0" and the copy's end (2,000 bytes, the last ending a line): no blank cell has left an
    empty line there nor vanished from a row, so the copy stops inside the row: its first two cells are read, the
    third is cut off. Without the whole row above ("规章", "0" and the end, 681) nothing is read."""
    cells = [*HEAD.strip().split("\n"), "第二十条第(一)项", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数", "规章",
             "0", "0", "0", "行政规范性文件", "0", "0"]
    facts = _import(tmp_path, "\n\n".join(cells) + "\n\n").facts
    assert facts.imported is not None
    docs = facts.proactive_table.normative_documents
    assert (docs.issued, docs.repealed) == (0, 0) and DOCS[2] in facts.imported.missing
    assert DOCS[:2] == [p for p in DOCS if p not in facts.imported.missing]
    first = _import(tmp_path, "\n\n".join(cells[:-6]) + "\n\n").facts
    assert first.imported is not None and "proactive_table.regulations.issued" in first.imported.missing


def test_a_short_cut_copy_of_the_bar_layout_is_still_read_as_one_cell_per_line(tmp_path: Path) -> None:
    """78 cut after 规章's second "0 |": nine cell lines are enough to know the layout; "规章 |" is a label, never a
    row of blank cells."""
    lines = ["二、主动公开政府信息情况", "第二十条第(一)项 |", "|||", "信息内容 |", "本年制发件数 |", "本年废止件数 |",
             "现行有效件数 |", "规章 |", "0 |", "0 |"]
    facts = _import(tmp_path, HEAD.split("二、")[0] + "\n".join(lines)).facts
    assert facts.imported is not None
    regs = [p.replace("normative_documents", "regulations") for p in DOCS]
    assert not set(regs) & set(facts.imported.blank)
    assert facts.proactive_table.regulations.issued == 0 and regs[0] not in facts.imported.missing
    assert regs[2] in facts.imported.missing


def test_a_flattened_row_the_copy_stops_inside_is_not_blank(tmp_path: Path) -> None:
    """"行政许可 | " and "| 规章 | | " at the end of a pipe-text copy: the cut took the cells, the report did not
    leave them blank; a 表二 pipe-text row cut after some cells is not read either (such rows also lose cells, 30;
    a 表三 row after whole rows is: test_import_layouts)."""
    head = HEAD + "第二十条第(一)项 | ||||\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 | |\n"
    for tail, paths in (("规章 | 0 | 0 | 0 | |\n行政规范性文件 | 0 | 0 | 0 | |\n第二十条第(五)项 | ||||\n"
                         "信息内容 | 本年处理决定数量 | ||\n行政许可 | ", ["proactive_table.licensing"]),
                        ("规章 | | ", [p.replace("normative_documents", "regulations") for p in DOCS]),
                        ("规章 | 3 | ", [p.replace("normative_documents", "regulations") for p in DOCS])):
        facts = _import(tmp_path, head + tail).facts
        assert facts.imported is not None
        assert set(paths) <= set(facts.imported.missing) and not set(paths) & set(facts.imported.blank), tail


def test_the_number_a_copy_ends_in_may_be_cut_short(tmp_path: Path) -> None:
    """"… 34 0 0 0 0 0 3" (the 总计 34 cut to 3), a run-together "(一)予以公开2200000" (of "220000022") and a 2019
    行政事业性收费 row cut after its 上一年项目数量 are not read; a last row whose 总计 is the sum of its six cells is
    whole (a copy saved without a final line break), and so is a lone "0" on its line."""
    t3 = "\n".join(["三、收到和处理政府信息公开申请情况", "申请人情况 自然人 法人或其他组织 总计",
                    "一、本年新收政府信息公开申请数量 40 0 0 0 0 0 40"])
    facts = _import(tmp_path, HEAD + t3 + "\n二、上年结转政府信息公开申请数量 34 0 0 0 0 0 3").facts
    assert facts.imported is not None and "carried_over" not in facts.imported.stated_totals.row_totals
    facts = _import(tmp_path, HEAD + t3 + "\n二、上年结转政府信息公开申请数量 34 0 0 0 0 0 34").facts
    assert facts.imported is not None and facts.imported.stated_totals.row_totals["carried_over"] == 34
    one_line = (Path(__file__).parent / "realworld" / "27-pingtan-2023.txt").read_text(encoding="utf-8")
    cut = one_line[:one_line.index("予以公开") + len("予以公开") + 7]
    facts = _import(tmp_path, cut).facts
    assert facts.imported is not None and "applications.granted[1]" in facts.imported.missing
    old = HEAD + "第二十条第(八)项 | ||||\n信息内容 | 上一年项目数量 | 本年增/减 | ||\n行政事业性收费 | 0 | "
    facts = _import(tmp_path, old).facts
    assert facts.imported is not None and "proactive_table.fees_10k_yuan" in facts.imported.missing


def test_a_one_line_page_cut_before_five_reads_the_tables_it_has(tmp_path: Path) -> None:
    """平潭 2025 cut inside 表三: 表二 and the 表三 rows before the cut are read; the row the copy ends in
    ("…数量2100000 21", whole here but a cut may have shortened "21") is not, nor read as seven one-digit cells."""
    text = (Path(__file__).parent / "realworld" / "50-pingtan-transport-2025.txt").read_text(encoding="utf-8")
    whole = import_report(Path(__file__).parent / "realworld" / "50-pingtan-transport-2025.txt").facts
    at = text.index("二、上年结转")
    facts = _import(tmp_path, text[:at]).facts
    assert facts.imported is not None
    assert facts.proactive_table.licensing == whole.proactive_table.licensing
    assert "proactive_table.licensing" not in facts.imported.missing
    assert all(p in facts.imported.missing for p in (f"applications.new_received[{c}]" for c in range(1, 7)))
    at = text.index("(一)予以公开") if "(一)予以公开" in text else text.index("（一）予以公开")
    facts = _import(tmp_path, text[:at]).facts
    assert facts.imported is not None
    assert facts.applications.row("new_received") == whole.applications.row("new_received")
    assert "applications.new_received[1]" not in facts.imported.missing


def test_a_web_page_cut_inside_table4s_data_row(tmp_path: Path) -> None:
    """76 cut after the twelfth cell of 表四's data row: with a header naming all fifteen columns, twelve cells are
    a row cut short, not the layout without the 总计 columns (which would shift 诉讼 by one)."""
    results = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    head = ('<tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr><tr>'
            + "".join(f'<td rowspan="2">{r}</td>' for r in results)
            + '<td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr><tr>'
            + "".join(f"<td>{r}</td>" for r in results * 2) + "</tr>")
    data = "".join(f"<td>{n}</td>" for n in (0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0))
    page = (f"<html><body><p>{HEAD.splitlines()[0]}</p><p>四、政府信息公开行政复议、行政诉讼情况</p>"
            f"<table>{head}<tr>{data}<td>0<span st")
    path = tmp_path / "r.html"
    path.write_text(page, encoding="utf-8")
    facts = import_report(path).facts
    assert facts.imported is not None
    assert "reviews_and_lawsuits.lawsuit_direct.upheld" in facts.imported.missing


def test_a_pipe_row_as_wide_as_its_header_keeps_its_blank_cell(tmp_path: Path) -> None:
    """127 (白沙县 2023): "规章 | 0 | 0 | |" under "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |": as many "|"
    cells as the header row, so cell for cell: 现行有效件数 is a blank the report left (B5), not a lost cell. A row
    narrower than its header ("规章 | 0 | 0 |") is still left unread (which cell is missing is unknown)."""
    from drafter.checks.rules import check_report

    head = HEAD + "第二十条第(一)项 | |||\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
    tail = "行政规范性文件 | 15 | 0 | 57 |\n第二十条第(五)项 | |\n"
    regs = [p.replace("normative_documents", "regulations") for p in DOCS]
    facts = _import(tmp_path, head + "规章 | 0 | 0 | |\n" + tail).facts
    assert facts.imported is not None
    assert [p for p in regs if p in facts.imported.missing] == [regs[2]] and regs[2] in facts.imported.blank
    assert (facts.proactive_table.regulations.issued, facts.proactive_table.normative_documents.in_force) == (0, 57)
    assert [p.where for p in check_report(facts, None, published=True) if p.code == "B5" and p.severity == "error"]
    narrow = _import(tmp_path, head + "规章 | 0 | 0 |\n" + tail).facts
    assert narrow.imported is not None
    assert set(regs) <= set(narrow.imported.missing) and not set(regs) & set(narrow.imported.blank)


# 181 (信丰县正平镇 2023): one cell or paragraph a line, an empty line after each; the 行政强制 cell is a line of
# one space between its label and the next header.
_T2_LINES = ["第二十条第(五)项", "信息内容", "本年处理决定数量", "行政许可", "0", "第二十条第(六)项", "信息内容",
             "本年处理决定数量", "行政处罚", "0", "行政强制", " ", "第二十条第(八)项", "信息内容",
             "本年收费金额(单位:万元)", "行政事业性收费", "0", " ", "三、收到和处理政府信息公开申请情况"]


def test_a_line_of_spaces_where_a_cell_line_stands_is_a_blank_cell(tmp_path: Path) -> None:
    """Every other line empty: the line of spaces stands where a cell's line stands, so the layout proves it the
    report's blank (B5). The one after "行政事业性收费", "0" may close the row (152): not a cell, the 0 is read."""
    facts = _import(tmp_path, "\n\n".join([*HEAD.strip().split("\n"), *_T2_LINES])).facts
    assert facts.imported is not None
    assert facts.imported.blank == ["proactive_table.coercive_measures"]
    assert facts.proactive_table.penalties == 0 and facts.proactive_table.fees_10k_yuan == 0
    assert "proactive_table.fees_10k_yuan" not in facts.imported.missing


def test_a_line_of_spaces_stays_unread_where_the_layout_does_not_prove_it_a_cell(tmp_path: Path) -> None:
    """One paragraph with no empty line after it: a line of spaces may be a gap between two cells, not one."""
    text = "\n".join(HEAD.strip().split("\n")) + "\n\n" + "\n\n".join(_T2_LINES)
    facts = _import(tmp_path, text).facts
    assert facts.imported is not None
    assert "proactive_table.coercive_measures" in facts.imported.missing
    assert "proactive_table.coercive_measures" not in facts.imported.blank


# 870 (桦川县卫生健康局 2021), one cell a paragraph, an empty line after each: its 表二 and 表三's first rows
T2_870 = ["二、主动公开政府信息情况", "第二十条第(一)项", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数",
          "规章", "0", "0", "0", "行政规范性文件", "0", "0", "4", "第二十条第(五)项", "信息内容", "本年处理决定数量",
          "行政许可", "16", "第二十条第(六)项", "信息内容", "本年处理决定数量", "行政处罚", "0", "行政强制", "0",
          "第二十条第(八)项", "信息内容", "本年收费金额(单位:万元)", "行政事业性收费"]
T3_870 = ["三、收到和处理政府信息公开申请情况", "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)",
          "申请人情况", "自然人", "法人或其他组织", "总计", "商业", "企业", "科研", "机构", "社会公益组织", "法律服务机构",
          "其他", "一、本年新收政府信息公开申请数量", "1", "0", "0", "0", "0", "0", "1",
          "二、上年结转政府信息公开申请数量", *["0"] * 7, "三、本年度办理结果", "(一)予以公开", "1", *["0"] * 5, "1",
          "(二)部分公开(区分处理的,只计这一情形,不计其他情形)", *["0"] * 6]
HEAD_870 = "桦川县卫生健康局2021年政府信息公开工作年度报告\n\n一、总体情况\n\n2021年,卫健局信息公开工作运行良好。\n\n"
PARTIAL = [f"applications.partially_granted[{c}]" for c in range(1, 7)]


def _paragraphs(lines: list[str]) -> str:
    return "\n\n".join(lines)


def test_a_copy_ending_in_a_row_short_of_its_cells_after_whole_rows_stops_inside_it(tmp_path: Path) -> None:
    """870 ends "（二）部分公开…" and six "0" lines, the last whole ("0\\n"): after rows of every cell (表二's, 表三's
    一, 二 and （一） of seven), the six are the row's applicant cells, its 总计 beyond the copy. After a row short of
    its cells (a blank that left no line) they may be in any column: unread."""
    text = HEAD_870 + _paragraphs([*T2_870, "", " ", *T3_870]) + "\n"
    facts = _import(tmp_path, text).facts
    assert facts.imported is not None
    assert facts.applications.row("partially_granted") == (0,) * 6
    assert not set(PARTIAL) & set(facts.imported.missing)
    assert "partially_granted" not in facts.imported.stated_totals.row_totals
    short = [c for c in T3_870]
    short[short.index("二、上年结转政府信息公开申请数量") + 1] = "三、本年度办理结果"  # 结转 has six cells
    del short[short.index("三、本年度办理结果")]
    facts = _import(tmp_path, HEAD_870 + _paragraphs([*T2_870, "", " ", *short]) + "\n").facts
    assert facts.imported is not None and set(PARTIAL) <= set(facts.imported.missing)


def test_a_single_rows_label_before_the_next_sections_heading_is_a_blank_cell(tmp_path: Path) -> None:
    """870: "行政事业性收费", then (an empty line and a line of a space) "三、收到和处理政府信息公开申请情况": the
    amount was left blank (B5), as the rows above keep every cell; a copy ending at the label is left unread."""
    from drafter.checks.rules import check_report

    fees = "proactive_table.fees_10k_yuan"
    facts = _import(tmp_path, HEAD_870 + _paragraphs([*T2_870, "", " ", *T3_870[:1]]) + "\n").facts
    assert facts.imported is not None and fees in facts.imported.blank
    assert any(p.code == "B5" and p.severity == "error" and p.path == fees
               for p in check_report(facts, None, published=True))
    facts = _import(tmp_path, HEAD_870 + _paragraphs(T2_870)).facts
    assert facts.imported is not None and fees in facts.imported.missing and fees not in facts.imported.blank
    rows_short = [c for c in T2_870 if c != "16"]  # 行政许可 lost its cell: the layout may drop blank cells
    facts = _import(tmp_path, HEAD_870 + _paragraphs([*rows_short, "", " ", *T3_870[:1]]) + "\n").facts
    assert facts.imported is not None and fees not in facts.imported.blank


def test_the_row_a_copy_stops_inside_is_its_last_line_not_an_earlier_twin() -> None:
    """919 ends in 表二's second band header "信息内容 | 本年处理决定数量 | ||", the same line as the first band's: the
    copy stops inside the last one (cut), not inside the first (whose rows followed it)."""
    from drafter.importers.blocks import Row
    from drafter.importers.flat_text import text_blocks

    text = (Path(__file__).parent / "realworld" / "919-xinlong-sewei-2021.txt").read_text(encoding="utf-8")
    twin = "信息内容 | 本年处理决定数量 | ||"
    assert text.endswith("\n" + twin) and text.count(twin) == 2
    rows = [b for b in text_blocks(text) if isinstance(b, Row)]
    headers = [r for r in rows if r.cells[:2] == ("信息内容", "本年处理决定数量")]
    assert [r.cut for r in headers] == [False, True] and rows[-1] is headers[-1]


def test_a_markdown_table2_cut_inside_its_last_label_is_read_without_a_traceback(tmp_path: Path) -> None:
    """57 (绥江县会仪镇 2021) in a Markdown rendering cut at 582 (benchmarks/layout_variants.py) ends on the bare
    "| 行政事业型收": a row with no whole cell, whose label was taken from its first cell (IndexError)."""
    text = ("2021年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第(一)项\n"
            "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n| 规章 | 0 | 0 | 0 |\n| 行政规范性文件 | 0 | 0 | 2 |\n"
            "第二十条第(五)项\n| 信息内容 | 本年处理决定数量 |\n| 行政许可 | 213 |\n"
            "第二十条第(六)项\n| 信息内容 | 本年处理决定数量 |\n| 行政处罚 | 5 |\n| 行政强制 | 2 |\n"
            "第二十条第(八)项\n信息内容\n本年收费金额(单位:万元)\n| 行政事业型收")
    table = _import(tmp_path, text).facts.proactive_table
    assert (table.licensing, table.penalties, table.coercive_measures) == (213, 5, 2)
    assert table.normative_documents.in_force == 2


def test_a_cut_row_whose_lines_stand_unevenly_apart_stays_unread(tmp_path: Path) -> None:
    """120 (金井片区 2022) one cell a paragraph, cut inside its last 表三 row: "四、结转下年度继续办理", "０", then the
    blank 商业企业 cell as empty lines only, "０" and the copy's end (benchmarks/layout_variants.py, full-width-lines,
    cut at 2796). After rows of every cell it would read as the row's first two cells, the second 0 shifted into the
    blank's column; the wider gap shows a blank may have vanished there: unread. Evenly apart, it is read (870)."""
    rows = [*T3_870, "0", "(三)不予公开", "1.属于国家秘密"]
    secret = [f"applications.withheld.state_secret[{c}]" for c in range(1, 7)]
    for gap in (["", ""], [""]):  # the blank cell's own empty line and the one after it, or one empty line more
        text = HEAD_870 + _paragraphs([*T2_870, "", " ", *rows, "0", *gap, "0"]) + "\n"
        facts = _import(tmp_path, text).facts
        assert facts.imported is not None
        assert facts.applications.row("partially_granted") == (0,) * 6
        assert set(secret) <= set(facts.imported.missing), gap
    facts = _import(tmp_path, HEAD_870 + _paragraphs([*T2_870, "", " ", *rows, "0", "0"]) + "\n").facts
    assert facts.imported is not None and set(secret[2:]) <= set(facts.imported.missing)
    assert not set(secret[:2]) & set(facts.imported.missing)


def test_a_table4_row_cut_after_twelve_cells_is_not_the_layout_without_totals(tmp_path: Path) -> None:
    """48 (平潭管委会办公室 2022) with its labels on lines of their own, cut inside 表四's data row
    (benchmarks/layout_variants.py, label-line, cut at 4037): twelve cells are the row's first ones, not the three
    groups without their 总计, which would put 未经复议直接起诉's 1 under 结果纠正. Whole, the row is read."""
    row = "0 | 0 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 |"
    head = HEAD + ("信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n规章 |\n0 | 0 | 0 |\n"
                   "四、政府信息公开行政复议、行政诉讼情况\n行政复议 |\n")
    facts = _import(tmp_path, head + "0 | 0 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 1 | 0 | 0 | ").facts
    assert facts.imported is not None
    assert {f"reviews_and_lawsuits.lawsuit_direct.{k}" for k in ("upheld", "corrected")} <= set(facts.imported.missing)
    facts = _import(tmp_path, head + row + "\n五、存在的主要问题及改进情况\n").facts
    assert facts.imported is not None and "reviews_and_lawsuits.lawsuit_direct.upheld" not in facts.imported.missing
    assert facts.reviews_and_lawsuits.lawsuit_direct.upheld == 1
