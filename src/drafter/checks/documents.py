"""D5 on the text: the 规章 and 行政规范性文件 counts it states (制发, 废止, 现行有效), and "未制发…", against 表二."""

from __future__ import annotations

import re

from drafter.checks import inputs as known
from drafter.checks.problem import ERROR, Problem
from drafter.checks.text_figures import Context, mismatch, not_read
from drafter.checks.units import Unit, locate, quote
from drafter.facts.model import Facts
from drafter.tables import DOC_COLUMNS, DOC_FIGURES, DOC_ISSUE, doc_where

_NOT_IN_FORCE = r"规章|清理|梳理|审查|评估|其中"  # words after which 现行有效 counts something else
# "制发规范性文件34件，现行有效件数424件": 现行有效 of the 规范性文件 just named (not of a batch cleaned up)
IN_FORCE_AFTER = (rf"(?:行政)?规范性文件(?:(?!{_NOT_IN_FORCE})[^。；;]){{0,30}}?现行有效(?:件数|文件)?(?:共计|共|为|有)?(\d+)件",
                  "normative_documents", "in_force", "现行有效行政规范性文件")
NO_DOCUMENTS = re.compile(rf"(?:未|没有){DOC_ISSUE}(?:任何)?(?:行政)?规范性文件")


def d5(facts: Facts, ctx: Context, unit: Unit, sentence: str) -> list[Problem]:
    """Each 规章, 规范性文件 count stated against 表二's; "未制发规范性文件" when 表二 has some issued."""
    t, problems = facts.proactive_table, []
    for pattern, row, col, what in (*DOC_FIGURES, IN_FORCE_AFTER):
        for match in re.finditer(pattern, sentence):
            stated, actual = int(match.group(1)), getattr(getattr(t, row), col)
            skipped = not_read(facts, "D5", "正文中的规章、规范性文件件数与表二是否一致", f"proactive_table.{row}.{col}")
            run = _d5_run_together(facts, unit, sentence, stated, row, col, what)
            if skipped:
                problems += run or skipped
            elif stated != actual:
                problems.append(mismatch("D5", facts, unit, sentence, stated, actual, what, doc_where(row, col),
                                         f"proactive_table.{row}.{col}"))
    if NO_DOCUMENTS.search(sentence) and t.normative_documents.issued and not known.unknown(
            facts, "proactive_table.normative_documents.issued"):
        problems.append(Problem("D5", ERROR, locate(facts, sentence, unit.slot, "proactive_table.normative_documents"),
                                f"正文说“{quote(sentence)}”，但表二本年制发{t.normative_documents.issued}件",
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
                    f"正文“{quote(sentence)}”写{what}为{stated}，但表二这一行的数字连在一起（“{digits}”），"
                    f"无论怎样拆分，“{dict(DOC_COLUMNS)[col]}”都不是{stated}",
                    "使正文与表二一致（以核实后的数字为准）", doc_where(row, col))]
