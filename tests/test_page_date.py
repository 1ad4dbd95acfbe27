"""E5 on the date a portal page shows it published the report (发布时间/发布日期/成文日期 in the page's head), and the
deadline by kind of agency (《条例》第四十九条: a government's own report by 3月31日, the others by 1月31日).

The head lines are those of real pages in tests/realworld/ (185, 173, 04, 105, 144, 104, 141, 131; 139, 81, 138, 53,
95, 146, 171, 108, 112)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from drafter.checks.agency import default_deadline
from drafter.cli import main
from drafter.facts.model import COUNTY_GOVERNMENT, Agency, Facts, Imported
from drafter.importers.blocks import Block, Row
from drafter.importers.page_date import page_date
from tests.conftest import SEED
from tests.test_checks import clean, codes

TITLE = "宁陕县梅子镇人民政府2024年度政府信息公开工作年度报告"
INTRO = "根据《中华人民共和国政府信息公开条例》，编制本报告。"


@pytest.mark.parametrize(("head", "published"), [
    ([TITLE, "作者: 来源: 发布时间:2025-02-06 10:37"], dt.date(2025, 2, 6)),
    (["落水镇人民政府2024年度政府信息公开工作年度报告", "  • 宣威市人民政府门户网", "  • 2025-02-10 15:59"],
     dt.date(2025, 2, 10)),
    (["当前页面:", "首页", "来源:杨林镇 发布时间:2024-03-26", "衡阳市衡东县杨林镇2023年政府信息公开年度报告"],
     dt.date(2024, 3, 26)),
    ([Row(("发布机构", "乌恰县人民政府", "发布日期", "2026-01-19 20:34"), 0), TITLE], dt.date(2026, 1, 19)),
    (["  • 发布机构:", "  • 成文日期:", "    2023-01-10", TITLE], dt.date(2023, 1, 10)),
    ([TITLE, "发布时间: 2026年02月15 浏览次数:"], dt.date(2026, 2, 15)),
    ([TITLE, "成文日期 2024-01-16", "发布日期: 2024-01-20"], dt.date(2024, 1, 20)),  # published, not written
    (["成文日期: 2025-02-11 有效性: 有效", "  • 2025-03-01 08:00", TITLE], dt.date(2025, 2, 11)),
    # a bare 时间/日期 starting a field (139, 81, 138, 53), 发表日期 (95), a record's 生成日期 (146)
    ([TITLE, "来源:河西镇 时间:2024-01-19 10:11 点击率:39打印】【关闭"], dt.date(2024, 1, 19)),
    ([TITLE, "日期:2023-01-11 来源:五常市人民政府 访问量:"], dt.date(2023, 1, 11)),
    ([TITLE, "来源:    时间:2024年01月25日    "], dt.date(2024, 1, 25)),
    (["信息来源:鄂州政府网 日期:2026-01-23", TITLE], dt.date(2026, 1, 23)),
    ([TITLE, "发表日期:2024-01-26 15:35:23 发布机构:政务服务管理局"], dt.date(2024, 1, 26)),
    ([TITLE, Row(("生成日期", "2026-01-23 16:24:38", "是否有效"), 0)], dt.date(2026, 1, 23)),
    # a date in a line of page chrome without a label (171, 108, 112)
    ([TITLE, "2023-01-16 16:50:00 来源: 荔浦市政府"], dt.date(2023, 1, 16)),
    ([TITLE, "迎宾路街道办事处", "2022年01月18日来源:1", "[字体: ] 打印"], dt.date(2022, 1, 18)),
    ([TITLE, "银川市人民政府门户网站 www.yinchuan.gov.cn 2023-01-28 "], dt.date(2023, 1, 28)),
    # a stored page of 洪雅县止戈镇 2022 (www.schy.gov.cn/zfxxgk/zfxxgknb/n2022n/xz/zgz.htm)
    ([TITLE, "2023年01月19日 (点击: ) | ||||||||"], dt.date(2023, 1, 19)),
    # 靖远县大芦镇 2023 (m.iuagqiw.cn, a mirror), in traditional characters, simplified on import
    ([Row(("索引号:", "1162042101391301xj/2024-00001", "生成日期:", "2024-01-24"), 0), "信息来源:靖远县大芦镇人民政府",
      "发布时间:2024-01-24 10:56", TITLE], dt.date(2024, 1, 24)),
])
def test_the_page_date_in_the_head_as_portals_print_it(head: list[Block], published: dt.date) -> None:
    assert page_date([*head, INTRO, "一、总体情况", "（一）主动公开情况"]) == published


def test_a_publication_date_outranks_a_bare_date_above_it() -> None:
    # the portal's top bar prints a bare 日期 before the article's 发布时间 (review)
    head = ["日期：2025-03-05", TITLE, "发布时间：2025-01-20 10:00", INTRO, "一、总体情况"]
    assert page_date(head) == dt.date(2025, 1, 20)


@pytest.mark.parametrize("blocks", [
    [TITLE, "（2025年1月20日）", INTRO, "一、总体情况"],  # a date under the title is the report's (its signature)
    [TITLE, "发布时间:", INTRO, "一、总体情况"],  # the label without its date
    [TITLE, INTRO, "一、总体情况", "发布时间:2025-02-06 10:37"],  # below the first section: not the page's head
    [TITLE, "本报告于2025-02-06发布时间较晚。", "一、总体情况"],  # a date in a sentence, not after the label
    ["今天是2025年02月06日 星期四", TITLE, INTRO, "一、总体情况"],  # today's date on the portal
    ["日期：2025年03月05日 星期三", TITLE, INTRO, "一、总体情况"],  # today's date under a bare label
    [TITLE, "统计时间:2024年1月1日至2024年12月31日", "一、总体情况"],  # the report's period, not a page date
    [TITLE, "更新时间:2025-05-06", "一、总体情况"],  # re-posted or edited: not when it was published
    [TITLE, "（2025年01月20日）", INTRO, "一、总体情况"],  # the signature under the title, zero-padded
    # a sidebar's list of other pages, flattened into the head: its items' dates are not the page's
    ["最新信息 关于开展2025年防汛演练的通知 2025-05-20", TITLE, INTRO, "一、总体情况"],
    ["最新信息", "关于开展2025年防汛演练的通知 2025-05-20", TITLE, INTRO, "一、总体情况"],
])
def test_no_page_date_outside_the_head_or_without_a_label(blocks: list[Block]) -> None:
    assert page_date(blocks) is None


@pytest.mark.parametrize(("kind", "name", "due"), [
    ("镇", "宁陕县梅子镇人民政府", dt.date(2025, 1, 31)),
    ("街道", "高新区青田街道办事处", dt.date(2025, 1, 31)),
    ("部门", "宣威市统计局", dt.date(2025, 1, 31)),
    ("部门", "衡东县人民政府办公室", dt.date(2025, 1, 31)),
    (COUNTY_GOVERNMENT, "泽州县人民政府", dt.date(2025, 3, 31)),
    ("部门", "晋城市人民政府", dt.date(2025, 3, 31)),
    ("部门", "邢台市", dt.date(2025, 3, 31)),  # "邢台市2023年政府信息公开工作年度报告": the city's own
    ("部门", "平潭综合实验区", dt.date(2025, 3, 31)),
    ("部门", "", dt.date(2025, 3, 31)),  # no name read: the later deadline
])
def test_the_deadline_by_kind_of_agency(kind: str, name: str, due: dt.date) -> None:
    facts = dataclasses.replace(clean(), year=2024, agency=Agency(name, "", kind))
    assert default_deadline(facts) == due


def _published(day: dt.date, **changes: Any) -> Facts:
    return dataclasses.replace(clean(), imported=Imported(published=day), **changes)


def test_a_township_report_published_after_january_is_late() -> None:
    """clean(): a 镇's 2023 report signed 2024-01-20; the page says it was published on 2024-02-06."""
    (late,) = codes(_published(dt.date(2024, 2, 6)), "E5")
    assert (late.severity, late.path) == ("warning", "imported.published")
    assert "2024年2月6日" in late.message and "2024年1月31日" in late.message
    assert codes(_published(dt.date(2024, 1, 31)), "E5") == []
    county = Agency("某县人民政府", "某县", COUNTY_GOVERNMENT)
    assert codes(_published(dt.date(2024, 2, 6), agency=county), "E5") == []


def test_a_late_signature_and_a_late_page_are_one_warning() -> None:
    (late,) = codes(_published(dt.date(2024, 3, 26), signing_date=dt.date(2024, 3, 26)), "E5")
    assert late.path == "signing_date"


def test_check_reads_the_pages_date_of_a_report_and_of_its_facts_file(tmp_path: Path, capsys) -> None:
    """The seed, signed 2024年1月17日, on a page dated 2024-04-09 (FORMAT.md: "published or re-posted after the usual
    1月31日 deadline"): the page's date is late; it is kept in the facts file import writes."""
    lines = SEED.read_text(encoding="utf-8").split("\n")
    report = tmp_path / "erjie.txt"
    report.write_text("\n".join([lines[0], "来源：二街镇 发布时间：2024-04-09 10:20", *lines[1:]]), encoding="utf-8")
    facts_path = tmp_path / "erjie.yaml"
    for path in (report, facts_path):
        if path == facts_path:
            assert main(["import", str(report), "-o", str(facts_path)]) == 0
            capsys.readouterr()
        main(["check", str(path), "--format", "json"])
        late = [p for p in json.loads(capsys.readouterr().out)["problems"] if p["code"] == "E5"]
        assert len(late) == 1 and late[0]["message"].startswith("网页显示的发布日期2024年4月9日晚于报告公布期限")


def test_a_chrome_line_with_agency_and_date_above_the_text_is_no_signature(tmp_path: Path) -> None:
    """213's head (沈阳市卫生健康委员会 2023), cut inside 一: "市卫生健康委员会 2024年01月29日" above the text is the
    page's, not the report's signature, so the copy is read as cut (no signing date), not as a whole report."""
    from drafter.importers.report import import_report

    report = tmp_path / "213.txt"
    report.write_text("\n".join([
        "沈阳市卫生健康委员会2023年政府信息公开工作年度报告", "时间:2024年01月29日来源:市卫生健康委员会", "[字体: ] 打印",
        "市卫生健康委员会 2024年01月29日", "",
        "  根据《中华人民共和国政府信息公开条例》(以下简称《条例》)规定编制本报告。", "", "  一、总体情况", "",
        "  2023年,市卫生健康委以习近平新时代中国特色社会主义思想为指导,认真贯彻党的二十大精神"]), encoding="utf-8")
    facts = import_report(report).facts
    assert "signing_date" in facts.unknown("signing_date")
    assert facts.imported is not None and facts.imported.published == dt.date(2024, 1, 29)
