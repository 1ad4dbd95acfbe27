"""Tables copied one cell per line and left unfilled by the report: labels only, no number anywhere (the corpus's
77, a 2019-format copy; here on small texts of both formats). Blank rows are read only where certain."""

from __future__ import annotations

from pathlib import Path

from drafter.checks.rules import check_report
from drafter.importers.report import import_report
from drafter.tables import APPLICANT_COLUMNS, T3_ROWS

HEAD = ["某某镇2023年政府信息公开工作年度报告", "一、总体情况", "2023年，我镇主动公开政府信息50条。", "二、主动公开政府信息情况"]
T2 = ["第二十条第（一）项", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数", "规章", "行政规范性文件",
      "第二十条第（五）项", "信息内容", "本年处理决定数量", "行政许可",
      "第二十条第（六）项", "信息内容", "本年处理决定数量", "行政处罚", "行政强制",
      "第二十条第（八）项", "信息内容", "本年收费金额（单位：万元）", "行政事业性收费"]
T3_HEAD = ["三、收到和处理政府信息公开申请情况", "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
           "申请人情况", "自然人", "法人或其他组织", "总计", *APPLICANT_COLUMNS[1:]]


def _t3_labels() -> list[str]:
    out, groups = [], set()
    for row in T3_ROWS:
        for label in row.labels:
            if label not in groups:
                out.append(label)
                groups.add(label)
    return out


RESULTS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
T4 = ["行政复议", "行政诉讼", *RESULTS, "未经复议直接起诉", "复议后起诉", *RESULTS, *RESULTS]  # its rows, row by row
TAIL = ["四、政府信息公开行政复议、行政诉讼情况", *T4, "五、存在的主要问题及改进情况", "（一）存在问题。公开不够及时。"]
T2_PATHS = {f"proactive_table.{r}.{c}" for r in ("regulations", "normative_documents")
            for c in ("issued", "repealed", "in_force")} | {f"proactive_table.{r}" for r in (
                "licensing", "penalties", "coercive_measures", "fees_10k_yuan")}
T3_PATHS = {f"applications.{row.key}[{c}]" for row in T3_ROWS if row.key != "total" for c in range(1, 7)}
T4_PATHS = {f"reviews_and_lawsuits.{g}.{r}" for g in ("review", "lawsuit_direct", "lawsuit_after_review")
            for r in ("upheld", "corrected", "other", "pending")}


def _import(tmp_path: Path, lines: list[str]):
    path = tmp_path / "r.txt"
    path.write_text("\n\n".join(lines), encoding="utf-8")  # every cell a paragraph, blank lines between
    return import_report(path)


def test_tables_printed_with_labels_only_are_the_reports_blanks(tmp_path: Path) -> None:
    facts = _import(tmp_path, [*HEAD, *T2, *T3_HEAD, *_t3_labels(), *TAIL]).facts
    assert facts.imported is not None
    assert set(facts.imported.blank) >= T2_PATHS | T3_PATHS | T4_PATHS
    b5 = [p for p in check_report(facts, None, published=True) if p.code == "B5" and p.severity == "error"]
    assert {p.path for p in b5} == {"proactive_table", "applications", "reviews_and_lawsuits"}


def test_a_copy_cut_short_leaves_its_last_label_unread(tmp_path: Path) -> None:
    """77: the copy ends at "3.补正后申请内容"; that row's cells may have been cut off, the rows above not."""
    labels = _t3_labels()
    cut = labels.index("3.补正后申请内容仍不明确")
    facts = _import(tmp_path, [*HEAD, *T2, *T3_HEAD, *labels[:cut], "3.补正后申请内容"]).facts
    assert facts.imported is not None
    blank = set(facts.imported.blank)
    assert "applications.unable_to_provide.needs_creation[6]" in blank
    assert not any(p.startswith("applications.unable_to_provide.still_unclear") for p in blank)
    assert not any(p.startswith("applications.not_processed") for p in blank)


def test_a_number_anywhere_and_the_labels_are_not_read_as_blank(tmp_path: Path) -> None:
    """A "0" after one label (a row printed), a copy whose numbers came after all the labels, a line the table
    does not print between two labels ("见附表": the values may be elsewhere; "无" is a blank mark, as "—" is), rows before the column headers (the cells may run
    column by column): no row of that table is read as blank (表四, whole and followed by 五, still is in the last)."""
    labels = _t3_labels()
    variants = [
        ([*HEAD, *T2[:6], "0", "0", "0", *T2[6:], *T3_HEAD, *labels, *TAIL], T4_PATHS),
        ([*HEAD, *T2, *T3_HEAD, *labels, *["0"] * 20, *TAIL], T4_PATHS),
        ([*HEAD, *T2[:6], "见附表", *T2[6:], *T3_HEAD[:1], *labels, *T3_HEAD[1:], *TAIL], set()),
    ]
    for lines, t4 in variants:
        facts = _import(tmp_path, lines).facts
        assert facts.imported is not None
        assert not (T2_PATHS | T3_PATHS | t4) & set(facts.imported.blank), lines


def test_the_2019_format_labels_only(tmp_path: Path) -> None:
    """77's 表二: the 2019 columns, 其他对外管理服务事项 and 政府集中采购; the 处理决定数量 column is blank."""
    t2 = ["第二十条第(一)项", "信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量", "规章", "规范性文件",
          "第二十条第(五)项", "信息内容", "上一年项目数量", "本年增/减", "处理决定数量", "行政许可", "其他对外管理服务事项",
          "第二十条第(六)项", "信息内容", "上一年项目数量", "本年增/减", "处理决定数量", "行政处罚", "行政强制",
          "第二十条第(九)项", "信息内容", "采购项目数量", "采购总金额", "政府集中采购"]
    result = _import(tmp_path, [*HEAD, *t2, *T3_HEAD[:1], "（一）予以公开"])
    facts = result.facts
    assert facts.imported is not None and facts.imported.format == "2019"
    assert {"proactive_table.licensing", "proactive_table.penalties", "proactive_table.coercive_measures"} <= set(
        facts.imported.blank)


def test_header_cells_split_over_lines(tmp_path: Path) -> None:
    """Header cells broken over two lines ("商业" / "企业", as in the corpus's 60 and 66) and the corner note broken
    after its comma are pieces of the header, not values."""
    head = ["三、收到和处理政府信息公开申请情况", "（本列数据的勾稽关系为：第一项加第二项之和，", "等于第三项加第四项之和）",
            "申请人情况", "自然人", "法人或其他组织", "总计", "商业", "企业", "科研", "机构", "社会公益组织", "法律服务机构", "其他"]
    facts = _import(tmp_path, [*HEAD, *T2, *head, *_t3_labels(), *TAIL]).facts
    assert facts.imported is not None
    assert set(facts.imported.blank) >= T3_PATHS


def test_table4_header_alone_is_blank_only_when_the_next_section_follows(tmp_path: Path) -> None:
    """A copy cut right after 表四's header may have lost its data row; so may one missing a header cell."""
    base = [*HEAD, *T2, *T3_HEAD, *_t3_labels(), "四、政府信息公开行政复议、行政诉讼情况"]
    for lines in ([*base, *T4], [*base, *T4[:-1], "五、存在的主要问题及改进情况"]):
        facts = _import(tmp_path, lines).facts
        assert facts.imported is not None
        assert not T4_PATHS & set(facts.imported.blank)
        assert set(facts.imported.missing) >= T4_PATHS


def test_a_web_pages_table4_whose_data_row_is_empty(tmp_path: Path) -> None:
    """An HTML 表四 whose last row has its 15 cells and nothing in them: the report's blanks (B5), not unread."""
    head = ('<tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>'
            '<tr>' + "".join(f'<td rowspan="2">{r}</td>' for r in RESULTS)
            + '<td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>'
            '<tr>' + "".join(f"<td>{r}</td>" for r in RESULTS * 2) + "</tr>")
    page = ("<html><body>" + "".join(f"<p>{line}</p>" for line in HEAD[:3]) + "<p>四、政府信息公开行政复议、行政诉讼情况</p>"
            f"<table>{head}<tr>{'<td></td>' * 15}</tr></table><p>五、存在的主要问题及改进情况</p></body></html>")
    path = tmp_path / "r.html"
    path.write_text(page, encoding="utf-8")
    facts = import_report(path).facts
    assert facts.imported is not None
    assert set(facts.imported.blank) >= T4_PATHS


def test_rows_printed_with_their_numbers_are_not_labels(tmp_path: Path) -> None:
    """PDF text puts a row's numbers after its label ("（一）予以公开 0 0 0 0 0 0 0"): such a copy is not label-only,
    even cut short, and a row line is never taken for its label (the row after it would be read as blank)."""
    leaves = {row.labels[-1] for row in T3_ROWS}
    lines = [*HEAD, *T3_HEAD, *(f"{label} 0 0 0 0 0 0 0" if label in leaves else label for label in _t3_labels()[:12])]
    facts = _import(tmp_path, lines).facts
    assert facts.imported is not None and not set(facts.imported.blank) & T3_PATHS


# realworld 396/397: the copy drops every empty cell; one "0" after 规章 (which of its three columns, unknown), no
# "信息内容" line after the first band, no header at all under 第二十条第(六)项, and 自然人 split over three lines
T2_DROPPED = ["第二十条第(一)项", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数", "规章", "0", "行政规范性文件",
              "第二十条第(五)项", "本年处理决定数量", "行政许可", "第二十条第(六)项", "行政处罚", "行政强制",
              "第二十条第(八)项", "本年收费金额(单位:万元)", "行政事业性收费"]
T3_DROPPED = ["三、收到和处理政府信息公开申请情况", "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)",
              "申请人情况", "自", "然", "人", "法人或其他组织", "总计", "商业", "企业", "科研", "机构", "社会公益组织",
              "法律服务机构", "其他"]


def _import_lines(tmp_path: Path, lines: list[str]):
    path = tmp_path / "r.txt"
    path.write_text("\n".join(lines), encoding="utf-8")  # one cell a line, no blank line between
    return import_report(path)


def test_a_lone_number_after_a_label_leaves_its_row_unread_and_the_label_only_rows_blank(tmp_path: Path) -> None:
    """396/397: 规章 with one "0" of its three cells proves the copy drops empty cells: 规章 stays unread (never
    guessed), the label-only rows are the report's blanks (B5), and 表二 is there (no S2)."""
    labels = _t3_labels()
    cut = labels.index("3.补正后申请内容仍不明确")
    result = _import_lines(tmp_path, [*HEAD, *T2_DROPPED, *T3_DROPPED, *labels[:cut], "3.补正后"])
    facts = result.facts
    assert facts.imported is not None
    blank = set(facts.imported.blank)
    regulations = {p for p in T2_PATHS if ".regulations." in p}
    # the row above the cut "3.补正后" ends there: the line after it begins the next label
    assert blank >= (T2_PATHS - regulations) | {"applications.new_received[1]", "applications.granted[6]",
                                                "applications.unable_to_provide.needs_creation[1]"}
    assert not blank & regulations and regulations <= set(facts.imported.missing)
    problems = check_report(facts, None, published=True)
    assert {p.path for p in problems if p.code == "B5" and p.severity == "error"} >= {"proactive_table", "applications"}
    assert not [p for p in problems if p.code == "S2" and "表二" in p.message]


def test_a_short_row_beside_numbers_elsewhere_reads_nothing_blank(tmp_path: Path) -> None:
    """The lone "0" proves dropped cells only when no other number stands anywhere but after its own label: a
    number after a header line, or two after 行政许可 (one column), leaves every label unread."""
    at = T2_DROPPED.index("行政许可") + 1
    for t2 in ([*T2_DROPPED[:at], "3", "4", *T2_DROPPED[at:]], [*T2_DROPPED[:4], "5", *T2_DROPPED[4:]]):
        facts = _import_lines(tmp_path, [*HEAD, *t2, *T3_DROPPED[:1]]).facts
        assert facts.imported is not None
        assert not T2_PATHS & set(facts.imported.blank), t2


# realworld 508 (定兴县肖村乡 2021), as printed: header cells worded otherwise, one split over two lines; 行政许可 and
# 行政处罚 with their one number each; heading 三 garbled to "三是"; the copy cut inside 表三's last label
T2_508 = ["第二十条第(一)项", "信息内容", "本年新", "制发数量", "废止数量", "现行有效数量", "规章", "0", "规范性文件",
          "第二十条第(五)项", "本年处理决定数量", "行政许可", "270", "第二十条第(六)项", "行政处罚", "2", "行政强制",
          "第二十条第(八)项", "本年收费金额(单位:万元)", "行政事业性收费", "三是收到和处理政府信息公开申请情况",
          "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)", "申请人情况", "自然人", "法人或其他组织",
          "总计", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]


def test_single_rows_with_their_number_and_altered_headers_beside_label_only_rows(tmp_path: Path) -> None:
    """508: "行政许可", "270" is its row whole (one column), read; the label-only rows are the report's blanks (B5);
    "本年新" / "制发数量" / "废止数量" / "现行有效数量" are 规章's three header cells; "三是收到和处理…" ends 表二;
    规章's lone "0" stays unread; the 2019 label "规范性文件" is a format problem (F2)."""
    labels = _t3_labels()
    cut = labels.index("2.重复申请")
    facts = _import_lines(tmp_path, [*HEAD, *T2_508, *labels[:cut], "2.重复申"]).facts
    assert facts.imported is not None
    assert (facts.proactive_table.licensing, facts.proactive_table.penalties) == (270, 2)
    blank = set(facts.imported.blank)
    docs = {p for p in T2_PATHS if ".normative_documents." in p}
    assert blank >= docs | {"proactive_table.coercive_measures", "proactive_table.fees_10k_yuan",
                            "applications.new_received[1]", "applications.not_processed.complaints[6]"}
    assert not {p for p in T2_PATHS if ".regulations." in p} & blank
    problems = check_report(facts, None, published=True)
    b5 = {p.path.split(".")[0] for p in problems if p.code == "B5" and p.severity == "error"}
    assert b5 >= {"proactive_table", "applications"}
    assert any(p.code == "F2" and "规范性文件" in p.message for p in problems)


def test_a_2019_fees_row_has_no_amount_to_leave_blank(tmp_path: Path) -> None:
    """754 (a 2020 report on the 2019 表二, one cell a line): "行政事业性收费 |", "0 |", "0 | |" under 第（八）项's
    "上一年项目数量" / "本年增/减" (the header of 第（六）项, three columns, carried over): the 2019 row has no amount,
    so the fee is unread, not a blank cell (no B5)."""
    band = ["信息内容 |", "上一年项目数量", "|", "本年增/减", "|", "处理决定数量", "|"]
    lines = ["二、行政机关主动公开政府信息情况", "第二十条第(一)项 | |||", "信息内容 |", "本年新制作数量 |", "本年新公开数量 |",
             "对外公开总数量 |", "规章 |", "0 |", "0 |", "0 |", "规范性文件 |", "0 |", "0 |", "0 |",
             "第二十条第(五)项 | |||", *band, "行政许可 |", "0 |", "0 |", "0 |",
             "第二十条第(六)项 | |||", *band, "行政处罚 |", "0 |", "0 |", "0 |", "行政强制 |", "0 |", "0 |", "0 |",
             "第二十条第(八)项 | |||", "信息内容 |", "上一年项目数量", "|", "本年增/减", "| |", "行政事业性收费 |", "0 |", "0 | |",
             "第二十条第(九)项 | |||", "信息内容 |", "采购项目数量", "|", "采购总金额 | |", "政府集中采购 |", "0 |", "0 |",
             "三、行政机关收到和处理政府信息公开申请情况"]
    path = tmp_path / "r.txt"
    path.write_text("\n".join(["一、总体情况", "2020年,我局主动公开其他文件1件。", *lines]), encoding="utf-8")
    facts = import_report(path).facts
    assert facts.imported is not None and facts.imported.format == "2019"
    assert facts.proactive_table.penalties == 0
    assert "proactive_table.fees_10k_yuan" not in facts.imported.blank
    assert "proactive_table.fees_10k_yuan" in facts.imported.missing
    assert not [p for p in check_report(facts, None, published=True) if p.code == "B5" and p.severity == "error"]


def test_2019_decision_rows_read_their_third_cell_under_an_unread_header(tmp_path: Path) -> None:
    """753 (潜江市周矶街道 2020, "|" rows): 第（五）项's header broken over lines ("信息内容 | 上一年项目数量", "| 本年增/减",
    "| 处理决定数量", "|"), so only its first cell is read; "行政许可 | 0 | 0 | 0 |" is still the 2019 row of three
    columns, the third its 处理决定数量."""
    split = ["信息内容 | 上一年项目数量", "| 本年增/减", "| 处理决定数量", "|"]
    lines = ["一、总体情况", "2020年,周矶街道办事处主动公开171条。", "二、行政机关主动公开政府信息情况",
             "第二十条第(一)项 | |||", "信息内容 | 本年新 制作数量 | 本年新 公开数量 | 对外公开总数量 |",
             "规章 | 0 | 0 | 0 |", "规范性文件 | 0 | 0 | 0 |", "其他主动公开文件 | 9 | 9 | 9 |",
             "第二十条第(五)项 | |||", *split, "行政许可 | 0 | 0 | 0 |", "其他对外管理服务事项 | 0 | 0 | 0 |",
             "第二十条第(六)项 | |||", *split, "行政处罚 | 0 | 0 | 0 |", "行政强制 | 0 | 0 | 0 |",
             "第二十条第(八)项 | |||", "信息内容 | 上一年项目数量", "| 本年增/减", "| |", "行政事业性收费 | 0 | 0 | |",
             "三、行政机关收到和处理政府信息公开申请情况"]
    path = tmp_path / "r.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    facts = import_report(path).facts
    assert facts.imported is not None and facts.imported.format == "2019"
    t = facts.proactive_table
    assert (t.licensing, t.penalties, t.coercive_measures) == (0, 0, 0)
    assert not {"proactive_table.licensing", "proactive_table.penalties"} & set(facts.imported.missing)
    assert "proactive_table.fees_10k_yuan" in facts.imported.missing


def test_a_2019_header_taken_for_a_rows_label_still_marks_the_old_table(tmp_path: Path) -> None:
    """768 (大余县民政局 2020) cut before 第（五）项: its header cells lost their second lines ("本年新 |", "本年新 |") and
    "对外公开总数量 |" then "|" reads as a row's label; it is a 2019-only header all the same, so "规章 |", "0 |", "0 |",
    "0 |" is read as the whole copy reads it (本年制发 only), not as 本年制发/废止/现行有效."""
    lines = ["一、总体情况", "2020年度,我局未收到公开政府信息申请。", "二、主动公开政府信息情况", "第二十条第(一)项 |", "||||",
             "信息内容 |", "本年新 |", "本年新 |", "对外公开总数量 |", "|", "规章 |", "0 |", "0 |", "0 |", "|",
             "规范性文件 |", "82 |", "0 |", "0 |", "|", "第二十条第(五)项 |"]
    path = tmp_path / "r.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    facts = import_report(path).facts
    assert facts.imported is not None and facts.imported.format == "2019"
    assert facts.proactive_table.normative_documents.issued == 82
    assert "proactive_table.regulations.repealed" in facts.imported.missing
