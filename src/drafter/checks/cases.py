"""D3 on the text: the 行政复议 and 行政诉讼 counts it states, and "未发生行政复议…", against 表四."""

from __future__ import annotations

import re

from drafter.checks.problem import ERROR, Problem
from drafter.checks.text_figures import Context, mismatch, not_read, printed
from drafter.checks.units import Unit, locate, quote
from drafter.facts.model import Facts
from drafter.tables import t4_where

REVIEW_FIGURE = re.compile(r"行政复议(?:案件|申请)?\s*(?:共计|总计|合计|共)?\s*(\d+)\s*(?:件|起|次)")
LAWSUIT_FIGURE = re.compile(r"行政诉讼(?:案件)?\s*(?:共计|总计|合计|共)?\s*(\d+)\s*(?:件|起|次)")
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
    """Each 行政复议, 行政诉讼 count stated against 表四's 总计; "未发生…" against its 总计 (or 结果纠正)."""
    rl = ctx["reviews"]
    totals = {"行政复议": (rl["review_total"], t4_where("review", "total")),
              "行政诉讼": (rl["lawsuit_total"], "表四 · 行政诉讼 · 未经复议直接起诉、复议后起诉 · 总计")}
    inputs = {"行政复议": ("reviews_and_lawsuits.review",),
              "行政诉讼": ("reviews_and_lawsuits.lawsuit_direct", "reviews_and_lawsuits.lawsuit_after_review")}
    skipped = {word: not_read(facts, "D3", "正文中的行政复议、行政诉讼件数与表四是否一致", *inputs[word])
               for word in totals}
    problems = []
    keys = {"行政复议": "review_total", "行政诉讼": "lawsuit_total"}
    for pattern, word in ((REVIEW_FIGURE, "行政复议"), (LAWSUIT_FIGURE, "行政诉讼")):
        for match in pattern.finditer(sentence):
            stated, (actual, where) = int(match.group(1)), totals[word]
            if skipped[word]:
                problems += skipped[word]
            elif stated != actual and stated not in printed(facts, keys[word]):
                problems.append(mismatch("D3", facts, unit, sentence, stated, actual, word, where,
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
                    f"正文说“{quote(sentence)}”，但表四{word}{column}为{actual}",
                    f"按表四写明{word}的件数和结果，或核对表四", where))
    return problems
