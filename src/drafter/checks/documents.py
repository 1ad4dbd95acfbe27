"""D5 on the text: the 规章 and 行政规范性文件 counts it states (制发, 废止, 现行有效), and "未制发…", against 表二.
E1 on the text: an agency that cannot make 规章 speaking of its own level's 规章 ("对区政府规章进行了系统清理" in a
市辖区 government's report, 263); the province's or city's 规章 ("省政府规章", "市、区政府规章") and 规章制度 (internal
rules) are not its own."""

from __future__ import annotations

import re

from drafter.checks import agency
from drafter.checks import inputs as known
from drafter.checks.problem import ERROR, WARNING, Problem
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


# "区政府规章", "本县规章", "我区政府出台的规章": a level's own 规章 (not after 省/市 or a list of levels: "市、区政府规章")
OWN_REGULATIONS = re.compile(r"(?<![省市州、和及与])(?:本|我)?(县|区|旗|镇|乡|街道)(?:人民)?(?:政府)?(?:制定|出台|发布|颁布)?的?"
                             r"规章(?!制度)")


def e1_text(facts: Facts, ctx: Context, unit: Unit, sentence: str) -> list[Problem]:
    """E1 from the text: the agency's own level's 规章, which that level cannot make (a warning: the text may mean
    规范性文件; when 表二's 规章 row is filled the table's E1 says it already)."""
    return _e1_own_regulations(facts, unit, sentence, 0)


def e1_unfinished(facts: Facts, ctx: Context, unit: Unit, sentence: str) -> list[Problem]:
    """``e1_text`` on the sentence a copy cut short stops inside: "规章" with two more characters printed after it
    (the cut may have taken "制度")."""
    return _e1_own_regulations(facts, unit, sentence, 2)


def _e1_own_regulations(facts: Facts, unit: Unit, sentence: str, margin: int) -> list[Problem]:
    m = next((m for m in OWN_REGULATIONS.finditer(sentence) if len(sentence) - m.end() >= margin), None)
    word = agency.level_word(facts) if m else ""
    if m is None or m.group(1) != word or agency.may_make_regulations(facts) is not False \
            or any(getattr(facts.proactive_table.regulations, col) for col, _ in DOC_COLUMNS):
        return []
    return [Problem("E1", WARNING, locate(facts, sentence, unit.slot, needle=m.group()),
                    f"正文写“{m.group()}”（所在句：“{quote(sentence)}”），但{agency.described(facts)}不能制定规章",
                    "规章只有国务院部门和省、设区的市人民政府才能制定：如指规范性文件，改为“行政规范性文件”",
                    "表二 · 规章")]
