"""D4 warnings on lists tied loosely to their total (``checks.breakdowns`` judges the marked ones):

- a total of information followed at once, without a mark, by three items or more, each a name and its count in the
  total's unit ("本年度我局…累计公布信息69条,工作动态61条,运输管理5条,建设管理3条,航务管理1条,依申请公开事项办结1件",
  1014): nothing says they are all of it, but parts that together exceed it cannot all be its parts;
- a "其中" sentence after a sentence stating several totals in the parts' unit ("…通过政府网站公开政府信息754条,通过政务
  新媒体公开政府信息2808条,通过其他方式公开政府信息54条。其中,…微信公众号发布信息1205条、微博12984条、…", 994):
  which total the list breaks down is not said, but parts exceeding all of them together fit none.

Both are warnings: the parts exceed what they are said or seem to break down, but the words do not say they are its
parts.
"""

from __future__ import annotations

import re

from drafter.checks.breakdown_parts import (
    CHANNEL_NAME,
    MARK,
    PART,
    PUBLISHED,
    clause_start,
    list_only,
    plain,
    top_level,
)
from drafter.checks.breakdown_totals import sentence_before
from drafter.checks.problem import WARNING, Problem
from drafter.checks.units import Unit, locate, quote
from drafter.facts.model import Facts

# a total of information with a clause after it, no mark between, said of information as such ("累计公布信息69条",
# "发布各类信息13条"), not of one kind of it ("公开年报2条,财政预决算2条,…", 234: the list's first item)
_RUN_TOTAL = re.compile(r"(?:公开|发布|公布|更新)(?:各类|各项|政府|政务|相关)*(?:信息|稿件)(?:总?数|总量)?"
                        r"(?:共计?|达|为|合计)?\s*(\d+)(条|篇)(?=\s*[，,])")
# one item of the run: a name (no figure, no verb) and its count
_RUN_ITEM = re.compile(r"\s*[，,、]\s*([^，,。；;、：:\d]{2,24}?)(\d+)(条|篇)(?=\s*(?:[，,、。；;]|$))")
# a name that does something, or compares, is no item of a list ("依申请公开事项办结1件", "县长信箱回复5条", "同比增加3条"),
# nor one of a channel ("局官网发布信息764条,微信公众号2841条,微博2465条", 540: each channel's own figure)
_NOT_A_NAME = re.compile(rf"{MARK}|{CHANNEL_NAME}|通过|依托|利用|借助|开展|受理|办理|办结|回复|答复|处理|收到|接到|发布|公开|公布|推送|更新|"
                         r"转载|累计|共计|合计|总计|全年|同比|较|增|减|比|占|访问|浏览|点击|阅读|其[他它余]")
MIN_ITEMS = 3


def d4_run(facts: Facts, unit: Unit, sentence: str) -> list[Problem]:
    """D4 (a warning) on a run of three items or more after a published total, without a mark, that exceeds it."""
    said = plain(sentence)
    problems = []
    for match in _RUN_TOTAL.finditer(said):
        if re.search(MARK, said[clause_start(said, match.start()):match.start()]):
            continue
        items, at = [], match.end()
        while (item := _RUN_ITEM.match(said, at)) and item.group(3) == match.group(2) \
                and not _NOT_A_NAME.search(item.group(1)):
            items.append(int(item.group(2)))
            at = item.end()
        total = int(match.group(1))
        if len(items) >= MIN_ITEMS and sum(items) > total:
            problems.append(_warning(facts, unit, sentence,
                                     f"正文“{quote(said[clause_start(said, match.start()):at])}”中总数之后所列各项",
                                     items, match.group(2), f"总数{total}{match.group(2)}", total))
    return problems


def d4_after_several(facts: Facts, unit: Unit, sentence: str) -> list[Problem]:
    """D4 (a warning) on a sentence opening with "其中" after one stating several published totals in its parts'
    unit: the parts together exceed the sum of all of them."""
    said = plain(sentence)
    mark = re.match(rf"\s*[(（]?\s*{MARK}[，,：:]?", said)
    if mark is None:
        return []
    top = list_only(top_level(said[mark.end():])[0])
    parts = [(int(n), u) for n, u in PART.findall(top)]
    if len(parts) < 2 or any(u != parts[0][1] for _, u in parts) or parts[0][1] not in ("条", "篇"):
        return []
    before = plain(sentence_before(unit.text, sentence))
    totals = [m for m in PART.finditer(before) if m.group(2) == parts[0][1]]
    if len(totals) < 2 or not all(PUBLISHED.search(before[clause_start(before, m.start()):m.start()])
                                  for m in totals):
        return []
    listed, stated = sum(n for n, _ in parts), sum(int(m.group(1)) for m in totals)
    if listed <= stated:
        return []
    return [_warning(facts, unit, sentence, f"正文“{quote(said)}”所列各项", [n for n, _ in parts], parts[0][1],
                     f"上一句所列各数之和{stated}{parts[0][1]}（{'+'.join(m.group(1) for m in totals)}）", stated)]


def _warning(facts: Facts, unit: Unit, sentence: str, what: str, parts: list[int], unit_word: str, against: str,
             total: int) -> Problem:
    listed = sum(parts)
    return Problem(
        "D4", WARNING, locate(facts, sentence, unit.slot, ""),
        f"{what}之和为{listed}{unit_word}（{'+'.join(map(str, parts))}），超过{against}，相差{listed - total}{unit_word}",
        "核对总数与各分项：各分项之和不应超过总数；如分项不属于该总数，请分句写明",
        "一、总体情况" if unit.section == 1 else "")
