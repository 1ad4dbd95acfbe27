"""A page flattened onto one line ("…一、总体情况 2023年，…（一）主动公开…二、主动公开政府信息情况第二十条…"):
its six section headings and its sub-points, printed inline, are where its paragraphs began.

One pattern for both places that meet such text: ``run_together`` (a crawler's one-line page, tables run
together too) and ``narrative.unrun`` (a paragraph of any copy holding the whole report). ``START``, where a
heading starts, also ends a table left blank (``blank_tables``).
"""

from __future__ import annotations

import re

from drafter.facts.values import edit_distance
from drafter.tables import SECTION_HEADINGS

FLATTENED_AT_LEAST = 3  # headings inline in one line or paragraph that mark it as a flattened page

# A section heading's number: "一、", "二." or "三．"; or its "、" alone where the numeral was lost, at the start or
# after a sentence ("…联系。 、总体情况 2023年…": no sentence goes on with "、")
NUMBER = r"(?:[一二三四五六][、.．]|(?:^|(?<=[。！？；;])|(?<=[。！？；;]\s))、)\s*"
# A heading as printed: the official title or its agency wordings ("行政复议与行政诉讼情况", "存在的主要问题及
# 明年工作计划", the 2019 format's "因政府信息公开申请…情况"). Nothing runs past the title into the text that
# follows it without a break. A title printed one character off the format's, under its own number ("四、政府信息
# 公开行政法复议、行政诉讼情况", realworld 26), is a heading too (``_near_title``): the outline check names the typo.
_TITLE = (rf"{NUMBER}(?:总体情况|主动公开政府信息情况|收到和处理政府信息公开申请情况"
          r"|政府信息公开行政复议[、与和及]?行政诉讼情况"
          r"|因政府信息公开申请[^\d。]{0,20}?情况"
          r"|(?:政府信息公开工作)?存在的主要问题[及和与]"
          r"(?:改进情况|改进措施|整改情况|(?:下一步|明年|下年度?)工作(?:计划|打算|安排)|工作计划)"
          r"|其他需要报告的事项)")
HEADING = re.compile(rf"^({_TITLE})")
# Where a heading starts: the number and the title's first words, so that a heading worded otherwise further
# on still starts a paragraph (kept with its text when the whole title is not one of the above).
START = (rf"{NUMBER}(?:总体情况|主动公开政府信息|收到和处理|政府信息公开行政复议|因政府信息公开"
         r"|政府信息公开工作存在|存在的主要问题|其他需要报告)")
_START = re.compile(rf"(?={START})")
_AFTER_SENTENCE = re.compile(r"[。！？；;]\s+$")  # a heading printed inline after a sentence and a space
_NUMERALS = "一二三四五六"
_NUMBERED = re.compile(r"[一二三四五六]、")
# A sub-point after a sentence: "…。（二）主动公开…", or after the colon that leads into the first ("…有关工作情况如下：
# （一）主动公开方面。…", realworld 257)
_SUBPOINT = re.compile(r"(?<=[。；;])\s*(?=[(（][一二三四五][)）])|(?<=[：:])\s*(?=[(（]一[)）])")
# A sub-point of 一 whose lead runs into its text: "（一）主动公开方面平潭…" → "（一）主动公开方面", "平潭…" (not at
# "工作": "（二）围绕工作重点，扎实推进…" is a sentence, realworld 31); the stop after a lead goes with it
# ("（三）政府信息管理方面。规范…", 28: the text must not start with "。")
_SUB_LEAD = re.compile(r"^([(（][一二三四五][)）][^。，,；;\s]{2,14}?(?:方面|情况))\s*[。．：:，,]?\s*(.*)$", re.S)


def count(text: str) -> int:
    """How many section headings start inline in ``text`` (not the items of a list of the parts)."""
    listed = _listed(text)
    return sum(m.start() not in listed for m in _START.finditer(text))


# After a title, what makes it an item of a list of the parts ("本报告分为六个部分:一、总体情况,二、主动公开…,六、
# 其他需要报告的事项。", w21's 417): a list mark, not the text a heading is followed by
_LIST_MARK = re.compile(r"\s*[，,、；;]\s*")


def _listed(text: str) -> set[int]:
    """Where the items of a list of the parts start: a title followed by a list mark, and a title right after one
    (the last item, "…,六、其他需要报告的事项。")."""
    listed: set[int] = set()
    after_item = -1  # where the text after the last item's list mark starts
    for m in _START.finditer(text):
        title = _title(text[m.start():])
        mark = _LIST_MARK.match(text, m.start() + len(title)) if title else None
        if mark or m.start() == after_item:
            listed.add(m.start())
        after_item = mark.end() if mark else -1
    return listed


def is_flattened(text: str) -> bool:
    return count(text) >= FLATTENED_AT_LEAST


def has_inline_heading(text: str) -> bool:
    """A section heading printed inside a paragraph after a sentence and a space: a page flattened onto one line
    and cut short before its other headings ("…至12月31日。 一、总体情况 2022年,…", realworld 124)."""
    listed = _listed(text)
    return any(_AFTER_SENTENCE.search(text, 0, m.start()) and _title(text[m.start():]) and m.start() not in listed
               for m in _START.finditer(text))


def headings(text: str) -> list[str]:
    """The headings printed in ``text`` (as printed), in order."""
    return [head for piece in _pieces(text) if (head := _title(piece))]


def split(text: str) -> list[str]:
    """``text`` as paragraphs: cut before each heading and each sub-point that follows a sentence; a heading
    becomes a line of its own, then its text; in 一 a sub-point's lead too ("（一）主动公开方面")."""
    out: list[str] = []
    for piece in _pieces(text):
        overview = (_title(piece) or "").endswith("总体情况")
        for part in _SUBPOINT.split(piece):
            out += _lines(part.strip(), overview)
    return [line for line in out if line]


# A paragraph opening with a section's title closed by a full stop or a colon, its text run on after it ("一、总体情况。
# 手机彩票网文化和旅游局严格对照…", 1051): the title is a heading
_TITLE_STOP = re.compile(r"\s*[。．：:]\s*")
TITLE_TEXT_AT_LEAST = 10  # characters of text after the title: "一、总体情况。二、主动公开…" is a list of the parts


def title_apart(text: str) -> list[str]:
    """``text`` as its heading and its text when it opens with a section's title closed by a full stop or colon and
    text follows (not another heading: a list of the parts), else ``[text]``."""
    head = HEADING.match(text.strip())
    stop = _TITLE_STOP.match(text.strip(), head.end()) if head else None
    rest = text.strip()[stop.end():] if stop else ""
    if not head or len(rest) < TITLE_TEXT_AT_LEAST or _START.match(rest) or count(rest):
        return [text]
    return [head.group(1), rest]


def sub_points_apart(text: str) -> list[str]:
    """A paragraph with sub-points run into it after a sentence or the colon leading into them ("…有关工作情况如下：
    （一）主动公开情况。2023年…"): the paragraph before and each sub-point with its text."""
    return [part.strip() for part in _SUBPOINT.split(text) if part.strip()]


def _pieces(text: str) -> list[str]:
    """``text`` cut before each heading: a known wording, or the format's title one character off (not before the
    items of a list of the parts, ``_listed``)."""
    listed = _listed(text)
    cuts = sorted({0} | {*(m.start() for m in _START.finditer(text)),
                         *(m.start() for m in _NUMBERED.finditer(text) if _near_title(text, m.start()))} - listed)
    return [text[a:b] for a, b in zip(cuts, [*cuts[1:], len(text)], strict=True)]


def _title(piece: str) -> str | None:
    head = HEADING.match(piece)
    return head.group(1) if head else _near_title(piece, 0)


def _near_title(text: str, at: int) -> str | None:
    """The section title printed at ``at`` when it is one character off the format's title of its number
    (lost, added or changed), else None."""
    if not _NUMBERED.match(text, at):
        return None
    official = SECTION_HEADINGS[_NUMERALS.index(text[at])]
    lengths = (len(official), len(official) + 1, len(official) - 1)
    near = [text[at:at + n] for n in lengths if edit_distance(text[at:at + n], official) == 1]
    return near[0] if near else None


def _lines(part: str, overview: bool) -> list[str]:
    head = _title(part)
    if head and len(part) > len(head):
        return [head, part[len(head):].strip()]
    lead = _SUB_LEAD.match(part) if overview else None
    if lead and lead.group(2):
        return [lead.group(1), lead.group(2)]
    return [part]
