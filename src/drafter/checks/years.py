"""E5 on the text: years that cannot be right for the report year.

- a year other than the report year and the signing year ("2022年，镇政府…" in a 2023 report), except
  last year's 决算 and 绩效评价, which are published in the report year, and comparisons with earlier years
  ("与2020年基本持平", "较2022年增长");
- a budget or final account said to be published that cannot exist yet: the 决算 of the report year or a
  later one ("2021年度决算" published in 2021: a year's accounts are closed after it ends), the 预算 of a
  year after the report year ("公开了2022年度财政预算" in a 2021 report);
- 五's measures dated the report year ("2021年将从以下方面进行改进" in a 2021 report): they are the next year's;
- a date whose 年 was lost between the year and the month ("截至202312月31日", 599), or its 月 ("2023年1231日"), or both after
  截至 ("截止20101231日"), anywhere in the text (the
  统计期限's own is e5_period's);
- the 统计期限 stated in the text: from 1 January to 31 December of the report year ("自2021年1月1日
  起至2021年12月30日止" is wrong; a copy that lost 年/月, "自202111日起至20211230日止", is read too), also
  under other words in a sentence about the report's data ("所列数据统计时限为…", "統計期限", "统计时间从…",
  "各项数据核定的起止时间为…", "本报告统计数据202111日至1231日"), also when the end lost its 日 too ("…统计期限为202111日至
  1231如对报告…", 865), and a period whose start or end is not a well-formed date whatever was lost ("2022年11日起至…",
  "1月1起至…", "…至2023年12月31" at the sentence's end, "至12月31止" (729), "自202年1月1日", "至2024年2月31日");
- the introduction naming this report with the next year ("编制完成2023年度…年度报告" in a 2022 report), and the year's
  figures dated the next year ("2022年度我乡共计主动公开信息77条" where the report year is 2021): warnings."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from drafter.checks import inputs as known
from drafter.checks.problem import ERROR, WARNING, Problem
from drafter.checks.units import Unit, locate, quote
from drafter.facts.model import Facts
from drafter.facts.values import YEAR_IN_TEXT, chinese_date, nfkc

_CLAUSE_END = r"[，,。；;]"
# an earlier year a sentence compares with or builds on: "与2020年基本持平", "较2022年", "比2022年同期", "同比2022年",
# "为进一步巩固2019年政务公开工作成果" (774, a 2020 report)
_COMPARED = re.compile(r"(?:与|较|比|同比|相比|对比|巩固)\s*(20\d{2})\s*年度?|(20\d{2})\s*年度?(?:同期|相比|相较)")
# last year's matters the report year legitimately speaks of: its 决算, 预算执行情况, 绩效评价 and the results of its
# allocations, assessments and audits (published in the report year: "按时发布杭州市上城区2023年财政预算执行情况和2024年财政
# 预算草案", 763; "发布…2023年财政专项补助资金分配结果", 1048), the problems its report named (五 says how they were addressed), its annual report published as one
# of this year's items ("2021年信息公开年报1条"), its applications carried over into this year ("2021年结转政府
# 信息公开申请2件", "2023年12月受理的1件申请结转至2024年办理")
_LAST_YEARS = (r"[^，,。；;、]{0,12}?(?:决算|绩效评价|预算执行|(?:分配|考核|审计)结果)", r"[^，,。；;]{0,30}?(?:问题|不足)",
               r"[^，,。；;、]{0,10}?(?:年报|年度报告)\s*\d+\s*(?:条|篇|件)", r"[^，,。；;]{0,20}?(?<![无未])(?:结转|转结)")

# last year's annual report, published in the report year as one of its items ("编制并发布了《沈阳市卫生健康委2022年度
# 政府信息公开工作报告》" (213)); "编制了《田黄镇2020年…年度报告》" in the introduction is this report, stale (17)
# (after other titles the verb governs too: "发布《2024年…工作要点》《…医疗保障局2023年法治政府建设情况报告》", 1048)
_REPORT_PUBLISHED = r"(?:发布|公布|公开|上传|报送|刊发)了?(?:《[^》]{0,40}》[、,，]?)*《[^》\d]{0,20}?"
# the same without 《》: "按规定及时发布区政府办公室2020年度政府信息公开年报" in the 2021 report (830); not in the
# introduction, nor a sentence publishing this report ("现发布…"), whose stale year is 17's
_REPORT_PUBLISHED_BARE = r"(?:发布|公布|公开|上传|报送|刊发)了?[^，,。；;《》\d]{0,20}?"


def e5_years(facts: Facts, ctx: dict[str, Any], unit: Unit, sentence: str) -> list[Problem]:
    """Years other than the report's and the signing year's; last year's matters (``_LAST_YEARS``) and earlier
    years compared with are not stale."""
    if unit.slot == "signature":
        return []  # the signing date is e5_dates' (checks)
    if not facts.year:
        return [known.not_checked("E5", "正文中的年份是否为本年度", ["year"])] if YEAR_IN_TEXT.search(sentence) else []
    allowed = {facts.year, facts.year + 1}
    said = re.sub(rf"{facts.year - 1}\s*年度?(?={'|'.join(_LAST_YEARS)})", "", sentence)
    said = re.sub(rf"({_REPORT_PUBLISHED}){facts.year - 1}(?=\s*年度?[^》]{{0,20}}?(?:年报|报告)》)", r"\1", said)
    if unit.section != 0 and not _THIS_REPORT.search(said):
        said = re.sub(rf"({_REPORT_PUBLISHED_BARE}){facts.year - 1}(?=\s*年度?[^，,。；;\d]{{0,12}}?(?:年报|年度报告|工作报告))",
                      r"\1", said)
    said = _COMPARED.sub(lambda m: "" if int(m.group(1) or m.group(2)) < facts.year else m.group(), said)
    stale = sorted({int(y) for y in YEAR_IN_TEXT.findall(said)} - allowed)
    return [Problem("E5", WARNING, locate(facts, sentence, unit.slot),
                    f"正文“{quote(sentence)}”出现{year}年，本报告是{facts.year}年度、{facts.year + 1}年签发",
                    f"如是沿用往年文字，请改为{facts.year}年；如确指{year}年的事，可忽略")
            for year in stale]


# ---- this year's annual report said to be published during this year ----------------------------------
# "按时发布《…2025年度政府信息公开工作年度报告》" among 2025's work (340), "依法按时完成…2024年政府信息公开年度报告,并于
# 2024年1月15日之前…公布" (328): the report published in the report year is last year's; not the opening that publishes
# this one ("现发布…2025年度…年度报告")
_DONE_REPORT = re.compile(r"(?:按时|及时|如期|按期|依法)[^，,。；;]{0,6}?(?:发布|公布|公开|完成|编制|报送|上报)[^，,。；;]{0,30}?"
                          r"(20\d\d)\s*年度?[^，,。；;》]{0,20}?(?:年度报告|年报|工作报告)")
_THIS_REPORT = re.compile(r"现将|现发布|现予|现公布|特发布|本报告|本年度报告|如下")


def e5_own_report(facts: Facts, ctx: dict[str, Any], unit: Unit, sentence: str) -> list[Problem]:
    """The report year's own annual report said to be published as one of the year's works: last year's report
    named with this year's number."""
    said = nfkc(sentence)
    m = _DONE_REPORT.search(said) if facts.year and unit.section not in (0, 5) else None
    if m is None or int(m.group(1)) != facts.year or _THIS_REPORT.search(said) or _FUTURE.search(said[:m.start()]):
        return []  # the opening, 五's plans and a plan anywhere ("2026年将按时发布2025年度…") are not past work
    return [Problem("E5", WARNING, locate(facts, sentence, unit.slot, needle=m.group(1)),
                    f"正文说本年按时发布了{facts.year}年度的年度报告（“{quote(sentence)}”），但{facts.year}年度报告要到"
                    f"{facts.year + 1}年才能发布，{facts.year}年发布的是{facts.year - 1}年度报告",
                    f"改为{facts.year - 1}年度，或核对年份")]


# ---- 五's measures dated the report year ----------------------------------------------------------------
# "2021年将从以下方面进行改进" in the 2021 report's 五 (817): its measures are for the year after; 将 as a verb of
# intent ("将进一步", "将从"), not the object marker ("2021年将政务公开纳入考核")
_PLAN_YEAR = re.compile(r"(20\d\d)\s*年度?[,，]?\s*[\u4e00-\u9fff]{0,6}?将(?:从|进一步|继续|着力|重点|持续|不断|切实"
                        r"|全面|认真|严格|按照|围绕|坚持|做好|加强|加大|强化|深化|完善|提升|推进|积极|努力)")


def e5_plans(facts: Facts, ctx: dict[str, Any], unit: Unit, sentence: str) -> list[Problem]:
    """五's measures for the coming year dated the report year: last year's plan kept with its year."""
    m = _PLAN_YEAR.search(nfkc(sentence)) if facts.year and unit.section == 5 else None
    if m is None or int(m.group(1)) != facts.year:
        return []
    return [Problem("E5", WARNING, locate(facts, sentence, unit.slot, needle=m.group(1)),
                    f"第五部分的改进措施写“{m.group()}”（“{quote(sentence)}”），本报告是{facts.year}年度，"
                    f"改进措施应是{facts.year + 1}年的", f"改为{facts.year + 1}年，或核对年份")]


# ---- applications carried forward into a year ------------------------------------------------------
# "0件转结2024年办结", "结转至2024年继续办理" (225): carried forward into a year; "由2023年结转至2024年", "上年结转至
# 2024年" name where they came from (last year's, carried over into this one)
_CARRIED_INTO = re.compile(r"(?:(20\d\d\s*年度?|上一?年度?|去年)[^，,。；;\d]{0,6}?)?(?:结转|转结|转入|顺延)(?:至|到|入)?"
                           r"\s*(20\d\d)\s*年度?")
# what is carried is an application ("结转至2024年使用" is funds', not an application's)
_APPLICATION = re.compile(r"申请|件|办理|办结|答复|处理")
_EARLIER_YEAR = re.compile(r"(20\d\d)\s*年")


def e5_carried(facts: Facts, ctx: dict[str, Any], unit: Unit, sentence: str) -> list[Problem]:
    """Applications carried forward into the report year (or an earlier one): next year's is the year after.
    Not flagged: what came from an earlier year ("2023年12月受理的1件申请结转至2024年办理" in a 2024 report)
    and what is not an application ("结转至2024年使用")."""
    if not facts.year:
        return []
    text = nfkc(sentence)
    for m in _CARRIED_INTO.finditer(text):
        into = int(m.group(2))
        came_from = (int(m.group(1)[:4]) if m.group(1)[:2] == "20" else facts.year - 1) if m.group(1) else None
        start = max(text.rfind(c, 0, m.start()) for c in "，,。；;") + 1
        ends = [i for i in (text.find(c, m.end()) for c in "，,。；;") if i >= 0]
        clause = text[start:min(ends, default=len(text))]
        before = text[start:m.start()]
        if came_from is None and any(int(y) < into for y in _EARLIER_YEAR.findall(before)):
            continue  # received in an earlier year, carried into this one
        if into <= facts.year and not (came_from is not None and came_from < into) and _APPLICATION.search(clause):
            return [Problem("E5", WARNING, locate(facts, sentence, unit.slot, needle=m.group()),
                            f"正文写申请“{m.group()}”，本报告是{facts.year}年度，结转下年度的申请在{facts.year + 1}年办理"
                            f"（所在句：“{quote(sentence)}”）", f"改为“结转至{facts.year + 1}年”，或核对年份")]
    return []


# ---- budgets and final accounts published ---------------------------------------------------------
_PUBLISHED = re.compile(r"(?:公开|公布|发布|晒出|晒)(?:了|出)?")
_FUTURE = re.compile(r"将|拟|计划|下一步|明年|下年|来年|做好|准备|待|届时|预计|力争|继续")
# "2021年度决算", "2022年度财政预算", "2021年“三公”经费预算", "2020年部门预决算" (both)
_ACCOUNT = re.compile(r"(20\d{2})\s*年度?(?:的)?[^，,。；;、\d]{0,10}?(预决算|预算|决算)")


def e5_accounts(facts: Facts, ctx: dict[str, Any], unit: Unit, sentence: str) -> list[Problem]:
    """A 决算 of the report year or later, or a 预算 of a later year, said to be published in the report
    year: the year is wrong (usually one year too late: "公开了2022年度预算、2021年度决算" in a 2021 report)."""
    if not facts.year or unit.section == 5 or "算" not in sentence:
        return []
    slips: list[tuple[str, int, str]] = []
    for clause in re.split(_CLAUSE_END, nfkc(sentence)):
        verb = _PUBLISHED.search(clause)
        if verb is None or _FUTURE.search(clause[:verb.start()]):
            continue
        for m in _ACCOUNT.finditer(clause, verb.start()):
            year, what = int(m.group(1)), m.group(2)
            if year > facts.year or (year == facts.year and what == "决算"):
                slips.append((m.group(), year, what))
    return [_accounts(facts, unit, sentence, slips)] if slips else []


def _accounts(facts: Facts, unit: Unit, sentence: str, slips: list[tuple[str, int, str]]) -> Problem:
    why = "；".join(f"{year}年度的决算要到{year + 1}年才能编成" if what != "预算"
                   else f"{year}年度的预算在{facts.year}年还未批准公开" for _, year, what in slips)
    words = "”“".join(w for w, _, _ in slips)
    return Problem("E5", WARNING, locate(facts, sentence, unit.slot, needle=slips[0][0]),
                   f"正文说本年公开了“{words}”，但{why}（所在句：“{quote(sentence)}”）",
                   f"{facts.year}年度报告中本年公开的应是{facts.year}年度预算、{facts.year - 1}年度决算：核对年份")


# ---- the 统计期限 ---------------------------------------------------------------------------------
_DATE = r"(20\d\d)\s*年?\s*(\d{1,2})\s*月?\s*(\d{1,2})\s*日"
# "至12月31日": the same year; "至1231" (865, 年, 月 and 日 lost, the next sentence run on): a day without 日 only
# when month and day are one run of four digits, nothing after
_END_DATE = r"(20\d\d)?\s*年?\s*(\d{1,2})\s*月?\s*(\d{1,2})\s*(?:日|(?<=\d{4})(?!\d))"
PERIOD = re.compile(rf"统计期限[^。；]{{0,8}}?{_DATE}[^。；\d]{{0,6}}?{_END_DATE}")
# the period under other words ("所列数据统计时限为…", "统计时间从…", "統計期限自…", "本报告的统计数据时间段为…",
# "统计时段为…", "数据统计范围为…",
# "所列统计数据的期限自…", "本报告中所列数据从…截止到…" (186)), in a sentence about the report's data
# "本报告统计数据202111日至1231日" (853): 统计数据 then the dates, 年 and 月 lost
PERIOD_WORDS = re.compile(r"(?:统计|統計)[^。；\d]{0,6}?(?:期限|时限|時限|时间段?|時間|时段|時段|区间|周期|范围)"
                          r"|统计数据(?=从|自|为|\s*20\d\d)"
                          # "所涉及数据期限自202211日起至20221231日止" (945), "数据时间范围为…", "数据的统计期间为…", "数据的
                          # 起始时间为…": the data's 期限 or 时间, 统计 left out or 期间 for 期限
                          r"|(?:数据|數據)[^。；\d]{0,6}?(?:期限|時限|时限|时间|時間|时段|時段|区间|周期|期间|范围)"
                          r"|所列数据(?=从|自)"
                          # "各项数据核定的起止时间为…" (604): the data's 起止时间
                          r"|(?:数据|數據)[^。；\d]{0,8}?起止(?:时间|時間|日期)")
# the sentence is about the report's data: any 报告 or its 所列数据 (wider than citations.ABOUT_REPORT, which needs
# the annual report itself before it calls a citation wrong)
_ABOUT_DATA = re.compile(r"报告|報告|所列数据|所列數據")
# the report's period named without the word 统计期限 ("现将夏镇20241月1日至12月31日期间的…情况"): judged only for
# garbled dates, as other spans of a year ("7月1日至9月30日期间开展…") are not the report's period
SPAN = re.compile(rf"{_DATE}[^。；\d]{{0,6}}?{_END_DATE}\s*期间")
# a year run into its month ("20231月1日"), or a date without 月: the dates may be right, the text is not
_GARBLED = re.compile(r"20\d\d(?!\s*年)\s*\d|(?<!月)(?<!\d)\d{3,4}\s*日")


def _date(y: str, m: str, d: str) -> dt.date | None:
    """A date, also when 年 and 月 were lost: "20211230" reads as 2021-12-30 (two digits each)."""
    try:
        return dt.date(int(y), int(m), int(d))
    except ValueError:
        return None


# both dates in one digit run, 年, 月 and 至 lost: "统计期限为2025111231日" (201), "…20250101至20251231日" is PERIOD's
RUN_PERIOD = re.compile(r"统计期限[^。；\d]{0,8}?((20\d\d)0?1(?:0?1)日?(20\d\d)?(12)(31)\s*日)")


def _period_dates(text: str, pattern: re.Pattern[str] = PERIOD) -> tuple[dt.date, dt.date, str] | None:
    """(start, end, the text that states them) of the 统计期限 in ``text``."""
    m = pattern.search(text)
    run = RUN_PERIOD.search(text) if m is None and pattern is PERIOD else None
    if run:
        year = int(run.group(2))
        return dt.date(year, 1, 1), dt.date(int(run.group(3) or year), 12, 31), run.group(1)
    if not m:
        return None
    start, end = _date(*m.group(1, 2, 3)), _date(m.group(4) or m.group(1), *m.group(5, 6))
    return (start, end, m.group(0)[m.start(1) - m.start():]) if start and end else None


def e5_period(facts: Facts, ctx: dict[str, Any], unit: Unit, sentence: str) -> list[Problem]:
    if not facts.year:
        return []
    said = re.sub(r"(?<=\d)\s+(?=\d)", "", nfkc(sentence))
    named = "统计期限" in sentence or bool(PERIOD_WORDS.search(said) and _ABOUT_DATA.search(said))
    if named and "统计期限" not in said:  # the period under other words: read as if they were 统计期限
        said = PERIOD_WORDS.sub("统计期限", said, count=1)
    want = (dt.date(facts.year, 1, 1), dt.date(facts.year, 12, 31))
    return _period_read(facts, unit, sentence, said, named, want) or (
        _period_malformed(facts, unit, sentence, said, want) if named else [])


def _period_read(facts: Facts, unit: Unit, sentence: str, said: str, named: bool,
                 want: tuple[dt.date, dt.date]) -> list[Problem]:
    """The period's dates as read (also with 年/月 lost): another span than the report year's, or the year's
    printed garbled."""
    dates = _period_dates(said) if named else _period_dates(said, SPAN)
    if dates is None:
        return []
    if dates[:2] != want and not named:  # another span of the year, not the report's period
        return []
    if dates[:2] == want:
        if not _GARBLED.search(dates[2]):
            return []
        lost = "“年”“月”或“日”" if re.search(r"\d\s*$", dates[2]) else "“年”或“月”"  # "…至1231" (865)
        return [Problem("E5", WARNING, locate(facts, sentence, unit.slot),
                        f"统计期限写为“{dates[2]}”，日期残缺（缺少{lost}字）",
                        f"改为“本报告中所列数据的统计期限自{chinese_date(want[0])}起至{chinese_date(want[1])}止”")]
    return [Problem("E5", ERROR, locate(facts, sentence, unit.slot),
                    f"统计期限写为{chinese_date(dates[0])}至{chinese_date(dates[1])}，{facts.year}年度报告应为"
                    f"{chinese_date(want[0])}至{chinese_date(want[1])}",
                    f"改为“本报告中所列数据的统计期限自{chinese_date(want[0])}起至{chinese_date(want[1])}止”")]


# the period's two dates as printed (spaces between digits dropped): runs of digits, 年, 月 and 日 with 至, 到 or a dash
# between, each run taken whole ("2022年11日", "2023年12月31" at the sentence's end, "202年1月1日")
_RUN = r"\d[\d年月日]*(?![\d年月日])"
PERIOD_RUNS = re.compile(rf"统计期限[^。；\d]{{0,8}}?({_RUN})([^。；\d年月日]{{0,6}}?)({_RUN})")
_SPAN_WORD = re.compile(r"至|到|[—\-~～－–]")
# well formed: a year, a month, a day ("2022年1月1日"); the end may leave its year out ("至12月31日"); a span of months
# ("2022年1月至12月") is a period too
_START_FORM = re.compile(r"(20\d\d)年(\d{1,2})月(?:(\d{1,2})日)?")
_END_FORM = re.compile(r"(?:(20\d\d)年)?(\d{1,2})月(?:(\d{1,2})日)?")


def _well_formed(run: str, form: re.Pattern[str], year: str | None) -> bool:
    m = form.fullmatch(run)
    return m is not None and _date(m.group(1) or year or "2000", m.group(2), m.group(3) or "1") is not None


def _period_malformed(facts: Facts, unit: Unit, sentence: str, said: str,
                      want: tuple[dt.date, dt.date]) -> list[Problem]:
    """A period whose start or end is not a well-formed date, whatever was lost: 年 ("2022年1月1日至202212月31日" is
    _period_read's), 月 ("2022年11日起至…"), 日 ("1月1起至…", "…至2023年12月31" at the sentence's end), a digit
    ("自202年1月1日", "至2024年2月31日"). Not judged: dotted or dashed dates ("2022.1.1-2022.12.31"), a time after the
    day ("1月1日0时"), a year's end in words ("至2022年底")."""
    m = PERIOD_RUNS.search(said)
    if m is None or not _SPAN_WORD.search(m.group(2)) or re.search(r"\d\s*[./．/:：\-]\s*\d", said[m.start(1):m.end(3) + 1]):
        return []
    start, end = m.group(1), m.group(3)
    if ("年" not in start and not start.startswith("20")) or not re.search(r"[年月日]|^(?:20\d\d)?\d{3,4}$", end) \
            or re.search(r"\d[时点]|[年月][底末初度]", said[m.start(1):m.end(3) + 1]):
        return []  # not a span of dates ("统计期限内3件至…", "至12315条")
    year = _START_FORM.fullmatch(start)
    bad = [run for run, form in ((start, _START_FORM), (end, _END_FORM))
           if not _well_formed(run, form, year.group(1) if year else None)]
    if not bad:
        return []
    return [Problem("E5", WARNING, locate(facts, sentence, unit.slot, needle=bad[0]),
                    f"统计期限的日期“{'”“'.join(bad)}”残缺或有误（所在句：“{quote(sentence)}”），不是完整的年月日",
                    f"改为“本报告中所列数据的统计期限自{chinese_date(want[0])}起至{chinese_date(want[1])}止”")]


# ---- a date that lost its 年 --------------------------------------------------------------------------
# the year run into its month: "截至202312月31日" (599), "20231月份", "202312月底"; not a longer number ("120231月")
# nor a document's year in brackets ("〔2023〕12月")
YEAR_LOST = re.compile(r"(?<!\d)(20\d\d)(0?[1-9]|1[0-2])月(?:\s*([12]?\d|3[01])\s*日|底|末|份)?"
                       # … or 月 lost between the month and the day: "截至2023年1231日" (four digits: "2023年11日" may be
                       # 1月1日 or 11日)
                       r"|(?<!\d)(20\d\d)年(0[1-9]|1[0-2])([0-2]\d|3[01])日"
                       # … or both, after 截至: "截止20101231日,全乡累计主动公开政府信息65条" (兴华乡 2010, mhk.gov.cn), or
                       # after its 日期: "所列数据截止日期为20251231日" (12)
                       r"|(?:(?<=截至|截止|止到)|(?<=(?:截至|截止)(?:日期|时间)[为是]))\s*(20\d\d)(0[1-9]|1[0-2])([0-2]\d|3[01])日")


def e5_year_lost(facts: Facts, ctx: dict[str, Any], unit: Unit, sentence: str) -> list[Problem]:
    """A date printed without its 年 ("截至202312月31日"): the copy lost a character, the reader cannot be sure of the
    date. The 统计期限 garbled so is e5_period's (one message a sentence)."""
    m = YEAR_LOST.search(nfkc(sentence))
    if m is None or e5_period(facts, ctx, unit, sentence):
        return []
    if m.group(7):  # 年 and 月 lost
        return [Problem("E5", WARNING, locate(facts, sentence, unit.slot, needle=m.group()),
                        f"正文中的日期“{m.group().strip()}”残缺，缺少“年”“月”字（所在句：“{quote(sentence)}”）",
                        f"改为“{m.group(7)}年{int(m.group(8))}月{int(m.group(9))}日”")]
    if m.group(4):  # 月 lost
        return [Problem("E5", WARNING, locate(facts, sentence, unit.slot, needle=m.group()),
                        f"正文中的日期“{m.group()}”残缺，月份后缺少“月”字（所在句：“{quote(sentence)}”）",
                        f"改为“{m.group(4)}年{int(m.group(5))}月{int(m.group(6))}日”")]
    day = f"{m.group(3)}日" if m.group(3) else m.group()[len(m.group(1)) + len(m.group(2)) + 1:]
    return [Problem("E5", WARNING, locate(facts, sentence, unit.slot, needle=m.group()),
                    f"正文中的日期“{m.group()}”残缺，年份后缺少“年”字（所在句：“{quote(sentence)}”）",
                    f"改为“{m.group(1)}年{int(m.group(2))}月{day}”")]


# ---- the next year's number on the report or on the year's figures -------------------------------------------
# the introduction's own report, compiled or published now, with the next year's number: "结合我局实际，编制完成2023年度
# 政府信息公开工作年度报告" in the 2022 report whose 统计期限 is 2022 (1166); an earlier year is e5_years' already. Not
# a notice's title ("《…关于编制公布2021年政府信息公开工作年度报告有关事项的通知》", 1078): 《》 are cut first
_OWN_TITLE = re.compile(r"(?:(?:现|特|已|并)?(?:编制|编写|撰写|形成)(?:完成|形成)了?|(?:现|特|已|并)(?:编制|编写|撰写|形成)了?"
                        r"|现将|现(?:予以?)?(?:发布|公布)|特(?:此)?(?:发布|公布))"
                        r"[^，,。；;\d]{0,20}?(20\d\d)\s*年度?[^，,。；;\d]{0,20}?(?:年度报告|年报)(?!有关|的通知)")
# the year's figures dated the next year: "2022年度我乡共计主动公开信息77条" in a report whose year (read from its 统计期限
# "2021年1月1日至2021年12月31日", no title) is 2021 (1111): either the period or the figures' year is wrong; 五's plans
# ("2023年，我局将…") are not figures
_FIGURES_YEAR = re.compile(r"(?:^|[。；;:：)）])\s*(20\d\d)\s*年度?[,，]?\s*(?:我|本|全)[\u4e00-\u9fff]{1,3}?"
                           r"(?:共计|共|累计|全年)?(?:主动公开|收到|受理|新收|办理|未发生|未收到|没有收到)")


@dataclass(frozen=True)
class _NextYear:
    """Where the next year's number is a slip: the sections, the words, and what the warning says ({year}: the year
    printed, {report}: the report year, {sentence}: the sentence quoted)."""
    sections: tuple[int, ...]
    pattern: re.Pattern[str]
    titles_cut: bool  # 《》 cut first (a notice's title names the year of the reports it asks for)
    plans_kept: bool  # a plan ("将", "拟"…) may name the next year
    message: str
    fix: str


_NEXT_YEAR = (
    _NextYear((0,), _OWN_TITLE, True, True, "引言称本报告为{year}年度报告（“{sentence}”），本报告是{report}年度",
              "改为{report}年度，或核对报告年度"),
    _NextYear((1, 2, 3, 4), _FIGURES_YEAR, False, False,
              "正文写的是{year}年的数字（“{sentence}”），本报告统计的是{report}年度",
              "核对报告年度和统计期限：如是{year}年度报告，统计期限和标题应写{year}年"),
)


def e5_next_year(facts: Facts, ctx: dict[str, Any], unit: Unit, sentence: str) -> list[Problem]:
    """The next year's number where the report year's belongs (``_NEXT_YEAR``): the introduction compiling or
    publishing "this" report under it, the year's figures (主动公开, 依申请) stated for it."""
    problems = []
    for case in _NEXT_YEAR if facts.year else ():
        if unit.section not in case.sections:
            continue
        m = case.pattern.search(re.sub(r"《[^》]*》", "", nfkc(sentence)) if case.titles_cut else nfkc(sentence))
        if m is None or int(m.group(1)) != facts.year + 1 or (not case.plans_kept and _FUTURE.search(sentence)):
            continue
        said = {"year": m.group(1), "report": facts.year, "sentence": quote(sentence)}
        problems.append(Problem("E5", WARNING, locate(facts, sentence, unit.slot, needle=m.group(1)),
                                case.message.format(**said), case.fix.format(**said)))
    return problems
