"""A table copied one cell a line, every line followed by an empty line, an empty cell leaving one empty line more
(realworld 483, 兴化市大营镇 2023): the extra empty lines are the report's empty cells where every row they touch
comes out whole, and nothing is taken for a cell otherwise."""

from __future__ import annotations

from pathlib import Path

from drafter.checks.rules import check_report
from drafter.importers.empty_cells import empty_cell_lines
from drafter.importers.report import import_report
from tests.test_import_blank_tables import T3_HEAD

HEAD = ["某某镇2023年政府信息公开工作年度报告", "一、总体情况", "2023年度依申请公开数为12件,已答复12件。",
        "二、主动公开政府信息情况", "第二十条第(一)项", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数",
        "规章", "0", "0", "0", "行政规范性文件", "0", "0", "0"]
# 483 as printed: a filled cell is followed by "\n\n", an empty one by "\n" ("12" + seven line breaks + "12" is
# 自然人 12, five empty cells, 总计 12; the label of 上年结转 + nine line breaks is its seven empty cells)
T3 = ("一、本年新收政府信息公开申请数量\n\n12\n\n\n\n\n\n\n12\n\n二、上年结转政府信息公开申请数量\n\n\n\n\n\n\n\n\n"
      "三、本年度办理结果\n\n(一)予以公开\n\n4\n\n\n\n\n\n\n\n(二)部分公开(区分处理的,只计这一情形,不计其他情形)\n\n\n\n\n\n\n\n\n"
      "(三)不予公开\n\n1.属于国家秘密\n\n\n\n\n\n\n\n\n")


def _text(t3: str, head: list[str] = HEAD) -> str:
    return "\n\n".join([*head, *T3_HEAD]) + "\n\n" + t3


def _import(tmp_path: Path, text: str):
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    return import_report(path).facts


def test_the_extra_empty_lines_are_the_reports_empty_cells(tmp_path: Path) -> None:
    facts = _import(tmp_path, _text(T3 + "2.其他法律行政法规禁止公开\n\n"))
    assert facts.imported is not None
    rows = facts.applications.rows
    assert (rows["new_received"][0], rows["granted"][0], facts.imported.stated_totals.row_totals) == \
        (12, 4, {"new_received": 12})
    blank = set(facts.imported.blank)
    assert {"applications.new_received[2]", "applications.carried_over[1]", "applications.granted[6]",
            "applications.withheld.state_secret[1]"} <= blank
    assert "applications.new_received[1]" not in blank
    assert [p for p in check_report(facts, None, published=True) if p.code == "B5" and p.severity == "error"]


def test_a_copy_cut_inside_a_row_of_empty_cells_leaves_that_row_unread(tmp_path: Path) -> None:
    """The copy ends four line breaks after "1.属于国家秘密": its row may go on (fewer than seven cells), unread."""
    facts = _import(tmp_path, _text(T3[:-5]))
    assert facts.imported is not None
    assert facts.applications.rows["granted"][0] == 4 and "applications.granted[2]" in facts.imported.blank
    assert "applications.withheld.state_secret[1]" in facts.imported.missing
    assert "applications.withheld.state_secret[1]" not in facts.imported.blank


def test_nothing_is_taken_for_a_cell_where_a_row_does_not_come_out_whole() -> None:
    lines = _text(T3 + "2.其他法律行政法规禁止公开\n\n").split("\n")
    assert len(empty_cell_lines(lines)) == 5 + 7 + 6 + 7 + 7
    short = _text(T3.replace("12\n\n\n\n\n\n\n12", "12\n\n\n\n\n\n12")).split("\n")  # four empty cells: six in all
    assert empty_cell_lines(short) == set()
    gap = HEAD[:2] + ["", HEAD[2]] + HEAD[3:]  # a paragraph followed by two empty lines: no cell of a row
    assert empty_cell_lines(_text(T3, gap).split("\n")) == set()
    worded = _text(T3.replace("1.属于国家秘密", "1.属于国家机密") + "2.其他法律行政法规禁止公开\n\n").split("\n")  # not exact
    assert empty_cell_lines(worded) == set()
    joined = _text(T3).replace("规章\n\n0", "规章\n0").split("\n")  # two lines with no empty line between them
    assert empty_cell_lines(joined) == set()


T4 = ["四、政府信息公开行政复议、行政诉讼情况", "行政复议", "行政诉讼", *(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]),
      "未经复议直接起诉", "复议后起诉", *(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 2)]


def test_table4s_data_row_after_its_last_total_is_read_with_its_empty_cells(tmp_path: Path) -> None:
    """A whole copy in 483's layout goes on to 表四: "总计", then 1, three empty cells, 1 and ten empty cells (fifteen);
    one cell more or less and no extra empty line is a cell anywhere (表三 unread too, never shifted)."""
    t4 = "\n\n".join(T4) + "\n\n1\n\n\n\n\n1\n\n" + "\n" * 10 + "五、存在的主要问题及改进情况\n\n略。\n\n"
    facts = _import(tmp_path, _text(T3 + "2.其他法律行政法规禁止公开\n\n") + t4)
    assert facts.imported is not None
    assert facts.reviews_and_lawsuits.review.upheld == 1 and facts.imported.stated_totals.review_totals == {"review": 1}
    assert {"reviews_and_lawsuits.review.corrected", "reviews_and_lawsuits.lawsuit_direct.upheld"} <= \
        set(facts.imported.blank)
    assert facts.applications.rows["new_received"][0] == 12
    longer = _import(tmp_path, _text(T3 + "2.其他法律行政法规禁止公开\n\n") + t4.replace("\n" * 10, "\n" * 11))
    assert longer.imported is not None and not longer.imported.blank and "new_received" not in longer.applications.rows
