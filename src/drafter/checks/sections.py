"""What sections 五 and 六 must say, and sections copied from one another.

- S7 五、存在的主要问题及改进情况 states at least one problem and at least one measure: "无", "暂无问题",
  "没有问题" or a list of measures with no problem is what reviewers mark down;
- S8 六、其他需要报告的事项 states the 信息处理费 situation (收取 or 未收取): an error when fees were
  charged (表三（六）2, fee notices, amounts) and 六 is silent, else a warning;
- S9 a section (or a sub-point of 一) whose text is a copy of another's;
- S2 (warning) a table section (二、三、四) printed as a bare heading, the next heading right after it.

On the text a reviewer reads (``checks.units``): the imported report's or the draft's. Plain regular
expressions and difflib, no jieba: rendering runs these too.
"""

from __future__ import annotations

import difflib
import re

from drafter.checks.inputs import TABLE_SECTIONS
from drafter.checks.problem import ERROR, WARNING, Problem
from drafter.checks.units import Unit
from drafter.facts.model import Facts
from drafter.importers.narrative import heading_meaning, parse_heading
from drafter.tables import SECTION_HEADINGS

IMPROVEMENT, OTHER = SECTION_HEADINGS[4], SECTION_HEADINGS[5]
# Sub-headings inside 五 ("（一）存在的主要问题", "（二）改进措施") are not content.
_SUB_LINE = re.compile(r"^\s*[(（][一二三四五六七八九十][)）][^。；;]{0,14}$")
_NOTHING = re.compile(r"(?:无|没有|不存在|未发现|未发生|暂无|尚无)[^。，；,;]{0,8}问题")
PROBLEM_WORDS = re.compile(r"问题|不足|不够|有待|欠缺|薄弱|滞后|差距|尚需|仍需|还需|不高|不强|不全|不及时|单一|较少|"
                           r"不到位|不规范|不完善|短板|不深入|不充分|不平衡|不均衡|偏少|较弱|有限")
MEASURE_WORDS = re.compile(r"下一步|今后|将|加强|进一步|改进|整改|完善|提升|推进|强化|落实|做好|提高|加大|健全|规范|拓宽|"
                           r"创新|优化|拓展|丰富|深化|建立")
_PUNCT = re.compile(r"[\s，,。.；;：:、！!？?“”\"'（）()《》]+")
FEE_WORDS = re.compile(r"处理费|收费")
# S9: parts shorter than this (characters) are not compared; standard one-liners may repeat.
COPY_MIN_CHARS = 30
COPY_RATIO = 0.9


def section_text(units: list[Unit], section: int) -> str | None:
    """A section's text (its sub-heading lines left out), or None when the report has no such section."""
    parts = [u.text for u in units if u.section == section]
    if not parts:
        return None
    lines = [line for part in parts for line in part.split("\n") if line.strip() and not _SUB_LINE.match(line)]
    return "\n".join(lines)


def check_sections(facts: Facts, units: list[Unit], outline: list[str]) -> list[Problem]:
    """S7–S9. A section the outline lacks is S2's (outline rules), not reported again here."""
    return s7_improvement(units, outline) + s8_fees(facts, units, outline) + s9_copies(units) \
        + bare_tables(facts, units, outline)




def bare_tables(facts: Facts, units: list[Unit], outline: list[str]) -> list[Problem]:
    """S2 (warning): 二, 三 or 四 printed as a bare heading, the next section's heading right after it: no table read
    (not a cell, none left blank) and no text (realworld 81: "二、主动公开政府信息情况" / "三、收到和处理…" / "四、…"). A
    warning: a page may show its tables as pictures, which a copy of its text does not hold."""
    if facts.imported is None:
        return []
    missing, blank = set(facts.imported.missing), set(facts.imported.blank)
    problems = []
    for line, after in zip(outline, outline[1:], strict=False):
        parsed, following = parse_heading(line), parse_heading(after)
        n = heading_meaning(parsed[1]) if parsed and not line.startswith(("（", "(")) else None
        if n not in TABLE_SECTIONS or following is None or after.startswith(("（", "(")):
            continue
        prefix, table, cells = TABLE_SECTIONS[n]
        unread = [p for p in missing if p.startswith(prefix + ".")]
        if len(unread) < cells or any(p.startswith(prefix + ".") for p in blank) or any(u.section == n for u in units):
            continue
        problems.append(Problem("S2", WARNING, "outline", f"“{line}”下面没有{table}，也没有文字（紧接着就是“{after}”）",
                                f"按统一格式在这一部分列出{table}；原报告的表格如果是图片，对照原报告核对",
                                SECTION_HEADINGS[n - 1]))
    return problems


def _present(units: list[Unit], outline: list[str], section: int) -> bool:
    return any(u.section == section for u in units) or any(
        (parsed := parse_heading(line)) is not None and heading_meaning(parsed[1]) == section for line in outline)


def _path(units: list[Unit], section: int, default: str) -> str:
    slots = [u.slot for u in units if u.section == section]
    return next((s for s in slots if s.startswith("imported.")), default)


def s7_improvement(units: list[Unit], outline: list[str]) -> list[Problem]:
    text = section_text(units, 5)
    if text is None and not _present(units, outline, 5):
        return []
    text = text or ""
    plain = _PUNCT.sub("", text)
    path = _path(units, 5, "problems")
    said = _NOTHING.sub("", text)
    has_problem = bool(PROBLEM_WORDS.search(said))
    has_measure = bool(MEASURE_WORDS.search(said))
    if len(plain) < 20 and not (has_problem and has_measure):
        what = f"只写了“{text.strip()}”" if text.strip() else "没有内容"
        return [Problem("S7", WARNING, path, f"“{IMPROVEMENT}”{what}，没有写明存在的问题和改进措施",
                        "写明本年工作中存在的至少一个具体问题和相应的改进措施（审核时“无”“暂无问题”会被扣分）",
                        IMPROVEMENT)]
    lacking = [name for name, ok in (("存在的问题", has_problem), ("改进措施", has_measure)) if not ok]
    if not lacking:
        return []
    return [Problem("S7", WARNING, path, f"“{IMPROVEMENT}”没有写明{'和'.join(lacking)}",
                    f"补写{'和'.join(lacking)}：统一格式要求报告存在的主要问题、整改情况和下一步的具体措施",
                    IMPROVEMENT)]


FEES_FROM_YEAR = 2021  # 《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）applies from 2021


def s8_fees(facts: Facts, units: list[Unit], outline: list[str]) -> list[Problem]:
    if facts.year < FEES_FROM_YEAR:
        return []
    text = section_text(units, 6)
    if text is None and not _present(units, outline, 6):
        return []
    if FEE_WORDS.search(text or ""):
        return []
    overdue = facts.applications.total("other_handling.overdue_fee")
    fees = facts.fees
    path = _path(units, 6, "fees")
    if overdue or fees.notices or fees.collected_10k_yuan:
        return [Problem("S8", ERROR, path,
                        f"“{OTHER}”没有写信息处理费，但有收费情况（收费通知{fees.notices}件、表三（六）2 为{overdue}件）",
                        "写明发出收费通知的件数、金额和实际收取的金额（《政府信息公开信息处理费管理办法》）", OTHER)]
    return [Problem("S8", WARNING, path, f"“{OTHER}”没有写明信息处理费的收取情况",
                    "写明信息处理费的情况，未收取的也写一句，如“本年度未收取信息处理费”", OTHER)]


def _parts(units: list[Unit]) -> dict[str, tuple[str, str]]:
    """label → (path, text) for each sub-point of 一 and each of sections 二 to 六."""
    parts: dict[str, tuple[str, list[str]]] = {}
    for u in units:
        if not 1 <= u.section <= 6:
            continue
        if u.section == 1:
            key = u.slot.removeprefix("imported.sections.")
            label = f"{SECTION_HEADINGS[0]} · {key}" if key != "overview" else SECTION_HEADINGS[0]
        else:
            label = SECTION_HEADINGS[u.section - 1]
        path = u.slot if u.slot.startswith("imported.") else f"banks:{u.slot}"
        parts.setdefault(label, (path, []))[1].append(u.text)
    return {label: (path, "\n".join(texts)) for label, (path, texts) in parts.items()}


def _normal(text: str) -> str:
    lines = [line for line in text.split("\n") if not _SUB_LINE.match(line)]
    return re.sub(r"\d+", "#", _PUNCT.sub("", "".join(lines)))


def s9_copies(units: list[Unit]) -> list[Problem]:
    parts = [(label, path, _normal(text)) for label, (path, text) in _parts(units).items()]
    problems = []
    for i, (label, path, text) in enumerate(parts):
        for earlier, _, other in parts[:i]:
            if len(text) < COPY_MIN_CHARS or len(other) < COPY_MIN_CHARS:
                continue
            matcher = difflib.SequenceMatcher(None, text, other, autojunk=False)
            if matcher.quick_ratio() < COPY_RATIO or matcher.ratio() < COPY_RATIO:
                continue
            problems.append(Problem(
                "S9", WARNING, path, f"“{label}”的文字与“{earlier}”几乎相同（相似度{matcher.ratio():.0%}）",
                "各部分应写各自的内容：重写本部分，不要照抄其他部分", label))
            break
    return problems
