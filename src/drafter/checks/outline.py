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

from drafter.checks.problem import ERROR, WARNING, Problem
from drafter.draft import Draft, Heading, Paragraph
from drafter.facts.model import Facts
from drafter.facts.values import nfkc
from drafter.importers.narrative import SUB_WORDS, heading_meaning, parse_heading, sub_heading
from drafter.tables import SECTION_HEADINGS

NUMERALS = "一二三四五六七八九十"
# What each official title must say (any of the words in each group), so that a variant keeps the meaning.
TITLE_WORDS: dict[int, tuple[tuple[str, ...], ...]] = {
    1: (("总体",),),
    2: (("主动公开",),),
    3: (("收到", "受理"), ("处理", "办理"), ("申请",)),
    4: (("复议",), ("诉讼",)),
    5: (("问题",), ("改进", "整改", "措施")),
    6: (("其他", "其它"), ("事项",)),
}
SUBPOINTS = ("（一）主动公开政府信息情况", "（二）依申请公开政府信息情况", "（三）政府信息管理情况",
             "（四）平台建设情况", "（五）监督保障情况")
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


# A line of 一 that starts a sub-point of some kind: "（一）", "1." or "第一，" (not "一是": points in a paragraph).
_SUB_LIKE = re.compile(r"^\s*(?:[(（][一二三四五六七八九十][)）]|\d{1,2}\s*[、.．](?!\d)|第[一二三四五六七八九十]+[，,、])")


def unsplit_chars(facts: Facts) -> int:
    """How many characters an imported 一 runs before its first sub-point of any kind; 0 when its text was
    filed under sub-points (or not imported)."""
    imported = facts.imported
    if imported is None or any(key.startswith("overview.") for key in imported.sections):
        return 0
    run = 0
    for line in imported.sections.get("overview", "").split("\n"):
        if _SUB_LIKE.match(nfkc(line)):
            break
        run += len(re.sub(r"\s+", "", line))
    return run


SUBPOINTS_FROM_YEAR = 2021  # the five aspects of 一 are asked by the 2021 format (国办公开办函〔2021〕30号)


def check_outline(lines: list[str], year: int = SUBPOINTS_FROM_YEAR, unsplit: int = 0) -> list[Problem]:
    """S2–S6 on the outline; nothing when it is empty (not recorded). S6 for reports of ``year`` 2021 on;
    ``unsplit``: how many characters 一's text runs before any sub-point (0 when not known)."""
    if not lines:
        return []
    tops = [(line, *parsed) for line in lines if not _is_sub(line) and (parsed := parse_heading(line))]
    problems, seen = _headings(tops)
    headless = [] if 1 in seen else headless_subs(lines)
    for n in range(1, 7):
        if n not in seen:
            problems.append(_missing(n, headless if n == 1 and headless else _content_in_place(lines, n)))
    if (1 in seen or headless) and (year >= SUBPOINTS_FROM_YEAR or not year):
        # nothing after 一: a copy cut short there, the sub-points after the last are unknown; without its heading
        # where 一 starts is not known either (a flattened page's "一、年度工作核心成效（一）…" is not read)
        cut = not seen or seen[-1] == 1 or bool(headless)
        problems += _subpoints(_subs_of_one(lines) or headless, cut, unsplit, complete=not headless)
    return problems


def headless_subs(lines: list[str]) -> list[str]:
    """The sub-points printed before the first section heading when they are 一's (they name two of its five
    aspects or more, none of them 总体情况): a report whose "一、总体情况" is lost or never printed."""
    subs = []
    for line in lines:
        if not _is_sub(line):
            break
        subs.append(line)
    aspects = {_aspect(sub) for sub in subs} - {None}
    return subs if len(aspects) >= 2 and not any(heading_meaning(sub[3:]) == 1 for sub in subs) else []


def _aspect(sub: str) -> int | None:
    """Which of 一's five aspects a sub-point names (0–4): the one whose words come first ("监督管理" is 监督保障,
    "平台管理" 平台建设, "信息管理体系健全,基础保障不断夯实" 政府信息管理)."""
    hits = [(sub.find(word), i) for i, (_, words) in enumerate(SUB_WORDS) for word in words if word in sub]
    return min(hits)[1] if hits else None


def _is_sub(line: str) -> bool:
    return line.startswith(("（", "("))


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
    for line, number, title, digits in tops:
        meaning = heading_meaning(title)
        if restart is None and extra and number < printed:  # the parts before were the agency's own
            restart = len(seen)
        printed = number
        if meaning is None:
            problems.append(_unknown(line, title, seen))
            extra += 1
            continue
        found = _numbering(line, number - extra if number > meaning else number, digits, meaning, seen)
        if restart is not None:
            later.append((line, number, meaning, digits or meaning in seen, found))
        else:
            problems += found
        problems += _wording(line, title, meaning)
        seen.append(meaning)
    return problems + _renumbered(later), seen


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
        parsed = None if _is_sub(line) else parse_heading(line)
        meaning = heading_meaning(parsed[1]) if parsed else None
        if meaning is not None and meaning > n:
            break
        if meaning is not None:
            current, subs = meaning, []  # only those after the last section before n
        elif _is_sub(line) and 1 < current < n:  # 一's own sub-points name 主动公开 and more: never 二's content
            subs.append(line)
    plain = re.sub(r"\s+", "", nfkc("".join(subs)))
    return subs if subs and all(any(w in plain for w in words) for words in TITLE_WORDS[n]) else []


def _missing(n: int, content: list[str]) -> Problem:
    heading = SECTION_HEADINGS[n - 1]
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
        parsed = None if _is_sub(line) else parse_heading(line)
        if parsed:
            current = heading_meaning(parsed[1]) or current
        elif _is_sub(line) and current == 1:
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


UNSPLIT_CHARS = 400  # 一's text before its （一） in the 2021+ reports of the corpus: at most 350 characters


def _subpoints(subs: list[str], cut: bool = False, unsplit: int = 0, complete: bool = True) -> list[Problem]:
    """S6: the five sub-points of 一 present and in order (matched by their words, ``_aspect``).
    With ``cut`` (the outline ends in 一) only those missing before the last one found are reported, the
    sub-points printed that name none of the five, and 一 still undivided ``unsplit`` characters on; when
    ``subs`` may not be all of 一's first ones (not ``complete``), only those naming none of the five."""
    found = [_aspect(sub) for sub in subs]
    order = [i for i in found if i is not None]
    # a copy cut short in 一 shows other sub-headings only by a sub-point among its first five that names no aspect
    # (a heading the copy stops inside, "（三）政府信", is not in the outline; a sixth is an addition, 51's
    # "（六）强化“线上+线下”政务公开便民渠道方面")
    odd = [sub for sub, i in zip(subs, found, strict=True) if i is None and sub[1] in NUMERALS[:5]] if cut else []
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
    problems = []
    for i, official in enumerate(SUBPOINTS):
        if i not in order and not (cut and i > max(order)):
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
