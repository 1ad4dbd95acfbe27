"""How a report numbers its points and words its headings, as reviewers read them.

- S11 an enumeration "一是…二是…三是…" that skips a number ("一是…三是"), repeats one ("三是…三是") or opens
  without its number ("如：…；二是…"): a point lost or a number left over when the text was edited;
- S12 a heading that is the format's (or a usual) heading with one character lost, added or changed
  ("（四）府信息公开平台建设情况", "四、政府信息公开行政法复议、行政诉讼情况") or words printed twice
  ("二、主动公开政府政府情况"): a typo in a heading; a title
  whose last words are garbled ("…2023年政府信息公开 工作告年度报"); (in ``checks.copied``) a signature naming
  the title's agency with one character changed ("财政全融局").
"""

from __future__ import annotations

import re

from drafter.checks.problem import WARNING, Problem
from drafter.checks.units import Unit
from drafter.facts.model import Facts
from drafter.facts.values import chinese_number, edit_distance, nfkc
from drafter.importers.lines import NUMERALS
from drafter.importers.section_texts import aspect_key
from drafter.tables import SECTION_HEADINGS

# "一是" … "十二是", not inside words ("统一是", "唯一是", "之一是", "第二是"); a point may follow a heading run into
# the text without a stop ("（二）完善制度体系一是…")
_POINT = re.compile(r"(?<![统唯同第其万单之专划归再独])(十?[一二三四五六七八九]|十)是")
# a list opened by a colon whose first item has no number: "存在不足，如：…；二是…"
_UNNUMBERED_FIRST = re.compile(r"[：:][^。：:]{8,}?[；;]\s*$")
# "二是" opening a sentence of a paragraph, no "一是" in it or in its part before ("(一)信息主动公开方面:…其他方式公开信息数为
# 130条。二是通过“悠游南龙、美好生活”微信公众平台…", 637): the first point was never numbered
_SENTENCE_BEFORE = re.compile(r"\S.*。\s*$")
POINT_SHOWN = 4  # characters of the point after "二是" (a copy, or a page's line, ending at "二是" shows no point)


def s11_enumerations(text: list[Unit], outline: list[str] | None = None) -> list[Problem]:
    """S11 in each paragraph of sections 1–6 (a paragraph, not a section: an importer may have taken a list's
    first point into a heading line); a new "一是" starts a new enumeration. Also a lone "一是" in a part followed
    by others (a sub-point's text, not the last one read: a copy may stop right after it) with no "二是" after it.
    A "二是" opening a sentence with no "一是" before it in its part is judged only when no heading of the ``outline``
    took a "一是" in ("（一）加强组织领导,强化责任分工一是进一步强化政治引领", 39)."""
    problems = []
    units = [unit for unit in text if 1 <= unit.section <= 6]
    headed = any(_has_first([line]) for line in outline or [])
    for i, unit in enumerate(units):
        lines = [nfkc(line) for line in unit.text.split("\n")]
        found = [p for n, line in enumerate(lines) for p in _paragraph(unit, line, headed or _has_first(lines[:n]))]
        problems += found or (_lone(unit) if any(_after(unit, later) for later in units[i + 1:]) else [])
    return problems


def _after(unit: Unit, later: Unit) -> bool:
    """``later`` shows the published text went on past ``unit``, a sub-point of 一: 一's next sub-point (一's own
    text is kept after its sub-points', so it does not count). Only 一's sub-points are judged: drafter's own 五 still
    prints a single problem or measure as "一是…" (to be fixed in the phrase bank)."""
    sub = "imported.sections.overview."
    return unit.slot.startswith(sub) and later.slot.startswith(sub)


def _lone(unit: Unit) -> list[Problem]:
    """S11: "一是…" with no "二是" after it in its part (167: "（一）主动公开情况。一是及时更新平台内容。…")."""
    values = [chinese_number(m.group(1)) for m in _POINT.finditer(nfkc(unit.text))]
    if 1 not in values or 2 in values[values.index(1):]:
        return []
    section = SECTION_HEADINGS[unit.section - 1]
    return [Problem("S11", WARNING, unit.slot, f"{section}中只有“一是”，后面没有“二是”",
                    "只有一点时不必编号；如漏写了其他几点，补上“二是”等", section)]


def _has_first(lines: list[str]) -> bool:
    """Some line of a part before this one prints "一是" (a list whose points stand one a paragraph)."""
    return any(chinese_number(m.group(1)) == 1 for line in lines for m in _POINT.finditer(line))


def _paragraph(unit: Unit, line: str, first_before: bool = False) -> list[Problem]:
    """S11 in one paragraph; ``first_before``: an earlier paragraph of its part prints "一是"."""
    expected, shown = 0, ""  # 0: no point yet in this paragraph
    for m in _POINT.finditer(line):
        n = chinese_number(m.group(1))
        if n == 1:
            expected, shown = 2, "一是"
            continue
        before = line[:m.start()]
        if expected and n != expected or not expected and n == 2 and (_UNNUMBERED_FIRST.search(before) or not first_before
                                                                    and _SENTENCE_BEFORE.search(before)
                                                                    and len(line) - m.end() >= POINT_SHOWN):
            return [_enumeration(unit, shown, m.group(), expected or 1)]  # one finding a paragraph
        expected, shown = n + 1, (f"{shown}…" if shown else "") + m.group()
    return []


def _enumeration(unit: Unit, before: str, point: str, expected: int) -> Problem:
    right = f"{_numeral(expected)}是"
    if not before:
        what = f"从“{point}”开始，前面没有“一是”"
    elif chinese_number(point[:-1]) < expected:
        what = f"“{before}”之后又出现“{point}”（序号重复）"
    else:
        what = f"“{before}”之后是“{point}”，缺少“{right}”"
    section = SECTION_HEADINGS[unit.section - 1]
    return Problem("S11", WARNING, unit.slot, f"{section}中分点的序号不连续：{what}",
                   f"核对是否漏写或多写了一点，把序号改为连续的（应为“{right}”）", section)


# A line of a section's text opening with "一、" (not "一是"): a list numbered with the sections' own numerals, a level
# down from the section heading ("（三）政府信息管理情况" / "一、强化制度性保障。…二、建立了标准化体系。…", 985; under "一、
# 总体情况" itself, "一、强化组织保障。…", 433). A heading of the format the import read is in the outline, not here.
_SECTION_NUMERAL = re.compile(r"^\s*一\s*[、.．]\s*(?![二三四五六七八九十])(?=[\u4e00-\u9fff]{2})")  # not "一、二季度"
NUMERAL_POINTS_SHOWN = 3  # the points a message quotes


def s11_section_numerals(text: list[Unit], outline: list[str]) -> list[Problem]:
    """S11 (a warning) on a published section's text, or a sub-point's, whose points are numbered "一、", "二、": the
    numerals of the report's six sections used for points inside one, so the levels of the outline cannot be told
    apart. One finding a part; drafter's own text (no ``imported.`` slot) never numbers so."""
    problems = []
    for unit in text:
        if not unit.slot.startswith("imported.sections.") or not 1 <= unit.section <= 6:
            continue
        lines = [nfkc(line).strip() for line in unit.text.split("\n")]
        first = next((n for n, line in enumerate(lines) if _SECTION_NUMERAL.match(line)), None)
        if first is None:
            continue
        points = [m.group() for line in lines[first:] for m in _NUMBERED_POINT.finditer(line)]
        shown = "”“".join(points[:NUMERAL_POINTS_SHOWN]) + ("”等" if len(points) > NUMERAL_POINTS_SHOWN else "”")
        part = _part(unit, outline)
        problems.append(Problem("S11", WARNING, unit.slot,
                                f"{part}中的分点用“{shown}编号，与报告各部分的标题（“一、总体情况”至“六、其他需要报告的"
                                "事项”）序号同级，层级不清",
                                "部分以下的分点改用“（一）”“1.”或“一是”“二是”等编号", part))
    return problems


# "一、强化制度性保障" and the points after it ("二、建立了标准化体系"), each to its first stop, at most 12 characters
_NUMBERED_POINT = re.compile(r"(?:^|(?<=[。；;]))\s*[一二三四五六七八九十]\s*[、.．][^。，,；;：:、]{1,12}")


def _part(unit: Unit, outline: list[str]) -> str:
    """The heading of the part a unit holds: 一's sub-point it is filed under when the outline prints one, else its
    section's."""
    section = SECTION_HEADINGS[unit.section - 1]
    key = unit.slot.removeprefix("imported.sections.")
    if key.startswith("overview."):
        sub = next((line for line in outline if line.startswith(("（", "(")) and aspect_key(line) == key), None)
        if sub is not None:
            return f"“{section}”的“{sub}”"
    return f"“{section}”"


def _numeral(n: int) -> str:
    if n <= 10:
        return NUMERALS[n - 1]
    return "十" + NUMERALS[n - 11]


# ---- S12: headings with a typo -----------------------------------------------------------------------
# The headings' words as the format (and common usage) have them, after the number.
USUAL_HEADINGS = (
    *(h.split("、", 1)[1] for h in SECTION_HEADINGS),
    "政府信息公开行政复议行政诉讼情况", "因政府信息公开申请提起行政复议行政诉讼情况",
    "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息管理情况", "平台建设情况", "监督保障情况",
    "政府信息主动公开情况", "政府信息依申请公开情况", "政府信息公开平台建设情况", "信息公开平台建设情况",
    "主动公开情况", "依申请公开情况", "存在的主要问题", "改进措施", "改进情况",
)
# Characters whose presence or absence is wording, not a typo ("主动公开政府信息的情况"), and words used alike.
_FUNCTION = re.compile(r"[的和与及、，,\s]")
_HEADING_LINE = re.compile(r"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])\s*(.+?)[。：:]?$")
TYPO_MIN_LENGTH = 5  # shorter headings differ from one another by one character legitimately


def _plain(words: str) -> str:
    return _FUNCTION.sub("", nfkc(words)).replace("政务", "政府").replace("方面", "情况")


# A word of the format's headings printed twice in a row ("二、主动公开政府政府情况", realworld 18): an editing slip
# (other words may repeat rightly: "规范规范性文件").
_DOUBLED = re.compile(r"(政府|信息|公开|主动|申请|处理|情况|管理|平台|建设|监督|保障|行政|复议|诉讼|问题|改进|事项|报告)\1")


def s12_heading_typos(outline: list[str]) -> list[Problem]:
    usual = {_plain(h) for h in USUAL_HEADINGS}
    problems = []
    for line in outline:
        m = _HEADING_LINE.match(nfkc(line).strip())
        if m is None:
            continue
        if doubled := _DOUBLED.search(m.group(1)):
            problems.append(Problem("S12", WARNING, "outline", f"标题“{line}”中“{doubled.group()}”重复",
                                    f"删去重复的“{doubled.group(1)}”，核对标题文字", line))
            continue
        words = _plain(m.group(1))
        if words in usual or len(words) < TYPO_MIN_LENGTH:
            continue
        near = [h for h in usual if len(h) >= TYPO_MIN_LENGTH and edit_distance(words, h) == 1]
        if near:
            problems.append(Problem("S12", WARNING, "outline", f"标题“{line}”像是有错字、漏字或多字",
                                    f"核对标题文字（常见写法：“{min(near, key=len)}”）", line))
    return problems


# A title line: the agency and year, "政府信息公开", then what should read "工作年度报告".
_TITLE_LINE = re.compile(r"20\d\d\s*年度?.{0,4}?政府信息公开(.{2,10})$")
TITLE_ENDINGS = ("工作年度报告", "年度报告", "工作年报", "年报")
TITLE_MAX = 50  # a longer line is a sentence, not a title


def s12_title(text: list[Unit]) -> list[Problem]:
    """S12 on a title the import could not recognise because its words are garbled ("…2023年政府信息公开
    工作告年度报"): its ending has the characters of "工作年度报告" out of order, or one lost or changed."""
    lines = [line.strip() for unit in text if unit.section == 0 for line in unit.text.split("\n")[:8]]
    for line in lines:
        plain = re.sub(r"\s+", "", nfkc(line))
        m = _TITLE_LINE.search(plain) if len(plain) <= TITLE_MAX and "。" not in plain else None
        ending = m.group(1) if m else ""
        if not ending or ending in TITLE_ENDINGS:
            continue
        near = [e for e in TITLE_ENDINGS if len(e) >= 4 and (sorted(e) == sorted(ending)
                                                              or edit_distance(ending, e) == 1)]
        if near:
            return [Problem("S12", WARNING, "outline", f"标题“{line}”文字错乱或有漏字",
                            f"标题结尾应为“政府信息公开{near[0]}”", "标题")]
    return []


def s12_title_year(facts: Facts) -> list[Problem]:
    """S12 on a published title that prints a year inside the agency's name as well as before 政府信息公开
    ("2025湖口县大垅乡2025年度政府信息公开工作年度报告"): the year doubled, or left from another report."""
    name = facts.agency.title_name
    if facts.imported is None or not re.search(r"20\d\d", name):
        return []
    plain = re.sub(r"20\d\d\s*年?度?", "", name)
    return [Problem("S12", WARNING, "outline", f"标题中机关名称“{name}”含有年份，年份重复或位置不对",
                    f"标题应为“{plain}{facts.year}年政府信息公开工作年度报告”", "标题")]
