"""Text rules on the report's own dates and citations as real reports garble them.

- E5 the 统计期限 stated in the text: from 1 January to 31 December of the report year ("自2021年1月1日
  起至2021年12月30日止" is wrong; a copy that lost 年/月, "自202111日起至20211230日止", is read too);
- E6 a citation of the format notice whose brackets or year were lost ("国办公开办函〔202130号");
- T1 a template's placeholder left in the published text ("门户网站(具体网址)", "××镇", "XXX");
- T2 a township's (镇、乡、街道) text that leads work of a higher level ("组织推动全省政府信息公开工作"):
  wording copied from a province's, city's or county's report.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from drafter.checks.problem import ERROR, WARNING, Problem
from drafter.checks.units import Unit, locate
from drafter.facts.model import Facts
from drafter.facts.values import chinese_date, nfkc

_DATE = r"(20\d\d)\s*年?\s*(\d{1,2})\s*月?\s*(\d{1,2})\s*日"
_END_DATE = r"(20\d\d)?\s*年?\s*(\d{1,2})\s*月?\s*(\d{1,2})\s*日"  # "至12月31日": the same year
PERIOD = re.compile(rf"统计期限[^。；]{{0,8}}?{_DATE}[^。；\d]{{0,6}}?{_END_DATE}")
# a year run into its month ("20231月1日"), or a date without 月: the dates may be right, the text is not
_GARBLED = re.compile(r"20\d\d(?!\s*年)\s*\d|(?<!月)(?<!\d)\d{3,4}\s*日")
# 国办公开办函 then anything up to 号 that is not 〔YYYY〕N号 (the other bracket forms are e6_citations')
NOTICE_CITED = re.compile(r"国办公开办函\s*([^号。，；]{1,12})号")
GOOD_NUMBER = re.compile(r"^[〔【\[［（(]\s*\d{4}\s*[〕】\]］）)]\s*\d+\s*$")


def _date(y: str, m: str, d: str) -> dt.date | None:
    """A date, also when 年 and 月 were lost: "20211230" reads as 2021-12-30 (two digits each)."""
    try:
        return dt.date(int(y), int(m), int(d))
    except ValueError:
        return None


def _period_dates(text: str) -> tuple[dt.date, dt.date, str] | None:
    """(start, end, the text that states them) of the 统计期限 in ``text``."""
    m = PERIOD.search(text)
    if not m:
        return None
    start, end = _date(*m.group(1, 2, 3)), _date(m.group(4) or m.group(1), *m.group(5, 6))
    return (start, end, m.group(0)[m.start(1) - m.start():]) if start and end else None


def e5_period(facts: Facts, ctx: dict[str, Any], unit: Unit, sentence: str) -> list[Problem]:
    if not facts.year or "统计期限" not in sentence:
        return []
    dates = _period_dates(re.sub(r"(?<=\d)\s+(?=\d)", "", nfkc(sentence)))
    if dates is None:
        return []
    want = (dt.date(facts.year, 1, 1), dt.date(facts.year, 12, 31))
    if dates[:2] == want:
        if not _GARBLED.search(dates[2]):
            return []
        return [Problem("E5", WARNING, locate(facts, sentence, unit.slot),
                        f"统计期限写为“{dates[2]}”，日期残缺（缺少“年”或“月”字）",
                        f"改为“本报告中所列数据的统计期限自{chinese_date(want[0])}起至{chinese_date(want[1])}止”")]
    return [Problem("E5", ERROR, locate(facts, sentence, unit.slot),
                    f"统计期限写为{chinese_date(dates[0])}至{chinese_date(dates[1])}，{facts.year}年度报告应为"
                    f"{chinese_date(want[0])}至{chinese_date(want[1])}",
                    f"改为“本报告中所列数据的统计期限自{chinese_date(want[0])}起至{chinese_date(want[1])}止”")]


def e6_garbled(facts: Facts, ctx: dict[str, Any], unit: Unit, sentence: str) -> list[Problem]:
    problems = []
    for m in NOTICE_CITED.finditer(nfkc(sentence).replace("(", "（").replace(")", "）")):
        number = m.group(1)
        if GOOD_NUMBER.match(number) or not re.search(r"\d", number):
            continue
        problems.append(Problem("E6", ERROR, locate(facts, sentence, unit.slot, needle=m.group()),
                                f"“{m.group()}”：文号残缺（缺少六角括号或发文年份）",
                                "年度报告格式的文号是“国办公开办函〔2021〕30号”"))
    return problems


PLACEHOLDER = re.compile(r"[(（]\s*(?:具体网址|网址|填写[^)）]{0,10}|单位名称|机关名称)\s*[)）]|[×xX]{2,}(?:镇|乡|街道|县|区|局)|XXX")


def t1_placeholder(facts: Facts, ctx: dict[str, Any], unit: Unit, sentence: str) -> list[Problem]:
    m = PLACEHOLDER.search(sentence)
    if not m:
        return []
    return [Problem("T1", WARNING, locate(facts, sentence, unit.slot, needle=m.group()),
                    f"正文中有模板占位文字“{m.group()}”，像是照模板填写时漏改", "换成实际内容（如门户网站的网址、机关名称）")]


TOWNSHIPS = ("镇", "乡", "街道")
# Leading (not taking part in) the work of a whole province, city or county: "组织推动全省…", "指导全市…".
LEADS_HIGHER = re.compile(r"(?:组织|推动|指导|统筹|督促|部署|牵头|领导)(?:推动|推进|指导|协调|开展|督促)?"
                          r"全(?:国|省|市|县|区)(?:各级|各地|各部门)?(?:政府信息公开|政务公开|信息公开)")


def t2_copied(facts: Facts, ctx: dict[str, Any], unit: Unit, sentence: str) -> list[Problem]:
    m = LEADS_HIGHER.search(nfkc(sentence)) if facts.agency.kind in TOWNSHIPS else None
    return [_t2(facts, m.group(), locate(facts, sentence, unit.slot, needle=m.group()))] if m else []


def t2_headings(facts: Facts, outline: list[str]) -> list[Problem]:
    """T2 in the headings (a sub-point's title is kept in the outline, not in the section's text)."""
    hits = [m.group() for line in outline if (m := LEADS_HIGHER.search(nfkc(line)))]
    return [_t2(facts, hit, "outline") for hit in hits] if facts.agency.kind in TOWNSHIPS else []


def _t2(facts: Facts, words: str, path: str) -> Problem:
    return Problem("T2", WARNING, path, f"{facts.agency.kind}的报告写“{words}”，像是照抄了上级（省、市、县）报告的文字",
                   f"改写为本{facts.agency.kind}自己的工作（如“推动全{facts.agency.kind}政务公开工作”）")
