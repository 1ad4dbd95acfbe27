"""A crawler's page text whose prose follows a table with no break (realworld 156, 平潭市场监管 2025): the prose's
year glued to the last cell ("行政事业性收费02025年，…", "结转下年度继续办理20000022025年，…"), the prose naming
表二's labels ("公示公告重点公开市场监管相关规章、规范性文件"), and 六's 信息处理费 table run together
("通知收取件数通知收取金额（元）实际收取金额（元）信息处理费收取情况18000")."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from drafter.importers.report import import_report
from drafter.importers.run_labels import without_year
from drafter.importers.run_table3 import table3
from drafter.importers.run_together import _table2, _tables
from drafter.importers.section_texts import fee_table, fees_stated
from tests.test_realworld_rules import _run_together_t3

T2 = ("第二十条第(一)项信息内容本年制发件数本年废止件数现行有效件数规范性文件{docs}第二十条第(五)项信息内容本年处理决定数量"
      "行政许可0第二十条第(六)项信息内容本年处理决定数量行政处罚187行政强制42第二十条第(八)项信息内容本年收费金额(单位:万元)"
      "行政事业性收费{fees}")
PROSE = "2025年,我局公开政府信息395条,其中公示公告重点公开规章、规范性文件;行政许可、行政处罚等信息及时公开。三、"


def _t2(text: str) -> dict[str, tuple[str, ...]]:
    return {block[0][0]: block[0][1:] for block in _table2(text, 0)}  # type: ignore[index]


def test_a_year_glued_after_a_tables_last_cell_opens_the_prose() -> None:
    """"02025年" is 0, then 2025年 (no number starts with 0); "12025年" is 1 then 2025年 (a year is four digits
    before 年). Digits followed by anything else, or a year alone, are left as they are."""
    assert without_year("02025", "02025年,", 5) == "0"
    assert without_year("0 2025", "0 2025年,", 6) == "0"
    assert without_year("20000022025", "20000022025年,", 11) == "2000002"
    assert without_year("02025", "02025我局", 5) == "02025"
    assert without_year("2025", "2025年", 4) == "2025"
    assert without_year("11730", "117301年", 5) == "11730"  # "0年"/"30年": no year of four digits


def test_table2_rows_are_not_looked_for_in_the_prose_glued_after_it() -> None:
    """The prose after the table names 规章、规范性文件、行政许可: none of them is a row; 行政事业性收费's cell is 0."""
    got = _t2(T2.format(docs="000", fees="0" + PROSE))
    assert got == {"规范性文件": ("0", "0", "0"), "行政许可": ("0",), "行政处罚": ("187",), "行政强制": ("42",),
                   "行政事业性收费": ("0",)}
    assert "规章" not in got  # the table has no 规章 row (F2 names it); the prose's 规章 is none
    assert _t2(T2.format(docs="1173", fees="0" + PROSE))["规范性文件"] == ("1173",)  # three cuts: kept run together


def test_table3_last_row_glued_to_a_year_is_read() -> None:
    rows = {"new_received": "1000001", "granted": "1000001", "total": "1000001",
            "carried_forward": "00000002025"}
    got = {block[0][0]: block[0][1:] for block in table3(_run_together_t3(rows) + "年,我局共收到申请1件。")}
    assert got["四、结转下年度继续办理"] == ("0",) * 7  # type: ignore[index]


def test_a_fee_table_run_together_in_section_six() -> None:
    """"18000" cuts as 1 | 800 | 0 or 180 | 0 | 0: 180 notices of 0 元 is no reading (a notice states an amount), so
    1 notice of 800 元 (0.08 万元), 0 collected. Several readings that fit ("11100": 1 | 110 | 0, 11 | 10 | 0,
    1 | 1 | 100) leave the table unread; spaced cells are read as printed."""
    head = "通知收取件数通知收取金额(元)实际收取金额(元)信息处理费收取情况"
    assert fee_table(head + "18000根据《条例》") == (1, Decimal("0.08"), Decimal(0))
    assert fee_table(head + "000") == (0, Decimal(0), Decimal(0))
    assert fee_table(head + "2 300 300") == (2, Decimal("0.03"), Decimal("0.03"))
    assert fee_table(head + "11100") is None
    assert fee_table("收取信息处理费18000元") is None
    assert fee_table(head + "1 80.5 0") is None and fee_table(head + "180.5") is None  # decimals: not cut here
    assert fees_stated(head + "18000。我局不向申请人收取任何费用。")["notices"] == 1


def test_realworld_156_tables_and_fees_are_read() -> None:
    facts = import_report(Path(__file__).parent / "realworld" / "156-pingtan-market-2025.txt").facts
    table = facts.proactive_table
    assert (table.licensing, table.penalties, table.coercive_measures, table.fees_10k_yuan) == (0, 187, 42, 0)
    assert facts.applications.row("carried_forward") == (2, 0, 0, 0, 0, 0)
    assert (facts.fees.notices, facts.fees.notice_amount_10k_yuan) == (1, Decimal("0.08"))
    assert facts.imported is not None and facts.imported.run_together == {"proactive_table.normative_documents": "1173"}


def test_the_sentences_after_table2_are_kept_in_section_two() -> None:
    """Section 二's sentences after 表二's last cell, up to 三's heading, are kept (161: "(二)主动公开政府信息的主要
    类别2023年,…" in a 2024 report, a stale year and a breakdown to check), the year glued to the cell included."""
    after = "(二)主动公开政府信息的主要类别2023年,在主动公开的61条政府信息中,其中:减税降费5条,其他文件共51条等。"
    blocks = _tables("二、主动公开政府信息情况" + T2.format(docs="000", fees="0") + after + "三、收到和处理政府信息公开申请情况")
    assert any(isinstance(b, str) and "主要类别2023年" in b for b in blocks)
    glued = _tables(T2.format(docs="000", fees="0" + PROSE) + "收到和处理政府信息公开申请情况")
    assert any(isinstance(b, str) and b.startswith("2025年,我局公开政府信息395条") for b in glued)
    assert ("行政事业性收费", "0") in [b[0] for b in glued if isinstance(b, tuple)]


def test_the_sentences_under_three_and_four_headings_are_kept() -> None:
    """A sentence printed between 三's (or 四's) heading and its table's first label is kept as section text, up to
    its last full stop (1079, 平潭经济发展局 2023: "三、收到和处理政府信息公开申请情况2023年,共收到政府信息公开申请0条。
    (本列数据的勾稽关系为:…)" while 表三's 本年新收 is 3: its D1); the table's labels after it are no sentence."""
    three = ("三、收到和处理政府信息公开申请情况2023年,共收到政府信息公开申请0条。(本列数据的勾稽关系为:第一项加第二项之和,"
             "等于第三项加第四项之和)申请人情况自然人")
    four = ("四、政府信息公开行政复议与行政诉讼情况2023年,没有政府信息公开行政复议及行政诉讼情况。行政复议行政诉讼结果维持结果纠正"
            "其他结果尚未审结总计")
    blocks = _tables(T2.format(docs="000", fees="0") + three + four)
    said = [b for b in blocks if isinstance(b, str)]
    assert "2023年,共收到政府信息公开申请0条。" in said
    assert "2023年,没有政府信息公开行政复议及行政诉讼情况。" in said
    assert not any("本列数据" in b or "结果维持" in b for b in said)
    bare = _tables(T2.format(docs="000", fees="0") + three.replace("2023年,共收到政府信息公开申请0条。", ""))
    assert [b for b in bare if isinstance(b, str) and "申请" in b] == ["三、收到和处理政府信息公开申请情况"]


def test_realworld_1079_the_sentence_under_three_is_checked() -> None:
    facts = import_report(next(Path("tests/realworld").glob("1079-*.txt"))).facts
    assert facts.imported is not None
    assert facts.imported.sections["applications"] == "2023年,共收到政府信息公开申请0条。"
