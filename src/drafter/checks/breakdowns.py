"""D4 on the text: a total against the parts it is broken into.

"主动公开政府信息2602条，其中…" or "2602条(其中…)" (in brackets the parts end at the closing bracket), also
introduced by 包括/具体包括/分别为/涵盖, and the list that follows its total without any word
("主动公开政府信息364条，人事信息17条，…，其他应主动公开的政府信息19条"): such a list is read as a breakdown
only when it closes with "其他…" (the rest), only for counts of information (条/篇), never of applications, and only
when the total counts information in general, not one kind beside the others ("主动发布工作动态65条,公布通知公告14条,
其他信息8条").
A part's own breakdown in brackets ("201个(包括…16个)") is not a part, nor one after a second mark ("微信公众号
2443条，其中乡村振兴228条、…"): only the parts before it are the total's, and they are judged only when they alone
exceed it. A part whose count is printed without its unit ("…类信息 45,") leaves the sum unknown: the list is
judged only when the other parts alone exceed the total. A list may run on over "；", but a clause after "；" that
publishes a total of its own with its own list is a new breakdown ("…102条；发布法定主动公开内容1条，包括…"). The
first parts reaching the total are its sum when the sentence goes on to other figures, not when the next part is
joined to them as one more item ("包括机构概况1条，以及…信息2条", "…1条、…2条"). Totals joined before one mark
("行政复议案件6件和行政诉讼案件3件,其中…") are broken down together: the parts add up to their sum or to the last. An
item's figure in another unit before its count in the total's unit ("政务微信公开269次<天>1189条") is no part
(what a part is: ``checks.breakdown_parts``). A breakdown whose parts exceed the total, or that lists "其他", is
complete: not adding up is an error when the list is plain (``_ambiguous``: no channel publishing after a "；" or as
a part, applications' outcomes with last year's carried over stated).

The standard (the truths' too, tests/realworld/README.md "Files"): parts exceeding their total, or a list counting the
rest ("其他…N条") that does not add up, is an error; a plain "其中"/"包括" list of the total's kinds that falls short,
with no 其他 and no 等, is a warning however many kinds it names and however close its sum comes ("其中" does not say
the list is whole: a kind left out and a slip read alike); a short list that says itself it is not all (closing with
等, the rest named without a count) or whose parts are not the total's kinds (all in one other count word, channels,
follow-ups, nested kinds: ``checks.breakdown_some``) is no D4 at all.

The sentence a copy cut short stops inside (``d4_unfinished``) is judged only when the parts printed before the
cut, in the total's unit, already exceed the total: later parts can only add to them.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from drafter.checks.breakdown_loose import d4_after_several, d4_run
from drafter.checks.breakdown_parts import (
    APPROXIMATE,
    ETC_END,
    JOINED,
    KIND,
    MARK,
    OTHER_PART,
    OTHERS_COUNTED,
    PART,
    PUBLISHED,
    REST,
    UNITS,
    bare_counts,
    clause_start,
    goes_on,
    item_counts,
    list_only,
    new_statement,
    plain,
    reached,
    top_level,
    unmarked_nested_sums,
)
from drafter.checks.breakdown_some import some_only
from drafter.checks.breakdown_totals import (
    completed_after,
    items_after,
    past_foreign_figure,
    totals_of,
    with_total_before,
    words_before,
)
from drafter.checks.problem import ERROR, WARNING, Problem
from drafter.checks.units import Unit, locate, quote
from drafter.facts.model import Facts

# the mark may follow a word for what is listed ("通过网站公开信息346条,内容包括日常工作情况240条、…", 721), and the
# count the word for what it counts ("总共发布12条信息,其中政府信息公开指南1条,…", 982)
BREAKDOWN = re.compile(rf"(\d+)({UNITS})(?:(?:政府|政务|各类)?信息)?[，,]?\s*(?:[(（]{MARK}[，,：:]?([^()（）。；]*)"
                       rf"|(?:(?:主要|具体)?内容)?{MARK}[，,：:]?([^。；]*))")
# a total of information followed at once by "label N条" items, the last "其他…N条"
LISTED = re.compile(rf"(?<![\d.])(\d+)(条|篇)[，,：:](?!\s*{MARK})((?:[^，,。；;、：:\d]{{2,24}}?\d+\2[，,、；;])+"
                    r"其[他它][^，,。；;、：:\d]{0,24}?\d+\2)")
# a total whose parts follow without a word saying they are all of it: in brackets ("16642条(概况类194条、…)"), after a
# colon ("171条:基层政务公开领域信息124条,…") or "含" ("13件(含新制定5件,…)"); judged only when the parts exceed
# the total or list "其他" (they may be only the main ones), and only in the total's unit
UNMARKED = re.compile(rf"(?<![\d.])(\d+)(条|篇|件|个)\s*(?:[(（](?!\s*{MARK})\s*含?([^()（）。；]*)[)）]"
                      rf"|[：:](?!\s*{MARK})([^。；]*)|[，,]\s*含(?![金量义税])([^。；]*))")
# a list closing with 等 ("…11条等", "…20余条等"), and the rest named without a count ("其他栏目信息均按照…发布", 295)
_ETC = re.compile(r"等\s*[)）]?\s*$")
_REST_UNCOUNTED = re.compile(r"其[他它][^，,、；;。\d]{0,16}?(?:均|都|也|已|皆|按)")
# a total printed as approximate ("近50条", "约300条"): parts falling short of it say nothing
_APPROXIMATE_TOTAL = re.compile(r"(?:近|约|逾|超过?|将近|大约)\s*$")
_NOT_PARTS = re.compile(r"20\d\d|上年|去年|同比|较|增|减|比|占|以上|以下")
# the total of a list without a mark is of information in general ("主动公开政府信息364条", 49), not of one kind: in "主动发布
# 工作动态65条,公布通知公告14条,其他信息8条" (1174) and "累计公开政策文件51条,计划规划40条,…" (1217) the first figure is
# one kind beside the others, and "其他" the rest of all of them
_GENERIC_TOTAL = re.compile(r"(?:公开|发布|公布)了?(?:各类|各项)?(?:政府|政务)?信息(?:共计|总计|合计|累计|共|达|为)?\s*$")
# figures side by side, each by its own channel ("通过政府网站公开政府信息数216条,通过微信公开…22条,其他方式公开…299条",
# 229): the first is one channel's, not the total of the others
_CHANNEL = re.compile(r"\s*(?:通过|利用|经由|在)")


def d4(facts: Facts, ctx: dict[str, Any], unit: Unit, sentence: str) -> list[Problem]:
    said = plain(with_total_before(unit.text, sentence))
    problems, spans = [], []
    for match in _breakdowns(said):
        rest = match.group(3) if match.group(3) is not None else match.group(4)
        spans.append(match.span())
        problems += _judge(facts, unit, sentence, said, match, rest, f"“{_mark(said, match)}”所列各项")
    for match in LISTED.finditer(said):
        clause = said[clause_start(said, match.start()):match.start()]
        if PUBLISHED.search(clause) and _GENERIC_TOTAL.search(clause) and not re.search(MARK, clause) \
                and not _CHANNEL.match(match.group(3)) and not any(a <= match.start() < b for a, b in spans):
            spans.append(match.span())
            problems += _judge(facts, unit, sentence, said, match, match.group(3), "其后所列各项")
    if not problems:
        problems += _approximate(facts, unit, sentence, said)
    if not problems:  # lists tied loosely to their total: parts exceeding it, a warning
        problems += d4_run(facts, unit, sentence) + d4_after_several(facts, unit, sentence)
    if not problems and (past := past_foreign_figure(said)):  # "…10处,其中:…43条、…" (846): at most a warning
        joined, shown, at = past
        for match in (m for m in _breakdowns(joined) if m.end(2) == at):
            rest = match.group(3) if match.group(3) is not None else match.group(4)
            problems += [dataclasses.replace(p, severity=WARNING) for p in _judge(
                facts, unit, sentence, joined, match, rest, f"“{_mark(joined, match)}”所列各项", shown)]
    for match in UNMARKED.finditer(said):
        rest = next(g for g in match.groups()[2:] if g is not None)
        if not any(a <= match.start() < b for a, b in spans) and _unmarked_parts(match.group(2), rest):
            problems += [p for p in _judge(facts, unit, sentence, said, match, rest, "其后所列各项")
                         if p.severity == ERROR]
    return problems


def _unmarked_parts(unit_word: str, rest: str) -> bool:
    """The words after a total without a mark are its parts: figures in its unit only, no year, rate or change."""
    top, _ = top_level(rest)
    return not _NOT_PARTS.search(top) and all(u == unit_word for _, u in PART.findall(top))


def d4_unfinished(facts: Facts, ctx: dict[str, Any], unit: Unit, sentence: str) -> list[Problem]:
    """D4 on the sentence a copy cut short stops inside: a "其中" breakdown whose parts, all in the total's unit,
    already exceed the total before the cut (``sentence`` is that unfinished sentence, the last of ``unit``)."""
    said = plain(with_total_before(unit.text, sentence))
    problems = []
    for match in _breakdowns(said):
        rest = match.group(3) if match.group(3) is not None else match.group(4)
        top, _ = top_level(rest)
        parts = [(int(n), u) for n, u in PART.findall(top)]
        if all(u == match.group(2) for _, u in parts) and sum(n for n, _ in parts) > int(match.group(1)):
            problems += _judge(facts, unit, sentence, said, match, rest,
                               f"“{_mark(said, match)}”所列各项（原文在此句中断）")
    return problems


# a clause after "；" that publishes a total of its own and breaks it down ("…102条；发布法定主动公开内容1条，包括…"):
# a new breakdown, not more parts of the one before (whose lists may run on over "；": 121)
_NEW_TOTAL = re.compile(rf"[；;](?=[^；;，,。]*?(?:公开|发布|公布)[^；;，,。]*?\d+(?:{UNITS})[，,]?\s*{MARK})")


def _breakdowns(said: str) -> list[re.Match[str]]:
    """The breakdowns of ``said``, each ending where a clause with a new total of its own begins."""
    ends = [m.start() for m in _NEW_TOTAL.finditer(said)] + [len(said)]
    starts = [0] + [end + 1 for end in ends[:-1]]
    return [m for a, b in zip(starts, ends, strict=True) for m in BREAKDOWN.finditer(said, a, b)]


def _mark(said: str, match: re.Match[str]) -> str:
    found = re.search(MARK, said[match.start():match.end()])
    return found.group() if found else "其中"


def _judge(facts: Facts, unit: Unit, sentence: str, said: str, match: re.Match[str], rest: str,
           what: str, shown: str = "") -> list[Problem]:
    found_totals, unit_word = totals_of(said, match), match.group(2)
    if found_totals is None:
        return []
    top, nested = top_level(rest)
    top = list_only(top)
    found = item_counts(top, unit_word)
    parts = [(int(m.group(1)), m.group(2)) for m in found]
    joined = [bool(JOINED.match(top[a.end():b.start()])) for a, b in zip(found, found[1:], strict=False)]
    at = [i for t in found_totals.alternatives if (i := reached(t, [n for n, _ in parts], joined)) is not None]
    # the first parts reaching the total while the list goes on with more items of its kind: a warning at most (339)
    if len(parts) < 2 or at and (not goes_on(top[found[min(at)].end():], unit_word, int(match.group(1)))
                                 or new_statement(top[found[0].end():found[min(at)].end()],
                                                  top[found[min(at)].end():])):
        return []
    # parts counting other things than the total ("其中，新增公开栏目2个，政策文件30条…" under 120条: 栏目, 活动 次) are
    # not its parts: the list adds up without them, and with them it is never sure enough for an error
    kind = KIND.get(unit_word, unit_word)
    foreign = [n for n, u in parts if KIND.get(u, u) != kind]
    own = [n for n, u in parts if KIND.get(u, u) == kind]
    if foreign and own and any(sum(own) == t for t in found_totals.alternatives):
        return []
    listed, ceiling, totals = sum(n for n, _ in parts), found_totals.ceiling, found_totals.judged
    total = sum(totals)
    # one part of the total's kind among parts counting other things ("其中重点领域信息584条,举办在线访谈5次,开展意见征集
    # 10次", 636): a subset named with activities, no breakdown, unless it alone exceeds the total
    if foreign and len(own) < 2 and sum(own) <= total:
        return []
    if any(listed == t for t in found_totals.alternatives):
        return []  # the first parts reached the total and the list went on with a part of 0 ("…发布0条", 538)
    if any(t in found_totals.alternatives for t in unmarked_nested_sums([n for n, _ in parts])):
        return []  # a part broken down in the list itself (536)
    if listed < total and _APPROXIMATE_TOTAL.search(said, 0, match.start()):
        return []  # "…林业动态近50条,其中学习强国平台9篇、…" (832): some outlets of a rough total
    bare = sum(bare_counts(top))  # a part without its unit may be what is missing (150), unless the sum stays short
    if bare and any(listed + bare == t for t in found_totals.alternatives):
        return []
    if listed <= total and (bare and listed + bare > total or nested or REST.search(top)):
        return []  # the total's parts may go on after a nested list
    if listed > total and "分别计" in sentence or listed < total and completed_after(unit.text, sentence, unit_word,
                                                                                      total - listed):
        return []
    other = sum(int(n) for n, _ in OTHER_PART.findall(top))  # "征集调查16期" (337), "文件5份" (191)
    if other and any(listed + other == t for t in found_totals.alternatives):
        return []
    # the list goes on after its full stop with items alone ("…机构信息16条。财政信息3。", 663): whole with them, or
    # not whole without them (a warning at most)
    more = items_after(unit.text, sentence, unit_word) if listed < total else None
    if more is not None and any(listed + more == t for t in found_totals.alternatives):
        return []
    # a short list that names some of the total's parts only, by what they are (a review after some applications, some
    # channels of a total published through several, kinds nested in one another), unless it counts the rest (其他)
    if listed < total and not OTHERS_COUNTED.search(top) \
            and some_only(words_before(unit.text, sentence, said, match.start()), top, found, unit_word):
        return []
    # a short list that says itself it is not all of the total: it closes with 等 ("…公开人事任免信息11条等", 157;
    # "…重点工作信息20余条等", 853), names the rest without a count ("…惠民惠农108条,其他栏目信息均按照时间节点及时发布",
    # 295), or counts other things than the total's items ("主动公开各类政府信息6238条,其中规范性文件3件,其他文件28件",
    # 546: every part a document in 件 among information in 条 or 篇): no D4, not even a warning
    documents = unit_word in ("条", "篇") and {u for _, u in parts} == {"件"}
    if listed < total and (_ETC.search(top) or _REST_UNCOUNTED.search(top) and not OTHERS_COUNTED.search(top)
                           or documents):
        return []
    # "…其他文件共51条等": a list closing with 等 may leave things out, even after "其他"; it never exceeds its total.
    # A part in another count unit (期, 份) leaves "其他" making the list whole only when the list falls short of the
    # total (or exceeds it) with that part and without it alike
    sure = not (foreign or at or bare and listed <= total or APPROXIMATE.search(top)
                or more is not None or _ambiguous(top, unit_word, found_totals.judged, sentence))
    exhaustive = sure and (listed > ceiling or (bool(OTHERS_COUNTED.search(top)) and not ETC_END.search(top)
                                                and (listed > total or listed + other < total)))
    units_used = sorted({unit_word, *(u for _, u in parts)})
    mixed = f"（单位“{'”“'.join(units_used)}”混用，宜统一）" if len(units_used) > 1 else ""
    mixed += f"（另有以其他单位计的分项共{other}未计入）" if other else ""
    default = "overview.proactive.total" if unit.slot == "overview.proactive" else ""
    clause = shown or said[clause_start(said, match.start()):match.end()]
    return [Problem(
        "D4", ERROR if exhaustive else WARNING, locate(facts, sentence, unit.slot, default),
        f"正文“{quote(clause)}”中总数为{total}{unit_word}{_sum_of(totals)}，而{what}之和为{listed}"
        f"（{'+'.join(str(n) for n, _ in parts)}），相差{abs(total - listed)}{unit_word}{mixed}",
        "使总数等于各分项之和；如另有未列出的部分，写明“其他N条”"
        + ("（在 overview.proactive.channels 中补一项，或改正 total）" if default else ""),
        "一、总体情况" if unit.section == 1 else "")]


# a D4 is an error only when the list is plain (review of the unseen sets' false errors): no clause after a "；"
# with a count in the total's unit publishing or naming a channel (another channel's figures may follow: 310, 311, 333, 369), no part published through a channel of its own
# ("乡镇文件公开41条,通过…微信公众号发布信息293篇", 73), and applications broken down by outcome only when last year's
# carried over is stated (the outcomes cover those too: "收到并办理…47件,其中,予以公开8件,…无法提供32件,结转下年度…9件",
# 610)
_PUBLISHING = re.compile(r"发布|推送|更新|转载|刊发|通过|微信|微博|公众号|网站|门户|抖音|头条|客户端")
_OWN_CHANNEL_PART = re.compile(r"[，,、；;:：]\s*(?:通过|依托|利用|借助)")
_OUTCOMES = re.compile(r"予以公开|部分公开|不予公开|无法提供|不予处理|办结|答复|结转下")
_CARRIED_STATED = re.compile(r"(?:上一?年度?|去年)(?:结转|转结|转入)|结转上一?年度?")


def _ambiguous(top: str, unit_word: str, judged: list[int], sentence: str) -> bool:
    after = [clause for clause in re.split("[；;]", top)[1:] if re.search(rf"[1-9]\d*{unit_word}", clause)]
    if any(_PUBLISHING.search(clause) for clause in after) or _OWN_CHANNEL_PART.search(f"，{top}"):
        return True
    return unit_word == "件" and len(judged) == 1 and bool(_OUTCOMES.search(top)) \
        and not _CARRIED_STATED.search(sentence)


def _sum_of(totals: list[int]) -> str:
    return f"（{'+'.join(map(str, totals))}）" if len(totals) > 1 else ""


# a breakdown with approximate figures ("8000余条。其中:…6500余条,…600余条,…2000余条", 431)
APPROXIMATE_BREAKDOWN = re.compile(rf"(?<![\d,])(\d+)\s*(余|多)?\s*({UNITS})[，,]?\s*[(（]?{MARK}[，,：:]?([^。]*)")
_APPROXIMATE_PART = re.compile(rf"(\d+)\s*(余|多)?\s*({UNITS})")


def _approximate(facts: Facts, unit: Unit, sentence: str, said: str) -> list[Problem]:
    """D4 (a warning) on a breakdown with approximate figures: the parts' least values together reach past the most
    the total may stand for ("8000余" is under 9000, "6500余" at least 6500)."""
    problems = []
    for match in APPROXIMATE_BREAKDOWN.finditer(said):
        top = list_only(top_level(match.group(4))[0])
        parts = [m for m in _APPROXIMATE_PART.finditer(top) if m.group(3) == match.group(3)]
        if len(parts) < 2 or not (match.group(2) or any(m.group(2) for m in parts)):
            continue
        total, least = int(match.group(1)), sum(int(m.group(1)) for m in parts)
        zeros = len(match.group(1)) - len(match.group(1).rstrip("0"))
        most = total + 10 ** zeros - 1 if match.group(2) else total
        if least > most:
            figure = f"{match.group(1)}{match.group(2) or ''}{match.group(3)}"
            problems.append(Problem(
                "D4", WARNING, locate(facts, sentence, unit.slot, ""),
                f"正文中总数为“{figure}”，而所列各项至少为{least}{match.group(3)}"
                f"（{'+'.join(m.group(0) for m in parts)}），超过了总数", "使总数与各分项一致",
                "一、总体情况" if unit.section == 1 else ""))
    return problems

