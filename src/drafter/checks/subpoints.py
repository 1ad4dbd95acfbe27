"""S6: the five aspects of 一、总体情况 (主动公开、依申请公开、政府信息管理、平台建设、监督保障) in its sub-points.

The 2021 format asks 一 to cover the five aspects; reviewers read its sub-points ("（一）…", or a report's own
"1、…" points when it has no "（一）"): one missing or out of order, two merged in one, or points under the agency's
own themes ("1、强化组织领导") naming none of them. ``checks.outline`` finds 一's sub-points in the outline.
"""

from __future__ import annotations

import re

from drafter.checks.problem import WARNING, Problem
from drafter.facts.model import Facts
from drafter.facts.values import nfkc
from drafter.importers import lines
from drafter.importers.narrative import SUB_WORDS, heading_meaning, parse_heading, sub_heading
from drafter.importers.section_texts import aspect_key
from drafter.tables import SECTION_HEADINGS

NUMERALS = lines.NUMERALS
SUBPOINTS = ("（一）主动公开政府信息情况", "（二）依申请公开政府信息情况", "（三）政府信息管理情况",
             "（四）平台建设情况", "（五）监督保障情况")

# A line of 一 that starts a sub-point of some kind: "（一）", "1." or "第一，"/"第一：" (not "一是": points in a paragraph).
_SUB_LIKE = re.compile(rf"^\s*(?:{lines.SUB_OPEN}?[{NUMERALS}]{lines.SUB_CLOSE}|[(（]\d{{1,2}}[)）]|\d{{1,2}}\s*[、.．](?!\d)"
                       rf"|第[{NUMERALS}]+[，,、:：])")
# A sub-point's number and its mark, taken off its title: "（三）", "3、", "【三】"
_SUB_NUMBER = re.compile(rf"^\s*{lines.SUB_OPEN}?[{NUMERALS}\d]{{1,2}}[{lines.SUB_CLOSES}、.．]?\s*")


# A line of 一 opening with a closing bracket and an aspect's name: a sub-point whose number was lost in copying
# (376: "）依申请公开2025年共收到…"); no sentence opens with a lone closing bracket
_LOST_NUMBER = re.compile(r"^\s*[)）]\s*((?:政府信息)?(?:主动公开|依申请公开|政府信息管理|平台建设|监督保障)\S{0,6})")


def lost_numbers(facts: Facts) -> list[Problem]:
    """S6 (a warning): 一's sub-points printed with their number lost, only the closing bracket left."""
    imported = facts.imported
    if imported is None:
        return []
    texts = [text for key, text in imported.sections.items() if key == "overview" or key.startswith("overview.")]
    lost = [m.group(1) for text in texts for line in text.split("\n") if (m := _LOST_NUMBER.match(nfkc(line)))]
    return [Problem("S6", WARNING, "outline", f"“一、总体情况”的小标题“{lost[0]}…”{'等' if len(lost) > 1 else ''}缺少序号"
                    "（只剩下括号）", f"按统一格式写作{'、'.join(SUBPOINTS)}", SECTION_HEADINGS[0])] if lost else []


def unsplit_chars(facts: Facts) -> int:
    """How many characters an imported 一 runs before its first sub-point of any kind; 0 when its text was
    filed under sub-points (or not imported)."""
    imported = facts.imported
    if imported is None or any(key.startswith("overview.") for key in imported.sections):
        return 0
    run = 0
    for line in imported.sections.get("overview", "").split("\n"):
        if _SUB_LIKE.match(nfkc(line)) or _lead_in(nfkc(line)):
            break
        run += len(re.sub(r"\s+", "", line))
    return run


# An aspect written as an unnumbered lead-in that ends at its full stop: "政府信息主动公开情况。制定…" (1064)
_LEAD_IN = re.compile(r"^\s*([^，,。；;：:]{2,14}?情况)[。：:]")


def _lead_in(line: str) -> bool:
    """Whether a line of 一 opens with an aspect's title as an unnumbered lead-in ("政府信息主动公开情况。…")."""
    m = _LEAD_IN.match(line)
    return m is not None and aspect(m.group(1)) is not None


# A line of 一 that opens one of its own numbered points: "1、强化组织领导。…", "2.依申请公开", "第二,筑牢信息“质量关”",
# "第二：依申请公开政府信息情况",
# "一是强化组织领导。…", also a heading of two phrases ("1.突出重点工作,狠抓信息落实。…", "1. 成立领导小组,积极开展本单位
# 政府信息公开工作。我街道成立…", 1118), each of up to 20 characters.
_POINT_LINE = re.compile(r"^\s*(?:\d{1,2}\s*[、.．](?!\d)|[(（]\d{1,2}[)）]|第[一二三四五六七八九十][，,、:：]|[一二三四五六七八九十]是)"
                         r"\s*([^。：:；;，,]{2,20}?(?:[，,][^。：:；;，,]{2,20}?)?)\s*(?:[。：:]|$)")
# The next point's number and its first words, when they run on without a stop ("2、为确保政务公开工作落实到位,我坚持以…",
# 1067): it continues the points a heading-like first point began
_POINT_START = re.compile(r"^\s*(?:\d{1,2}\s*[、.．](?!\d)|[(（]\d{1,2}[)）]|第[一二三四五六七八九十][，,、:：]|[一二三四五六七八九十]是)"
                          r"\s*([^。：:；;，,]{2,30})")
# A line of 一 that names an aspect without a number ("政府信息主动公开情况:"): points after it are that aspect's.
_LABEL_LINE = re.compile(r"^[^。，,；;]{2,25}[：:]?$")


def numbered_points(facts: Facts) -> tuple[str, ...]:
    """The points an imported 一 without "（一）" sub-points is divided into, as printed ("1、强化组织领导"): the
    lines numbered 1, 2, 3… in one way whose words before the first stop are a heading (no figures; a whole line
    only when more text follows it, so a heading the copy stops inside is not one). Empty unless two or more."""
    imported = facts.imported
    if imported is None or any(key.startswith("overview.") for key in imported.sections):
        return ()
    lines = [nfkc(line).strip() for line in imported.sections.get("overview", "").split("\n") if line.strip()]
    points: list[str] = []
    for n, line in enumerate(lines):
        m = _POINT_LINE.match(line)
        if not points and not m and _LABEL_LINE.match(line) and aspect(line) is not None:
            return ()
        if not m and points and (start := _POINT_START.match(line)) and _kind(line) == _kind(points[0]) \
                and ordinal(line) == len(points) + 1 and not re.search(r"\d", start.group(1)):
            points.append(line[:start.end(1)])  # the next point, its words running on past a heading's length
            continue
        if not m or points and _kind(line) != _kind(points[0]):  # another kind: a list inside a point
            continue
        if ordinal(line) != len(points) + 1:  # numbered again, or skipping: not one division of 一
            break
        if not re.search(r"\d", m.group(1)) and (m.end() < len(line) or n + 1 < len(lines)):
            points.append(line[:m.end(1)])
    return tuple(points) if len(points) >= 2 else ()


def _kind(line: str) -> str:
    """How a point is numbered: "1、" (digits), "（1）", "第一，" or "一是"."""
    return "digits" if line[:1].isdigit() else "(1)" if line[:1] in "(（" else "第" if line.startswith("第") else "是"


def ordinal(line: str) -> int:
    """The number a sub-point or point line is printed with ("（三）", "3、", "第三，", "三是"), 0 if none."""
    m = re.match(r"\s*(?:[(（]([一二三四五六七八九十])[)）]|[(（]?(\d{1,2})|第([一二三四五六七八九十])|([一二三四五六七八九十])是)", nfkc(line))
    if not m:
        return 0
    return int(m.group(2)) if m.group(2) else NUMERALS.index(m.group(1) or m.group(3) or m.group(4)) + 1


def headless_subs(lines: list[str], intro: str | None = None) -> list[str]:
    """The sub-points printed before the first section heading when they are 一's: a report whose "一、总体情况" is
    lost or never printed. They name two of its five aspects or more, none of them 总体情况; or, given the
    ``intro`` they follow (the text before them, no line of it a section heading: 924's "一、总体情况" was left in
    its introduction), they name no section and are numbered from （一） on: the agency's own themes right after the
    introduction (580's "（一）组织领导和机构开展情况", "（二）建立健全和落实政府信息公开工作制度情况")."""
    subs = []
    for line in lines:
        if not is_sub(line):
            break
        subs.append(line)
    if any(heading_meaning(sub[3:]) == 1 for sub in subs):
        return []
    if len({aspect(sub) for sub in subs} - {None}) >= 2:
        return subs
    own = intro is not None and intro.strip() != "" and not any(parse_heading(line) for line in intro.split("\n"))
    numbered = len(subs) >= 2 and [ordinal(sub) for sub in subs] == list(range(1, len(subs) + 1))
    return subs if own and numbered and not any(heading_meaning(sub[3:]) for sub in subs) else []


def aspect(sub: str) -> int | None:
    """Which of 一's five aspects a sub-point names (0–4): the one whose words come first ("监督管理" is 监督保障,
    "平台管理" 平台建设, "信息管理体系健全,基础保障不断夯实" 政府信息管理)."""
    hits = [(sub.find(word), i) for i, (_, words) in enumerate(SUB_WORDS) for word in words if word in sub]
    if not hits and _PUBLISHING.fullmatch(_SUB_NUMBER.sub("", nfkc(sub)).rstrip("。.:：")):
        return 0
    return min(hits)[1] if hits else None


# the first aspect's title with 主动 left out: "（一）公开政府信息情况" (172), beside "（二）依申请公开情况"
_PUBLISHING = re.compile(r"公开政府信息(?:工作)?(?:情况)?")


def is_sub(line: str) -> bool:
    return line.startswith(("（", "("))


UNSPLIT_CHARS = 400  # 一's text before its （一） in the 2021+ reports of the corpus: at most 350 characters


def written_aspects(facts: Facts) -> frozenset[int]:
    """The aspects (0–4) an imported 一 has text filed under by what a sub-point says, not by its title: one titled
    in the agency's words whose first sentence names the aspect ("（一）加大公开力度" / "…主动公开政府信息47条",
    ``section_texts.overview_parts``)."""
    imported = facts.imported
    if imported is None:
        return frozenset()
    titled = {aspect_key(sub_heading(line) or line) for line in imported.outline if is_sub(line)}
    return frozenset(i for i, (key, _) in enumerate(SUB_WORDS) if key in imported.sections and key not in titled)


def check_subpoints(subs: list[str], cut: bool = False, unsplit: int = 0, complete: bool = True,
               points: bool = False, written: frozenset[int] = frozenset()) -> list[Problem]:
    """S6: the five sub-points of 一 present and in order (matched by their words, ``aspect``).
    With ``cut`` (the outline ends in 一) only those missing before the last one found are reported, the
    sub-points printed that name none of the five, and 一 still undivided ``unsplit`` characters on; when
    ``subs`` may not be all of 一's first ones (not ``complete``), only those naming none of the five. ``points``:
    ``subs`` are 一's own numbered points ("1、强化组织领导"): any of them naming none of the five is the finding.
    A sub-point on another section's matter (``other_section``) is one finding of its own, and not one of the five.
    ``written``: the aspects 一's text is filed under (``written_aspects``): one whose sub-point is titled in other
    words is not missing."""
    problems = [_elsewhere(sub, n) for sub in subs if (n := other_section(sub))]
    subs = [sub for sub in subs if not other_section(sub)]
    if not points:
        subs, nested = _nested(subs)
        problems += [_nested_problem(parent, inner) for parent, inner in nested]
    repeated = [sub for before, sub in zip(subs, subs[1:], strict=False) if 0 < ordinal(sub) == ordinal(before)]
    if repeated and not points:
        problems.append(_repeated(subs, repeated[0]))
        subs = [sub for sub in subs if sub not in repeated or aspect(sub) is not None]  # "（三）政", cut: unknown
    hotlines = [sub for sub in subs if other_platform(sub)]
    problems += [_other_platform(sub) for sub in hotlines]
    subs = [sub for sub in subs if sub not in hotlines]
    return problems + _five(subs, cut, unsplit, complete, points, written, replaced={3} if hotlines else set())


# A platform that is not the information's, in a sub-point's title: the 12345 hotline, the 政务服务 platform or hall
# ("（四）12345政务服务平台建设情况", 993; "（三）提高各类政务热线电话及留言平台服务质量", 623). 一's （四）平台建设 is the
# platforms the information is published on (the portal's 信息公开 column, 政务新媒体, 公开栏): a title naming those
# too ("政府信息公开平台和12345热线建设") is the aspect.
_OTHER_PLATFORM = re.compile(r"12345|热线|政务服务(?:平台|中心|大厅|网)|一网通办|便民服务")
_DISCLOSURE = re.compile(r"(?:信息|政务)公开|网站|新媒体|公开栏")


def other_platform(sub: str) -> bool:
    """A sub-point of 一 titled after a platform other than the information's (the 12345 hotline)."""
    title = _SUB_NUMBER.sub("", nfkc(sub))
    return bool(_OTHER_PLATFORM.search(title)) and not _DISCLOSURE.search(title)


def _other_platform(sub: str) -> Problem:
    return Problem("S6", WARNING, "outline", f"“一、总体情况”的“{sub}”写的是政务服务热线或政务服务平台，不是总体情况的"
                   f"“{SUBPOINTS[3]}”（政府信息公开平台：政府网站信息公开专栏、政务新媒体、公开栏等）",
                   f"按统一格式写“{SUBPOINTS[3]}”：政府信息公开平台的建设和维护；热线等内容可放入“六、其他需要报告的事项”",
                   f"一、总体情况 · {sub}")


def _nested(subs: list[str]) -> tuple[list[str], list[tuple[str, list[str]]]]:
    """一's sub-points without the points a sub-point is divided into under the same numerals ("（三）政府信息管理情况" /
    "（一）强化制度保障" "（二）规范发布流程" / "（四）平台建设情况"): a run numbered from （一） again after a sub-point
    numbered （二） or more, up to the sub-point that goes on with the outer numbering and names an aspect; and each
    such run with the sub-point it is under."""
    out: list[str] = []
    nested: list[tuple[str, list[str]]] = []
    i = 0
    while i < len(subs):
        parent = out[-1] if out else ""
        if parent and ordinal(subs[i]) == 1 and ordinal(parent) >= 2:
            run = [subs[i]]
            i += 1
            while i < len(subs) and ordinal(subs[i]) == ordinal(run[-1]) + 1 \
                    and not (ordinal(subs[i]) == ordinal(parent) + 1 and aspect(subs[i]) is not None):
                run.append(subs[i])
                i += 1
            if i < len(subs) and ordinal(subs[i]) == ordinal(parent) + 1:  # the outer numbering goes on after them
                nested.append((parent, run))
                continue
            out += run  # numbered again for another reason (a copy printing 一 twice): judged as printed
            continue
        out.append(subs[i])
        i += 1
    return out, nested


def _nested_problem(parent: str, inner: list[str]) -> Problem:
    shown = "”“".join(inner[:3]) + ("”等" if len(inner) > 3 else "”")
    return Problem("S6", WARNING, "outline", f"“一、总体情况”的“{parent}”下的分点用“{shown}编号，与总体情况的小标题同级，"
                   "层级不清", "小标题下的分点改用“1.”“（1）”或“一是”“二是”等编号", f"一、总体情况 · {parent}")


def _repeated(subs: list[str], sub: str) -> Problem:
    """S6 (a warning): a sub-point of 一 numbered as the one before it ("（三）政府信息管理情况" then "（三）政…", 378)."""
    before = subs[subs.index(sub) - 1]
    shown = f"（{NUMERALS[ordinal(sub) - 1]}）" if ordinal(sub) <= len(NUMERALS) else sub
    return Problem("S6", WARNING, "outline", f"“一、总体情况”的小标题序号“{shown}”重复（“{before}”之后又是“{sub}”）",
                   f"按顺序编号：{'、'.join(SUBPOINTS)}", f"一、总体情况 · {sub}")


def other_section(sub: str) -> int | None:
    """The section (四, 五 or 六) whose matter a sub-point of 一 is written on ("（三）因政府信息公开申请行政复议、
    提起行政诉讼情况" is 四's), None for any other: 二's and 三's titles are also 一's aspects (主动公开, 依申请公开),
    and a title that names one of the five aspects is that aspect."""
    title = _SUB_NUMBER.sub("", nfkc(sub))
    n = heading_meaning(title)
    # an aspect's own title with those words ("（五）监督保障及问题整改情况") stays the aspect; "申请行政复议" is
    # applying for a review, not 依申请公开
    if n not in (4, 5, 6) or aspect(re.sub(r"申请(?=行政复议|复议)", "", title)) is not None:
        return None
    return n


def _elsewhere(sub: str, section: int) -> Problem:
    title = SECTION_HEADINGS[section - 1]
    return Problem("S6", WARNING, "outline", f"“一、总体情况”的“{sub}”写的是“{title}”的内容，不是总体情况的五个方面之一",
                   f"把这部分内容移到“{title}”中；总体情况分五个方面写：{'、'.join(SUBPOINTS)}",
                   f"一、总体情况 · {sub}")


def _five(subs: list[str], cut: bool, unsplit: int, complete: bool, points: bool,
          written: frozenset[int] = frozenset(), replaced: set[int] | None = None) -> list[Problem]:
    """``replaced``: aspects a sub-point reported on its own stands in place of (not reported missing as well)."""
    found = [aspect(sub) for sub in subs]
    order = [i for i in found if i is not None]
    # a copy cut short in 一 shows other sub-headings only by a sub-point among its first five that names no aspect
    # (a heading the copy stops inside, "（三）政府信", is not in the outline; a sixth is an addition, 51's
    # "（六）强化“线上+线下”政务公开便民渠道方面")
    odd = [sub for sub, i in zip(subs, found, strict=True) if i is None and 1 <= ordinal(sub) <= 5] \
        if cut or points else []
    if cut and not order and not odd:
        return [] if unsplit < UNSPLIT_CHARS else [Problem(
            "S6", WARNING, "outline", f"“一、总体情况”写了{unsplit}字，到原文中断处仍没有分（一）至（五）五个方面来写",
            f"按统一格式分五个方面写：{'、'.join(SUBPOINTS)}", SECTION_HEADINGS[0])]
    if not order or odd:  # one finding, not five: written as one piece, or under other sub-headings
        subs = odd or subs
        shown = f"的小标题（{'、'.join(subs[:3])}{'等' if len(subs) > 3 else ''}）不是统一格式的五个方面" if subs \
            else "没有分（一）至（五）五个方面来写"
        return [Problem("S6", WARNING, "outline", f"“一、总体情况”{shown}",
                        f"按统一格式分五个方面写：{'、'.join(SUBPOINTS)}", SECTION_HEADINGS[0])]
    if not complete:
        return []
    problems, merged = _merged(subs, order)
    for i, official in enumerate(SUBPOINTS):
        if i in order or i in merged or i in (replaced or set()) or cut and i > max(order):
            continue
        if (sub := _worded_otherwise(subs, i, written)) is not None:
            problems.append(Problem(
                "S6", WARNING, "outline", f"“一、总体情况”的小标题“{sub}”没有写明是哪个方面（所写内容是“{official[3:]}”）",
                f"小标题按统一格式写作“{official}”", f"一、总体情况 · {sub}"))
        else:
            problems.append(Problem(
                "S6", WARNING, "outline", f"“一、总体情况”缺少“{official}”",
                f"补上“{official}”：统一格式要求总体情况写明主动公开、依申请公开、政府信息管理、平台建设、监督保障五个方面",
                f"一、总体情况 · {official}"))
    for prev, cur in zip(order, order[1:], strict=False):
        if cur < prev:
            problems.append(Problem(
                "S6", WARNING, "outline", f"“一、总体情况”中“{SUBPOINTS[cur]}”排在了“{SUBPOINTS[prev]}”之后",
                "按（一）主动公开、（二）依申请公开、（三）政府信息管理、（四）平台建设、（五）监督保障的顺序排列",
                f"一、总体情况 · {SUBPOINTS[cur]}"))
    return problems


def _worded_otherwise(subs: list[str], i: int, written: frozenset[int]) -> str | None:
    """The sub-point under which aspect ``i`` is written with a title that does not name it: the one sub-point naming
    no aspect, in its place, whose text was filed under aspect ``i`` by what it says (``written``; "（一）加大公开力度" /
    "…主动公开政府信息47条"). None when the aspect is missing."""
    unnamed = [sub for sub in subs if aspect(sub) is None]
    return unnamed[0] if i in written and len(unnamed) == 1 and ordinal(unnamed[0]) == i + 1 else None


_JOINED = re.compile(r"和|及|与|暨|、|以及")


def _merged(subs: list[str], order: list[int]) -> tuple[list[Problem], set[int]]:
    """S6 on a sub-point that joins two of the five aspects the others leave out ("（四）政府信息公开平台建设和监督保障
    情况"): one warning, and those aspects (not reported missing as well)."""
    problems, merged = [], set()
    for sub in subs:
        parts = [aspect(part) for part in _JOINED.split(sub)]
        joined = [i for i in dict.fromkeys(parts) if i is not None]
        if len(joined) < 2 or not set(joined[1:]) - set(order):
            continue
        merged |= set(joined)
        names = "”和“".join(SUBPOINTS[i][3:] for i in joined)
        problems.append(Problem("S6", WARNING, "outline", f"“一、总体情况”的“{sub}”把“{names}”合在一个方面里写",
                                f"分开来写：统一格式的总体情况分五个方面（{'、'.join(SUBPOINTS)}），各写一段",
                                f"一、总体情况 · {sub}"))
    return problems, merged
