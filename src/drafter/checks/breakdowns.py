"""D4 on the text: a total against the parts it is broken into.

"主动公开政府信息2602条，其中…" or "2602条(其中…)" (in brackets the parts end at the closing bracket), also
introduced by 包括/具体包括/分别为/涵盖, and the list that follows its total without any word
("主动公开政府信息364条，人事信息17条，…，其他应主动公开的政府信息19条"): such a list is read as a breakdown
only when it closes with "其他…" (the rest), and only for counts of information (条/篇), never of applications.
A part's own breakdown in brackets ("201个(包括…16个)") is not a part, nor one after a second mark ("微信公众号
2443条，其中乡村振兴228条、…"): only the parts before it are the total's, and they are judged only when they alone
exceed it. A part whose count is printed without its unit ("…类信息 45,") leaves the sum unknown: the list is
judged only when the other parts alone exceed the total. A list may run on over "；", but a clause after "；" that
publishes a total of its own with its own list is a new breakdown ("…102条；发布法定主动公开内容1条，包括…"). The
first parts reaching the total are its sum when the sentence goes on to other figures, not when the next part is
joined to them as one more item ("包括机构概况1条，以及…信息2条", "…1条、…2条"). Totals joined before one mark
("行政复议案件6件和行政诉讼案件3件,其中…") are broken down together: the parts add up to their sum or to the last. An
item's figure in another unit before its count in the total's unit ("政务微信公开269次<天>1189条") is no part. A breakdown whose parts exceed the total, or that lists
"其他", is complete: not adding up is an error; a "其中" list that falls short may leave things out (a warning).

The sentence a copy cut short stops inside (``d4_unfinished``) is judged only when the parts printed before the
cut, in the total's unit, already exceed the total: later parts can only add to them.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from drafter.checks.problem import ERROR, WARNING, Problem
from drafter.checks.units import Unit, locate, quote, sentences
from drafter.facts.model import Facts

# "其中包括…" is one mark (358), not a 其中 whose list opens with a second mark
_MARK = r"(?:其中[，,：:]?\s*(?:主要|具体)?包括|其中|具体包括|主要包括|包括|包含|具体为|分别为|分别是|涵盖)"
# what a count of information or applications is counted in (a part's unit, a total's)
_UNITS = "条|篇|件|个|次"
BREAKDOWN = re.compile(rf"(\d+)({_UNITS})[，,]?\s*(?:[(（]{_MARK}[，,：:]?([^()（）。；]*)|{_MARK}[，,：:]?([^。；]*))")
PART = re.compile(rf"(\d+)({_UNITS})")
# a total of information followed at once by "label N条" items, the last "其他…N条"
LISTED = re.compile(rf"(?<![\d.])(\d+)(条|篇)[，,：:](?!\s*{_MARK})((?:[^，,。；;、：:\d]{{2,24}}?\d+\2[，,、；;])+"
                    r"其[他它][^，,。；;、：:\d]{0,24}?\d+\2)")
# a total whose parts follow without a word saying they are all of it: in brackets ("16642条(概况类194条、…)"), after a
# colon ("171条:基层政务公开领域信息124条,…") or "含" ("13件(含新制定5件,…)"); judged only when the parts exceed
# the total or list "其他" (they may be only the main ones), and only in the total's unit
UNMARKED = re.compile(rf"(?<![\d.])(\d+)(条|篇|件|个)\s*(?:[(（](?!\s*{_MARK})\s*含?([^()（）。；]*)[)）]"
                      rf"|[：:](?!\s*{_MARK})([^。；]*)|[，,]\s*含(?![金量义税])([^。；]*))")
_NOT_PARTS = re.compile(r"20\d\d|上年|去年|同比|较|增|减|比|占|以上|以下")
# figures side by side, each by its own channel ("通过政府网站公开政府信息数216条,通过微信公开…22条,其他方式公开…299条",
# 229): the first is one channel's, not the total of the others
_CHANNEL = re.compile(r"\s*(?:通过|利用|经由|在)")
_PUBLISHED = re.compile(r"公开|发布|公布")
_OPENING = re.compile(rf"^\s*{_MARK}")
_LAST_FIGURE = re.compile(rf"(\d+)({_UNITS})\s*。?$")


# a part's own breakdown in brackets ("解读产品201个(包括动漫短视频解读16个)"), or any bracket right after a part's
# count ("局长信箱268条(含投诉建议14条,回复率100%)", 176): counted in the part, never a sibling part
_NESTED = re.compile(rf"[(（]\s*{_MARK}[^()（）]*[)）]|(?<={_UNITS})\s*[(（][^()（）]*[)）]")
# a part's count printed without its unit ("国土资源…类信息 45,其他类4条"): the sum of the parts is unknown
_BARE_COUNT = re.compile(r"[^\d.%％]\s*\d+\s*(?=[，,、；;]|$)")
# the next part joined to the one before as one more item of the same list: "…1条，以及“三公”经费…2条", "…1条、…"
_JOINED = re.compile(r"\s*(?:、|[，,]?\s*(?:以及|及(?![时早])|还有))")
_ETC_END = re.compile(rf"\d+\s*(?:{_UNITS})\s*等\s*[)）]?\s*$")
_SPACED_UNIT = re.compile(rf"(\d)[ \u3000\xa0]+({_UNITS})")  # "决算信息4 条": the count is still 4条
_THOUSANDS = re.compile(rf"(?<![\d,])(\d{{1,3}}),(\d{{3}})(?=(?:{_UNITS}))")  # "1,200条" is 1200条


def _plain(said: str) -> str:
    return _THOUSANDS.sub(r"\1\2", _SPACED_UNIT.sub(r"\1\2", said))


def d4(facts: Facts, ctx: dict[str, Any], unit: Unit, sentence: str) -> list[Problem]:
    said = _plain(_with_total_before(unit.text, sentence))
    problems, spans = [], []
    for match in _breakdowns(said):
        rest = match.group(3) if match.group(3) is not None else match.group(4)
        spans.append(match.span())
        problems += _judge(facts, unit, sentence, said, match, rest, f"“{_mark(said, match)}”所列各项")
    for match in LISTED.finditer(said):
        clause = said[_clause_start(said, match.start()):match.start()]
        if _PUBLISHED.search(clause) and not re.search(_MARK, clause) and not _CHANNEL.match(match.group(3)) \
                and not any(a <= match.start() < b for a, b in spans):
            spans.append(match.span())
            problems += _judge(facts, unit, sentence, said, match, match.group(3), "其后所列各项")
    for match in UNMARKED.finditer(said):
        rest = next(g for g in match.groups()[2:] if g is not None)
        if not any(a <= match.start() < b for a, b in spans) and _unmarked_parts(match.group(2), rest):
            problems += [p for p in _judge(facts, unit, sentence, said, match, rest, "其后所列各项")
                         if p.severity == ERROR]
    return problems


def _unmarked_parts(unit_word: str, rest: str) -> bool:
    """The words after a total without a mark are its parts: figures in its unit only, no year, rate or change."""
    top, _ = _top_level(rest)
    return not _NOT_PARTS.search(top) and all(u == unit_word for _, u in PART.findall(top))


def d4_unfinished(facts: Facts, ctx: dict[str, Any], unit: Unit, sentence: str) -> list[Problem]:
    """D4 on the sentence a copy cut short stops inside: a "其中" breakdown whose parts, all in the total's unit,
    already exceed the total before the cut (``sentence`` is that unfinished sentence, the last of ``unit``)."""
    said = _plain(_with_total_before(unit.text, sentence))
    problems = []
    for match in _breakdowns(said):
        rest = match.group(3) if match.group(3) is not None else match.group(4)
        top, _ = _top_level(rest)
        parts = [(int(n), u) for n, u in PART.findall(top)]
        if all(u == match.group(2) for _, u in parts) and sum(n for n, _ in parts) > int(match.group(1)):
            problems += _judge(facts, unit, sentence, said, match, rest,
                               f"“{_mark(said, match)}”所列各项（原文在此句中断）")
    return problems


# a clause after "；" that publishes a total of its own and breaks it down ("…102条；发布法定主动公开内容1条，包括…"):
# a new breakdown, not more parts of the one before (whose lists may run on over "；": 121)
_NEW_TOTAL = re.compile(rf"[；;](?=[^；;，,。]*?(?:公开|发布|公布)[^；;，,。]*?\d+(?:{_UNITS})[，,]?\s*{_MARK})")


def _breakdowns(said: str) -> list[re.Match[str]]:
    """The breakdowns of ``said``, each ending where a clause with a new total of its own begins."""
    ends = [m.start() for m in _NEW_TOTAL.finditer(said)] + [len(said)]
    starts = [0] + [end + 1 for end in ends[:-1]]
    return [m for a, b in zip(starts, ends, strict=True) for m in BREAKDOWN.finditer(said, a, b)]


def _mark(said: str, match: re.Match[str]) -> str:
    found = re.search(_MARK, said[match.start():match.end()])
    return found.group() if found else "其中"


def _top_level(rest: str) -> tuple[str, bool]:
    """The parts of a breakdown that are the total's: before a second mark, which breaks down the part before it
    ("…微信公众号2443条，其中乡村振兴228条…"); and whether there was one."""
    plain = _NESTED.sub("", rest)
    m = re.search(_MARK, plain)
    return (plain[:m.start()], True) if m else (plain, False)


def _with_total_before(text: str, sentence: str) -> str:
    """A sentence that opens with "其中" breaks down the figure the sentence before it ended with ("…全年累计主动
    公开政府信息162条。其中，乡镇文件公开41条…"), or its one published figure followed by words ("全年主动公开政府信息数
    465条,内容涉及年度财政预决算、…等多面内容。其中信息公开年度报告1条、…", 208): that figure, when counted in the unit
    of the first part and the only one so counted there, is put in front of it."""
    if not _OPENING.match(sentence):
        return sentence
    said = list(sentences(text))
    at = said.index(sentence) if sentence in said else 0
    first = PART.search(sentence)
    last = (_LAST_FIGURE.search(said[at - 1]) or _published_figure(said[at - 1], first)) if at and first else None
    if last is None or first is None or all(u != last.group(2) for _, u in PART.findall(sentence)):
        return sentence  # "点击量达97269次。其中…343条"; a first part in another unit ("其中,政策文件9件,…23条", 361)
    if sum(u == last.group(2) for _, u in PART.findall(said[at - 1])) > 1:  # "发布信息500条，更新栏目20条。其中…"
        return sentence
    return f"{last.group(1)}{last.group(2)}，{sentence}"


def _published_figure(sentence: str, first: re.Match[str]) -> re.Match[str] | None:
    """The one figure of ``sentence`` in ``first``'s unit, when it is said to be published."""
    figures = [m for m in PART.finditer(sentence) if m.group(2) == first.group(2)]
    return figures[0] if len(figures) == 1 and _PUBLISHED.search(sentence[:figures[0].start()]) else None


# a figure in another unit said of the same item just before one in the total's unit ("政务微信公开269次<天>1189条",
# 239): the item's count is the one in the total's unit
_SAME_ITEM = re.compile(r"[^，,、；;：:]*")
# totals joined before one mark ("行政复议案件6件和行政诉讼案件3件,其中…", 248): the parts are those of all of them
_JOINED_TOTAL = re.compile(rf"(\d+)({_UNITS})(?:和|及|与|以及|、)[^\d，,。；;：:、]{{0,24}}$")


def _item_counts(top: str, unit_word: str) -> list[re.Match[str]]:
    """The parts' figures, without a figure in another unit followed in the same item by one in ``unit_word``."""
    found = list(PART.finditer(top))
    dropped = {i for i, (m, n) in enumerate(zip(found, found[1:], strict=False))
               if m.group(2) != unit_word and n.group(2) == unit_word and _SAME_ITEM.fullmatch(top[m.end():n.start()])}
    return [m for i, m in enumerate(found) if i not in dropped]


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


def _totals(said: str, match: re.Match[str]) -> Totals | None:
    """The total broken down, with the totals in its unit joined to it before it in its clause (6件和…3件, summed;
    "受理申请10件、办结9件", stages of the same things: each a total of its own) or last year's carried over after
    this year's ("…9件,上年转结1件,其中…": both or either)."""
    total = int(match.group(1))
    start = _clause_start(said, match.start())
    totals, before, stages = [total], said[start:match.start()], False
    while (joined := _JOINED_TOTAL.search(before)) and joined.group(2) == match.group(2):
        stages = stages or bool(_STAGE.match(before, joined.end(2)))
        totals.insert(0, int(joined.group(1)))
        before = before[:joined.start()]
    if stages:
        return Totals(totals[-1:], (sum(totals), *totals), max(totals))
    earlier = [m for m in PART.finditer(said, _clause_start(said, start - 1), start) if m.group(2) == match.group(2)]
    if _CHANGE.search(before):  # "收到申请4件，比2022年减少1件，其中…": the list breaks down the figure before the change
        return Totals([int(earlier[-1].group(1))], (int(earlier[-1].group(1)), total), int(earlier[-1].group(1))) \
            if earlier and len(totals) == 1 else None
    if len(totals) == 1 and start and _CARRIED_CLAUSE.fullmatch(before) and earlier:
        both = [int(earlier[-1].group(1)), total]
        return Totals(both, (sum(both), *both), sum(both))
    return Totals(totals, (sum(totals), total), sum(totals))


_REST = re.compile(r"其余(?:为|是|均为|都是)|剩余(?:为|是)|余下(?:为|是)")  # "…，其余为通知公告": the rest, uncounted


def _judge(facts: Facts, unit: Unit, sentence: str, said: str, match: re.Match[str], rest: str,
           what: str) -> list[Problem]:
    found_totals, unit_word = _totals(said, match), match.group(2)
    if found_totals is None:
        return []
    top, nested = _top_level(rest)
    top = _list_only(top)
    found = _item_counts(top, unit_word)
    parts = [(int(m.group(1)), m.group(2)) for m in found]
    joined = [bool(_JOINED.match(top[a.end():b.start()])) for a, b in zip(found, found[1:], strict=False)]
    if len(parts) < 2 or any(_adds_up(t, [n for n, _ in parts], joined) for t in found_totals.alternatives):
        return []
    # parts counting other things than the total ("其中，新增公开栏目2个，政策文件30条…" under 120条: 栏目, 活动 次) are
    # not its parts: the list adds up without them, and with them it is never sure enough for an error
    kind = _KIND.get(unit_word, unit_word)
    foreign = [n for n, u in parts if _KIND.get(u, u) != kind]
    own = [n for n, u in parts if _KIND.get(u, u) == kind]
    if foreign and own and any(sum(own) == t for t in found_totals.alternatives):
        return []
    listed, ceiling, totals = sum(n for n, _ in parts), found_totals.ceiling, found_totals.judged
    total = sum(totals)
    if listed <= total and (_BARE_COUNT.search(top) or nested or _REST.search(top)):
        return []  # a part without its unit may be what is missing (150); the total's parts may go on after a nested list
    if listed > total and "分别计" in sentence or listed < total and _completed_after(unit.text, sentence, unit_word,
                                                                                      total - listed):
        return []
    other = sum(int(n) for n, _ in OTHER_PART.findall(top))  # "征集调查16期" (337), "文件5份" (191)
    if other and any(listed + other == t for t in found_totals.alternatives):
        return []
    # "…其他文件共51条等": a list closing with 等 may leave things out, even after "其他"; it never exceeds its total
    exhaustive = not foreign and (listed > ceiling or (bool(_OTHERS_COUNTED.search(rest))
                                                       and not _ETC_END.search(top) and not other
                                                       and not _APPROXIMATE.search(top)))
    units_used = sorted({unit_word, *(u for _, u in parts)})
    mixed = f"（单位“{'”“'.join(units_used)}”混用，宜统一）" if len(units_used) > 1 else ""
    mixed += f"（另有以其他单位计的分项共{other}未计入）" if other else ""
    default = "overview.proactive.total" if unit.slot == "overview.proactive" else ""
    clause = said[_clause_start(said, match.start()):match.end()]
    return [Problem(
        "D4", ERROR if exhaustive else WARNING, locate(facts, sentence, unit.slot, default),
        f"正文“{quote(clause)}”中总数为{total}{unit_word}{_sum_of(totals)}，而{what}之和为{listed}"
        f"（{'+'.join(str(n) for n, _ in parts)}），相差{abs(total - listed)}{unit_word}{mixed}",
        "使总数等于各分项之和；如另有未列出的部分，写明“其他N条”"
        + ("（在 overview.proactive.channels 中补一项，或改正 total）" if default else ""),
        "一、总体情况" if unit.section == 1 else "")]


# "其他信息4条": the list names the rest with its count, so it is all there; "其他栏目信息均按照时间节点及时发布"
# names the rest without one (295): the parts listed need not make up the total
_OTHERS_COUNTED = re.compile(rf"其[他它][^，,、；;。]{{0,24}}?\d+\s*(?:{_UNITS})")
_KIND = {"篇": "条", "件": "条"}  # information counted in 条, 篇 or 件 is one kind of thing (mixing is warned as such)


def _completed_after(text: str, sentence: str, unit_word: str, short: int) -> bool:
    """The list goes on in the next sentence: its first figures in the total's unit make up what the list falls
    ``short`` of ("…其中:…动态105条。通过公示栏张贴公开信息71条。", 223)."""
    said = list(sentences(text))
    at = said.index(sentence) + 1 if sentence in said else len(said)
    running = 0
    for m in PART.finditer(_plain(said[at]) if at < len(said) else ""):
        if m.group(2) == unit_word:
            running += int(m.group(1))
            if running >= short:
                return running == short
    return False


# a list closed by 等 before a semicolon ("…121篇等;“…”微信公众号发布1135条", 310); a clause after a semicolon that
# publishes on a channel of its own, after a list of categories ("…财政预算4篇;“霞山教育”微信公众号发布信息158条", 311)
_ETC_SEMICOLON = re.compile(rf"\d+\s*(?:{_UNITS})\s*等\s*[;；]")
_CHANNEL_NAME = r"(?:微信|微博|公众号|网站|门户|抖音|快手|视频号|客户端|头条|新媒体|APP|App|app)"
_CHANNEL_WORD = re.compile(_CHANNEL_NAME)
_PUBLISH_VERB = r"(?:发布|推送|刊发|刊登|公开|更新)"
_CHANNEL_CLAUSE = re.compile(rf"[^，,、;；\d]{{0,24}}?{_CHANNEL_NAME}[^，,、;；\d]{{0,8}}?{_PUBLISH_VERB}"
                             # "通过南阳晚报、南阳网、今日头条等多渠道发布…" (369): channels listed before the verb
                             rf"|\s*(?:通过|依托|利用|借助)[^;；\d]{{0,40}}?{_PUBLISH_VERB}")


# a measure of the publishing, not a part ("全年网站总访问量达3782565次", 333): the list ends before it
_MEASURE = re.compile(r"[，,、;；]?[^，,、;；]*?(?:(?:访问|点击|浏览|阅读|关注|粉丝|转发)(?:总?量|人数|次数|人次)|总?流量)"
                      r"[^，,、;；\d]*?\d")


# a part in a unit PART does not count ("征集调查16期", 337; "文件5份", 191; "教师资格证认定275人", 413), and an approximate part ("超2800篇", "100余条"): a
# list holding one may add up with it, or not be meant to add up exactly
OTHER_PART = re.compile(r"(\d+)\s*(期|项|份|则|批|场|部|幅|张|套|集|人|户|家|名|起|宗|笔)(?![\u4e00-\u9fff]*[条篇件个次])")
_APPROXIMATE = re.compile(rf"(?:超过?|约|近|逾)\s*\d+|\d+\s*(?:余|多)\s*(?:{_UNITS})")


def _list_only(top: str) -> str:
    """The list's own clauses: up to a measure of the publishing (访问量…次), a 等 closing it before a semicolon,
    and not a clause after a semicolon that opens with a channel publishing when the list before it names categories,
    no channel (223's list of channels runs on over its semicolons)."""
    measure = _MEASURE.search(top)
    top = top[:measure.start()] if measure else top
    closed = _ETC_SEMICOLON.search(top)
    if closed:
        return top[:closed.end() - 1]
    head, *more = re.split(r"(?<=[;；])", top)
    kept = head
    for clause in more:
        if _CHANNEL_CLAUSE.match(clause) and not _CHANNEL_WORD.search(head):
            return kept[:-1]
        kept += clause
    return kept


def _sum_of(totals: list[int]) -> str:
    return f"（{'+'.join(map(str, totals))}）" if len(totals) > 1 else ""


def _adds_up(total: int, parts: list[int], joined: list[bool]) -> bool:
    """The parts, or the first of them (the sentence may go on to other figures: "…62条，开展民意征集3期，
    受理来信7件"), sum to the total; not the first of them when the next is joined to them as one more item of the
    list ("包括机构概况1条，以及“三公”经费信息2条": ``joined[i]``, part i+1 joined to part i)."""
    running = 0
    for i, n in enumerate(parts):
        running += n
        if running == total and not (i < len(joined) and joined[i]):
            return True
    return False


def _clause_start(sentence: str, end: int) -> int:
    """Where the clause holding position ``end`` begins: after the last "，；。" before it."""
    return max(sentence.rfind(mark, 0, end) for mark in "，,；;。") + 1
