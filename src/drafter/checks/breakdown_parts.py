"""What a D4 breakdown's parts are (``checks.breakdowns`` judges them against the total).

The marks that open a list of parts (其中, 包括, 分别为, …), the units counts are given in, and what is not a
part of the total's list: a part's own breakdown in brackets or after a second mark, a measure of the publishing
(访问量…次), a clause after "；" on another channel, a figure in another unit said of the same item. Also whether
the first parts reach the total, and where a clause begins.
"""

from __future__ import annotations

import re

# "其中包括…" is one mark (358), not a 其中 whose list opens with a second mark
MARK = r"(?:其中[，,：:]?\s*(?:主要|具体)?包括|其中|具体包括|主要包括|包括|包含|具体为|分别为|分别是|涵盖)"
# what a count of information or applications is counted in (a part's unit, a total's)
UNITS = "条|篇|件|个|次"
PART = re.compile(rf"(\d+)({UNITS})")
PUBLISHED = re.compile(r"公开|发布|公布")

# a part's own breakdown in brackets ("解读产品201个(包括动漫短视频解读16个)"), or any bracket right after a part's
# count ("局长信箱268条(含投诉建议14条,回复率100%)", 176): counted in the part, never a sibling part
_NESTED = re.compile(rf"[(（]\s*{MARK}[^()（）]*[)）]|(?<={UNITS})\s*[(（][^()（）]*[)）]")
# a part's count printed without its unit ("国土资源…类信息 45,其他类4条"): the sum of the parts is unknown
BARE_COUNT = re.compile(r"[^\d.%％]\s*\d+\s*(?=[，,、；;]|$)")
# the next part joined to the one before as one more item of the same list: "…1条，以及“三公”经费…2条", "…1条、…"
JOINED = re.compile(r"\s*(?:、|[，,]?\s*(?:以及|及(?![时早])|还有))")
ETC_END = re.compile(rf"\d+\s*(?:{UNITS})\s*等\s*[)）]?\s*$")
_SPACED_UNIT = re.compile(rf"(\d)[ \u3000\xa0]+({UNITS})")  # "决算信息4 条": the count is still 4条
_THOUSANDS = re.compile(rf"(?<![\d,])(\d{{1,3}}),(\d{{3}})(?=(?:余|多)?\s*(?:{UNITS}))")  # "1,200(余)条": 1200
# "…，其余为通知公告", "其中6件结转下一年度办理,其余全部按时办结" (99): the rest, uncounted
REST = re.compile(r"其余(?:为|是|均为|都是|全部|均已?|都已?)|剩余(?:为|是)|余下(?:为|是)")
# "其他信息4条": the list names the rest with its count, so it is all there; "其他栏目信息均按照时间节点及时发布"
# names the rest without one (295): the parts listed need not make up the total
OTHERS_COUNTED = re.compile(rf"其[他它][^，,、；;。]{{0,24}}?\d+\s*(?:{UNITS})")
KIND = {"篇": "条", "件": "条"}  # information counted in 条, 篇 or 件 is one kind of thing (mixing is warned as such)
# a part in a unit PART does not count ("征集调查16期", 337; "文件5份", 191; "教师资格证认定275人", 413; "人事信息5人次"),
# and an approximate part ("超2800篇", "100余条"): a list holding one may add up with it, or not be meant to add up
# exactly; a measure word before the item's noun is none ("5项政策文件"…条)
OTHER_PART = re.compile(r"(\d+)\s*(人次|期|项|份|则|批|场|部|幅|张|套|集|人|户|家|名|起|宗|笔)(?![\u4e00-\u9fff]*[条篇件个次])")
APPROXIMATE = re.compile(rf"(?:超过?|约|近|逾)\s*\d+|\d+\s*(?:余|多)\s*(?:{UNITS})")


def plain(said: str) -> str:
    """``said`` with counts written as the rules read them ("4 条" is 4条, "1,200条" is 1200条)."""
    return _THOUSANDS.sub(r"\1\2", _SPACED_UNIT.sub(r"\1\2", said))


# a second mark may also be "内有"/"内含" right after a part ("其中机构类信息20条,内有领导成员10条、…;工作类信息11条", 728)
_SUB_MARK = re.compile(rf"{MARK}|内(?:有|含)")


def top_level(rest: str) -> tuple[str, bool]:
    """The parts of a breakdown that are the total's: before a second mark, which breaks down the part before it
    ("…微信公众号2443条，其中乡村振兴228条…", "…20条,内有领导成员10条…"); and whether there was one."""
    stripped = _NESTED.sub("", rest)
    m = _SUB_MARK.search(stripped)
    return (stripped[:m.start()], True) if m else (stripped, False)


# a figure in another unit said of the same item just before one in the total's unit ("政务微信公开269次<天>1189条",
# 239): the item's count is the one in the total's unit
_SAME_ITEM = re.compile(r"[^，,、；;：:]*")


def item_counts(top: str, unit_word: str) -> list[re.Match[str]]:
    """The parts' figures, without a figure in another unit followed in the same item by one in ``unit_word``."""
    found = list(PART.finditer(top))
    dropped = {i for i, (m, n) in enumerate(zip(found, found[1:], strict=False))
               if m.group(2) != unit_word and n.group(2) == unit_word and _SAME_ITEM.fullmatch(top[m.end():n.start()])}
    return [m for i, m in enumerate(found) if i not in dropped]


# a list closed by 等 before a semicolon ("…121篇等;“…”微信公众号发布1135条", 310); a clause after a semicolon that
# publishes on a channel of its own, after a list of categories ("…财政预算4篇;“霞山教育”微信公众号发布信息158条", 311)
_ETC_SEMICOLON = re.compile(rf"\d+\s*(?:{UNITS})\s*等\s*[;；]")
CHANNEL_NAME = r"(?:微信|微博|公众号|网站|门户|抖音|快手|视频号|客户端|头条|新媒体|APP|App|app)"
_CHANNEL_WORD = re.compile(CHANNEL_NAME)
_PUBLISH_VERB = r"(?:发布|推送|刊发|刊登|公开|更新)"
_CHANNEL_CLAUSE = re.compile(rf"[^，,、;；\d]{{0,24}}?{CHANNEL_NAME}[^，,、;；\d]{{0,8}}?{_PUBLISH_VERB}"
                             # "通过南阳晚报、南阳网、今日头条等多渠道发布…" (369): channels listed before the verb
                             rf"|\s*(?:通过|依托|利用|借助)[^;；\d]{{0,40}}?{_PUBLISH_VERB}")
# a measure of the publishing, not a part ("全年网站总访问量达3782565次", 333): the list ends before it
_MEASURE = re.compile(r"[，,、;；]?[^，,、;；]*?(?:(?:访问|点击|浏览|阅读|关注|粉丝|转发)(?:总?量|总?数|人数|次数|人次)|总?流量)"
                      r"[^，,、;；\d]*?\d")


# an addition outside the list ("…其他类信息35条，另通过“某某发布”微信公众号发布信息80条"): the list ends before it
_ADDITION = re.compile(r"[，,；;]\s*(?:另外|另有|另|此外|除此之外)")


_CLAUSE_END = re.compile(r"[，,、;；]")
# a clause after a semicolon on the applications handled ("…其他类97条;办理依申请公开1件", 1091): a statement of its own
_HANDLING_CLAUSE = re.compile(r"\s*(?:全年|本年度?|共|累计)?(?:办理|受理|收到|接收|接到|答复|办结)[^，,、;；\d]{0,16}?申请")


def _measures_dropped(top: str) -> str:
    """``top`` without a measure of the publishing said of one part in a clause of its own, when more parts follow
    in the same sentence part ("…微信公众平台公开信息数为2464条,年度阅读量为29.4万次,通过…小程序公开信息数为270条,…",
    637); a measure the sentence part ends with ends the list (``list_only``)."""
    while (m := _MEASURE.search(top)) and (end := _CLAUSE_END.search(top, m.end())) and end.group() in "，,、" \
            and PART.search(top, end.end()):
        top = top[:m.start()] + top[end.start():]
    return top


def list_only(top: str) -> str:
    """The list's own clauses: up to a measure of the publishing (访问量…次) or an addition (另…), a 等 closing it
    before a semicolon,
    and not a clause after a semicolon that opens with a channel publishing when the list before it names categories,
    no channel (223's list of channels runs on over its semicolons)."""
    top = _measures_dropped(top)
    measure = _MEASURE.search(top) or _ADDITION.search(top)
    top = top[:measure.start()] if measure else top
    closed = _ETC_SEMICOLON.search(top)
    if closed:
        return top[:closed.end() - 1]
    head, *more = re.split(r"(?<=[;；])", top)
    kept = head
    for clause in more:
        if _CHANNEL_CLAUSE.match(clause) and not _CHANNEL_WORD.search(head) or _HANDLING_CLAUSE.match(clause):
            return kept[:-1]
        kept += clause
    return kept


def reached(total: int, parts: list[int], joined: list[bool]) -> int | None:
    """Where the parts, or the first of them (the sentence may go on to other figures: "…62条，开展民意征集3期，
    受理来信7件"), sum to the total: the index of the last part summed; not the first of them when the next is joined
    to them as one more item of the list ("包括机构概况1条，以及“三公”经费信息2条": ``joined[i]``, part i+1 joined to
    part i)."""
    running = 0
    for i, n in enumerate(parts):
        running += n
        if running == total and not (i < len(joined) and joined[i]):
            return i
    return None


# what a sentence going on after its list does ("开展民意征集3期", "受理来信7件", "回应关切5次"): not one more item
_ACTIVITY = re.compile(r"通过|依托|借助|利用|开展|受理|办理|办结|发生|回应|接听|接待|接到|举办|召开|组织|处理|答复|回复|收到|转办|解答|征集|"
                       r"参加|培训|访问|浏览|点击|累计|共计|合计|总计|全年|其中|同比|较|增|减")


def goes_on(rest: str, unit_word: str, total: int) -> bool:
    """``rest`` (what follows the part where the first parts reached the total) is more items of a list of
    information (条/篇): in the same sentence part (no "；"), each clause a name and its count in the total's unit, no
    activity, no count repeating the total ("信息公开目录信息194条" after 67 + 127 = 194, 130) ("…公告公示信息6条,
    提案办理公开2条,机构职能1条", 339). Applications are broken down twice in one list (by applicant, by outcome)."""
    clauses = [c.strip() for c in re.split(r"[，,、]", rest) if c.strip()]
    items = [re.fullmatch(rf"[^\d]{{1,30}}?(\d+){unit_word}", c) for c in clauses]
    return unit_word in "条篇" and bool(clauses) and not re.search("[；;]", rest) and all(
        m and not _ACTIVITY.search(c) and int(m.group(1)) != total for m, c in zip(items, clauses, strict=True))


def items_only(sentence: str, unit_word: str) -> int | None:
    """The sum of ``sentence`` when it is only items of a list, each a name and its count, the count in ``unit_word``
    or printed without a unit, no activity ("财政信息3。" after a list's full stop, 663); else None."""
    clauses = [c.strip() for c in re.split(r"[，,、；;]", sentence.strip().rstrip("。.")) if c.strip()]
    items = [re.fullmatch(rf"([^\d]{{1,20}}?)(\d+)\s*(?:{unit_word})?", c) for c in clauses]
    if not clauses or not all(m and not _ACTIVITY.search(m.group(1)) and not PUBLISHED.search(m.group(1))
                              for m in items):
        return None
    return sum(int(m.group(2)) for m in items if m)


# a clause of its own after a list that reached its total: its own verb after "，" ("，公开财政信息81条")
_OWN_VERB = re.compile(r"\s*[，,]\s*(?:公开|发布|公布|推送|更新|刊发|刊登|上传|印发)")


def new_statement(between: str, rest: str) -> bool:
    """The parts that reached the total are one run joined by "、" (``between``: what lies between the first
    part's count and the last's), and ``rest`` opens a clause of its own with a verb after "，": a figure of its
    own, not one more item ("其中发布工作动态192条、通知(公告)8条,公开财政信息81条" under 200条, 827)."""
    return "、" in between and not re.search("[，,；;]", between) and bool(_OWN_VERB.match(rest))


_BARE_NUMBER = re.compile(r"(?<![\d.%％])(\d+)\s*(?=[，,、；;]|$)")


def bare_counts(top: str) -> list[int]:
    """The counts printed without their unit ("…,联系我们1,法治政府年度报告1", 362)."""
    return [int(n) for n in _BARE_NUMBER.findall(top)] if BARE_COUNT.search(top) else []


def clause_start(sentence: str, end: int) -> int:
    """Where the clause holding position ``end`` begins: after the last "，；。" before it."""
    return max(sentence.rfind(mark, 0, end) for mark in "，,；;。") + 1


def unmarked_nested_sums(parts: list[int]) -> list[int]:
    """What the parts add up to with the parts right after one left out when two or more of them add up to it: a part
    broken down in the list itself, without a mark ("其中政府网站发布信息3832篇,概况类信息更新量269条,政务动态信息更新量
    435条,信息公开目录信息更新量3128条;政务微信发布信息14220篇,…", 536: 269 + 435 + 3128 = 3832)."""
    sums = []
    for i, whole in enumerate(parts):
        running = 0
        for j in range(i + 1, len(parts)):
            running += parts[j]
            if running >= whole:
                if running == whole and j > i + 1:
                    sums.append(sum(parts) - running)
                break
    return sums
