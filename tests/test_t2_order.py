"""表二's 规章/行政规范性文件 columns printed in another order than the format's ("现行有效件数" first): the numbers are
read under the columns the header names where it names them, never under the format's order by default; what the
header does not tell is left unread (a value read into the wrong column is worse than one not read)."""

from __future__ import annotations

from pathlib import Path

from drafter.importers.report import import_report
from drafter.importers.t2_order import t2_header_order

HEAD = """区统计局2023年政府信息公开工作年度报告
一、总体情况
2023年，我局主动公开政府信息50条。
二、主动公开政府信息情况
"""
# realworld 48 (平潭管委会办公室 2022), a page run together on one line, as printed: "…第二十条第（一）项 信息内容 本年制发件数
# 本年废止件数 现行有效件数 规章000行政规范性文件34089第二十条第（五）项…"
RUN_PAGE = Path(__file__).parent / "realworld" / "48-pingtan-office-2022.txt"
PRINTED = "信息内容 本年制发件数 本年废止件数 现行有效件数 规章000"


def _read(tmp_path: Path, text: str):
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    facts = import_report(path).facts
    assert facts.imported is not None
    return facts.proactive_table, {m for m in facts.imported.missing if m.startswith("proactive_table.")}


def test_a_header_in_another_order_reads_each_number_under_its_column(tmp_path: Path) -> None:
    table, missing = _read(tmp_path, HEAD + "信息内容 | 现行有效件数 | 本年制发件数 | 本年废止件数\n规章 | 5 | 1 | 0\n")
    assert (table.regulations.issued, table.regulations.repealed, table.regulations.in_force) == (1, 0, 5)
    assert not {m for m in missing if "regulations" in m}


def test_header_cells_worded_otherwise_in_another_order_are_not_given_the_formats_columns(tmp_path: Path) -> None:
    """"本年新制发" and "本年新废止" are no official header: with 现行有效件数 first, the format's order does not hold, so
    the two numbers under them are left unread (they were read as 废止 1 and 现行有效 0)."""
    table, missing = _read(tmp_path, HEAD + "信息内容 | 现行有效件数 | 本年新制发 | 本年新废止\n规章 | 5 | 1 | 0\n")
    assert table.regulations.in_force == 5
    assert {"proactive_table.regulations.issued", "proactive_table.regulations.repealed"} <= missing
    assert "proactive_table.regulations.in_force" not in missing
    table, missing = _read(tmp_path, HEAD + "信息内容 | 现行有效件数 | 本年新制发 | 本年废止件数\n规章 | 5 | 1 | 0\n")
    assert (table.regulations.issued, table.regulations.repealed, table.regulations.in_force) == (1, 0, 5)  # the one left


def test_a_run_together_header_in_another_order(tmp_path: Path) -> None:
    text = RUN_PAGE.read_text(encoding="utf-8")
    assert PRINTED in text
    table, missing = _read(tmp_path, text.replace(PRINTED, "信息内容 现行有效件数 本年制发件数 本年废止件数 规章500"))
    assert (table.regulations.issued, table.regulations.repealed, table.regulations.in_force) == (0, 0, 5)
    assert (table.licensing, table.penalties) == (0, 0) and not {m for m in missing if "regulations" in m}
    assert "proactive_table.licensing" not in missing
    table, missing = _read(tmp_path, text.replace(PRINTED, "信息内容 现行有效 本年制发 本年停用 规章500"))
    assert {"proactive_table.regulations.issued", "proactive_table.regulations.in_force"} <= missing


def test_the_order_a_run_together_header_tells() -> None:
    assert t2_header_order("信息内容本年制发件数本年废止件数现行有效件数规章000", 0) == ()
    assert t2_header_order("信息内容本年新制发数量废止数量现行有效数量规章000", 0) == ()  # worded otherwise, in order
    assert t2_header_order("信息内容现行有效件数本年制发件数本年废止件数规章510", 0) == ("现行有效件数", "本年制发件数",
                                                                                   "本年废止件数")
    assert t2_header_order("信息内容对外公开总数量本年新制作数量本年新公开数量规章000", 0) == ("对外公开总数量", "本年制发件数",
                                                                                       "本年新公开数量")
    assert t2_header_order("信息内容现行有效本年制发规章510", 0) is None  # two of three, in another order
    assert t2_header_order("信息内容本年制发件数本年制发件数现行有效件数规章510", 0) is None  # a column named twice
    assert t2_header_order("规章510", 0) == ()  # no header
