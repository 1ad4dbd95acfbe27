"""The report's outline as a reviewer reads it: the six sections and the five sub-points of 一.

- S2 a section of the format missing (error: the format says "不能遗漏");
- S3 a section heading numbered wrong: a gap, a repeat, out of order, or in digits ("1、总体情况");
- S4 a title that does not say what the format's title says ("五、存在的主要问题" without 改进);
- S5 a heading the format does not have, naming the section its content belongs under;
- S6 the sub-points （一）–（五） of 一、总体情况 missing or out of order (S1 covers empty ones).

The outline is the heading lines as printed: ``imported.outline`` for an imported report (the
importer files each section under its meaning, so the numbering can be judged here), or the draft's
headings and the run-in leads of 一's paragraphs for drafter's own drafts.
"""

from __future__ import annotations

import re

from drafter.checks.intro import OLD_PARTS
from drafter.checks.problem import ERROR, WARNING, Problem
from drafter.checks.subpoints import NUMERALS, check_subpoints, headless_subs, is_sub, ordinal
from drafter.draft import Draft, Heading, Paragraph
from drafter.facts.model import Facts
from drafter.facts.values import nfkc
from drafter.importers.narrative import (
    OVERVIEW_AS_ONE,
    as_sub,
    filed_under,
    heading_meaning,
    merged_meanings,
    numbered_meaning,
    parse_heading,
    sub_heading,
)
from drafter.tables import DECISION_ROWS, DOC_COLUMNS, DOC_ROWS, SECTION_HEADINGS

# What each official title must say (any of the words in each group), so that a variant keeps the meaning.
TITLE_WORDS: dict[int, tuple[tuple[str, ...], ...]] = {
    1: (("总体",),),
    2: (("主动公开",),),
    3: (("收到", "受理"), ("处理", "办理"), ("申请",)),
    4: (("复议",), ("诉讼",)),
    5: (("问题",), ("改进", "整改", "措施")),
    6: (("其他", "其它"), ("事项",)),
}
# S5: where the content of a heading the format lacks belongs, by its words (first match wins).
BELONGS = (
    (("考核", "评议", "追究", "监督", "培训"), "一、总体情况 · （五）监督保障"),
    (("平台", "网站", "新媒体", "公开栏"), "一、总体情况 · （四）平台建设"),
    (("依申请",), "一、总体情况 · （二）依申请公开"),
    (("管理", "制度", "机制", "解读", "回应"), "一、总体情况 · （三）政府信息管理"),
    (("问题", "不足", "措施", "改进", "整改", "计划", "打算"), "五、存在的主要问题及改进情况"),
)


def outline_of(facts: Facts, draft: Draft | None, published: bool) -> list[str]:
    """The heading lines a reviewer sees: the imported report's (empty when not recorded) or the draft's."""
    if published and facts.imported is not None or draft is None:
        return list(facts.imported.outline) if facts.imported is not None else []
    lines: list[str] = []
    section: int | None = 0
    for block in draft.blocks:
        if isinstance(block, Heading) and block.level == 1:
            lines.append(block.text)
            parsed = parse_heading(block.text)
            section = heading_meaning(parsed[1]) if parsed else None
        elif isinstance(block, Paragraph) and block.lead and section == 1:
            lines.append(sub_heading(block.lead) or block.lead)
    return lines


SUBPOINTS_FROM_YEAR = 2021  # the five aspects of 一 are asked by the 2021 format (国办公开办函〔2021〕30号)


def check_outline(lines: list[str], year: int = SUBPOINTS_FROM_YEAR, unsplit: int = 0,
                  points: tuple[str, ...] = (), written: frozenset[int] = frozenset(),
                  intro: str | None = None, tabled: frozenset[int] = frozenset()) -> list[Problem]:
    """S2–S6 on the outline; nothing when it is empty (not recorded). ``tabled``: the sections (二, 三, 四) whose
    table the import read (``inputs.tabled_sections``): one without its heading lost the heading, not the part. S6 for reports of ``year`` 2021 on;
    ``unsplit``: how many characters 一's text runs before any sub-point (0 when not known); ``points``: the
    points 一 is divided into when it has no "（一）" sub-points ("1、强化组织领导", ``numbered_points``); ``written``:
    the aspects 一's text is filed under (``subpoints.written_aspects``); ``intro``: a published report's text
    before its first heading (``subpoints.headless_subs``)."""
    if not lines:
        return []
    tops = _tops(lines)
    problems: list[Problem] = []
    if not tops:  # perhaps sections headed like 一's sub-points, then numbered as the format does
        lines, problems = _sections_as_subpoints(lines)
        tops = _tops(lines) if problems else tops
        problems = problems or _old_outline(lines)
    lines, as_sections = _subpoints_as_sections(lines)
    if as_sections:
        problems += as_sections
        tops = _tops(lines)
    found, seen = _headings(tops)
    problems += found
    headless = [] if 1 in seen else headless_subs(lines, intro)
    printed = {number for _, number, _, _ in tops}
    for n in range(1, 7):
        if n in tabled and n in printed and n not in seen:  # its table under a heading of its number worded otherwise
            continue  # ("三、本年度办理结果", 508): S5 names that heading
        if n not in seen:
            problems.append(_missing(n, headless if n == 1 and headless else _content_in_place(lines, n), n in tabled))
    if (1 in seen or headless) and (year >= SUBPOINTS_FROM_YEAR or not year):
        # nothing after 一: a copy cut short there, the sub-points after the last are unknown; without its heading
        # where 一 starts is not known either (a flattened page's "一、年度工作核心成效（一）…" is not read)
        cut = not seen or seen[-1] == 1 or bool(headless)
        subs = _subs_of_one(lines) or headless
        problems += check_subpoints(subs or list(points), cut, unsplit, complete=not headless, points=not subs,
                                    written=written)
    return problems


def _tops(lines: list[str]) -> list[tuple[str, int, str, bool]]:
    """The top headings ("一、总体情况") with what ``parse_heading`` reads of them."""
    return [(line, *parsed) for line in lines if not is_sub(line) and (parsed := parse_heading(line))]


def _sections_as_subpoints(lines: list[str]) -> tuple[list[str], list[Problem]]:
    """S3 on sections headed like 一's sub-points ("（一）总体情况" … "（二）主动公开政府信息的情况"), and the outline
    with those headings as the format numbers them, for the other rules. Only for an outline without any "一、"-style
    heading (the caller's to see), and
    only when the numbering shows it: "（一）总体情况" followed by 一's own "（一）…" (an introduction's list of the
    parts "（一）总体情况（二）主动公开…" is not), then each "（N）" that is section N where the numbering restarts."""
    start = next((i for i, line in enumerate(lines) if _section_of(line) == 1), None)
    if start is None or start + 1 >= len(lines) or ordinal(lines[start + 1]) != 1:  # not a list of the parts
        return lines, []
    out, headings, current, previous = list(lines), [start], 1, 1
    for i in range(start + 1, len(lines)):
        number, meaning = ordinal(lines[i]), _section_of(lines[i])
        if meaning and meaning > current and (number >= 3 or number <= previous):  # a restart, or no aspect of 一
            headings.append(i)
            current = meaning
        previous = number
    for i in headings:
        out[i] = f"{NUMERALS[ordinal(lines[i]) - 1]}、{lines[i][3:].strip()}"
    shown = "”“".join(lines[i] for i in headings[:3])
    right = "”“".join(out[i] for i in headings[:3])
    return out, [Problem("S3", ERROR, "outline",
                         f"各部分标题用了“（一）”“（二）”这样的二级序号（“{shown}”），与总体情况下的（一）至（五）混在一起",
                         f"一级标题改为“{right}”（统一格式为：{'、'.join(h.split('、')[0] for h in SECTION_HEADINGS)}）",
                         SECTION_HEADINGS[0])]


def _subpoints_as_sections(lines: list[str]) -> tuple[list[str], list[Problem]]:
    """S3 on 一's sub-points numbered as sections ("一、总体情况" / "一、主动公开政府信息情况" "二、依申请公开政府信息情况" …
    then "二、主动公开政府信息情况"), and the outline with them as "（一）…" sub-points, for the other rules: one finding,
    not a repeated "一、" and a repeated "二、". The importer files them so (``narrative.as_sub``): a run numbered from
    一 right under 一's heading, its first two naming 一's aspects."""
    start = next((i for i, line in enumerate(lines) if not is_sub(line) and (p := parse_heading(line))
                  and p[0] == 1 and heading_meaning(p[1]) == 1), None)
    if start is None:
        return lines, []
    run: list[str] = []
    for line in lines[start + 1:]:
        sub = as_sub(line)
        if sub is None or sub[0] != len(run) + 1:
            break
        run.append(sub[1])
    if len(run) < 2:
        return lines, []
    printed = lines[start + 1:start + 1 + len(run)]
    shown = "”“".join(printed[:3]) + ("”等" if len(printed) > 3 else "”")
    return lines[:start + 1] + run + lines[start + 1 + len(run):], [Problem(
        "S3", ERROR, "outline", f"“一、总体情况”下的小标题“{shown}用了“一、”“二、”这样的一级序号，与报告各部分的标题同级，层级不清",
        f"小标题改用二级序号：{'、'.join(run[:3])}{'等' if len(run) > 3 else ''}", SECTION_HEADINGS[0])]


def _old_outline(lines: list[str]) -> list[Problem]:
    """S2 (a warning) on an outline without any "一、"-style heading whose parts, headed like sub-points from
    "（一）总体情况" (or 概述) on, include one of the annual report's before the 2019 format (收费及减免, 申诉,
    不予公开…): the old structure in place of the six parts (621: "（一）总体情况" "（二）政府信息公开情况"
    "（三）、申请行政复议和提起行政诉讼情况" "（四）、政府信息公开的收费及减免情况")."""
    if not lines or ordinal(lines[0]) != 1 or not is_sub(lines[0]) \
            or heading_meaning(_SUB_MARK.sub("", lines[0])) != 1 and "概述" not in lines[0]:
        return []
    parts = [line for line in lines if is_sub(line)]
    old = [hit.group() for line in parts[1:] if (hit := OLD_PARTS.search(line))]
    if not old:
        return []
    shown = "”“".join(parts[:4])
    return [Problem("S2", WARNING, "outline",
                    f"报告没有统一格式的六个部分，各部分（“{shown}”{'等' if len(parts) > 4 else ''}）是2019年以前年度报告的结构"
                    f"（{'、'.join(old)}）",
                    f"按现行格式（国办公开办函〔2021〕30号）的六个部分改写：{'、'.join(SECTION_HEADINGS)}")]


# 表二's cells (a 2019 report's too: its rows are read into the same fields)
T2_CELLS = (*(f"proactive_table.{row}.{column}" for row, _ in DOC_ROWS for column, _ in DOC_COLUMNS),
            *(f"proactive_table.{row}" for row, _ in DECISION_ROWS), "proactive_table.fees_10k_yuan")
# a sub-point's number and mark ("（三）、"), taken off its title
_SUB_MARK = re.compile(r"^[(（][一二三四五六七八九十\d]{1,2}[)）][、，,.．]?\s*")


def unheaded_table(facts: Facts) -> list[Problem]:
    """S2 (a warning) on a published report with no heading at all whose 表二 was read: its opening text runs
    straight into the table, without "一、总体情况" or "二、主动公开政府信息情况" (772: "…报告如下。" and then 表二).
    Not when a line of that text is a heading the import did not file as one."""
    imported = facts.imported
    if imported is None or imported.outline or set(imported.sections) != {"intro"}:
        return []
    intro = imported.sections["intro"]
    read = [path for path in T2_CELLS if path not in imported.missing]
    if not read or not intro.strip() or any(parse_heading(line) for line in intro.split("\n")):
        return []
    first, second = SECTION_HEADINGS[:2]
    return [Problem("S2", WARNING, "outline", f"报告没有“{first}”“{second}”标题：开头的文字之后直接是表二"
                    "（标题也可能在转载或转换中丢失）",
                    f"在开头的文字之后补上“{first}”及其内容，在表二之前补上标题“{second}”", "引言")]


def _section_of(sub: str) -> int | None:
    """The section (1–6) a "（N）…" line names when its number is that section's (one of the format's titles)."""
    meaning = heading_meaning(sub[3:]) if is_sub(sub) else None
    return meaning if meaning is not None and meaning == ordinal(sub) else None


def _headings(tops: list[tuple[str, int, str, bool]]) -> tuple[list[Problem], list[int]]:
    """S3, S4, S5 on the top headings, and the sections they mean in order. When the printed numbers start
    again lower after headings the format does not have (Shanghai's reports number 总体情况's own parts
    一 to 六, then the tables' sections again from 一), the headings after are judged as their own
    sequence: numbered consistently among themselves, they are one warning, not an error each."""
    problems: list[Problem] = []
    seen: list[int] = []
    extra = 0  # headings the format lacks so far: the numbers after them are shifted, one finding is enough
    printed, restart = 0, None
    later: list[tuple[str, int, int, bool, list[Problem]]] = []  # after a restart, judged together at the end
    lost: list[tuple[str, int]] = []  # headings whose numeral was lost, in their place: one finding for all
    for line, number, title, digits in tops:
        meaning = numbered_meaning(number, title, digits)
        if restart is None and extra > 0 and 0 < number < printed:  # the parts before were the agency's own
            restart = len(seen)
        printed = number or printed  # 0: the numeral lost ("、总体情况")
        if meaning is None and (merged := merged_meanings(title)):
            problems += _merged(line, merged)
            problems += _numbering(line, number, digits, merged[0], seen) if number else []
            seen += merged
            extra -= 1  # the numbers after are one lower
            continue
        if meaning is None:
            problems.append(_unknown(line, title, seen))
            extra += 1
            continue
        in_place = meaning not in seen and (not seen or meaning > max(seen))
        if number == 0 and in_place:
            lost.append((line, meaning))
        found = [] if number == 0 and in_place else \
            _numbering(line, number - extra if number - extra == meaning else number, digits, meaning, seen)
        if restart is not None:
            later.append((line, number, meaning, digits or meaning in seen, found))
        else:
            problems += found
        problems += _wording(line, title, meaning)
        seen.append(meaning)
    return problems + _renumbered(later) + _lost_numerals(lost), seen


def _merged(line: str, merged: tuple[int, int]) -> list[Problem]:
    first, second = (SECTION_HEADINGS[n - 1] for n in merged)
    return [Problem("S2", ERROR, "outline", f"标题“{line}”把“{first}”和“{second}”两部分合写在一起",
                    f"分成“{first}”“{second}”两部分分别写（统一格式要求六个部分“不能遗漏”）", second)]


def _lost_numerals(lost: list[tuple[str, int]]) -> list[Problem]:
    """S3 once for the headings printed without their numeral ("、总体情况", 180-changjiang-nianyushan-2023)."""
    if not lost:
        return []
    more = "等" if len(lost) > 3 else ""
    shown = "”“".join(line for line, _ in lost[:3])
    right = "”“".join(SECTION_HEADINGS[meaning - 1] for _, meaning in lost[:3])
    return [Problem("S3", ERROR, "outline", f"标题“{shown}”{more}缺少序号（可能在排版或转换中丢失）",
                    f"补上序号：“{right}”{more}", SECTION_HEADINGS[lost[0][1] - 1])]


def _renumbered(later: list[tuple[str, int, int, bool, list[Problem]]]) -> list[Problem]:
    """The S3 findings of the headings after a restart; one warning instead when they are numbered
    consistently among themselves (each the format's number less the same amount, in order, no repeat)."""
    offsets = {meaning - number for _, number, meaning, _, _ in later}
    meanings = [meaning for _, _, meaning, _, _ in later]
    consistent = len(offsets) == 1 and 0 not in offsets and meanings == sorted(set(meanings)) \
        and not any(bad for *_, bad, _ in later)
    if not consistent:
        return [p for *_, found in later for p in found]
    line, _, meaning, _, _ = later[0]
    official = SECTION_HEADINGS[meaning - 1]
    return [Problem("S3", WARNING, "outline",
                    f"从标题“{line}”起，各部分另起编号，序号与统一格式不一致（这是统一格式的“{official}”）",
                    f"按统一格式的序号连续编为一至六（{'、'.join(h.split('、')[0] for h in SECTION_HEADINGS)}）",
                    official)]


def _content_in_place(lines: list[str], n: int) -> list[str]:
    """The sub-points printed where section ``n`` would be (after the sections before it, before those
    after it) that say what its title says: its content under another heading."""
    current, subs = 0, list[str]()
    for line in lines:
        parsed = None if is_sub(line) else parse_heading(line)
        meaning = filed_under(parsed[1]) if parsed else None
        if meaning is not None and meaning > n:
            break
        if meaning is not None:
            current, subs = meaning, []  # only those after the last section before n
        elif is_sub(line) and 1 < current < n:  # 一's own sub-points name 主动公开 and more: never 二's content
            subs.append(line)
    plain = re.sub(r"\s+", "", nfkc("".join(subs)))
    return subs if subs and all(any(w in plain for w in words) for words in TITLE_WORDS[n]) else []


def _missing(n: int, content: list[str], tabled: bool = False) -> Problem:
    heading = SECTION_HEADINGS[n - 1]
    if tabled and not content:  # its table printed where the part should be: the heading lost (761: 表三 right after 表二)
        return Problem("S2", WARNING, "outline", f"没有“{heading}”这一标题，但原报告列出了这部分的表格（标题可能在排版或转换中丢失）",
                       f"在表格前补上标题“{heading}”", heading)
    if content:  # the heading lost (a PDF conversion), or the section written under another: not missing
        shown = "”“".join(content[:2])
        return Problem("S2", WARNING, "outline",
                       f"没有“{heading}”这一标题，但“{shown}”写的是这部分内容（标题可能在排版或转换中丢失）",
                       f"在这些内容前补上标题“{heading}”", heading)
    return Problem("S2", ERROR, "outline", f"报告缺少“{heading}”部分",
                   f"按统一格式补上“{heading}”及其内容（统一格式要求六个部分“不能遗漏”）", heading)


def _subs_of_one(lines: list[str]) -> list[str]:
    """The sub-point lines under 一、总体情况 (the outline also keeps a few from elsewhere, see ``_content_in_place``)."""
    current, subs = 0, list[str]()
    for line in lines:
        parsed = None if is_sub(line) else parse_heading(line)
        if parsed:
            current = filed_under(parsed[1]) or numbered_meaning(*parsed) or current
        elif is_sub(line) and current == 1:
            subs.append(line)
    return subs


def _numbering(line: str, number: int, digits: bool, meaning: int, seen: list[int]) -> list[Problem]:
    official = SECTION_HEADINGS[meaning - 1]
    where, right = official, f"{NUMERALS[meaning - 1]}、"
    if meaning in seen:
        message = f"标题“{line}”重复：报告中已有“{official}”部分"
        fix = "删去重复的标题，把两处内容合并到同一部分"
    elif seen and meaning < max(seen):
        later = SECTION_HEADINGS[max(seen) - 1]
        message = f"标题“{line}”顺序有误：第{NUMERALS[meaning - 1]}部分排在了“{later}”之后"
        fix = "按统一格式的顺序（一至六）排列各部分"
    elif digits:
        message = f"标题“{line}”用了阿拉伯数字序号，一级标题应为“{right}”"
        fix = f"改为“{right}”"
    elif number != meaning:
        message = f"标题“{line}”序号有误：这是统一格式的第{NUMERALS[meaning - 1]}部分，应为“{right}”"
        fix = f"把序号改为“{right}”（统一格式为：{'、'.join(h.split('、')[0] for h in SECTION_HEADINGS)}，不跳号、不重号）"
    else:
        return []
    return [Problem("S3", ERROR, "outline", message, fix, where)]


def _wording(line: str, title: str, meaning: int) -> list[Problem]:
    plain = re.sub(r"\s+", "", nfkc(title))
    # 一 read by its words, worded otherwise (415), or under its number (``OVERVIEW_AS_ONE``, 455's "一、总体要求")
    if meaning == 1 and (re.search(r"总体(?:公开|工作)情况", plain) or OVERVIEW_AS_ONE.match(plain)):
        return [Problem("S4", WARNING, "outline", f"标题“{line}”与统一格式的“{SECTION_HEADINGS[0]}”写法不同",
                        f"标题按统一格式写作“{SECTION_HEADINGS[0]}”", SECTION_HEADINGS[0])]
    lacking = [words[0] for words in TITLE_WORDS[meaning] if not any(w in plain for w in words)]
    if not lacking:
        return []
    official = SECTION_HEADINGS[meaning - 1]
    return [Problem("S4", WARNING, "outline",
                    f"标题“{line}”与统一格式的“{official}”含义不全，缺少“{'”“'.join(lacking)}”",
                    f"标题按统一格式写作“{official}”", official)]


def _unknown(line: str, title: str, seen: list[int]) -> Problem:
    target = next((place for words, place in BELONGS if any(w in title for w in words)), SECTION_HEADINGS[5])
    after = f"（位于“{SECTION_HEADINGS[seen[-1] - 1]}”之后）" if seen else ""
    return Problem("S5", WARNING, "outline",
                   f"标题“{line}”不是统一格式中的部分{after}；统一格式只有六个部分",
                   f"删去这个标题，把其内容写入“{target}”，其后各部分的序号随之前移", target)
