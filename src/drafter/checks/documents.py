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
from drafter.facts.values import chinese_number
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
    problems += _counted_before(facts, unit, sentence) + _published(facts, unit, sentence, problems)
    problems += _category(facts, unit, sentence)
    if NO_DOCUMENTS.search(sentence) and t.normative_documents.issued and not known.unknown(
            facts, "proactive_table.normative_documents.issued"):
        problems.append(Problem("D5", ERROR, locate(facts, sentence, unit.slot, "proactive_table.normative_documents"),
                                f"正文说“{quote(sentence)}”，但表二本年制发{t.normative_documents.issued}件",
                                "使正文与表二一致", doc_where("normative_documents", "issued")))
    return problems


_CN_DIGITS = "一二三四五六七八九"
_COUNT = rf"\d+|[{_CN_DIGITS}]|十[{_CN_DIGITS}]?|[二三四五六七八九]十[{_CN_DIGITS}]?|两"
# the count before the noun ("出台四项规范性文件", "印发3件行政规范性文件", 798): what was made this year
ISSUED_BEFORE = re.compile(rf"(?:制发|印发|出台|制定)(?:并?(?:发布|公开|公布|印发))?了?({_COUNT})(?:件|项|个|份|部)"
                           r"(?:行政)?规范性文件")
# another body's documents the agency took part in ("配合市政府出台3项规范性文件"): not its own
_OTHERS_DOCUMENTS = re.compile(r"参与|配合|协助|起草|代拟|推动|指导|督促|审查|审核|备案|上级")
# published, not said to be made this year ("2022年我区公开行政规范性文件2件", 792): likely 本年制发, not certainly
PUBLISHED_DOCUMENTS = re.compile(r"(?:公开|发布|公布)了?(?:行政)?规范性文件(?:共计|共)?(\d+)件")
_CUMULATIVE = re.compile(r"累计|历年|以来|现行|有效|清理|梳理")
# a count over years ("累计发布规范性文件0件", 846): never fewer than the year's own 本年制发
_OVER_YEARS = re.compile(r"累计|历年|以来")


def _value(count: str) -> int:
    return int(count) if count.isdigit() else chinese_number(count)


def _issued_unknown(facts: Facts) -> bool:
    return known.unknown(facts, "proactive_table.normative_documents.issued") != []


def _counted_before(facts: Facts, unit: Unit, sentence: str) -> list[Problem]:
    """D5 on the count of documents made printed before the noun ("2023年,…科技局出台四项规范性文件", 798)."""
    issued = facts.proactive_table.normative_documents.issued
    problems = []
    for match in ISSUED_BEFORE.finditer(sentence):
        stated = _value(match.group(1))
        if stated == issued or _issued_unknown(facts):
            continue
        before = sentence[max(sentence.rfind(c, 0, match.start()) for c in "，,；;。") + 1:match.start()]
        severity = WARNING if _OTHERS_DOCUMENTS.search(before) else ERROR
        problems.append(Problem("D5", severity, locate(facts, sentence, unit.slot,
                                                        "proactive_table.normative_documents.issued"),
                                f"正文“{quote(sentence)}”写制发行政规范性文件{stated}件，但表中为{issued}",
                                f"使正文与表格一致（以核实后的数字为准），表中为{issued}",
                                doc_where("normative_documents", "issued")))
    return problems


def _published(facts: Facts, unit: Unit, sentence: str, found: list[Problem]) -> list[Problem]:
    """D5 (a warning) on a count of 规范性文件 published ("公开行政规范性文件2件") that is neither 表二's 本年制发 nor
    its 现行有效: published this year most likely means made this year, but may count older ones. A count said to be
    over years ("累计发布规范性文件0件", 846) only when it is fewer than this year's 本年制发."""
    row = facts.proactive_table.normative_documents
    problems = []
    for match in PUBLISHED_DOCUMENTS.finditer(sentence):
        stated = int(match.group(1))
        before = sentence[max(sentence.rfind(c, 0, match.start()) for c in "，,；;。") + 1:match.start()]
        made = re.search(r"(?:制发|印发|出台|制定)并?$", sentence[:match.start()])  # "制定发布…": DOC_FIGURES'
        if made or found or stated in (row.issued, row.in_force) or _issued_unknown(facts):
            continue
        if _CUMULATIVE.search(before):  # a count over years is judged only when fewer than this year's
            if not (_OVER_YEARS.search(before) and stated < row.issued):
                continue
            message = f"正文“{quote(sentence)}”写“{match.group()}”，累计的件数却少于表二本年制发的{row.issued}件"
        else:
            message = f"正文“{quote(sentence)}”写公开行政规范性文件{stated}件，而表二本年制发{row.issued}件、" \
                      f"现行有效{row.in_force}件"
        problems.append(Problem("D5", WARNING, locate(facts, sentence, unit.slot,
                                                       "proactive_table.normative_documents.issued"),
                                message, "核实正文与表二：如指本年制发的件数，使两者一致",
                                doc_where("normative_documents", "issued")))
    return problems


# the 政策、规范性文件 category of the items published ("主动公开政府信息31条，其中…政策、规范性文件信息2条", 1166;
# "政策及规范性文件类3条"): every 行政规范性文件 made is published, so it holds at least 表二's 本年制发
CATEGORY = re.compile(r"政策[、及和与]?(?:行政)?规范性文件(?:类)?(?:信息)?(?:类)?(\d+)[条件篇]")


def _category(facts: Facts, unit: Unit, sentence: str) -> list[Problem]:
    """D5 (a warning) on a 政策、规范性文件 category count (``CATEGORY``) below 表二's 本年制发, whichever way a row
    whose digits ran together splits (the category may count one channel's items only: a warning)."""
    options = known.doc_row_options(facts, "normative_documents")
    problems = []
    for match in CATEGORY.finditer(sentence):
        stated = int(match.group(1))
        if not options or any(issued <= stated for issued, *_ in options):
            continue
        if len(options) == 1:
            table = f"表二本年制发行政规范性文件{options[0][0]}件"
        else:
            assert facts.imported is not None
            digits = facts.imported.run_together["proactive_table.normative_documents"]
            table = f"表二这一行的数字连在一起（“{digits}”），无论怎样拆分，本年制发件数都多于{stated}件"
        problems.append(Problem("D5", WARNING, locate(facts, sentence, unit.slot,
                                                       "proactive_table.normative_documents.issued"),
                                f"正文“{quote(sentence)}”写主动公开“{match.group()}”，但{table}",
                                "本年制发的行政规范性文件都应主动公开：核对正文的分类件数和表二的本年制发件数",
                                doc_where("normative_documents", "issued")))
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
