"""S10: the introduction's list of the report's parts ("本报告由总体情况、…等六部分组成") against the six parts
of the format.

Reports copied from an older one, or edited in haste, say "六部分" and list five (the 行政复议、行政诉讼 part
or 其他需要报告的事项 left out): a reviewer reads the introduction first. A list is judged only when at least
three of its items are recognised as parts of the format, and, without a count, only when it is closed (no 等).
A list naming two of the parts of the annual report before the 2019 format (概述, 载体建设…) is wrong either way.
"""

from __future__ import annotations

import re
from dataclasses import replace

from drafter.checks.problem import ERROR, WARNING, Problem
from drafter.checks.units import Unit, quote, sentences
from drafter.facts.model import Facts
from drafter.facts.values import edit_distance, nfkc
from drafter.importers.narrative import meanings
from drafter.tables import SECTION_HEADINGS

_NUMBERS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
# also a sentence of the introduction opening with 内容 ("本报告由…编制完成。内容包括总体情况、…六部分。", 1067), or a
# clause of the sentence naming the report ("本报告根据…编制而成,由总体情况、…十部分组成", 571)
PARTS_LIST = re.compile(r"(?:(?:报告|年报|全文)(?:内容|正文)?|^\s*内容|^\s*(?=由)|(?<=[，,；;])\s*)(?:主要)?(?:由|包括)(.{8,300}?)(?P<etc>等)?共?"
                        r"(十|[一二三四五六七八九1-9])个?部分(?:组成|内容)?")
_ITEM_SPLIT = re.compile(r"[、，,；;“”\"'《》]+")
FORMAT_PARTS = 6
MIN_RECOGNISED = 3


def _meanings(item: str) -> set[int]:
    """Which of the six parts an item of the list names (several when joined by 和/及: "…改进情况和其他…事项"), read
    as a heading's title is (``narrative.meanings``: "主动公开政府信息基本情况" is 二's, not also 一's)."""
    plain = re.sub(r"\s+", "", item).replace("详情", "情况")  # "主动公开政府信息详情" (831)
    found = set(meanings(plain))
    if "和" in plain and not found - {3}:  # two parts joined by 和 ("主动公开政府信息详情和政府信息公开申请接收与办理情况")
        halves = [set(meanings(half)) for half in plain.split("和", 1)]
        if all(halves):
            found = halves[0] | halves[1]
    if _ON_REQUEST.search(plain):  # an item of the list, not 一's sub-point "（三）依申请公开" (199-beidaihe)
        found.add(3)
    # a part's title with one character wrong ("…公开申报情况", 300), not into a word of the old parts ("…申诉情况")
    if not found and len(plain) >= TYPO_FROM and not OLD_PARTS.search(plain):
        found = {n for n, title in enumerate(_TITLES, 1) if edit_distance(plain, title) == 1}
    return found - {3} if {3, 4} <= found else found


_TITLES = [heading.split("、", 1)[1] for heading in SECTION_HEADINGS]
TYPO_FROM = 8  # titles this long with one character changed are the title mistyped
# "依申请公开信息情况" (1053) as well
_ON_REQUEST = re.compile(r"^(?:政府信息)?依申请公开(?:政府)?(?:信息)?(?:工作)?情况$")


# A list of parts without a count ("全文包括概述、…等。", "全文包括(一)总体情况;…;(五)…。"), and the parts of the
# annual report before the 2019 format (概述, 载体建设, 收费及减免, 申诉…), which a report copied from an old one lists.
# "报告涵盖总体情况、主动公开、…、监督保障等内容" (585) lists them as well
UNCOUNTED_LIST = re.compile(r"(?:(?:报告|年报|全文)(?:内容|正文)?|(?:^|(?<=[，,；;：:]))(?:主要)?内容)(?:主要)?"
                            r"(?:由|包括|分为|涉及|涵盖)(.{8,300}?)(等|组成|构成|。|$)")
_SIX_AFTER = re.compile(r"\s*共?[六6]个?(?:部分|方面)")  # after a list opened by a verb PARTS_LIST does not take ("涵盖")
# another count after a list ending in 等: "…现存问题与改进举措等五项内容" (831)
_COUNT_AFTER = re.compile(r"\s*共?([一二三四五七八1-57-8])个?(?:部分|项内容|项|方面)")
_OWN = ("报告", "年报", "全文")  # a list opened by these is the report's own, not one opened by 内容 alone
# 一's aspects (its sub-points (三)–(五)) as items of their own: the report's contents listed as 一's five aspects
# ("全文包括主动公开、依申请公开、政府信息管理、平台建设、监督保障等方面", 368), or one of them beside the six parts ("…、
# 平台建设与监督保障、…", 345)
_ASPECT = re.compile(r"^(?:政府信息公开)?(?:政府信息管理|平台建设|监督保障)")
# 不予公开 as a part of its own or inside one ("依申请公开(含不予公开、收费及减免)", 574)
OLD_PARTS = re.compile(r"概述|载体建设|收费及减免|减免情况|申诉|咨询处理|不予公开")
MIN_OLD_PARTS = 2
OPENING_OF_ONE = "imported.sections.overview"  # 一's own text (before its sub-points when it has them)


def check_intro(units: list[Unit]) -> list[Problem]:
    """S10 on the introduction: the text before 一, or 一's first paragraph when the report puts it there (a copy
    opening with "一、总体情况" and then "本年报根据…编制。全文包括…")."""
    for unit in units:
        if unit.section != 0 and not unit.slot.endswith("intro") and unit.slot != OPENING_OF_ONE:
            continue
        text = unit.text.lstrip().split("\n", 1)[0] if unit.slot == OPENING_OF_ONE else unit.text
        passed_over = False  # a list naming no part ("本报告由…根据…编制完成"): only a counted list after it is judged
        for sentence in sentences(text):
            m = PARTS_LIST.search(nfkc(sentence))
            if m:
                return _judge(unit, sentence, m)
            if passed_over:
                continue
            m = UNCOUNTED_LIST.search(nfkc(sentence))
            if m and not _names_parts(m):
                passed_over = True
                continue
            if m:
                found = _judge_uncounted(unit, sentence, m)
                # a list opened by "主要内容包括" alone, not by 报告/全文, may not be the report's: a warning at most
                return [replace(p, severity=WARNING) for p in found] if not m.group().startswith(_OWN) else found
            m = FROM_LIST.search(nfkc(sentence))
            if m:  # what the report covers, not "本报告由…组成": a warning at most, quoting the clause of the list
                clause = nfkc(sentence)[_clause_start(nfkc(sentence), m.start()):]
                listed = FROM_LIST.search(clause)
                return [replace(p, severity=WARNING) for p in _judge_uncounted(unit, clause, listed)] if listed else []
            m = REPORTED_LIST.search(nfkc(sentence))
            if m:
                return _judge_reported(unit, sentence, m)
        if passed_over:
            return []  # as before: the introduction's first list-like sentence ends the search
    return []


# The parts named as the aspects the report covers ("现将…工作从总体情况、…和存在的主要问题及改进情况等方面予以报告", 852; "…
# 其他需要报告的事项等六个方面汇报", 03): read as a list without a count (``_judge_uncounted``), the count after 等 included
FROM_LIST = re.compile(r"从([^从]{8,300}?)(等)?(?=\s*(?:[一二三四五六七八1-8]个?)?方面"
                       r"(?:予以|进行|作|来)?(?:整合)?(?:报告|汇报|公开|公布|总结))")


def _clause_start(said: str, end: int) -> int:
    """Where the clause holding position ``end`` begins: after the last "，,；;" before it."""
    return max(said.rfind(mark, 0, end) for mark in "，,；;") + 1


def _names_parts(m: re.Match[str]) -> bool:
    """Whether a list without a count names the report's parts at all: "本报告由千金乡人民政府根据《…》编制完成" (1067) says
    who made it, and a counted list of parts may follow ("内容包括…六部分"); an uncounted one after it is not judged (646's
    "全文包括总体情况主动公开政府信息情况…", its 、 lost, would read as four parts)."""
    items = [item for item in _ITEM_SPLIT.split(m.group(1)) if item.strip()]
    return (len(_named(items)) >= MIN_RECOGNISED or sum(bool(OLD_PARTS.search(item)) for item in items) >= MIN_OLD_PARTS
            or any(_ASPECT.match(re.sub(r"\s+", "", item)) for item in items))


# The parts named as what the report makes public ("现将…2021年度政府信息公开总体情况,主动公开政府信息情况,…,存在的主要问题
# 及改进情况公开如下", 645): a closed list (no 等) naming four or more parts is the report's outline
REPORTED_LIST = re.compile(r"(?:现将|特将|现就)(.{8,300}?)(?P<etc>等)?(?:工作)?(?:情况)?(?:公开|报告|公布|发布)如下")
MIN_REPORTED = 4


def _judge_reported(unit: Unit, sentence: str, m: re.Match[str]) -> list[Problem]:
    """S10 (a warning: the sentence says what is made public, not "本报告由…组成") on a "现将…公开如下" list naming four or
    five of the six parts and leaving the others out."""
    items = [item for item in _ITEM_SPLIT.split(m.group(1)) if item.strip()]
    named = _named(items)
    if m.group("etc") or not MIN_REPORTED <= len(named) < FORMAT_PARTS or any(OLD_PARTS.search(item) for item in items):
        return []
    return [Problem("S10", WARNING, _path(unit), f"引言列出报告的{len(named)}个部分，缺{_left_out(named)}"
                    f"（“{quote(sentence, 80)}”）", _FIX, "引言")]


def _judge_uncounted(unit: Unit, sentence: str, m: re.Match[str]) -> list[Problem]:
    """A list without a count: wrong when it names the old parts, or when it is closed (no 等) and leaves a
    part of the format out; a list ending in 等 names some parts only, by its own words, but one naming five of the
    six leaves the sixth out in all likelihood (a warning: 199-beidaihe's "…改进情况等部分组成"), unless it says
    there are six ("报告涵盖总体工作开展情况、…、其他需说明事项等六个部分", 156: one named in other words)."""
    six = bool(_SIX_AFTER.match(nfkc(sentence)[m.end():]))
    items = [item for item in _ITEM_SPLIT.split(m.group(1)) if item.strip()]
    # "总体概述" (440's 一) is 总体情况 in other words, not the old structure's 概述 (as in ``_old_names``)
    old = [hit.group() for item in items if (hit := OLD_PARTS.search(item)) and "总体" not in item]
    if len(old) >= MIN_OLD_PARTS:
        return [Problem("S10", ERROR, _path(unit),
                        f"引言所列的是2019年以前的年度报告结构（{'、'.join(old)}等，“{quote(sentence, 80)}”）",
                        "按现行格式（国办公开办函〔2021〕30号）的六个部分改写引言和正文", "引言")]
    aspects = [re.split(r"[(（]", item.strip())[0] for item in items if _ASPECT.match(re.sub(r"\s+", "", item)) and not _meanings(item)]
    if aspects:
        return [Problem("S10", WARNING, _path(unit), f"引言把“一、总体情况”的方面（{'、'.join(aspects)}）列为报告的内容"
                        f"（“{quote(sentence, 80)}”），统一格式的报告由六个部分组成", _ASPECTS_FIX, "引言")]
    named = _named(items)
    if len(named) == FORMAT_PARTS:
        return _old_names(unit, sentence, items) + _repeated(unit, sentence, items)
    count = _COUNT_AFTER.match(nfkc(sentence)[m.end():]) if m.group(2) == "等" else None
    if count and len(named) >= MIN_RECOGNISED and not old:
        return [_miscounted(unit, sentence, count.group(1), items, named)]
    if m.group(2) == "等" and len(named) >= MIN_RECOGNISED and not old and not six:
        # a list ending in 等 names some parts only, by its own words; but one naming three or more leaves the
        # others out in all likelihood (a warning: 199-beidaihe's "…改进情况等部分组成", 339, 484); one naming an
        # old part (概述) is the old structure's, judged as such
        return [Problem("S10", WARNING, _path(unit), f"引言列出报告的{len(named)}个部分后以“等”结束，未列"
                        f"{_left_out(named)}（“{quote(sentence, 80)}”）", _FIX, "引言")]
    if m.group(2) == "等" or len(named) < MIN_RECOGNISED:
        return []
    unread = _unread_titles(items)
    if len(unread) >= FORMAT_PARTS - len(named):  # each part left out may be an item in other words: a warning (810)
        return [Problem("S10", WARNING, _path(unit), f"引言所列的“{'”“'.join(unread)}”与统一格式的部分名称不同，未能对应"
                        f"{_left_out(named)}（“{quote(sentence, 80)}”）", _FIX, "引言")]
    return [Problem("S10", ERROR, _path(unit),
                    f"引言列出报告的{len(named)}个部分，缺{_left_out(named)}（“{quote(sentence, 80)}”）", _FIX, "引言")]


def _judge(unit: Unit, sentence: str, m: re.Match[str]) -> list[Problem]:
    said = m.group(3)
    stated = _NUMBERS.get(said) or int(said)
    items = _ITEM_SPLIT.split(m.group(1))
    named = _named(items)
    if len(named) < MIN_RECOGNISED:
        return []
    if stated != FORMAT_PARTS:
        return [_miscounted(unit, sentence, said, items, named)]
    if len(named) == FORMAT_PARTS:
        return _old_names(unit, sentence, items) + _repeated(unit, sentence, items)
    if m.group("etc") and _opening_parts(named):
        return []
    unread = _unread_titles(items)
    if len(unread) >= FORMAT_PARTS - len(named):  # each part left out may be an item in other words: a warning
        return [Problem("S10", WARNING, _path(unit), f"引言说报告由{said}部分组成，所列的“{'”“'.join(unread)}”与统一格式的"
                        f"部分名称不同，未能对应{_left_out(named)}（“{quote(sentence, 80)}”）", _FIX, "引言")]
    return [Problem("S10", ERROR, _path(unit), f"引言说报告由{said}部分组成，但只列出了{len(named)}部分，"
                    f"缺{_left_out(named)}（“{quote(sentence, 80)}”）", _FIX, "引言")]


def _old_names(unit: Unit, sentence: str, items: list[str]) -> list[Problem]:
    """The six parts listed, one of them under the old structure's name ("政府信息公开工作基本情况概述,…其他事项等六部分",
    828): a warning (two old names are the old structure's, an error, ``_judge_uncounted``)."""
    old = [hit.group() for item in items if (hit := OLD_PARTS.search(item)) and "总体" not in item]  # "总体情况概述" (225)
    return [Problem("S10", WARNING, _path(unit), f"引言所列的部分用了2019年以前年度报告的名称（{'、'.join(old)}，“{quote(sentence, 80)}”）",
                    "按现行格式写六个部分的名称：总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、"
                    "行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项", "引言")] if old else []


# an item read as no part that still reads as a part's title ("收到和处理政府信息公开情况", 申请 left out,
# 白银市平川区农业农村局 2025, a w26 page): it may name the part left out in other words
_TITLE_LIKE = re.compile(r"^.{4,}(?:情况|事项)$")


def _unread_titles(items: list[str]) -> list[str]:
    """The items of a list that name no part of the format but read as a part's title (an old part's excepted), or
    that open with a part's title and are read as another part ("收到和处理政府信息公开总体情况", 三's opening read as
    一 by its 总体情况, 810)."""
    plain = [re.sub(r"\s+", "", item) for item in items]
    return [item for item in plain if _TITLE_LIKE.match(item) and not OLD_PARTS.search(item)
            and (not _meanings(item) or _opens_other_title(item))]


TITLE_OPENING = 10  # an item opening with this much of a longer title ("收到和处理政府信息公…") is that title reworded


def _opens_other_title(item: str) -> bool:
    """Whether an item opens with a part's title (its first words) that is not among the parts it is read as."""
    found = _meanings(item)
    return any(n not in found and len(title) > TITLE_OPENING and item.startswith(title[:TITLE_OPENING])
               for n, title in enumerate(_TITLES, 1))


def _opening_parts(named: set[int]) -> bool:
    """An open list with the right count ("总体情况、主动公开…、收到和处理…申请情况等六个部分组成", 251-anhua): the first
    parts in order, two or more left out at the end, names some parts by its own words; a list naming five of the
    six ("…存在的问题及改进措施等六部分", 17) or skipping one inside ("…申请情况、存在问题…", 14) leaves one out."""
    return named == set(range(1, len(named) + 1)) and len(named) <= FORMAT_PARTS - 2


_FIX = "按统一格式列出全部六个部分，并确认正文确有这些部分"
_ASPECTS_FIX = "按统一格式列出报告的六个部分（总体情况至其他需要报告的事项）；主动公开、依申请公开、政府信息管理、平台建设、监督保障是“一、总体情况”分述的五个方面"


def _miscounted(unit: Unit, sentence: str, stated: str, items: list[str], named: set[int]) -> Problem:
    """S10 on a list that says the report has other than six parts ("…2022年工作思路、其他需要报告的事项等七个部分"):
    naming what it adds (items that are no part of the format) and what it leaves out."""
    extra = [item.strip() for item in items if item.strip() and not _meanings(item)]
    what = "".join([f"，多列了“{'”“'.join(extra[:2])}”" if extra else "",
                    f"，缺{_left_out(named)}" if len(named) < FORMAT_PARTS else ""]) or "，所列的正是这六个部分（部分数写错）"
    return Problem("S10", ERROR, _path(unit), f"引言说报告由{stated}个部分组成，统一格式为六个部分{what}（“{quote(sentence, 80)}”）",
                   f"按统一格式写为六个部分（{SIX_PARTS}），其他内容写入相应部分", "引言")
# the six parts as the format names them, for the messages
SIX_PARTS = "、".join(heading.split("、", 1)[1] for heading in SECTION_HEADINGS)
REPEAT_MIN = 6  # an item this long printed again inside another is a repeat, not two parts sharing a word


def _repeated(unit: Unit, sentence: str, items: list[str]) -> list[Problem]:
    """S10 (a warning) on a list naming all six parts that prints one of its items twice ("因政府信息公开工作被申请
    行政复议、因政府信息公开工作被申请行政复议和提起行政诉讼情况"): an editing slip, more items than parts."""
    plain = [re.sub(r"\s+", "", item) for item in items]
    for i, item in enumerate(plain):
        if len(item) >= REPEAT_MIN and any(item in other for j, other in enumerate(plain) if j != i):
            return [Problem("S10", WARNING, _path(unit), f"引言所列报告的部分中“{item}”重复出现（“{quote(sentence, 80)}”）",
                            f"删去重复的文字，按统一格式列出六个部分（{SIX_PARTS}）", "引言")]
    return []


def _named(items: list[str]) -> set[int]:
    """The parts a list names; an item naming none is read with the next one too, for a title printed with a 、 inside
    ("政府信息公开工作存在的主要问题、改进情况和其他需要报告的事项", 232-gaoping: 五 and 六)."""
    found = set().union(*(_meanings(item) for item in items))
    for item, after in zip(items, items[1:], strict=False):
        if item.strip() and not _meanings(item):
            found |= _meanings(item + "、" + after)
    return found


def _left_out(named: set[int]) -> str:
    return "、".join(f"“{SECTION_HEADINGS[n - 1]}”" for n in range(1, 7) if n not in named)


def _path(unit: Unit) -> str:
    return unit.slot if unit.slot.startswith("imported.") else "banks:intro"


REPEATED_FROM = 40  # an introduction paragraph this long printed again under 一 is a copy slip, not a shared phrase


def repeated_intro(facts: Facts) -> list[Problem]:
    """S10 (a warning): the introduction's paragraph printed again word for word as 一's first paragraph (402)."""
    sections = facts.imported.sections if facts.imported is not None else {}
    intro = [line.strip() for line in sections.get("intro", "").split("\n") if len(line.strip()) >= REPEATED_FROM]
    first = next((line.strip() for line in sections.get("overview", "").split("\n") if line.strip()), "")
    if first not in intro:
        return []
    return [Problem("S10", WARNING, "imported.sections.overview", f"引言“{quote(first, 40)}”在“一、总体情况”开头又原样出现一次",
                    "删去重复的一段：引言写在“一、总体情况”之前，总体情况写本年度工作", SECTION_HEADINGS[0])]
