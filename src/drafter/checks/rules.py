"""Every consistency (勾稽) rule of FORMAT.md §4 the facts support, all problems returned at once.

Table rules live here (A1, D6's table part, E1–E5's facts part, and S1: a sub-point of 一 left empty), in
``checks.printed`` (B1–B5) and ``checks.cross_year`` (C1–C3); rules on the text that will be published (D1–D6,
E5 years, E6 citations, T1/T2) live in ``checks.text`` and the modules it runs, the outline's and sections' in
``checks.outline``, ``checks.sections`` and ``checks.numbering``. ``check_report`` runs them all;
``checks.narrative`` adds the checks that need jieba (only ``drafter check`` runs those).

Each problem names the facts field (``path``), the official row and column labels (``where``), what
is wrong (``message``) and how to fix it (``fix``), in Chinese.
"""

from __future__ import annotations

import datetime as dt
import re

from drafter.checks import agency
from drafter.checks import inputs as known
from drafter.checks.problem import ERROR, NOTICE, WARNING, Problem, count, has_errors, sort_problems
from drafter.draft import Draft
from drafter.facts.model import Facts
from drafter.facts.values import chinese_date, format_amount
from drafter.tables import (
    DECISION_ROWS,
    DOC_COLUMNS,
    T3_COLUMNS,
    TOTAL_LABEL,
    doc_where,
    t3_where,
    t4_where,
)

__all__ = ["ERROR", "NOTICE", "WARNING", "Problem", "check_facts", "check_report", "count", "has_errors", "parse_deadline",
           "sort_problems"]

# E3: 行政许可/处罚/强制 decisions a year above which a township's figure is worth a second look.
TOWNSHIP_DECISIONS_PLAUSIBLE = 10_000
LATE_FIX = "按期公布（《条例》第四十九条、上级通知）；如期限不同，用 --deadline 指定"


def check_report(facts: Facts, draft: Draft | None, *, last: Facts | None = None,
                 deadline: dt.date | None = None, published: bool = False) -> list[Problem]:
    """Every rule that needs no jieba, on the facts and the text: the rendered ``draft``, or with
    ``published`` the text of the report an import read (when the facts carry it; an imported report
    is never checked against drafter's own rendering of it). Rules whose inputs were not read are
    listed once each as notices (``checks.inputs``)."""
    from drafter.checks import contradictions, copied, intro, named, numbering, subpoints
    from drafter.checks import outline as outlinechecks
    from drafter.checks import sections as sectionchecks
    from drafter.checks import text as textchecks
    from drafter.checks import units as textunits

    problems = check_facts(facts, last=last, deadline=deadline)
    if published and facts.imported is not None:
        text = textunits.imported_units(facts)
    else:
        assert draft is not None
        text = textunits.report_units(facts, draft) if published else textunits.units(draft)
    problems += textchecks.check_text(facts, text)
    printed = text  # with the sentence a copy cut short stops inside, for the rules that judge only its marks
    if published and facts.imported is not None:
        ends = textunits.unfinished_ends(facts)
        problems += textchecks.check_unfinished(facts, ends)
        cut = {e.slot for e in ends}
        printed = [*(u for u in text if u.slot not in cut), *ends]
    if not any(p.code == "D4" and "proactive" in p.path for p in problems) and not (published and text):
        problems += d4_channels(facts)  # a published text is checked sentence by sentence (checks.breakdowns)
    if not published and draft is not None:
        problems += s1_empty_subpoints(draft)
    outline = outlinechecks.outline_of(facts, draft, published)
    opening = facts.imported.sections.get("intro") if published and facts.imported is not None else None
    problems += outlinechecks.check_outline(outline, facts.year, subpoints.unsplit_chars(facts) if published else 0,
                                            subpoints.numbered_points(facts) if published else (),
                                            subpoints.written_aspects(facts) if published else frozenset(), opening,
                                            known.tabled_sections(facts) if published else frozenset())
    problems += outlinechecks.unheaded_table(facts) if published else []
    problems += subpoints.lost_numbers(facts) + intro.repeated_intro(facts) if published else []
    problems += sectionchecks.check_sections(facts, text, outline)
    problems += intro.check_intro(text) + copied.t2_headings(facts, outline) + copied.t1_headings(outline)
    problems += named.t2_signature(facts) + (named.t2_publisher(facts) if published else [])
    problems += numbering.s11_enumerations(printed, outline) + numbering.s11_section_numerals(printed, outline)
    problems += numbering.s12_heading_typos(outline) + numbering.s12_title(text)
    problems += numbering.s12_title_year(facts)
    problems += contradictions.check_contradictions(facts, text)
    return known.merge_notices(known.cut_at_start(facts, known.cut_short(facts, problems)))


# Where the clerk writes each sub-point of 一、总体情况 (the slot of its paragraph → the facts field).
SUBPOINT_FIELDS = {
    "overview.proactive": "overview.proactive.text",
    "overview.requests": "overview.requests_text",
    "overview.management": "overview.management.text",
    "overview.platform": "overview.platform_text",
    "overview.supervision": "overview.supervision.text",
}


def s1_empty_subpoints(draft: Draft) -> list[Problem]:
    """S1: a sub-point of 一、总体情况 that says nothing after its heading. The format asks for all five
    (主动公开、依申请公开、政府信息管理、平台建设、监督保障), "不能遗漏"."""
    return [Problem("S1", WARNING, SUBPOINT_FIELDS.get(p.slot, p.slot),
                    f"“{p.lead.rstrip('。')}”后面没有内容，报告中只剩一个小标题",
                    f"在事实文件的 {SUBPOINT_FIELDS.get(p.slot, p.slot)} 中写本年的具体做法和数字",
                    f"一、总体情况 · {p.lead.rstrip('。')}")
            for p in draft.paragraphs() if p.lead and not p.text.strip()]


def d4_channels(facts: Facts) -> list[Problem]:
    """D4 on the facts when the text does not show it: channels that do not add up to the given total."""
    pro = facts.overview.proactive
    listed = sum(c.count for c in pro.channels)
    if pro.total is None or len(pro.channels) < 2 or listed == pro.total:
        return []
    parts = "+".join(str(c.count) for c in pro.channels)
    return [Problem("D4", WARNING, "overview.proactive.total",
                    f"主动公开信息总数{pro.total}条，所列各渠道之和为{listed}条（{parts}），相差{abs(pro.total - listed)}条",
                    "核对总数和各渠道数量；未列出的部分请作为一个渠道补上（如“其他渠道”）", "一、总体情况 · （一）主动公开")]


def check_facts(facts: Facts, *, last: Facts | None = None, deadline: dt.date | None = None) -> list[Problem]:
    """The table, cross-year and plausibility rules on the facts alone."""
    from drafter.checks.cross_year import c1_c3
    from drafter.checks.format_rules import check_format
    from drafter.checks.printed import b1_b3, b4_b5

    problems = a1(facts) + b1_b3(facts) + b4_b5(facts) + d6_tables(facts) + check_format(facts)
    problems += e1_e4(facts) + e5_dates(facts, deadline)
    if last is not None:
        problems += c1_c3(facts, last)
    return problems


# ---- A: the rule stated in the format -----------------------------------------------------------
def a1(facts: Facts) -> list[Problem]:
    """A1 per column: 一 + 二 == （七）总计 + 四, （七）总计 being the sum of the result rows; in a published
    report whose printed （七）总计 differs from that sum (B2), a column that balances with the printed one
    is not reported again."""
    apps, problems = facts.applications, []
    new, carried, forward = apps.row("new_received"), apps.row("carried_over"), apps.row("carried_forward")
    handled = apps.outcome_total()
    printed = facts.imported.stated_totals.outcome_totals if facts.imported else None
    skipped = [c for c in range(len(T3_COLUMNS) - 1) if known.t3_column_unknown(facts, c)]
    if skipped:
        problems.append(known.not_checked("A1", f"表三{known.column_names(skipped)}列的勾稽关系（一+二=（七）总计+四）",
                                          known.unknown(facts, "applications")))
    for c, column in enumerate(T3_COLUMNS[:-1]):
        if c in skipped:
            continue
        left, right = new[c] + carried[c], handled[c] + forward[c]
        cell = printed[c] if printed and c < len(printed) else None  # a blank printed cell balances nothing
        if left != right and not (cell is not None and left == cell + forward[c]):
            problems.append(Problem(
                "A1", ERROR, f"applications[{c + 1}]",
                f"“{column}”列不勾稽：一、本年新收（{new[c]}）加二、上年结转（{carried[c]}）为{left}，"
                f"而{TOTAL_LABEL}（{handled[c]}）加四、结转下年度继续办理（{forward[c]}）为{right}，相差{abs(left - right)}",
                "核对该列的新收、结转数和各项办理结果：每件申请要么有办理结果，要么结转下年度",
                f"表三 · {column}列"))
    return problems


# ---- D6 (table part), E: domain rules ---------------------------------------------------------
def d6_tables(facts: Facts) -> list[Problem]:
    overdue = facts.applications.total("other_handling.overdue_fee")
    problems = []
    lacking = known.unknown(facts, "applications.other_handling.overdue_fee", "fees.notices")
    if lacking and overdue:
        problems.append(known.not_checked("D6", "表三（六）2 逾期未缴费与收费通知件数是否相符", lacking))
    elif overdue > facts.fees.notices and not lacking:
        problems.append(Problem(
            "D6", ERROR, "fees.notices",
            f"表三（六）2 有{overdue}件申请因逾期未缴费不再处理，说明至少发出过{overdue}件收费通知，"
            f"但六、其他需要报告的事项中收费通知为{facts.fees.notices}件",
            f"把 fees.notices 改为实际发出的收费通知件数（至少{overdue}件），或核对表三（六）2",
            t3_where("other_handling.overdue_fee", 6)))
    if facts.fees.collected_10k_yuan > 0 and facts.fees.notices == 0 and not known.unknown(facts, "fees.notices"):
        problems.append(Problem(
            "D6", ERROR, "fees.collected_10k_yuan",
            f"实际收取信息处理费{format_amount(facts.fees.collected_10k_yuan)}万元，但收费通知为0件",
            "收取信息处理费须先发出收费通知：补上收费通知件数和金额", "六、其他需要报告的事项 · 信息处理费"))
    return problems


def e1_e4(facts: Facts) -> list[Problem]:
    t, problems = facts.proactive_table, []
    township = facts.agency.kind in agency.TOWNSHIP_KINDS
    no_regulations = agency.may_make_regulations(facts) is False
    for col, label in DOC_COLUMNS:
        value = getattr(t.regulations, col)
        if no_regulations and value and not known.unknown(facts, f"proactive_table.regulations.{col}"):
            problems.append(Problem(
                "E1", ERROR, f"proactive_table.regulations.{col}",
                f"{agency.described(facts)}不能制定规章，但“规章 · {label}”填了{value}",
                "规章只有国务院部门和省、设区的市人民政府才能制定：改为 0（规范性文件请填在“行政规范性文件”行）",
                doc_where("regulations", col)))
    filled = [(col, label, getattr(t.normative_documents, col)) for col, label in DOC_COLUMNS
              if not known.unknown(facts, f"proactive_table.normative_documents.{col}")]
    filled = [(col, label, value) for col, label, value in filled if value]
    if township and filled:  # one notice for the row: its cells are one question to the clerk
        cells = "、".join(f"{label.removesuffix('件数')}{value}件" for _, label, value in filled)
        problems.append(Problem(
            "E2", WARNING, f"proactive_table.normative_documents.{filled[0][0]}",
            f"“行政规范性文件”一行填了{cells}，请确认这些文件确属行政规范性文件",
            "乡镇、街道多数年份为 0；如是一般工作文件，不应计入",
            "表二 · 行政规范性文件" if len(filled) > 1 else doc_where("normative_documents", filled[0][0])))
    for key, label in DECISION_ROWS:
        value = getattr(t, key)
        if township and value > TOWNSHIP_DECISIONS_PLAUSIBLE and not known.unknown(facts, f"proactive_table.{key}"):
            problems.append(Problem(
                "E3", WARNING, f"proactive_table.{key}", f"{label}本年处理决定{value}件，对乡镇、街道而言异常多",
                "请核对是否误填了其他口径的数字", f"表二 · {label} · 本年处理决定数量"))
    review = facts.reviews_and_lawsuits.review.total
    apps = facts.applications
    if known.unknown(facts, "reviews_and_lawsuits.review", "applications.new_received", "applications.carried_over"):
        return problems
    if review and apps.total("new_received") == 0 and apps.total("carried_over") == 0:
        problems.append(Problem(
            "E4", WARNING, "reviews_and_lawsuits.review",
            f"本年没有新收和上年结转的政府信息公开申请，却有行政复议{review}件",
            "可能是针对往年答复的复议；请确认，并在总体情况中说明", t4_where("review", "total")))
    return problems


def e5_dates(facts: Facts, deadline: dt.date | None) -> list[Problem]:
    """The signing date: after the statistics period, in the next year, not after the deadline; else (no signing
    date, or one in time) the date the page shows it was published, not after the deadline."""
    if known.unknown(facts, "year"):
        return [known.not_checked("E5", "落款日期是否在统计期限之后、公布期限之前", ["year"], "signing_date")]
    due = deadline or agency.default_deadline(facts)
    signed = _e5_signed(facts, due)
    if any(p.severity != NOTICE for p in signed):
        return signed
    published = facts.imported.published if facts.imported else None
    if published is None or published <= due:
        return signed
    return signed + [Problem("E5", WARNING, "imported.published",
                             f"网页显示的发布日期{chinese_date(published)}晚于报告公布期限{chinese_date(due)}", LATE_FIX)]


def _e5_signed(facts: Facts, due: dt.date) -> list[Problem]:
    if known.unknown(facts, "signing_date"):
        return [known.not_checked("E5", "落款日期是否在统计期限之后、公布期限之前", ["signing_date"], "signing_date")]
    signed, year = facts.signing_date, facts.year
    shown = chinese_date(signed)
    if signed <= dt.date(year, 12, 31):
        return [Problem("E5", ERROR, "signing_date", f"落款日期{shown}早于统计期限结束（{year}年12月31日）",
                        f"落款日期应在{year + 1}年，例如{year + 1}年1月")]
    if signed.year > year + 1:
        return [Problem("E5", ERROR, "signing_date", f"落款日期{shown}不在{year + 1}年，像是沿用了其他年度的日期",
                        f"{year}年度报告应在{year + 1}年1月签发")]
    if signed > due:
        return [Problem("E5", WARNING, "signing_date", f"落款日期{shown}晚于报告公布期限{chinese_date(due)}", LATE_FIX)]
    return []


def parse_deadline(text: str | None, year: int) -> dt.date | None:
    """``--deadline``: "01-31" / "1-31" (in the year after the report year) or a full date."""
    if text is None:
        return None
    from drafter.facts.values import nfkc, parse_date

    short = re.fullmatch(r"(\d{1,2})[-/.月](\d{1,2})日?", nfkc(text))
    try:
        if short:
            return dt.date(year + 1, int(short.group(1)), int(short.group(2)))
        return parse_date(text)
    except ValueError:
        raise ValueError(f"公布期限“{text}”无效，应为 月-日（如 01-31）或完整日期（如 {year + 1}-03-31）") from None
