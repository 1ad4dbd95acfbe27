"""What total a D4 breakdown breaks down (``checks.breakdowns`` judges the parts against it).

The figure before "其中" in its clause, with the totals joined to it ("行政复议案件6件和行政诉讼案件3件,其中…": their sum;
"受理申请10件、办结9件，其中…": stages, each its own), last year's carried over after this year's (both or either),
the figure before a change ("收到申请4件，比2022年减少1件，其中…"); for a sentence opening with "其中", the figure the
sentence before ends with; past a figure in a unit no list of information is counted in ("…整改政务公开相关问题10处,其中:
发布扶贫信息43条、…", 846), the published total the parts fit under; and whether the next sentence completes a list that
falls short.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from drafter.checks.breakdown_parts import MARK, PART, PUBLISHED, UNITS, clause_start, items_only, plain
from drafter.checks.units import sentences

_OPENING = re.compile(rf"^\s*[(（]?\s*{MARK}")  # "(其中概况类信息100条,…)" after the total's full stop (532)
# a count, also an approximate one ("8000余条"): the figure a "其中" sentence breaks down may be one (431)
_COUNT = re.compile(rf"(\d+)\s*(?:余|多)?({UNITS})")
_LAST_FIGURE = re.compile(rf"(\d+)\s*(?:余|多)?({UNITS})\s*。?$")


@functools.lru_cache(maxsize=16)
def _sentences_of(text: str) -> tuple[str, ...]:
    """The sentences of a unit's text, split once for all of its sentences (D4 looks at a sentence's neighbours)."""
    return tuple(sentences(text))


# last year's carried over opening a sentence whose 其中 list breaks down this year's and it together ("…共收到政府信息公开
# 申请5件。上年结转1件，其中予以公开4件，…"): this year's received figure, in the sentence before, is put in front
_CARRIED_OPENING = re.compile(r"\s*(?:上一?年度?|去年)(?:结转|转结|转入)[^，,；;。\d]{0,16}\d+件[，,]?\s*其中")
_RECEIVED = re.compile(r"(?:收到|受理|新收|接收)[^，,。；;\d]{0,20}?(\d+)件")


def _with_received_before(text: str, sentence: str) -> str:
    said = _sentences_of(text)
    at = said.index(sentence) if sentence in said else 0
    received = _RECEIVED.search(said[at - 1]) if at else None
    return f"{received.group(1)}件，{sentence}" if received else sentence


def with_total_before(text: str, sentence: str) -> str:
    """A sentence that opens with "其中" breaks down the figure the sentence before it ended with ("…全年累计主动
    公开政府信息162条。其中，乡镇文件公开41条…"), or its one published figure followed by words ("全年主动公开政府信息数
    465条,内容涉及年度财政预决算、…等多面内容。其中信息公开年度报告1条、…", 208): that figure, when counted in the unit
    of the first part and the only one so counted there, is put in front of it."""
    if _CARRIED_OPENING.match(sentence):
        return _with_received_before(text, sentence)
    if not _OPENING.match(sentence):
        return sentence
    before = sentence_before(text, sentence)
    first = _COUNT.search(sentence)
    last = (_LAST_FIGURE.search(before) or _published_figure(before, first)) if before and first else None
    if last is None or first is None or all(u != last.group(2) for _, u in _COUNT.findall(sentence)):
        return sentence  # "点击量达97269次。其中…343条"; a first part in another unit ("其中,政策文件9件,…23条", 361)
    if sum(u == last.group(2) for _, u in _COUNT.findall(before)) > 1:  # "发布信息500条，更新栏目20条。其中…"
        return sentence
    return f"{last.group(0).rstrip('。 ')}，{sentence}"


def words_before(text: str, sentence: str, said: str, start: int) -> str:
    """The words before a breakdown's total in its sentence: ``said`` up to ``start``, or the sentence before when
    ``said`` is a "其中" sentence with that sentence's figure put in front (``with_total_before``)."""
    if said == plain(sentence):
        return said[:start]
    return plain(sentence_before(text, sentence))


# a sentence of words alone between a total and the "其中" sentence breaking it down ("…累计主动公开政府信息463条,内容
# 涵盖…等多个领域。全方位展示了政府工作的重点与成效。其中发布公示公告8条、…", 935): one such sentence at most
_FIGURELESS = re.compile(r"[^\d]*")


def sentence_before(text: str, sentence: str) -> str:
    """The sentence whose figure a "其中" sentence breaks down: the one before it, or the one before that when the
    sentence between states no figure at all ("" when there is none)."""
    said = _sentences_of(text)
    at = said.index(sentence) if sentence in said else 0
    if at >= 2 and _FIGURELESS.fullmatch(said[at - 1]):
        return said[at - 2]
    return said[at - 1] if at else ""


def _published_figure(sentence: str, first: re.Match[str]) -> re.Match[str] | None:
    """The one figure of ``sentence`` in ``first``'s unit, when it is said to be published."""
    figures = [m for m in PART.finditer(sentence) if m.group(2) == first.group(2)]
    return figures[0] if len(figures) == 1 and PUBLISHED.search(sentence[:figures[0].start()]) else None


# totals joined before one mark ("行政复议案件6件和行政诉讼案件3件,其中…", 248): the parts are those of all of them
_JOINED_TOTAL = re.compile(rf"(\d+)({UNITS})(?:和|及|与|以及|、)[^\d，,。；;：:、]{{0,24}}$")



# … or two stages of the same applications joined by "、" ("受理申请10件、办结9件，其中…"): two totals, not one sum
_STAGE = re.compile(r"、\s*(?:共|已|均|累计|全部)?(?:办结|答复|办理|结转|转结|受理|收到|新收|接收|处理|予以)")
# … or last year's carried over in a clause of its own after this year's ("收到…申请9件,上年转结1件,其中网络申请数5件,
# 信函申请数5件", 309): the list may break down both (9 + 1) or either
_CARRIED_CLAUSE = re.compile(r"\s*(?:上一?年度?|去年)(?:结转|转结|转入)[^，,；;。\d]{0,16}$")


class Totals(NamedTuple):
    judged: list[int]  # the totals the message names (summed)
    alternatives: tuple[int, ...]  # what the parts may add up to
    ceiling: int  # parts above it exceed every reading


# the figure is a change against another year, not a total ("比2022年减少1件", "较上年增加5条", "同比增长3件")
_CHANGE = re.compile(r"(?:比|较|同比|环比|相比|与)[^，,。；;]{0,12}?(?:增加|减少|增长|下降|多|少|上升|持平)了?\s*$"
                     r"|(?:增加|减少|增长|下降|上升)了?\s*$")


def totals_of(said: str, match: re.Match[str]) -> Totals | None:
    """The total broken down, with the totals in its unit joined to it before it in its clause (6件和…3件, summed;
    "受理申请10件、办结9件", stages of the same things: each a total of its own) or last year's carried over after
    this year's ("…9件,上年转结1件,其中…": both or either)."""
    total = int(match.group(1))
    start = clause_start(said, match.start())
    totals, before, stages = [total], said[start:match.start()], False
    if _CHANGE.search(before):  # "收到申请4件，比2022年减少1件，其中…": the list breaks down the figure before the change
        return _before_change(said, start, before, match)
    while (joined := _JOINED_TOTAL.search(before)) and joined.group(2) == match.group(2):
        stages = stages or bool(_STAGE.match(before, joined.end(2)))
        totals.insert(0, int(joined.group(1)))
        before = before[:joined.start()]
    if stages:
        return Totals(totals[-1:], (sum(totals), *totals), max(totals))
    earlier = _figures(said, match, clause_start(said, start - 1), start)
    if len(totals) == 1 and _CARRIED_CLAUSE.fullmatch(before):
        if not (start and earlier):
            return None  # "上年结转1件，其中…" with this year's figure unread: what the list breaks down is unknown
        both = [int(earlier[-1].group(1)), total]
        return Totals(both, (sum(both), *both), sum(both))
    received = _received_before(said, start, before, match)
    # the clause before, counting the same things in the same unit ("办理简易案件28件,办理一般案件16件,其中行政处罚案件39件,
    # 行政案件5件", 978): the list may break down both, so their sum is one more reading (not a ceiling)
    siblings = (int(earlier[-1].group(1)) + sum(totals),) if len(earlier) == 1 else ()
    return Totals(totals, (sum(totals), total, *received, *siblings), max((sum(totals), *received)))


# a total of applications handled ("办结9件"): a list of applicants after it may break down the applications received
# earlier in the sentence ("收到申请10件，办结9件，其中自然人申请8件，法人申请2件")
_HANDLED = re.compile(r"办结|答复|办理完毕|处理完毕|已处理|已办理")


def _received_before(said: str, start: int, before: str, match: re.Match[str]) -> tuple[int, ...]:
    if not _HANDLED.search(before):
        return ()
    return tuple(int(m.group(1)) for m in _figures(said, match, 0, start))


def _figures(said: str, match: re.Match[str], begin: int, end: int) -> list[re.Match[str]]:
    """The counts of ``said[begin:end]`` in the unit of the total ``match``."""
    return [m for m in PART.finditer(said, begin, end) if m.group(2) == match.group(2)]


def _before_change(said: str, start: int, before: str, match: re.Match[str]) -> Totals | None:
    """The total a list after a change breaks down: the figure the change is joined to in its clause ("收到申请5件、
    较上年增加2件，其中…"), else the last one of the clause before ("收到申请4件，比2022年减少1件，其中…")."""
    joined = _JOINED_TOTAL.search(before)
    if joined and joined.group(2) == match.group(2):
        figure = int(joined.group(1))
    else:
        earlier = _figures(said, match, clause_start(said, start - 1), start)
        if not earlier or _JOINED_TOTAL.search(before):
            return None
        figure = int(earlier[-1].group(1))
    # any figure of the sentence before the change may be the one broken down ("收到申请10件，办结9件，较上年增加2件，其中…")
    others = tuple(int(m.group(1)) for m in _figures(said, match, 0, start))
    return Totals([figure], (figure, int(match.group(1)), *others), max((figure, *others)))


def completed_after(text: str, sentence: str, unit_word: str, short: int) -> bool:
    """The list goes on in the next sentence: its first figures in the total's unit make up what the list falls
    ``short`` of ("…其中:…动态105条。通过公示栏张贴公开信息71条。", 223)."""
    said = _sentences_of(text)
    at = said.index(sentence) + 1 if sentence in said else len(said)
    running = 0
    for m in PART.finditer(plain(said[at]) if at < len(said) else ""):
        if m.group(2) == unit_word:
            running += int(m.group(1))
            if running >= short:
                return running == short
    return False


def items_after(text: str, sentence: str, unit_word: str) -> int | None:
    """The list goes on after its full stop with items alone, their counts in the total's unit or printed without
    one ("…文件、总结及其他信息78条,机构信息16条。财政信息3。", 663): their sum, else None."""
    said = _sentences_of(text)
    at = said.index(sentence) + 1 if sentence in said else len(said)
    return items_only(plain(said[at]), unit_word) if at < len(said) else None


# "其中" right after a figure in a unit no count of information is in ("整改政务公开相关问题10处,其中:发布扶贫信息43条、…"):
# the list is not that figure's
_FOREIGN_MARK = re.compile(rf"\d+\s*(?:处|项|个百分点|人次|人|家|场|期|份)[，,]?\s*(?={MARK})")


def past_foreign_figure(said: str) -> tuple[str, str, int] | None:
    """A "其中" list of information (two parts or more, all in 条 or 篇) after a figure in another unit (846): the
    sentence with the clauses between its total and the mark left out, the original span they made (for the
    message) and where the total ends, or None. The total is the nearest figure before in the parts' unit said to be published that the parts
    do not exceed (a smaller one, "依申请公开信息0条", cannot be theirs); nearer figures in that unit must all be
    smaller than the parts together, else which one the list breaks down is unknown."""
    m = _FOREIGN_MARK.search(said)
    if m is None:
        return None
    rest = said[m.end():]
    top = rest[:min((i for i in (rest.find(c) for c in "；;。") if i >= 0), default=len(rest))]
    parts = [(int(n), u) for n, u in PART.findall(top)]
    if len(parts) < 2 or parts[0][1] not in ("条", "篇") or any(u != parts[0][1] for _, u in parts):
        return None
    listed = sum(n for n, _ in parts)
    for figure in reversed([f for f in PART.finditer(said, 0, m.start()) if f.group(2) == parts[0][1]]):
        if int(figure.group(1)) < listed:
            continue
        clause = said[clause_start(said, figure.start()):figure.start()]
        if not PUBLISHED.search(clause):
            return None
        mark = re.match(MARK, said[m.end():])
        shown = said[clause_start(said, figure.start()):m.end() + (mark.end() if mark else 0)]
        return f"{said[:figure.end()]}，{said[m.end():]}", shown, figure.end()
    return None
