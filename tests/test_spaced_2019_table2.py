"""A 2019-format 表二 in PDF text with spaces between the cells (made from realworld 10, 丰收乡 2022, whose copied
page prints the 2019 表二 with "|" between cells, reshaped as ``pdftotext -layout`` prints a table): the header
line "信息内容 本年新制作数量 本年新 公开数量 对外公开总数量" tells which columns the numbers stand in, so "规章 0 0 4"
is 本年新制作数量 0 (read as 制发) and two 2019 columns (not 废止 and 现行有效), and "行政许可 0 0 7" has its
处理决定数量 7 in the third column."""

from __future__ import annotations

import re
from pathlib import Path

from drafter.importers.report import import_report
from drafter.importers.spaced_rows import header

PIPE_TEXT = Path(__file__).parent / "realworld" / "10-fengshou-township-2022.txt"


def _as_pdf_layout(text: str) -> str:
    lines = []
    for line in text.split("\n"):
        cells = [c.strip() for c in line.split("|") if c.strip()] if "|" in line else None
        lines.append("   ".join(cells) if cells is not None else line)
    return "\n".join(lines)


def test_a_2019_table2_in_spaced_text_is_read_by_its_header(tmp_path: Path) -> None:
    text = PIPE_TEXT.read_text(encoding="utf-8")
    text = text.replace("规章 | 0 | 0 | 0 |", "规章 | 3 | 2 | 4 |").replace("行政许可 | 0 | 0 | 0 |", "行政许可 | 5 | 1 | 7 |")
    copy = tmp_path / "10.txt"
    copy.write_text(_as_pdf_layout(text), encoding="utf-8")
    assert "规章   3   2   4" in copy.read_text(encoding="utf-8")
    facts = import_report(copy).facts
    assert facts.imported is not None
    missing = set(facts.imported.missing)
    assert facts.proactive_table.regulations.issued == 3
    assert {"proactive_table.regulations.repealed", "proactive_table.regulations.in_force"} <= missing
    assert facts.proactive_table.licensing == 7 and "proactive_table.licensing" not in missing
    assert facts.imported.format == "2019"  # F1: the 2019 format in a 2022 report


def test_a_header_line_must_join_into_official_headers_one_way() -> None:
    assert header("信息内容   上一年项目数量   本年增/减   处理决定数量") == ("信息内容", "上一年项目数量", "本年增减",
                                                                       "处理决定数量")
    assert header("信息内容 本年制发件数 本年废止件数 现行有效件数")[1:] == ("本年制发件数", "本年废止件数", "现行有效件数")
    assert header("信息内容 本年制发件数 本年废") is None  # a copy cut inside the header
    assert header("信息内容") is None and header("信息内容是指本机关制作的文件") is None
    assert re.sub(r"\s", "", "".join(header("信息内容 本年收费金额（单位：万元）") or ())) == "信息内容本年收费金额"


# realworld 534 (昌图县文化旅游局 2021) and 326 (龙田镇 2021) as printed: one cell per line, blank lines between,
# the header cells on lines of their own ("对外公开" / "总数量" broken over two in 326)
CELL_LINES = ["二、主动公开政府信息情况", "第二十条第(一)项", "信息内容", "本年新制作数量", "本年新", "公开数量", "对外公开",
              "总数量", "规章", "3", "0", "0", "规范性文件", "0", "0", "0", "第二十条第(五)项", "信息内容", "上一年项目数量",
              "本年增/减", "处理决定数量", "行政许可", "33", "0", "0", "其他对外管理服务事项", "4", "0", "16",
              "第二十条第(六)项", "信息内容", "上一年项目数量", "本年增/减", "处理决定数量", "行政处罚", "36", "0", "5",
              "行政强制", "1", "0", "2", "第二十条第(八)项", "信息内容", "上一年项目数量", "本年增/减", "行政事业性收费", "0",
              "0", "三、收到和处理政府信息公开申请情况"]


def test_a_2019_table2_one_cell_a_line_is_read_by_its_header_lines(tmp_path: Path) -> None:
    """The header lines after "信息内容" are the band's columns: "行政许可 33 0 0" has its 处理决定数量 0 in the third
    (not 33, the 上一年项目数量), 行政处罚's is 5; 规章's 本年新制作数量 is its 制发; 收费 (上一年项目数量 / 本年增减, no
    amount column) stays unread."""
    copy = tmp_path / "r.txt"
    copy.write_text("某县文化旅游局2021年政府信息公开工作年度报告\n\n" + "\n\n".join(CELL_LINES), encoding="utf-8")
    facts = import_report(copy).facts
    assert facts.imported is not None
    table = facts.proactive_table
    assert (table.licensing, table.penalties, table.coercive_measures) == (0, 5, 2)
    assert table.regulations.issued == 3
    assert "proactive_table.fees_10k_yuan" in facts.imported.missing
    assert facts.imported.format == "2019"


# realworld 549 (上党区西火镇 2021) as printed: one cell per line ending in " |", band lines "第二十条第(一)项 | |||"
PIPE_LINES = ["二、主动公开政府信息的情况", "第二十条第(一)项 | |||", "信息内容 |", "本年新 |", "本年新 |", "对外公开总数量 |",
              "规章 |", "3 |", "0 |", "0 |", "规范性文件 |", "0 |", "0 |", "0 |", "第二十条第(五)项 | |||", "信息内容 |",
              "上一年项目数量 |", "本年增/减 |", "处理决定数量 |", "行政许可 |", "33 |", "0 |", "7 |", "其他对外管理服务事项 |"]


def test_a_2019_table2_one_cell_a_line_ending_in_bars_is_read_by_its_header_lines(tmp_path: Path) -> None:
    """As above with each cell ending in " |": 行政许可's 处理决定数量 is the third number (7, not 33)."""
    copy = tmp_path / "r.txt"
    copy.write_text("某镇人民政府2021年政府信息公开工作年度报告\n" + "\n".join(PIPE_LINES), encoding="utf-8")
    facts = import_report(copy).facts
    assert facts.imported is not None
    assert facts.proactive_table.licensing == 7 and "proactive_table.licensing" not in facts.imported.missing
    assert facts.imported.format == "2019"
