"""The report's text as sections: its headings (number, meaning), 一's sub-points, each paragraph filed under its
section. Who and when: ``identity``; what the sections state: ``section_texts``."""

from __future__ import annotations

import re
from collections import deque

from drafter.facts import values
from drafter.importers import inline_headings, lines
from drafter.importers.blocks import Block
from drafter.tables import SECTION_HEADINGS

_NUMERALS = lines.NUMERALS
# A sub-point's number: "（一）", also printed "一）" or "【一】" (``lines.SUB_OPEN``)
SUB_POINT = re.compile(rf"^{lines.SUB_OPEN}?([{_NUMERALS}]){lines.SUB_CLOSE}\s*")
# What the six official titles mean: a title names a section when it matches its pattern (variants seen:
# "政府信息公开工作存在的主要问题和改进措施", "其他需要汇报事项", "1、 总体情况"). Table row labels that
# look like headings in one-cell-per-line copies ("一、本年新收…申请数量", "四、结转下年度继续办理") never match.
MEANINGS = {
    1: re.compile(r"总体(?:公开|工作)?情况|总体概况|基本情况|概述"),  # "总体公开情况" (w21's 415)
    2: re.compile(r"^(?!.*申请).*主动公开"),
    3: re.compile(r"^(?!依申请)(?!.*(?:数量|结转|办理结果)).*(?:收到|处理|办理|受理).*申请|^(?!.*(?:数量|结转)).*申请.*(?:收到|处理|办理)"),
    4: re.compile(r"复议|诉讼"),
    5: re.compile(r"问题.*(?:改进|整改|措施)|(?:改进|整改).*问题|^(?:存在的)?主要问题|^存在.*问题"),
    6: re.compile(r"(?:其他|其它).*(?:事项|报告|汇报)"),
}
# How a section title ends (a sentence-like item inside a section does not): only such lines are
# filed under their meaning when their printed number is wrong.
# Heading lines numbered otherwise ("第一部分：总体情况", "一 总体情况", "一：总体情况"), or whose numeral was lost
# ("、总体情况"): read only with a title of the six (``parse_heading``). "第二：…" without 部分 is a point of a list
# ("第一：主动公开政府信息情况" / "第二：…" inside 一), never a section.
ODD_NUMBER = re.compile(r"^(?:第([一二三四五六])部分\s*[、:：.．]?|([一二三四五六])(?:\s+|\s*[:：]))\s*(.{2,30})$")
LOST_NUMBER = re.compile(r"^()[、.．]\s*(.{2,30})$")
_TITLE_END = re.compile(r"(?:情况|事项|措施|问题|概况|概述|说明|事宜)$")
SUB_WORDS = (("overview.proactive", ("主动公开",)), ("overview.requests", ("依申请", "申请公开", "公开申请")),
             ("overview.management", ("管理",)), ("overview.platform", ("平台", "载体")),
             # 监督保障 includes 条例 第五十条's 工作考核、社会评议和责任追究 (the 2021 format's words)
             ("overview.supervision", ("监督", "保障", "考核", "评议", "追究")))


def parse_heading(text: str) -> tuple[int, str, bool] | None:
    """(printed number, title, numbered in digits) of a line shaped like "三、…" or "3、…" (a full stop after a title
    left out), else None. Numbered
    otherwise ("第一部分 总体情况", "一 总体情况"), or not at all, only with one of the six titles: number 0 for a
    heading whose numeral was lost in the copy, its mark left ("、总体情况") or not ("总体情况")."""
    plain = values.nfkc(text).strip()
    if plain.endswith("。") and _TITLE_END.search(plain[:-1]):  # "二、主动公开政府信息情况。": a title with a full stop
        plain = plain[:-1]
    if "。" in plain:
        return None
    m = lines.HEADING.match(plain)
    if not m:
        return _odd_number(plain)
    mark = m.group(1)
    if mark.isdigit():
        return int(mark), m.group(2).strip(), True
    tens = 10 if len(mark) == 2 else 0  # 十一 … 十九
    return tens + _NUMERALS.index(mark[-1]) + 1, m.group(2).strip(), False


def _odd_number(plain: str) -> tuple[int, str, bool] | None:
    """(number, title, False) for a title of the six numbered "第一部分 …" or "一 …"; (0, title, False) for one whose
    numeral was lost, its mark left ("、总体情况")."""
    m = ODD_NUMBER.match(plain) or LOST_NUMBER.match(plain)
    if not m:
        return None
    *numerals, title = m.groups()
    numeral = next((n for n in numerals if n), "")
    if not is_title(title):
        return None
    return (_NUMERALS.index(numeral) + 1 if numeral else 0), title.strip(), False


def is_title(text: str) -> bool:
    """One of the six titles, shaped like a title: a list of the parts wrapped onto a line ("收到和处理…情况、政府信息公开
    行政复议…") means several sections, a sentence says more than a title."""
    plain = values.nfkc(text).strip()
    return len(plain) <= 30 and "。" not in plain and bool(heading_meaning(plain) and _TITLE_END.search(plain))


# 三's title in the words of 一's sub-point ("三、依申请公开政府信息情况"): section 三 only under its own number
_REQUESTS_AS_THREE = re.compile(r"^依申请公开.{0,8}情况$")


# 一's title in other words ("一、总体要求", 455; "一、工作概况"): section 一 only under its own Chinese numeral (a list's
# "1、总体要求" is a point of a list)
OVERVIEW_AS_ONE = re.compile(r"^总体要求$|^(?:年度|本年度)?(?:政府信息公开|信息公开|政务公开)?工作(?:概况|综述)$")


def numbered_meaning(number: int, title: str, digits: bool = False) -> int | None:
    """``heading_meaning``, and 三 for "依申请公开…情况" printed as "三、" (not a section under any other number: it is
    also 一's sub-point "（二）依申请公开政府信息情况"), 一 for its title in other words printed "一、" (``OVERVIEW_AS_ONE``)."""
    meaning = heading_meaning(title)
    plain = re.sub(r"\s+", "", values.nfkc(title))
    if meaning is None and number == 3 and _REQUESTS_AS_THREE.match(plain):
        return 3
    if meaning is None and number == 1 and not digits and OVERVIEW_AS_ONE.match(plain):
        return 1
    return meaning


def heading_meaning(title: str) -> int | None:
    """Which of the six sections (1–6) a heading's title means, whatever its number; None if none."""
    found = meanings(title)
    if 4 in found and 3 in found:  # "政府信息公开申请行政复议…" is about 复议
        found.remove(3)
    return found[0] if len(found) == 1 else None


def meanings(title: str) -> list[int]:
    """The sections whose title patterns a title matches (a heading's, or an item of the introduction's list). 基本情况/概述 alone beside another section's
    words do not name 一 ("二、主动公开政府信息基本情况" is 二's title, not 一 and 二 merged)."""
    plain = re.sub(r"\s+", "", values.nfkc(title))
    found = [n for n, pattern in MEANINGS.items() if pattern.search(plain)]
    if len(found) > 1 and 1 in found and not re.search(r"总体情况|总体概况", plain):
        found.remove(1)
    return found


def merged_meanings(title: str) -> tuple[int, int] | None:
    """The two sections a heading writes as one ("存在的主要问题、改进情况及其他需要报告的事项": 五 and 六), else None
    (三 and 四 are one title's words when a 复议 is about an application: ``heading_meaning``)."""
    found = meanings(title)
    return (found[0], found[1]) if len(found) == 2 and found[1] == found[0] + 1 and found != [3, 4] else None


def filed_under(title: str) -> int | None:
    """The section a heading's text is filed under: its meaning, or the first of two it merges."""
    merged = merged_meanings(title)
    return merged[0] if merged else heading_meaning(title)


def heading_number(text: str, current: int = 0, printed: int = 0) -> int | None:
    """The section (1–6) a heading line files under, by its meaning, else None.

    A title whose number agrees with its meaning is always a heading. A Chinese-numbered title that
    reads like one (it ends in 情况, 事项…) is a heading even when its number is wrong, if it moves on
    past ``current`` (the section so far) or repeats it under the same number ``printed``: a report
    numbered one too high still files 六's text under 六, and two "三、…" headings are one section.
    """
    parsed = parse_heading(text)
    if parsed is None:
        return None
    number, title, digits = parsed
    meaning = filed_under(title) or numbered_meaning(number, title, digits)
    if meaning is None:
        return None
    if number == meaning:
        return meaning
    if digits or not _TITLE_END.search(title):
        return None
    if meaning > current or meaning == current and number == printed:
        return meaning
    return None


def is_unknown_heading(text: str, printed: int) -> bool:
    """A top-level heading the format does not have: Chinese-numbered, next in the printed sequence,
    shaped like a title, and meaning none of the six ("七、工作考核情况")."""
    parsed = parse_heading(text)
    if parsed is None or parsed[2] or parsed[0] != printed + 1 or printed == 0:
        return False
    title = parsed[1]
    return numbered_meaning(parsed[0], title, parsed[2]) is None and len(title) <= 25 and not re.search(r"[，,；;：:]$", title)


def sub_heading(text: str) -> str | None:
    """The lead of a sub-point line of 一 ("（一）主动公开政府信息情况。…" → "（一）主动公开政府信息情况")."""
    plain = values.nfkc(text).strip()
    m = SUB_POINT.match(plain)
    if not m:
        return None
    lead = re.split(r"[。：:]", plain[m.end():], maxsplit=1)[0].strip()
    if len(lead) > 25:
        run_in = _RUN_IN_TITLE.match(lead)
        clause = re.split(r"[，,；;]", lead, maxsplit=1)[0]
        lead = run_in.group(1) if run_in and (len(clause) > 25 or re.match(r"\s*\d", lead[run_in.end():])) else ""
    if not lead:
        return None
    return f"（{m.group(1)}）{lead}"


# A sub-point's title run into its text, no stop between them: the words to the first 工作/情况/公开 (and any more of them
# at once), when its first clause runs on past a title's length ("(一)组织推动政府信息公开工作成立政府信息公开工作领导小组,…",
# 641) or a figure follows them ("(二)依申请公开情况2023年乡政府…", 602); not in a title of two phrases ("(三)完善公开平台,
# 推动政民互动按照…", 579: "完善公开" is not its title)
_RUN_IN_TITLE = re.compile(r"^([^，,；;、\s\d]{2,18}?(?:工作|情况|公开)+)(?!工作|情况|公开)")


def unrun(blocks: list[Block]) -> list[Block]:
    """Paragraphs holding the whole page (three or more section headings inline, or one after a sentence and a
    space: a flattened page cut short) split at its headings and sub-points (``inline_headings.split``); a paragraph
    opening with a section's title closed by a full stop, its heading and its text (``inline_headings.title_apart``)."""
    out: list[Block] = []
    for block in blocks:
        if not isinstance(block, str):
            out.append(block)
        else:
            out += inline_headings.split(block) if _flattened(block) else inline_headings.title_apart(block)
    return out


def _flattened(text: str) -> bool:
    return inline_headings.is_flattened(text) or inline_headings.has_inline_heading(text)


# A sub-point about problems and improvements outside 五 ("（一）主要问题" after 表四): 五's content under
# another heading, most often because a PDF conversion lost the heading "五、存在的主要问题及改进情况".
LOST_FIVE = re.compile(r"问题|改进|整改")


def split_sections(blocks: list[Block], outline: list[str] | None = None) -> dict[int, list[str]]:
    """Paragraph texts per section: 0 before the first heading, then 1–6, each section under its
    meaning (``heading_number``). Table rows are left out. ``outline`` receives the heading lines as
    printed, in order: the sections' headings, headings the format does not have, 一's sub-points (also those
    before any heading: a report without "一、总体情况"), and sub-points about problems and improvements outside
    五 (``LOST_FIVE``); not a sub-point heading the copy stops at or inside ("（三）政府信"), nor a section title it
    stops inside ("二、主动公") or a numbered line it stops inside past a colon ("2、…类别:工作信息、社会救"), which are
    unfinished (a sub-point's title closed by its full stop, "（五）回应关切方面。", is whole)."""
    sections: dict[int, list[str]] = {0: []}
    current = printed = 0
    as_sections = 0  # 一's sub-points numbered as sections so far ("一、主动公开政府信息情况" under "一、总体情况")
    unfinished = False  # the outline's last line is a sub-point with nothing after it so far, or a title begun
    previous = ""
    queue = deque(_numerals_rejoined(unrun(blocks)))
    while queue:
        block = queue.popleft()
        unfinished = False
        if not isinstance(block, str):
            previous = ""  # a table: no sentence goes on after it
            continue
        if current == printed == 1 and (sub := _sub_as_section(block, as_sections, queue)):
            as_sections += 1
            if outline is not None:  # as printed: ``checks.outline`` reports the numbering once
                outline.append(f"{_NUMERALS[as_sections - 1]}、{sub[3:]}")
            sections[1].append(_SECTION_NUMBER.sub(sub[:3], values.nfkc(block).strip(), 1))  # filed as "（二）…"
            previous = block
            continue
        n = None if _continues(block, previous) else heading_number(block, current, printed)
        if n is None and current == 1 and len(parts := _run_on_sub_points(block)) > 1:
            queue.extendleft(reversed(parts))
            continue
        previous = block
        if n is not None:
            current, printed = n, parse_heading(block)[0] or n  # type: ignore[index]
            sections.setdefault(n, [])
            if outline is not None:
                outline.append(values.nfkc(block).strip())
                unfinished = _runs_past_title(block)
            continue
        if outline is not None:
            if is_unknown_heading(block, printed):
                printed = parse_heading(block)[0]  # type: ignore[index]
                outline.append(values.nfkc(block).strip())
                unfinished = _title_begun(block)
            elif (lead := sub_heading(block)) and (current in (0, 1) or current != 5 and LOST_FIVE.search(lead)):
                outline.append(lead)
                unfinished = _bodiless(block) and not values.nfkc(block).strip().endswith("。")
        sections.setdefault(current, []).append(block)
    if outline and unfinished and not _number_repeated(outline):  # the copy stops at (or inside) this heading
        begun = outline.pop()
        if (whole := _section_begun(begun, outline)) is not None:
            outline.append(whole)
    return sections


# a line numbered as a section ("二、依申请公开政府信息情况。2023年…"), its title run in or alone
_SECTION_NUMBER = re.compile(rf"^([{_NUMERALS}])\s*[、.．]\s*")


def as_sub(block: object) -> tuple[int, str] | None:
    """(number, "（N）lead") of a line numbered like a section ("三、政府信息管理情况。…") read as a sub-point of 一, when it
    names one of 一's five aspects and no section ("二、主动公开政府信息情况" is 二; "一、主动公开政府信息情况" may be 一's
    first sub-point)."""
    if not isinstance(block, str):
        return None
    plain = values.nfkc(block).strip()
    m = _SECTION_NUMBER.match(plain)
    lead = sub_heading(f"（{m.group(1)}）{plain[m.end():]}") if m else None
    if m is None or lead is None or not any(word in lead for _, words in SUB_WORDS for word in words):
        return None
    number, meaning = _NUMERALS.index(m.group(1)) + 1, heading_meaning(lead[3:])
    # no section's title ("二、收到和处理政府信息公开申请情况" is 三's) but 二's as 一's first aspect
    return (number, lead) if meaning is None or number == 1 and meaning == 2 else None


def _sub_as_section(block: str, done: int, queue: deque[Block]) -> str | None:
    """The lead ("（二）依申请公开政府信息情况") of 一's next sub-point numbered as a section ("二、依申请公开政府信息情况"
    under "一、总体情况"), numbered on from the ``done`` before it; the first only when the next line so numbered is the
    second, both naming 一's aspects (a typo's "一、主动公开政府信息情况" for 二 is followed by 三, not 二)."""
    this = as_sub(block)
    if this is None or this[0] != done + 1:
        return None
    if done == 0:
        following = next((b for b in queue if isinstance(b, str) and _SECTION_NUMBER.match(values.nfkc(b).strip())), None)
        after = as_sub(following)
        if after is None or after[0] != 2:
            return None
    return this[1]


BEGUN_AT_LEAST = 6  # characters of a section's title that tell it ("收到和处理政府信息公", not "主动公")


def _section_begun(line: str, outline: list[str]) -> str | None:
    """The format's heading of the section whose title the copy stops inside ("三、收到和处理政府信息公", 175, 130): printed
    under the number after the last section's, and the start of that section's title, long enough to tell it. Kept in
    the outline as the format prints it, so that the section before is known to have ended (a bare "二、…" heading);
    None for anything else (a sub-point's title, "二、主动公")."""
    parsed = parse_heading(line)
    tops = [p[0] for top in outline if not top.startswith(("（", "(")) and (p := parse_heading(top))]
    if parsed is None or parsed[2] or not tops or parsed[0] != tops[-1] + 1 or not 1 <= parsed[0] <= len(SECTION_HEADINGS):
        return None
    title, official = re.sub(r"\s+", "", parsed[1]), SECTION_HEADINGS[parsed[0] - 1]
    return official if len(title) >= BEGUN_AT_LEAST and official[2:].startswith(title) else None


def _number_repeated(outline: list[str]) -> bool:
    """The outline's last line is a sub-point numbered as the one before it ("（三）政府信息管理情况" / "（三）政", 378):
    its number is printed whole even where the copy stops inside its title, and repeated."""
    last = SUB_POINT.match(outline[-1])
    before = SUB_POINT.match(outline[-2]) if len(outline) > 1 else None
    return bool(last and before and last.group(1) == before.group(1))


def _run_on_sub_points(block: str) -> list[str]:
    """A paragraph of 一 with its sub-points run into it ("…有关工作情况如下：（一）主动公开情况。2023年，…"): the
    paragraph before and each sub-point, when each is shaped like one (``sub_heading``); else the paragraph alone."""
    parts = inline_headings.sub_points_apart(block)
    leads = [sub_heading(part) or ";" for part in parts[1:]]
    return parts if not any(lead.endswith(";") for lead in leads) else [block]  # ";": a list of titles


# A heading's numeral on a line of its own, its title on the next ("一、" / "总体情况"): one heading.
_NUMERAL_ONLY = re.compile(r"^(?:第?[一二三四五六](?:部分)?[、.．:：]?|[1-6][、.．])$")


def _numerals_rejoined(blocks: list[Block]) -> list[Block]:
    out: list[Block] = []
    for block in blocks:
        last = out[-1] if out else None
        if isinstance(last, str) and isinstance(block, str) and _NUMERAL_ONLY.match(values.nfkc(last).strip()) \
                and is_title(block):
            out[-1] = values.nfkc(last).strip() + values.nfkc(block).strip()
        else:
            out.append(block)
    return out


def _continues(block: str, previous: str) -> bool:
    """A line starting with "、" (or "．") that goes on from a line not ending like a sentence or a title: a list
    wrapped by the page ("…包括总体情况" / "、主动公开政府信息情况…"), not a heading whose numeral was lost."""
    plain, before = values.nfkc(block).strip(), values.nfkc(previous).strip()
    return bool(LOST_NUMBER.match(plain)) and bool(before) and not before.endswith((*lines.SENTENCE_END, "报告"))


def _title_begun(block: str) -> bool:
    """A heading that is the start of one of the six titles ("二、主动公"): where a copy stops, a title cut short."""
    parsed = parse_heading(block)
    title = re.sub(r"\s+", "", parsed[1]) if parsed else ""
    return any(official[2:].startswith(title) for official in SECTION_HEADINGS)


def _runs_past_title(block: str) -> bool:
    """A heading line going on past a colon or comma without a sentence's end ("2、主动公开政府信息的主要类别:工作信息、
    社会救"): where a copy stops, perhaps a numbered sentence cut short, not a heading (its whole line ends in "。")."""
    plain = values.nfkc(block).strip()
    return bool(re.search(r"[:：，,].", plain)) and not plain.endswith(lines.SENTENCE_END)


def _bodiless(block: str) -> bool:
    """A sub-point line with nothing after its lead ("（三）政府信息管理情况", "（三）政府信")."""
    plain = values.nfkc(block).strip()
    m = SUB_POINT.match(plain)
    parts = re.split(r"[。：:]", plain[m.end():] if m else plain, maxsplit=1)
    return len(parts) < 2 or not parts[1].strip()
