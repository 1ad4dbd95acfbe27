"""Sentences never built on an unknown figure: an imported report's cell not read is unknown, never 0.

A forced draft of an imported facts file (``render --force`` with cells still ``null``) would otherwise say
"本机关未制发……行政规范性文件" or "未收取信息处理费" from the 0 that stands for "not read". Each slot that words
table figures names the fields it is built on; where one of them is unknown (``Facts.unknown``) the slot says
a visible placeholder (``draft.placeholder``) instead, or nothing when it only compares with last year.
"""

from __future__ import annotations

from typing import Any

from drafter.draft import placeholder, short_placeholder
from drafter.facts.model import Facts
from drafter.facts.narrative import SUBSECTIONS
from drafter.tables import cell_where

_T2 = "二、主动公开政府信息情况"
# slot → (the report part, what the sentence states, the fields it is built on); what is "" for a slot that is
# left out rather than replaced (a comparison with last year, or a sentence another slot's placeholder covers)
SLOT_INPUTS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "overview.requests": ("一（二）依申请公开", "本年新收和上年结转的政府信息公开申请件数",
                          ("applications.new_received", "applications.carried_over")),
    "overview.requests.yoy": ("", "", ("applications.new_received",)),
    "overview.requests.results": ("一（二）依申请公开", "申请的办理结果和结转下年度继续办理的件数", ("applications",)),
    "overview.requests.results.yoy": ("", "", ("applications",)),
    "proactive_table.documents": (_T2, "本年制发、废止和现行有效的规章、行政规范性文件件数",
                                  ("proactive_table.regulations", "proactive_table.normative_documents")),
    "proactive_table.decisions": (_T2, "本年作出的行政许可、行政处罚、行政强制决定数量",
                                  ("proactive_table.licensing", "proactive_table.penalties",
                                   "proactive_table.coercive_measures")),
    "proactive_table.fees": (_T2, "本年行政事业性收费金额", ("proactive_table.fees_10k_yuan",)),
    "proactive_table.yoy": ("", "", ("proactive_table",)),
    "reviews.review": ("四、行政复议、行政诉讼", "本年因政府信息公开工作被申请行政复议、提起行政诉讼的件数和结果",
                       ("reviews_and_lawsuits",)),
    "reviews.lawsuit": ("", "", ("reviews_and_lawsuits",)),
    "reviews.yoy": ("", "", ("reviews_and_lawsuits",)),
    "other.fees": ("六、其他需要报告的事项", "本年发出信息处理费收费通知的件数、金额和实际收取的信息处理费", ("fees",)),
    "other.fees.yoy": ("", "", ("fees",)),
}
UNREAD_BANK = "未读出"  # what ``explain`` names as the source of a placeholder
# The narrative parts an imported report did not give (nothing read for them, nothing picked or typed since):
# a placeholder the clerk fills, never a bare heading ("（三）政府信息管理情况。" and nothing after it) nor
# sentences the agency never wrote ("未发现突出问题"). slot → (the report part, what it should say, where it goes).
UNSAID_PARTS: dict[str, tuple[str, str, str]] = {
    "overview.management": (SUBSECTIONS["management"], "本年政府信息管理情况", "overview.management.text"),
    "overview.platform": (SUBSECTIONS["platform"], "本年政府信息公开平台建设情况", "overview.platform_text"),
    "overview.supervision": (SUBSECTIONS["supervision"], "本年监督保障情况", "overview.supervision.text"),
    "problems": (SUBSECTIONS["problems"], "本年政府信息公开工作存在的主要问题", "problems"),
    "measures": (SUBSECTIONS["measures"], "针对上述问题的改进措施", "measures"),
}


def unread_text(facts: Facts, slot: str) -> str | None:
    """The placeholder ("" to leave the sentence out) for a slot built on an unknown figure; None where every
    figure it words is known (the bank speaks)."""
    part, what, inputs = SLOT_INPUTS.get(slot, ("", "", ()))
    if not inputs or not facts.unknown(*inputs):
        return None
    return placeholder(what) if what else ""


def unsaid_text(facts: Facts, slot: str, text: str) -> str | None:
    """The placeholder for a narrative part of an imported report that says nothing of its own (``text``: what
    the bank says from the facts, no own text), None where it says something."""
    if facts.imported is None or slot not in UNSAID_PARTS:
        return None
    if slot in ("problems", "measures"):  # the bank's "no problems found" is a claim: 五 must have been given
        picks = facts.practices.get("problems") or facts.practices.get("measures")
        if facts.problems or facts.measures or picks:
            return None
    elif text.strip():
        return None
    return placeholder(UNSAID_PARTS[slot][1])


def unread_entry(slot: str) -> str:
    """How ``render`` lists a placeholder: "一（二）依申请公开：本年新收……件数"; a narrative part says where
    it is written in the facts file."""
    if slot in UNSAID_PARTS:
        part, what, field = UNSAID_PARTS[slot]
        return f"{part}：{what}（原报告中没有读出这部分的内容；写在事实文件的 {field} 中）"
    part, what, _ = SLOT_INPUTS[slot]
    return f"{part}：{what}"


def unread_cells(facts: Facts, prefix: str) -> list[str]:
    """The cells of a table (``prefix``: "proactive_table" …) printed UNFILLED, by their official labels, one
    entry per row: "表二 · 行政规范性文件：本年制发件数、本年废止件数、现行有效件数"."""
    rows: dict[str, list[str]] = {}
    for path in facts.unknown(prefix):
        row, _, column = (cell_where(path) or path).rpartition(" · ")
        rows.setdefault(row, []).append(column)
    return [f"{row}：{'、'.join(columns)}" if row else "、".join(columns) for row, columns in rows.items()]


# The report's identity not read (a copy cut before its signature, a title without the agency): what the
# draft writes in its place, and how ``render`` lists it. The year is never unknown in a draft (``render``
# refuses: every sentence says it).
SIGNATURE_NAME, SIGNATURE_DATE, NAME = "落款机关全称", "落款日期", "机关名称"  # "【待补充：落款日期】"


def unread_identity(facts: Facts, ctx: dict[str, Any]) -> tuple[dict[str, Any], list[str], list[str]]:
    """``ctx`` with the agency's name and the signing date that were not read replaced by placeholders
    ("【待补充：落款日期】", highlighted like the others), and the entries ``render`` lists for them: those
    of the title (listed first) and those of the signature (last)."""
    agency, title, signature = dict(ctx["agency"]), [], []
    if facts.unknown("agency.name"):
        agency["name"] = short_placeholder(SIGNATURE_NAME)
        signature.append("落款：机关全称")
        if not agency["report_name"]:  # neither the title nor the signature named the agency
            agency["report_name"] = short_placeholder(NAME)
            title.append(f"标题和正文：{NAME}")
    out = {**ctx, "agency": agency}
    if facts.unknown("signing_date"):
        out["signing_date"] = short_placeholder(SIGNATURE_DATE)
        signature.append("落款：日期")
    return out, title, signature
