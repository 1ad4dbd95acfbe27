"""The layouts and wordings of real published reports (issue: real-world reports), on small texts made for
each case: one cell per line between "|" lines, 2019 tables (F1), label variants (F2), the 统计期限 (E5),
garbled citations (E6), county-level agencies and 规章 (E1), a township known only from "我镇"."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from drafter.checks.rules import check_report
from drafter.facts.model import Agency, DocRow, Facts, ProactiveTable
from drafter.importers.report import import_report
from drafter.pipeline import draft_report
from tests.test_checks import clean, imported

T2_PIPE_LINES = """2023年政府信息公开工作年度报告
一、总体情况
2023年，我镇认真贯彻《条例》，全镇政务公开工作有序推进。本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。
二、主动公开政府信息情况
第二十条第(一)项
|
信息内容
|
本年制发件数
|
本年废止件数
|
现行有效件数
||
规章
|
0
|
0
|
6
||
规范性文件
|
1
|
|
2
||
"""


def _import(tmp_path: Path, text: str):
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    return import_report(path)


def _found(facts) -> list[tuple[str, str]]:
    return sorted((p.code, p.severity) for p in check_report(facts, None, published=True) if p.severity != "notice")


def test_one_cell_per_line_between_bar_lines(tmp_path: Path) -> None:
    """Cells between "|" lines, rows ended by "||": read by their labels; two "|" lines with nothing
    between them are a blank cell (the report's, B5); the 2019 label 规范性文件 is F2; 规章 of a 镇 E1."""
    result = _import(tmp_path, T2_PIPE_LINES)
    facts = result.facts
    assert facts.year == 2023 and facts.agency.kind == "镇"  # from the text: 统计期限, "我镇"
    assert facts.proactive_table.regulations == DocRow(0, 0, 6)
    assert facts.proactive_table.normative_documents.issued == 1
    assert facts.proactive_table.normative_documents.in_force == 2
    assert facts.imported is not None and facts.imported.blank == ["proactive_table.normative_documents.repealed"]
    assert ("E1", "error") in _found(facts) and ("F2", "warning") in _found(facts) and ("B5", "error") in _found(facts)


def test_the_2019_tables_in_a_2021_report_are_an_error() -> None:
    facts = imported()
    assert facts.imported is not None
    facts.imported.format = "2019"
    problems = [p for p in check_report(facts, None, published=True) if p.code == "F1"]
    assert [(p.code, p.severity) for p in problems] == [("F1", "error")]
    assert "国办公开办函〔2021〕30号" in problems[0].fix


def test_a_statistics_period_that_is_not_the_calendar_year(tmp_path: Path) -> None:
    """"自202111日起至20211230日止" (年/月 lost in the copy) still reads, and 12月30日 is wrong (E5)."""
    text = T2_PIPE_LINES.replace("2023年政府信息公开工作年度报告", "2021年政府信息公开工作年度报告").replace(
        "统计期限自2023年1月1日起至2023年12月31日止", "统计期限自202111日起至20211230日止")
    problems = [p for p in check_report(_import(tmp_path, text).facts, None, published=True) if p.code == "E5"]
    (error,) = [p for p in problems if p.severity == "error"]
    assert "2021年12月30日" in error.message


@pytest.mark.parametrize(("period", "severity"), [
    ("统计期限自20231月1日起至202312月31日止", "warning"),  # 年 left out (held-out 65): right dates, garbled text
    ("统计期限为20231月1日至12月31日", "warning"),  # and an end date without its year (held-out 74)
    ("统计期限自2023年1月1日至12月31日止", None),  # the end's year left out is how many reports write it
    ("统计期限自2023年1月1日至11月30日止", "error"),
    # the period named without "统计期限" (103, found after measuring the fifth held-out set): garbled is a warning,
    # another span of the year is not the report's period
    ("现将本镇20231月1日至12月31日期间的政府信息公开情况报告如下", "warning"),
    ("现将本镇2023年1月1日至12月31日期间的政府信息公开情况报告如下", None),
    ("2023年7月1日至9月30日期间开展专项整治", None),
    # the period under other words, in a sentence about the report's data (realworld 117, 13, 33, 22, 01, 51)
    ("本报告所列数据统计时限为2023年1月1日至2023年11月30日", "error"),
    ("本报告的统计数据时间段为2022年1月1日至2022年12月31日", "error"),
    ("報告中所列數據的統計期限自2023年1月1日至2023年10月31日止", "error"),
    ("本报告统计数据从2023年1月1日至12月31日", None),
    ("本报告所列统计数据的期限自2023年1月1日起，至2023年12月31日止", None),
    ("本报告所列数据统计时限为20231月1日至12月31日", "warning"),
    ("本报告中所列数据从20231月1日截止到202312月31日", "warning"),  # 186, no word for the period
    ("本报告中所列数据自2023年1月1日起至2023年9月30日止", "error"),
    ("本报告中所列数据从2023年1月1日截止到2023年12月31日", None),
    ("统计期限自2023年1月1日起至2023年12月31日止。专项行动统计时间为2023年1月1日至6月30日", None),  # not the report's
    # 楚雄市鹿城街道 2025 (www.cxs.gov.cn/info/16805/866109.htm): 年 and 月 lost, "—" between, the end's year left out
    ("报告中所列数据的统计时间为202311日—1231日", "warning"),
    ("本报告数据统计时段为2023年1月1日至2023年11月30日", "error"),
    ("本报告所列数据统计范围为2023年1月1日至2023年12月31日", None),
    # 201 (秦安县兴国镇 2025): both dates in one digit run, 年, 月 and 至 lost
    ("报告中所列数据统计期限为2023111231日", "warning"),
    ("报告中所列数据统计期限为2022111231日", "error"),  # another year's period
    # 604 (乌鲁木齐市 2021): the data's 起止时间, 年 and 月 lost
    ("本报告由总体情况等6部分组成,各项数据核定的起止时间为202311日至1231日", "warning"),
    ("本报告各项数据核定的起止时间为2023年1月1日至2023年11月30日", "error"),
    ("本报告各项数据核定的起止时间为2023年1月1日至2023年12月31日", None),
    ("本报告所述活动的起止时间为2023年3月1日至3月31日", None),  # not the data's
])
def test_a_statistics_period_written_without_its_characters(period: str, severity: str | None,
                                                            tmp_path: Path) -> None:
    text = T2_PIPE_LINES.replace("统计期限自2023年1月1日起至2023年12月31日止", period)
    problems = [p for p in check_report(_import(tmp_path, text).facts, None, published=True)
                if p.code == "E5" and "统计期限" in p.message and p.severity != "notice"]
    assert [p.severity for p in problems] == ([severity] if severity else [])


@pytest.mark.parametrize(("period", "severity"), [
    # 853 (银川经济技术开发区 2021): 统计数据 then the dates, 年 and 月 lost
    ("本报告统计数据202111日至1231日", "warning"),
    # 865 (赫山区沧水铺镇 2021): 年, 月 and the end's 日 lost, the next sentence run on
    ("本报告中使用数据统计期限为202111日至1231如对报告有任何疑问,请与沧水铺镇人民政府联系", "warning"),
    # 945 (四川省人民防空办公室 2022): the data's 期限, 统计 left out, 年 and 月 lost
    ("报告主要包括总体情况等6方面内容,所涉及数据期限自202111日起至20211231日止", "warning"),
    ("报告主要包括总体情况等6方面内容,所涉及数据期限自2021年1月1日起至2021年11月30日止", "error"),
    # the data's 时间范围 or 统计期间 (255 and 719 word them so)
    ("本报告中所列数据时间范围为2020年1月1日至2020年12月31日", "error"),
    ("本报告中所列数据的统计期间为2021年1月1日至2021年12月31日", None),
    ("本报告统计数据2021年1月1日至12月31日", None),
    ("本报告统计数据2021年1月1日至11月30日", "error"),
    ("本报告统计数据2021年全年共计1231条", None),  # not a period
    ("本报告中使用数据统计期限为2021年1月1日至12315条", None),  # five digits: no date
])
def test_a_2021_statistics_period_that_lost_its_characters(period: str, severity: str | None, tmp_path: Path) -> None:
    text = T2_PIPE_LINES.replace("2023年", "2021年").replace(
        "本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止", period)
    problems = [p for p in check_report(_import(tmp_path, text).facts, None, published=True)
                if p.code == "E5" and "统计期限" in p.message and p.severity != "notice"]
    assert [p.severity for p in problems] == ([severity] if severity else [])
    if severity == "warning" and period.startswith("本报告中使用"):
        assert "“年”“月”或“日”" in problems[0].message


# real period lines of tuned copies, each with one character lost the way copies lose them (年, 月, 日 or a digit)
_PERIOD_LINES = {
    "729": (2023, "本报告中所列数据的统计期限从2023年1月1日至12月31日止。"),
    "1011": (2024, "本报告所列数据的统计期限从2024年1月1日起至2024年12月31日止。"),
    "910": (2025, "报告中所列数据统计期限自2025年1月1日起至12月31日。"),
    "857": (2022, "本年度报告中所列数据统计期限从2022年1月1日—2022年12月31日。"),
    "970": (2025, "本年度报告中所列数据统计期限从2025年1月1日到12月31日止。"),
}


@pytest.mark.parametrize(("copy", "period", "severity"), [
    # 729 (海城市西柳镇 2023) as printed: the end's 日 lost before 止
    ("729", "本报告中所列数据的统计期限从2023年1月1日至12月31止。", "warning"),
    ("729", "本报告中所列数据的统计期限从2023年1月1日至12月31日止。", None),
    ("1011", "本报告所列数据的统计期限从2024年11日起至2024年12月31日止。", "warning"),  # 月 lost
    ("1011", "本报告所列数据的统计期限从2024年1月1起至2024年12月31日止。", "warning"),  # 日 lost before 起
    ("1011", "本报告所列数据的统计期限从2024年1月日起至2024年12月31日止。", "warning"),  # the day's digit
    ("1011", "本报告所列数据的统计期限从204年1月1日起至2024年12月31日止。", "warning"),  # the year's digit
    ("1011", "本报告所列数据的统计期限从2024年1月1日起至2024年2月31日止。", "warning"),  # no such day
    ("1011", "本报告所列数据的统计期限从2024年1月1日起至2024年12月31止。", "warning"),
    ("1011", "本报告所列数据的统计期限从2024年1月1日起至2024年12月1日止。", "error"),  # a date, another span
    ("910", "报告中所列数据统计期限自2025年1月1日起至12月31。", "warning"),  # 日 lost at the sentence's end
    ("910", "报告中所列数据统计期限自2025年1月1日起至12月31", "warning"),  # … and the 。
    ("857", "本年度报告中所列数据统计期限从2022年1月1日—2022年12月31。", "warning"),
    ("857", "本年度报告中所列数据统计期限从2022年月1日—2022年12月31日。", "warning"),  # the month's digit
    ("970", "本年度报告中所列数据统计期限从2025年1月1日到2月31日止。", "warning"),
    # well formed, never judged garbled: a span of months, dotted dates, a time of day, the year's end in words
    ("970", "本年度报告中所列数据统计期限从2025年1月到12月止。", None),
    ("970", "本年度报告中所列数据统计期限从2025.1.1到2025.12.31止。", None),
    ("970", "本年度报告中所列数据统计期限从2025年1月1日0时到12月31日24时止。", None),
    ("970", "本年度报告中所列数据统计期限从2025年1月1日0时到12月31日止。", None),
    ("970", "本年度报告中所列数据统计期限从2025年1月1日到2025年底。", None),
    ("970", "本年度报告中所列数据统计期限内共收到申请3件至今已全部办结。", None),  # not a span of dates
])
def test_a_period_date_with_any_character_lost(copy: str, period: str, severity: str | None, tmp_path: Path) -> None:
    """Each real line (``_PERIOD_LINES``) is clean as printed; with 年, 月, 日 or a digit lost from either date the
    period is not a well-formed date of the report year: E5 warns (a well-formed other date stays the error)."""
    year, line = _PERIOD_LINES[copy]
    text = T2_PIPE_LINES.replace("2023年", f"{year}年")
    text = text.replace(f"本报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。", period)
    assert period in text
    problems = [p for p in check_report(_import(tmp_path, text).facts, None, published=True)
                if p.code == "E5" and "统计期限" in p.message and p.severity != "notice"]
    assert [p.severity for p in problems] == ([severity] if severity else [])
    if severity == "warning" and period != line:
        assert "残缺" in problems[0].message


def test_a_citation_that_lost_its_bracket(tmp_path: Path) -> None:
    text = T2_PIPE_LINES.replace("认真贯彻《条例》，", "按照《年度报告格式》(国办公开办函〔202130号)要求编制，")
    problems = [p for p in check_report(_import(tmp_path, text).facts, None, published=True) if p.code == "E6"]
    assert len(problems) == 1 and "〔202130号" in problems[0].message


def test_regulations_of_a_county_government_are_e1_of_a_city_department_not_judged() -> None:
    """规章 only for provinces and 设区的市: a 县人民政府 or a 区 department with one is E1; a city's
    department is not judged (it may report 规章 it drafted); E2's township advice is not given to either."""
    table = ProactiveTable(regulations=DocRow(0, 0, 1), normative_documents=DocRow(2, 0, 5))
    for name, kind, expected in (("某某县人民政府", "部门", ["E1"]), ("石家庄市长安区统计局", "部门", ["E1"]),
                                 ("长春市统计局", "部门", []), ("某某镇人民政府", "镇", ["E1", "E2"])):
        facts = dataclasses.replace(clean(), agency=Agency(name, name[:4], kind), proactive_table=table)
        found = check_report(facts, draft_report(facts).draft)
        assert sorted(p.code for p in found if p.code in ("E1", "E2")) == expected, name


def test_a_run_together_row_is_split_only_when_one_split_adds_up() -> None:
    """"640020470" is 64 0 0 2 0 4 | 70 and nothing else; "270020130" also splits as 2 7 0 0 20 1 | 30."""
    from drafter.importers.digit_splits import splits

    assert splits("640020470", 1, 7) == [(64, 0, 0, 2, 0, 4, 70)]
    assert len(splits("270020130", 1, 7)) == 2
    assert splits("00000000000000000", 3, 5) == []  # 17 digits, 15 cells: no way
    assert splits("000000000000000", 3, 5) == [(0,) * 15]
    # one digit per cell is the only cut, even where a printed 总计 does not add up (B1/B3 are the checks')
    assert splits("010000000000000", 3, 5) == [(0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)]
    assert splits("4000005", 1, 7) == [(4, 0, 0, 0, 0, 0, 5)]
    assert splits("40000105", 1, 7) == []  # more digits than cells: only cuts that add up
    from drafter.importers.run_together import _table4

    header = "结果维持结果纠正其他结果尚未审结 总计未经复议直接起诉…尚未审结 总计…其他结果尚未审结 总计"
    assert list(_table4(header + "110024001510102")) == [(("行政复议",), 2), (tuple("110024001510102"), 2)]


def test_the_column_sums_choose_among_a_rows_splits_only_when_one_assignment_fits() -> None:
    """Two rows a and c, each with two splits: the 总计 row (22 | 22) fits both pairings, so neither is read;
    with c fixed, only one split of a fits. No assignment at all (a report that does not add up): only the
    rows with one split are read."""
    from drafter.importers.digit_splits import solve

    a, c, total = [(2, 20, 22), (22, 0, 22)], [(20, 2, 22), (0, 22, 22)], [(22, 22, 44)]
    sums = [(("a", "c"), ("total",))]
    assert solve({"a": a, "c": c, "total": total}, sums) == {"total": (22, 22, 44)}
    assert solve({"a": a, "c": [(0, 22, 22)], "total": total}, sums)["a"] == (22, 0, 22)
    assert solve({"a": a, "c": [(0, 22, 22)], "total": [(9, 9, 18)]}, sums) == {"c": (0, 22, 22),
                                                                               "total": (9, 9, 18)}
    assert "a" not in solve({"a": a, "total": total}, sums)  # c unread: the equation says nothing
    # twenty rows of 0, 3, …, 60 that must add up to 31: no assignment, and too many to try them all
    many = {f"r{i}": [(v,) for v in range(0, 63, 3)] for i in range(20)}
    assert solve({**many, "total": [(31,)]}, [(tuple(many), ("total",))]) == {"total": (31,)}


def _run_together_t3(rows: dict[str, str]) -> str:
    from drafter.tables import OUTCOME_GROUPS, T3_ROWS

    text, group = "申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他", ""
    for row in T3_ROWS:
        owner = next((g for g in OUTCOME_GROUPS if row.key.startswith(g[0] + ".")), None)
        if owner and owner[1] != group:
            text, group = text + owner[1].replace("（", "(").replace("）", ")"), owner[1]
        label = row.labels[-1].replace("（", "(").replace("）", ")").replace("，", ",")
        text += label + rows.get(row.key, "0000000")
    return text


def test_a_run_together_table3_is_read_where_only_the_column_sums_decide() -> None:
    """予以公开 "220000022" is 22 | 0 or 2 | 20; with 部分公开 1, 不予公开 5. 1 and （七）总计 24 in the 自然人 column only
    22 | 0 fits. When 新收, 予以公开 and 总计 are all "220000022", both readings fit: all three stay unread.
    Leaf labels start with a digit ("…10000016.属于四类过程性信息"): the digit is the label's."""
    from drafter.importers.run_table3 import table3

    def read(rows: dict[str, str]) -> dict[str, tuple[str, ...]]:
        return {cells[0]: cells[1:] for cells, _ in table3(_run_together_t3(rows))}  # type: ignore[misc]

    got = read({"new_received": "240000024", "granted": "220000022", "partially_granted": "1000001",
                "withheld.internal_affairs": "1000001", "total": "240000024", "carried_forward": "0000000"})
    assert got["（一）予以公开"] == ("22", "0", "0", "0", "0", "0", "22")
    assert got["5.属于三类内部事务信息"] == ("1", "0", "0", "0", "0", "0", "1")
    printed = _run_together_t3({"new_received": "240000024", "granted": "220000022", "partially_granted": "1000001",
                                "withheld.internal_affairs": "1000001", "total": "240000024"})
    printed = printed.replace("“", '"').replace("”", '"').replace("(区分处理的,只计这一情形,不计其他情形)", "")
    printed = printed.replace("属于三类", "属于 三类").replace("予以公开", "予以 公开")  # as pages print them
    assert {cells[0]: cells[1:] for cells, _ in table3(printed)} == got  # type: ignore[misc]
    headless = printed[printed.find("一、本年新收"):]  # a copy without the header cells
    assert {cells[0]: cells[1:] for cells, _ in table3(headless)} == got  # type: ignore[misc]
    ambiguous = read({"new_received": "220000022", "granted": "220000022", "total": "220000022"})
    assert not {"一、本年新收政府信息公开申请数量", "（一）予以公开", "（七）总计"} & set(ambiguous)
    assert ambiguous["二、上年结转政府信息公开申请数量"] == ("0",) * 7


def test_run_together_rows_on_lines_of_their_own(tmp_path: Path) -> None:
    """The 平潭 2023 page with its paragraphs and table rows on lines of their own, the digits still run
    together ("一、本年新收政府信息公开申请数量801000081"): the tables read as from the one-line copy."""
    import re

    one_line = Path(__file__).parent / "realworld" / "27-pingtan-2023.txt"
    text = one_line.read_text(encoding="utf-8")
    for label in ("二、主动公开", "三、收到和处理", "四、政府信息公开行政复议", "五、存在", "六、其他", "第二十条",
                  "一、本年新收", "二、上年结转", "三、本年度办理结果", "(七)总计", "四、结转下年度"):
        text = text.replace(label, "\n" + label)
    text = re.sub(r"(?<=\d)(?=[1-8]\.)", "\n", text)  # "…00000002.其他法律…": the leaf label on the next line
    lines = _import(tmp_path, text).facts
    assert text.count("\n") > 30 and lines.imported is not None
    whole = import_report(one_line).facts
    assert (lines.applications, lines.reviews_and_lawsuits) == (whole.applications, whole.reviews_and_lawsuits)
    assert lines.applications.row("partially_granted") == (19, 1, 0, 0, 0, 0)
    assert lines.imported.run_together == {"proactive_table.normative_documents": "77132470"}


def _run_together_doc_row(digits: str, year: int = 2023) -> Facts:
    """The clean facts as an import whose 表二 行政规范性文件 ran together as ``digits`` (unread)."""
    paths = [f"proactive_table.normative_documents.{c}" for c in ("issued", "repealed", "in_force")]
    facts = dataclasses.replace(imported(missing=paths), year=year)
    assert facts.imported is not None
    facts.imported.run_together = {"proactive_table.normative_documents": digits}
    return facts


def test_c2_and_d5_on_a_run_together_table2_row_try_every_split() -> None:
    """平潭 2022 "8855698" and 2023 "77132470": no split of either makes 现行有效 = 上年 + 制发 − 废止 (C2),
    and none gives 现行有效 393 (D5); 2021 "693665" and 2022 "8855698" have splits that fit, so no C2, and
    470 is one split's 现行有效, so no D5 (the cells stay unread: a notice)."""
    from drafter.checks.cross_year import c1_c3
    from drafter.checks.text import check_text
    from drafter.checks.units import Unit

    this, before = _run_together_doc_row("77132470"), _run_together_doc_row("8855698", 2022)
    (c2,) = [p for p in c1_c3(this, before) if p.code == "C2"]
    assert c2.severity == "warning" and "77132470" in c2.message and "8855698" in c2.message
    assert not [p for p in c1_c3(before, _run_together_doc_row("693665", 2021)) if p.code == "C2"]

    def d5(sentence: str) -> list[str]:
        return [p.severity for p in check_text(this, [Unit("imported.sections.overview", 1, sentence)])
                if p.code == "D5"]

    assert d5("清理并集中发布现行有效行政规范性文件393件。") == ["error"]
    assert d5("清理并集中发布现行有效行政规范性文件470件。") == ["notice"]


def test_a_run_together_table2_row_is_kept_in_the_facts_file() -> None:
    """imported.run_together survives dump and load (check reads a facts file as it reads the report)."""
    from drafter.facts.dump import dump_facts
    from drafter.facts.load import parse_facts, parse_yaml

    facts = _run_together_doc_row("77132470")
    loaded = parse_facts(parse_yaml(dump_facts(facts), "t.yaml"), "t.yaml")
    assert loaded.imported is not None
    assert loaded.imported.run_together == {"proactive_table.normative_documents": "77132470"}


def test_applications_as_reports_word_them() -> None:
    """受理/共收到/接收/新增 N 件（份）申请 (also 依申请公开事项, 总计/合计, "700 件"; with or without 上年结转), 共办理, 结转下一年 / N件结转下年度 are compared with 表三;
    "不予公开112件" said of documents is not; 信息处理费 in 元 as well as 万元."""
    from drafter.checks.text import check_text
    from drafter.checks.units import Unit

    facts = clean()
    facts.applications.rows = ({"new_received": (713, 0, 0, 0, 0, 0), "carried_over": (36, 0, 0, 0, 0, 0),
                                    "granted": (718, 0, 0, 0, 0, 0), "carried_forward": (31, 0, 0, 0, 0, 0)})

    def d1(sentence: str) -> list[str]:
        return [p.code for p in check_text(facts, [Unit("imported.sections.overview", 1, sentence)])
                if p.code in ("D1", "D6")]

    for right in ("全年共受理政府信息公开申请749件。", "全年共受理政府信息公开申请713件。", "本年度共收到749件申请。",
                  "共办理718件，结转下一年31件。", "31件结转下年度继续办理。", "对不予公开112件文件进行了清理。",
                  "全年未收取信息处理费。", "我局共收到政府信息公开申请713份。", "全年接收政府信息公开申请749件。",
                  "收到政府信息公开申请共计 713 件。", "结转下年度办理的31件。", "全年共受理公开申请749件。",
                  # all it dealt with, finished or carried forward (an adversarial wording)
                  "共办理749件，其中718件已办结，31件结转下年度办理。"):
        assert d1(right) == [], right
    for wrong in ("全年共受理政府信息公开申请750件。", "我局共收到政府信息公开申请750份。", "新收申请712份。",
                  "本年度新增政府信息公开申请700件。", "受理政府信息公开申请总计700件。", "共收到依申请公开事项700件。",
                  "全年共受理依申请公开政府信息700件。", "收到政府信息公开申请共计 700 件。", "结转下年度办理的30件。", "共办理717件。", "结转下一年30件。", "上年转结申请35件。",
                  "收取信息处理费共计380元。",
                  # 257 (平潭综合实验区管委会办公室 2025): "公开申请" without 政府信息
                  "2025年，实验区管委会（办公室）共受理公开申请34件，均在法定期限内予以办理。"):
        assert d1(wrong), wrong


def test_a_template_placeholder_left_in_the_text(tmp_path: Path) -> None:
    text = T2_PIPE_LINES.replace("全镇政务公开工作有序推进。", "本报告电子版可在门户网站(具体网址)查阅。")
    problems = [p for p in check_report(_import(tmp_path, text).facts, None, published=True) if p.code == "T1"]
    assert [p.severity for p in problems] == ["warning"] and "具体网址" in problems[0].message


def test_a_run_together_table2_row_is_split_by_two_figures_the_prose_states() -> None:
    """平潭 2022 "8855698" with 一's "现行有效行政规范性文件698件，…制发的规范性文件88件" is 88 | 55 | 698; a department's
    "5416" with "现行有效的规范性文件16件" and "制定规范性文件5件" in two sentences is 5 | 4 | 16. One figure is not
    enough even where it leaves one split ("34089", 制发 34); a figure that fits no split ("77132470", 现行有效 393),
    or two figures for one column, leave the row unread."""
    from drafter.importers.doc_row_text import split_by_text

    row = "normative_documents"
    assert split_by_text(row, "8855698", ["集中公开现行有效行政规范性文件698件，动态更新本年度制发的规范性文件88件。"]) \
        == (88, 55, 698)
    assert split_by_text(row, "5416", ["全面梳理了我局现行有效的规范性文件16件。", "2023年，我局制定规范性文件5件。"]) \
        == (5, 4, 16)
    assert split_by_text(row, "34089", ["本年度制发规范性文件34件。"]) is None
    assert split_by_text(row, "6233440", ["本年度制发行政规范性文件62件。"]) is None
    assert split_by_text(row, "77132470", ["现行有效行政规范性文件393件，本年度制发的规范性文件77件。"]) is None
    assert split_by_text(row, "8855698", ["现行有效行政规范性文件698件，制发规范性文件88件。", "制发规范性文件8件。"]) is None
    assert split_by_text("regulations", "8855698", ["现行有效行政规范性文件698件，制发规范性文件88件。"]) is None


def test_a_run_together_page_whose_prose_states_the_row_reads_it(tmp_path: Path) -> None:
    """平潭 2023 with its D5 error corrected (text 470, as the table): "77132470" is read as 77 | 132 | 470, said in
    a note, and no longer passed on as run together."""
    text = (Path(__file__).parent / "realworld" / "27-pingtan-2023.txt").read_text(encoding="utf-8")
    assert "现行有效行政规范性文件393件" in text
    result = _import(tmp_path, text.replace("现行有效行政规范性文件393件", "现行有效行政规范性文件470件"))
    facts = result.facts
    assert facts.imported is not None and facts.imported.run_together == {}
    assert facts.proactive_table.normative_documents == DocRow(77, 132, 470)
    assert not any(p.startswith("proactive_table.normative_documents") for p in facts.imported.missing)
    assert any("77132470" in note for note in result.notes)


def test_a_run_together_page_keeps_section_twos_sentences_before_its_table(tmp_path: Path) -> None:
    """平潭 2025 财政金融局 opens 二 with "2024年制作、获取政府信息总数467条…" (last year's sentence, E5): a sentence
    before 表二 is kept as the section's text, and 表二 is read from "第二十条" on, not from a label the sentence
    happens to name ("办理行政许可3件")."""
    text = (Path(__file__).parent / "realworld" / "27-pingtan-2023.txt").read_text(encoding="utf-8")
    said = "2022年制作、获取政府信息总数467条,其中办理行政许可3件。"
    facts = _import(tmp_path, text.replace("二、主动公开政府信息情况", "二、主动公开政府信息情况" + said, 1)).facts
    assert facts.imported is not None
    assert said in facts.imported.sections["proactive_table"]
    assert facts.proactive_table.licensing == 2629


def test_documents_other_agencies_made_are_not_the_rows_figures() -> None:
    """"审查区政府各部门制发的规范性文件15件" (or "各部门2023年制发的…") is not this agency's 制发;
    "本年度制发的规范性文件88件" is."""
    from drafter.importers.doc_row_text import stated

    assert stated("normative_documents", ["审查区政府各部门制发的规范性文件15件。"]) == {}
    assert stated("normative_documents", ["备案审查各部门2023年制发的规范性文件15件。"]) == {}
    assert stated("normative_documents", ["动态更新本年度制发的规范性文件88件。"]) == {"issued": {88}}


def test_a_run_together_table2_row_with_one_cut_is_read() -> None:
    """No count starts with 0: "0015" can only be 0 | 0 | 15 and "1000" only 10 | 0 | 0; "5 0 15" kept its spaces;
    "1027" (1 | 0 | 27 or 10 | 2 | 7) stays run together."""
    from drafter.importers.run_together import _table2

    def rows(cells: str) -> list[tuple[str, ...]]:
        text = f"第二十条第(一)项信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件{cells}第二十条第(五)项"
        return [block[0] for block in _table2(text, 0)]  # type: ignore[index]

    assert rows("0015") == [("规章", "0", "0", "0"), ("行政规范性文件", "0", "0", "15")]
    assert rows("1000")[1] == ("行政规范性文件", "10", "0", "0")
    assert rows("5 0 15")[1] == ("行政规范性文件", "5", "0", "15")
    assert [block for block in _table2("规章000行政规范性文件1027第二十条", 0)][1] == (("行政规范性文件", "1027"), 0, False, True)


@pytest.mark.parametrize(("layout", "flagged"), [
    ("信息内容\n\n本年制发件数\n\n本年废止件数\n\n现行有效件\n\n规章\n\n0\n\n0\n\n0\n\n", "现行有效件"),  # 60: one a line
    ("信息内容 | 本年制发件 | 本年废止件数 | 现行有效件数\n规章 | 0 | 0 | 0\n", "本年制发件"),  # a header row
    ("信息内容\n\n本年制发件数\n\n本年废止件数\n\n现行有效件\n\n数\n\n规章\n\n0\n\n0\n\n0\n\n", ""),  # a PDF line break
    ("信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数\n规章 | 0 | 0 | 0\n", ""),
])
def test_f2_a_table_two_header_cut_short(tmp_path: Path, layout: str, flagged: str) -> None:
    """F2 (60): "现行有效件" for "现行有效件数", one header a line or in a header row; a header a PDF broke over two
    lines ("现行有效件" / "数") is not a variant."""
    text = ("某县某某镇2023年政府信息公开工作年度报告\n\n一、总体情况\n\n2023年，我镇认真贯彻《条例》。\n\n"
            f"二、主动公开政府信息情况\n\n第二十条第(一)项\n\n{layout}\n三、收到和处理政府信息公开申请情况\n")
    facts = _import(tmp_path, text).facts
    assert facts.imported is not None
    assert [v for v in facts.imported.variants if "统一格式为“本年" in v or "统一格式为“现行" in v] == (
        [f"“{flagged}”（统一格式为“{'现行有效件数' if flagged.startswith('现行') else '本年制发件数'}”）"] if flagged else [])


def test_a_run_together_row_printed_without_digits_is_blank(tmp_path: Path) -> None:
    """平潭 2024 市场监管局 prints （六）2 and （六）3 with no digits at all ("…其政府信息公开申请3.其他（七）总计4000004"):
    a label followed at once by the next row's label is a row the report left blank (B5, an error), not one
    drafter could not read. A row followed by other words, or the last label of a copy, is not judged blank."""
    text = (Path(__file__).parent / "realworld" / "87-pingtan-market-2024.txt").read_text(encoding="utf-8")
    assert "其政府信息公开申请3.其他（七）总计4000004" in text
    facts = _import(tmp_path, text).facts
    assert facts.imported is not None
    blank = {p for p in facts.imported.blank if p.startswith("applications.other_handling.")}
    assert blank == {f"applications.other_handling.{k}[{c}]" for k in ("overdue_fee", "other") for c in range(1, 7)}
    b5 = [p for p in check_report(facts, None, published=True) if p.code == "B5" and p.severity == "error"]
    assert [p.where for p in b5] == ["表三"]
    worded = _import(tmp_path, text.replace("申请3.其他（七）", "申请（另见说明）3.其他（七）")).facts
    assert worded.imported is not None
    assert not any(p.startswith("applications.other_handling.overdue_fee") for p in worded.imported.blank)
    assert "applications.other_handling.overdue_fee[1]" in worded.imported.missing


def test_a_run_together_row_with_fewer_digits_than_cells_has_a_blank(tmp_path: Path) -> None:
    """平潭 2021 经济发展局 prints （一）予以公开 as "0 0 0 0 0 0": six digits for seven cells (its 总计 was an empty
    cell). A number cannot vanish from a page's text, so the report left a cell blank, which one is unknown: the row
    is unread and B5 names it (an error, kept through the facts file); a full row or a copy cut inside the last
    row's digits is no such row."""
    from drafter.facts.dump import dump_facts
    from drafter.facts.load import parse_facts, parse_yaml

    text = (Path(__file__).parent / "realworld" / "44-pingtan-econdev-2021.txt").read_text(encoding="utf-8")
    assert "（一）予以公开 0 0 0 0 0 0 （二）" in text
    facts = _import(tmp_path, text).facts
    assert facts.imported is not None and "applications.granted" in facts.imported.blank
    assert "applications.granted[1]" in facts.imported.missing
    facts = dataclasses.replace(facts, agency=Agency("平潭综合实验区经济发展局", "经济发展局", "部门"),
                                signing_date=dt.date(2022, 1, 20))
    assert facts.imported is not None  # the clerk filled in what the page lacks
    facts.imported.missing = [p for p in facts.imported.missing if p not in ("signing_date", "agency.name")]
    loaded = parse_facts(parse_yaml(dump_facts(facts), "t.yaml"), "t.yaml")
    b5 = [p for p in check_report(loaded, None, published=True) if p.code == "B5"]
    assert {(p.path, p.severity) for p in b5} == {("applications.granted", "error"),
                                                  ("applications.partially_granted", "error")}
    full = _import(tmp_path, text.replace("（一）予以公开 0 0 0 0 0 0 ", "（一）予以公开 0 0 0 0 0 0 0 ")).facts
    assert full.imported is not None and "applications.granted" not in full.imported.blank
    assert full.applications.row("granted") == (0,) * 6 and "applications.granted[1]" not in full.imported.missing


def test_a_misspelt_section_heading_is_a_typo_not_a_missing_section(tmp_path: Path) -> None:
    """26-pingtan-2022 heads 四 "政府信息公开行政法复议、行政诉讼情况": S12 names the typo; 四 is not missing (S2)."""
    text = (Path(__file__).parent / "realworld" / "26-pingtan-2022.txt").read_text(encoding="utf-8")
    facts = _import(tmp_path, text).facts
    problems = check_report(facts, None, published=True)
    assert [p.where for p in problems if p.code == "S12"] == ["四、政府信息公开行政法复议、行政诉讼情况"]
    assert not [p for p in problems if p.code == "S2"]


def test_the_strict_score_needs_a_problem_of_its_own_for_each_listed_one() -> None:
    from drafter.checks.problem import ERROR, NOTICE, WARNING, Problem
    from tests.realworld_corpus import _matched

    listed = [{"rule": "structure"}, {"rule": "structure", "severity": "warning"}, {"rule": "D4"}]
    one = [Problem("S2", WARNING, "", "一 缺少（四）")]
    assert _matched(listed, one) == 1  # the family credit would count both structure entries
    two = [*one, Problem("S5", ERROR, "", "…"), Problem("D4", NOTICE, "", "未能检查")]
    assert _matched(listed, two) == 2  # a notice reports nothing


def test_a_district_department_named_only_as_its_texts_subject_is_e1_for_regulations(tmp_path: Path) -> None:
    """No title and no signature: the subject "区城乡建设局" (789 西宁市城中区城乡建设局 2025) tells a district's department,
    which cannot make 规章 (E1); a township's text naming a county bureau as subject is not taken for its name."""
    table = "\n".join(["二、主动公开政府信息情况", "第二十条第(一)项 |", "信息内容 |", "本年制发件数 |", "本年废止件数 |",
                       "现行有效件数 |", "规章 |", "2 |", "0 |", "0 |", "行政规范性文件 |", "0 |", "0 |", "0 |"])
    text = ("一、总体情况\n2025年,区城乡建设局聚焦中心工作和重点领域,积极推进决策、执行、管理、服务和结果全过程公开。"
            "截至2025年12月底,通过区政府门户网站主动公开信息74条。\n" + table + "\n")
    facts = _import(tmp_path, text).facts
    assert facts.agency.title_name == "区城乡建设局"
    assert [p.code for p in check_report(facts, None, published=True) if p.severity == "error"].count("E1") == 1
    township = text.replace("主动公开信息74条。", "主动公开信息74条。我镇认真落实,我镇全年无收费。")
    assert _import(tmp_path, township).facts.agency.title_name == ""


def test_a_figure_line_under_table2_is_text_also_in_a_copy_cut_after_it(tmp_path: Path) -> None:
    """A template's line under 表二 stating a figure without a full stop is section 二's text, and a copy cut short
    inside 表三 stops after it, not inside it: 1130 (公主岭市档案局 2021, cut at "(本列数据的勾稽关"): "2020年本行政区域
    (或本部门)政府信息公开发布总数量(非新闻类、消息类):0", last year's count left in (E5). A cell's label and number
    on a line ("行政许可:0") is no statement."""
    text = ("公主岭市档案局2021年度政府信息公开工作年度报告\n一、总体情况\n2021年，我局积极推行政务公开。\n"
            "二、主动公开政府信息情况\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数\n规章 | 0 | 0 | 0\n"
            "行政规范性文件 | 0 | 0 | 0\n行政许可:0\n"
            "2020年本行政区域(或本部门)政府信息公开发布总数量(非新闻类、消息类):0\n"
            "三、收到和处理政府信息公开申请情况\n(本列数据的勾稽关")
    facts = _import(tmp_path, text).facts
    assert facts.imported is not None
    assert facts.imported.sections["proactive_table"] == \
        "2020年本行政区域(或本部门)政府信息公开发布总数量(非新闻类、消息类):0"
    (e5,) = [p for p in check_report(facts, None, published=True) if p.code == "E5" and p.severity != "notice"]
    assert "2020年" in e5.message and e5.path == "imported.sections.proactive_table"
    whole = text.replace("2020年本行", "2021年本行")
    assert not [p for p in check_report(_import(tmp_path, whole).facts, None, published=True)
                if p.code == "E5" and p.severity != "notice"]
