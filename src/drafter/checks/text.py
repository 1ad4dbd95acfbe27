"""Rules on the text that will be published (the rendered draft), against the tables.

D1 申请 counts, D2 "未收到申请", D3 复议/诉讼 counts, D5 规章/规范性文件 counts, D6 信息处理费; with the
rules of ``checks.breakdowns`` (D4), ``checks.years`` (E5), ``checks.citations`` (E6) and ``checks.copied``
(T1, T2) on the same sentences. Plain regular expressions: rendering runs these too, so no jieba.
A problem's path is the facts field whose text contains the sentence, else ``banks:<slot>``.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from drafter.checks import breakdowns, citations, copied, years
from drafter.checks import inputs as known
from drafter.checks.problem import ERROR, Problem
from drafter.checks.units import Unit, locate, sentences
from drafter.facts.model import Facts
from drafter.facts.values import format_amount
from drafter.tables import DOC_COLUMNS, DOC_FIGURES, DOC_ISSUE, OUTCOME_GROUPS, doc_where, t3_where, t4_where
from drafter.wording.context import build_context

Context = dict[str, Any]  # drafter.wording.context.build_context(facts): the derived totals the bank words
YEAR_STAND_IN = 2000  # the context needs a year; no year rule runs when the report's was not read


def _not_read(facts: Facts, code: str, what: str, *prefixes: str) -> list[Problem]:
    """[the notice] when the fields under ``prefixes`` were not read (the comparison is then skipped), else []."""
    lacking = known.unknown(facts, *prefixes)
    return [known.not_checked(code, what, lacking)] if lacking else []


def check_text(facts: Facts, text: list[Unit]) -> list[Problem]:
    """Every text rule on every sentence of ``text`` (``units(draft)`` or ``report_units``)."""
    # A report whose year was not read still has its tables compared; its year rules say they were not run.
    ctx = build_context(facts if facts.year else dataclasses.replace(facts, year=YEAR_STAND_IN))
    problems: list[Problem] = []
    for unit in text:
        for sentence in sentences(unit.text):
            for rule in RULES:
                problems += rule(facts, ctx, unit, sentence)
    return _unique(problems)


def _unique(problems: list[Problem]) -> list[Problem]:
    seen, out = set(), []
    for p in problems:
        if (p.code, p.path, p.message) not in seen:
            seen.add((p.code, p.path, p.message))
            out.append(p)
    return out


def _mismatch(code: str, facts: Facts, unit: Unit, sentence: str, stated: object, actual: object,
              what: str, where: str, default: str = "") -> Problem:
    return Problem(code, ERROR, locate(facts, sentence, unit.slot, default),
                   f"正文“{_quote(sentence)}”写{what}为{stated}，但表中为{actual}",
                   f"使正文与表格一致（以核实后的数字为准），表中为{actual}", where)


def _below(facts: Facts, unit: Unit, sentence: str, stated: int, floor: int, what: str, where: str) -> Problem:
    """A figure below what the cells read already add up to: wrong whatever the unread (or blank) cells hold."""
    return Problem("D1", ERROR, locate(facts, sentence, unit.slot, "applications"),
                   f"正文“{_quote(sentence)}”写{what}为{stated}，但表中读出的格已合计{floor}（另有空白或未读出的格）",
                   f"使正文与表格一致（以核实后的数字为准），表中至少为{floor}", where)


def _quote(sentence: str, limit: int = 60) -> str:
    return sentence if len(sentence) <= limit else sentence[:limit] + "……"


# ---- D1, D2: applications -----------------------------------------------------------------------
_APP = r"(?:各类)?(?:政府信息公开|信息公开|依申请公开)?申请(?:共计|共)?"
_GROUP_WHERE = {key: f"表三 · {label} · 总计" for key, label, _ in OUTCOME_GROUPS}
_OUTCOME_ROWS = tuple(f"applications.{key}" for key in ("granted", "partially_granted", *(g for g, _, _ in OUTCOME_GROUPS)))
FIGURE_INPUTS = {  # context key → the 表三 rows it is computed from
    "new_received_total": ("applications.new_received",), "received": ("applications.new_received", "applications.carried_over"),
    "carried_over_total": ("applications.carried_over",), "handled_total": _OUTCOME_ROWS,
    "carried_forward_total": ("applications.carried_forward",),
    **{row.removeprefix("applications."): (row,) for row in _OUTCOME_ROWS},
    "granted_and_partially_granted": ("applications.granted", "applications.partially_granted"),
}
OUTCOME_KEYS = {"granted", "partially_granted", "granted_and_partially_granted", *(g for g, _, _ in OUTCOME_GROUPS)}
APPLICATION_FIGURES: tuple[tuple[str, str, str, str], ...] = (
    # (pattern, context key, what, official labels)
    (rf"新(?:收|受理)(?:到)?{_APP}(\d+)[件份]", "new_received_total", "本年新收申请", t3_where("new_received", 6)),
    (rf"(?<!新)(?:收到|受理){_APP}(\d+)[件份]", "received", "收到申请", t3_where("new_received", 6)),
    (r"(?<!新)(?:收到|受理)(\d+)件(?:各类)?(?:政府信息公开|信息公开|依申请公开)?申请", "received", "收到申请",
     t3_where("new_received", 6)),
    (r"(?:上年结转|上年转结|结转上年(?:度)?)(?:的)?(?:政府信息公开)?(?:申请)?(\d+)件", "carried_over_total", "上年结转申请",
     t3_where("carried_over", 6)),
    (r"(?:办结|办理完毕|共办理|共答复)(?:政府信息公开)?(?:申请)?(\d+)件", "handled_total", "办结申请", t3_where("total", 6)),
    (r"(?:结转|转)(?:至|到)?下(?:一)?年度?(?:继续办理)?(\d+)件", "carried_forward_total", "结转下年度申请",
     t3_where("carried_forward", 6)),
    (r"(\d+)件(?:申请)?(?:结转|转入|转)(?:至|到)?下(?:一)?年度?", "carried_forward_total", "结转下年度申请",
     t3_where("carried_forward", 6)),
    (r"(?<!不)予以公开(\d+)件", "granted", "予以公开", t3_where("granted", 6)),
    (r"(?<!不)予以公开[及和与、]部分公开(\d+)件", "granted_and_partially_granted", "予以公开及部分公开",
     "表三 · （一）予以公开、（二）部分公开 · 总计"),
    (r"(?<!予以公开[及和与、])部分公开(\d+)件", "partially_granted", "部分公开", t3_where("partially_granted", 6)),
    (r"不予公开(\d+)件", "withheld", "不予公开", _GROUP_WHERE["withheld"]),
    (r"无法提供(\d+)件", "unable_to_provide", "无法提供", _GROUP_WHERE["unable_to_provide"]),
    (r"不予处理(\d+)件", "not_processed", "不予处理", _GROUP_WHERE["not_processed"]),
    (r"其他处理(\d+)件", "other_handling", "其他处理", _GROUP_WHERE["other_handling"]),
)
NO_APPLICATIONS = re.compile(rf"(?:未|没有)(?:收到|受理)(?:任何)?{_APP}|(?:没有|无|未发生)依申请公开")


# Context figures that 表三 prints as a 总计 cell (``imported.stated_totals.row_totals``): the row's key.
PRINTED_ROWS = {"new_received_total": "new_received", "received": "new_received", "carried_over_total": "carried_over",
                "handled_total": "total", "carried_forward_total": "carried_forward", "granted": "granted",
                "partially_granted": "partially_granted"}


def printed(facts: Facts, key: str) -> set[int]:
    """The 总计 a published report printed for a text figure: a figure that agrees with the printed total
    but not with the cells' sum is one slip, reported once by B1–B3 (printed against computed), not
    again here. Empty for drafter's own facts."""
    if facts.imported is None:
        return set()
    stated = facts.imported.stated_totals
    if key == "review_total":
        return {stated.review_totals["review"]} if "review" in stated.review_totals else set()
    if key == "lawsuit_total":
        parts = [stated.review_totals.get(k) for k in ("lawsuit_direct", "lawsuit_after_review")]
        return {sum(parts)} if None not in parts else set()  # type: ignore[arg-type]
    rows = stated.row_totals
    found = {rows[row]} if (row := PRINTED_ROWS.get(key)) in rows else set()
    if key == "received" and "new_received" in rows and "carried_over" in rows:  # 收到 = 新收 + 上年结转
        found.add(rows["new_received"] + rows["carried_over"])
    return found


OUTCOME_CLAUSE_MAX = 40  # an outcome figure of such a run is a short clause: "不予公开35件，占4.34%；"
_OUTCOME_FIGURE = re.compile(r"(?:予以公开|部分公开|不予公开|无法提供|不予处理|其他处理)\d+件")


def _about_applications(text: str, sentence: str) -> bool:
    """An outcome figure is about applications when its sentence says 申请, or it is one of a run of outcome
    figures ("予以公开258件，占33.9%；不予公开35件…") right after a sentence about 申请 in the same paragraph."""
    if "申请" in sentence:
        return True
    said = list(sentences(text))
    before = said[:said.index(sentence)] if sentence in said else []
    for earlier in reversed(before):
        if "申请" in earlier:
            return len(sentence) <= OUTCOME_CLAUSE_MAX
        if not _OUTCOME_FIGURE.search(earlier) or len(earlier) > OUTCOME_CLAUSE_MAX:
            return False
    return False


def d1_d2(facts: Facts, ctx: Context, unit: Unit, sentence: str) -> list[Problem]:
    apps = ctx["applications"]
    figures = {**apps, **apps["by_group"]}
    figures["granted_and_partially_granted"] = figures["granted"] + figures["partially_granted"]
    problems = []
    for pattern, key, what, where in APPLICATION_FIGURES:
        if key in OUTCOME_KEYS and not _about_applications(unit.text, sentence):
            continue  # "不予公开112件" of documents, not of applications: another count
        for match in re.finditer(pattern, sentence):
            stated = int(match.group(1))
            skipped = _not_read(facts, "D1", "正文中的申请件数与表三是否一致", *FIGURE_INPUTS[key])
            floor = apps["new_received_total"] if key == "received" else figures[key]
            if skipped and stated < floor and stated not in printed(facts, key):
                problems.append(_below(facts, unit, sentence, stated, floor, what, where))
            if skipped:
                problems += [] if stated < floor else skipped
                continue
            allowed = ({apps["new_received_total"], apps["received_total"]} if key == "received"
                       else {figures[key]}) | printed(facts, key)
            if stated not in allowed:
                problems.append(_mismatch("D1", facts, unit, sentence, stated, figures.get(key, apps["received_total"]),
                                          what, where, "applications"))
    if NO_APPLICATIONS.search(sentence):
        skipped = _not_read(facts, "D2", "正文“未收到申请”与表三是否一致",
                            "applications.new_received", "applications.carried_over")
        if skipped:
            return problems + skipped
    if NO_APPLICATIONS.search(sentence) and apps["has_applications"]:
        problems.append(Problem(
            "D2", ERROR, locate(facts, sentence, unit.slot, "applications"),
            f"正文说“{_quote(sentence)}”，但表三不全为 0（新收{apps['new_received_total']}件、"
            f"上年结转{apps['carried_over_total']}件）",
            "按表三写明收到和办理申请的情况，或核对表三", "表三"))
    return problems


# ---- D3: reviews and lawsuits ---------------------------------------------------------------------
REVIEW_FIGURE = re.compile(r"行政复议(?:案件)?(?:共)?(\d+)(?:件|起|次)")
LAWSUIT_FIGURE = re.compile(r"行政诉讼(?:案件)?(?:共)?(\d+)(?:件|起|次)")
NO_CASES = re.compile(r"(?:未|没有|无)(?!审结|结案|办结|作出|法)[^，,。；]{0,24}")  # not "尚未审结的行政复议"


CORRECTED = re.compile(r"纠错|纠正|败诉|撤销|确认违法")


def _clause_after(sentence: str, start: int, word: str) -> str:
    """What follows ``word`` up to the clause's end: "被行政复议纠错或…" says 纠错 of 行政复议, while
    "未发生行政复议、行政诉讼，未出现被纠错情况" denies the cases themselves."""
    at = sentence.find(word, start)
    return re.split(r"[，,。；;、]", sentence[at + len(word):], maxsplit=1)[0]


def _corrected(facts: Facts, word: str) -> tuple[int, str]:
    """The 结果纠正 count of 行政复议, or of both 行政诉讼 groups, and where it sits in 表四."""
    t4 = facts.reviews_and_lawsuits
    if word == "行政复议":
        return t4.review.corrected, t4_where("review", "corrected")
    return (t4.lawsuit_direct.corrected + t4.lawsuit_after_review.corrected,
            "表四 · 行政诉讼 · 未经复议直接起诉、复议后起诉 · 结果纠正")


def d3(facts: Facts, ctx: Context, unit: Unit, sentence: str) -> list[Problem]:
    rl = ctx["reviews"]
    totals = {"行政复议": (rl["review_total"], t4_where("review", "total")),
              "行政诉讼": (rl["lawsuit_total"], "表四 · 行政诉讼 · 未经复议直接起诉、复议后起诉 · 总计")}
    inputs = {"行政复议": ("reviews_and_lawsuits.review",),
              "行政诉讼": ("reviews_and_lawsuits.lawsuit_direct", "reviews_and_lawsuits.lawsuit_after_review")}
    skipped = {word: _not_read(facts, "D3", "正文中的行政复议、行政诉讼件数与表四是否一致", *inputs[word])
               for word in totals}
    problems = []
    keys = {"行政复议": "review_total", "行政诉讼": "lawsuit_total"}
    for pattern, word in ((REVIEW_FIGURE, "行政复议"), (LAWSUIT_FIGURE, "行政诉讼")):
        for match in pattern.finditer(sentence):
            stated, (actual, where) = int(match.group(1)), totals[word]
            if skipped[word]:
                problems += skipped[word]
            elif stated != actual and stated not in printed(facts, keys[word]):
                problems.append(_mismatch("D3", facts, unit, sentence, stated, actual, word, where,
                                          "reviews_and_lawsuits"))
    for match in NO_CASES.finditer(sentence):
        for word, (actual, where) in totals.items():
            column = "总计"
            if word in match.group() and CORRECTED.search(_clause_after(sentence, match.start(), word)):
                (actual, where), column = _corrected(facts, word), "结果纠正"  # "未发生被复议纠错": not all cases
            if word in match.group() and skipped[word]:
                problems += skipped[word]
            elif word in match.group() and actual:
                problems.append(Problem(
                    "D3", ERROR, locate(facts, sentence, unit.slot, "reviews_and_lawsuits"),
                    f"正文说“{_quote(sentence)}”，但表四{word}{column}为{actual}",
                    f"按表四写明{word}的件数和结果，或核对表四", where))
    return problems


# ---- D5: 规章 and 行政规范性文件 -----------------------------------------------------------------
_NOT_IN_FORCE = r"规章|清理|梳理|审查|评估|其中"  # words after which 现行有效 counts something else
# "制发规范性文件34件，现行有效件数424件": 现行有效 of the 规范性文件 just named (not of a batch cleaned up)
IN_FORCE_AFTER = (rf"(?:行政)?规范性文件(?:(?!{_NOT_IN_FORCE})[^。；;]){{0,30}}?现行有效(?:件数|文件)?(?:共计|共|为|有)?(\d+)件",
                  "normative_documents", "in_force", "现行有效行政规范性文件")
NO_DOCUMENTS = re.compile(rf"(?:未|没有){DOC_ISSUE}(?:任何)?(?:行政)?规范性文件")


def d5(facts: Facts, ctx: Context, unit: Unit, sentence: str) -> list[Problem]:
    t, problems = facts.proactive_table, []
    for pattern, row, col, what in (*DOC_FIGURES, IN_FORCE_AFTER):
        for match in re.finditer(pattern, sentence):
            stated, actual = int(match.group(1)), getattr(getattr(t, row), col)
            skipped = _not_read(facts, "D5", "正文中的规章、规范性文件件数与表二是否一致", f"proactive_table.{row}.{col}")
            run = _d5_run_together(facts, unit, sentence, stated, row, col, what)
            if skipped:
                problems += run or skipped
            elif stated != actual:
                problems.append(_mismatch("D5", facts, unit, sentence, stated, actual, what, doc_where(row, col),
                                          f"proactive_table.{row}.{col}"))
    if NO_DOCUMENTS.search(sentence) and t.normative_documents.issued and not known.unknown(
            facts, "proactive_table.normative_documents.issued"):
        problems.append(Problem("D5", ERROR, locate(facts, sentence, unit.slot, "proactive_table.normative_documents"),
                                f"正文说“{_quote(sentence)}”，但表二本年制发{t.normative_documents.issued}件",
                                "使正文与表二一致", doc_where("normative_documents", "issued")))
    return problems


def _d5_run_together(facts: Facts, unit: Unit, sentence: str, stated: int, row: str, col: str,
                     what: str) -> list[Problem]:
    """D5 on a 表二 row whose digits ran together (unread): the text's figure fits no way to split them."""
    options = known.doc_row_options(facts, row)
    if len(options) < 2 or any(o[[c for c, _ in DOC_COLUMNS].index(col)] == stated for o in options):
        return []
    assert facts.imported is not None
    digits = facts.imported.run_together[f"proactive_table.{row}"]
    return [Problem("D5", ERROR, locate(facts, sentence, unit.slot, f"proactive_table.{row}.{col}"),
                    f"正文“{_quote(sentence)}”写{what}为{stated}，但表二这一行的数字连在一起（“{digits}”），"
                    f"无论怎样拆分，“{dict(DOC_COLUMNS)[col]}”都不是{stated}",
                    "使正文与表二一致（以核实后的数字为准）", doc_where(row, col))]


# ---- D6: 信息处理费 ------------------------------------------------------------------------------
NO_FEES = re.compile(r"(?:未|没有|无)收取(?:任何)?(?:政府信息公开)?信息处理费")
NO_NOTICES = re.compile(r"(?:未|没有)(?:发出|开具)[^。；，]{0,8}收费通知")
NOTICES = re.compile(r"(?:发出|开具)(?:了)?(?:信息处理费)?收费通知(?:书)?(\d+)件")
COLLECTED = re.compile(r"收取(?:了)?(?:政府信息公开)?信息处理费(?:共计|合计|共)?(\d+(?:\.\d+)?)(万元|元)")
FEES_WHERE = "六、其他需要报告的事项 · 信息处理费"


def d6(facts: Facts, ctx: Context, unit: Unit, sentence: str) -> list[Problem]:
    fees, problems = facts.fees, []
    overdue = facts.applications.total("other_handling.overdue_fee")
    collected = fees.collected_10k_yuan

    def wrong(message: str, fix: str, path: str) -> None:
        problems.append(Problem("D6", ERROR, locate(facts, sentence, unit.slot, path),
                                f"正文“{_quote(sentence)}”{message}", fix, FEES_WHERE))

    lost = known.missing(facts)
    if NO_FEES.search(sentence) and collected and "fees.collected_10k_yuan" not in lost:
        wrong(f"，但实际收取信息处理费{format_amount(collected)}万元", "使正文与收费情况一致", "fees.collected_10k_yuan")
    overdue_lost = bool(known.unknown(facts, "applications.other_handling.overdue_fee"))
    if NO_NOTICES.search(sentence) and (fees.notices and "fees.notices" not in lost or overdue and not overdue_lost):
        wrong(f"，但收费通知为{fees.notices}件、表三（六）2 为{overdue}件", "写明发出收费通知的件数和金额", "fees.notices")
    for match in NOTICES.finditer(sentence):
        if int(match.group(1)) != fees.notices and "fees.notices" not in lost:
            wrong(f"写收费通知{match.group(1)}件，但 fees.notices 为{fees.notices}件", "使两者一致", "fees.notices")
    for match in COLLECTED.finditer(sentence):
        amount = Decimal(match.group(1)) / (10000 if match.group(2) == "元" else 1)
        if amount != collected and "fees.collected_10k_yuan" not in lost:
            wrong(f"写收取{match.group(1)}{match.group(2)}，但实际收取金额为{format_amount(collected)}万元",
                  "使两者一致", "fees.collected_10k_yuan")
    return problems


Rule = Callable[[Facts, Context, Unit, str], list[Problem]]
RULES: tuple[Rule, ...] = (d1_d2, d3, breakdowns.d4, d5, d6, years.e5_years, years.e5_accounts, years.e5_period,
                          citations.e6_citations, citations.e6_garbled, copied.t1_placeholder, copied.t2_copied,
                          copied.t2_opening)
