"""Sentences never built on an unknown figure: an imported report's cell not read is unknown, never 0.

A forced draft of an imported facts file (``render --force`` with cells still ``null``) would otherwise say
"本机关未制发……行政规范性文件" or "未收取信息处理费" from the 0 that stands for "not read". Each slot that words
table figures names the fields it is built on; where one of them is unknown (``Facts.unknown``) the slot says
a visible placeholder (``draft.placeholder``) instead, or nothing when it only compares with last year.
"""

from __future__ import annotations

from drafter.draft import placeholder
from drafter.facts.model import Facts
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


def unread_text(facts: Facts, slot: str) -> str | None:
    """The placeholder ("" to leave the sentence out) for a slot built on an unknown figure; None where every
    figure it words is known (the bank speaks)."""
    part, what, inputs = SLOT_INPUTS.get(slot, ("", "", ()))
    if not inputs or not facts.unknown(*inputs):
        return None
    return placeholder(what) if what else ""


def unread_entry(slot: str) -> str:
    """How ``render`` lists a placeholder: "一（二）依申请公开：本年新收……件数"."""
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
