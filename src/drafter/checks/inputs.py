"""What a rule may rely on: a field an import could not read is unknown, never 0.

``drafter import`` leaves every cell it could not read at 0 and lists its path in ``imported.missing``
(and in ``imported.blank`` when the report itself printed it blank, "—" or "/"). No rule may compare
such a 0: a rule whose inputs are unknown is not run and says so once, as a notice
("未能检查：…（缺少…）"), which is neither an error nor a warning.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from drafter.checks.problem import ERROR, NOTICE, WARNING, Problem
from drafter.facts.imported import absent_rows
from drafter.facts.model import Facts
from drafter.tables import (
    APPLICANT_COLUMNS,
    DECISION_ROWS,
    DOC_COLUMNS,
    DOC_ROWS,
    T3_ROWS,
    T4_GROUPS,
    T4_RESULTS,
    cell_where,
)

T3_KEYS = tuple(row.key for row in T3_ROWS if row.key != "total")
TABLE_NAMES = {"proactive_table": "表二", "applications": "表三", "reviews_and_lawsuits": "表四"}
FEES_NAMES = {"fees.notices": "收费通知件数", "fees.notice_amount_10k_yuan": "收费通知金额",
              "fees.collected_10k_yuan": "实际收取的信息处理费"}


def missing(facts: Facts) -> frozenset[str]:
    """Every field path not read from the published report (empty for a facts file)."""
    return frozenset(facts.unknown())


def not_read(facts: Facts, prefix: str) -> list[str]:
    """The cells under ``prefix`` (a table) drafter could not read, in the table's order: the report's own blanks
    (cells, or the cells of a row it printed short) left out, and the cells of a 表二 row it does not print at all
    (F2 names the row)."""
    if facts.imported is None:
        return []
    blank = set(facts.imported.blank)  # cells, and rows printed with fewer numbers than cells (B5)
    absent = absent_rows(facts.imported)
    return [p for p in facts.imported.missing if p.startswith(prefix + ".") and p not in blank
            and p.split("[")[0] not in blank and p.rsplit(".", 1)[0] not in absent]


def cell_labels(paths: list[str]) -> str:
    """Cells by their official labels within the table named before them ("（一）予以公开 · 自然人"), not by
    field paths."""
    return "；".join(f"“{cell_where(p).split(' · ', 1)[-1]}”" for p in paths)


def unknown(facts: Facts, *prefixes: str) -> list[str]:
    """The missing paths at or under any of ``prefixes`` ("applications.granted" covers its six cells)."""
    return sorted(facts.unknown(*prefixes)) if prefixes else []


def doc_row_options(facts: Facts, key: str) -> list[tuple[int, ...]]:
    """表二 row ``key`` as (制发, 废止, 现行有效): the row read; else, when its digits ran together with no
    separator (``imported.run_together``), every way to split them (none when there are too many to list
    them all: a rule may only say "no split fits" having tried every one); else none (not read)."""
    path = f"proactive_table.{key}"
    if not unknown(facts, path):
        row = getattr(facts.proactive_table, key)
        return [(row.issued, row.repealed, row.in_force)]
    if facts.imported is None or facts.imported.format != "2021":
        return []
    return digit_options(facts.imported.run_together.get(path, ""), len(DOC_COLUMNS))


def digit_options(digits: str, parts: int) -> list[tuple[int, ...]]:
    """Every way to cut ``digits`` (cells run together) into ``parts`` numbers; none when there are too many to
    list them all (a rule may only say "no split fits" having tried every one)."""
    from drafter.importers.digit_splits import MAX_CUTS, cuts

    options = cuts(digits, parts, MAX_CUTS + 1) if digits else []
    return options if len(options) <= MAX_CUTS else []


def t3_column_unknown(facts: Facts, column: int, keys: Iterable[str] = T3_KEYS) -> bool:
    """Whether any cell of 表三's applicant ``column`` (0-based) among rows ``keys`` was not read."""
    lost = missing(facts)
    return any(f"applications.{key}[{column + 1}]" in lost for key in keys)


def lacking_words(paths: list[str]) -> str:
    """"表三中 12 个未读出的格" / "年度" …: what a rule lacked, in words."""
    named = {"year": "报告年度", "signing_date": "落款日期", "agency.name": "机关名称", **FEES_NAMES}
    words = [named[p] for p in paths if p in named]
    for prefix, name in TABLE_NAMES.items():
        cells = [p for p in paths if p.startswith(prefix + ".")]
        if cells:
            words.append(f"{name}中{len(cells)}个未读出的格" if len(cells) > 1 else f"{name}中未读出的格{cells[0]}")
    return "、".join(words) or "未读出的内容"


def not_checked(code: str, what: str, paths: list[str], path: str = "") -> Problem:
    """The notice for a rule that was not run: "未能检查：<what>（缺少<…>）"."""
    return Problem(code, NOTICE, path or (paths[0] if len(paths) == 1 else ""),
                   f"未能检查：{what}（缺少{lacking_words(paths)}）",
                   "对照原报告补全这些内容后可再检查")


def column_names(columns: list[int]) -> str:
    return "、".join(f"“{APPLICANT_COLUMNS[c]}”" for c in columns)


def is_cut_short(facts: Facts) -> bool:
    """A copy that stops before the signature: no signing date, or, when the date was printed under the
    title, neither a signing agency nor a section 六 (a page cut short by the site or the store)."""
    imported = facts.imported
    return imported is not None and ("signing_date" in imported.missing or (
        "agency.name" in imported.missing and "other" not in imported.sections))


# Rules that judge what a section says (by section): on the last section of a copy cut short, what it lacks
# may have been cut off (六 cut before its fee sentence).
_SECTION_CONTENT = {5: "S7", 6: "S8"}


# The sections whose content is a table: the facts prefix of its cells, its name, how many cells an import reads
TABLE_SECTIONS = {
    2: ("proactive_table", "表二", len(DOC_ROWS) * len(DOC_COLUMNS) + len(DECISION_ROWS) + 1),  # + the fees row
    3: ("applications", "表三", sum(row.key != "total" for row in T3_ROWS) * 6),
    4: ("reviews_and_lawsuits", "表四", len(T4_GROUPS) * len(T4_RESULTS)),
}


def tabled_sections(facts: Facts) -> frozenset[int]:
    """The sections (二, 三, 四) whose table a published report prints: a cell of it read, or left blank."""
    imported = facts.imported
    if imported is None:
        return frozenset()
    return frozenset(n for n, (prefix, _, cells) in TABLE_SECTIONS.items()
                     if sum(p.startswith(prefix + ".") for p in imported.missing) < cells
                     or any(p.startswith(prefix + ".") for p in imported.blank))


def last_section_shown(facts: Facts) -> int:
    """The last section (1–6) an imported copy shows: its heading printed, or its table (0: none)."""
    imported = facts.imported
    if imported is None:
        return 0
    from drafter.checks.subpoints import headless_subs
    from drafter.importers.narrative import heading_meaning, parse_heading

    shown = [heading_meaning(parsed[1]) for line in imported.outline if (parsed := parse_heading(line))]
    last = max((n for n in shown if n), default=1 if headless_subs(imported.outline, imported.sections.get("intro")) else 0)  # 一 without its heading
    if any(shown):  # a table printed shows the copy went on to its section (761); not a fragment of tables alone
        last = max(last, *tabled_sections(facts), 0)
    return last


def cut_short(facts: Facts, problems: list[Problem]) -> list[Problem]:
    """A copy cut short (``is_cut_short``) does not lack the sections after the last one it shows: they were
    not read. Their S2 becomes one notice; a section missing in between stays an error. What its last section
    lacks (S7, S8) may have been cut off too: a notice."""
    if not is_cut_short(facts):
        return problems
    imported = facts.imported
    assert imported is not None
    from drafter.tables import SECTION_HEADINGS

    last = last_section_shown(facts)
    problems = _last_section_content(problems, _SECTION_CONTENT.get(last, ""))
    after = [p for p in problems if p.code == "S2" and p.where in SECTION_HEADINGS
             and SECTION_HEADINGS.index(p.where) + 1 > last]
    if not after:
        return problems
    kept = [p for p in problems if p not in after]
    if last == 5 and [p.where for p in after] == [SECTION_HEADINGS[5]] and _five_ends_whole(imported.sections):
        return [*kept, Problem("S2", WARNING, "outline",
                               f"原文在“{SECTION_HEADINGS[4]}”的一句话写完后结束，没有“{SECTION_HEADINGS[5]}”部分，也没有落款："
                               "如原报告到此为止，则缺少这一部分",
                               f"补上“{SECTION_HEADINGS[5]}”（写明信息处理费的收取情况等）；如原文之后还有内容，对照完整的原报告核对",
                               SECTION_HEADINGS[5])]
    names = "、".join(f"“{p.where}”" for p in after)
    return [*kept, Problem("S2", NOTICE, "outline", f"未能检查：报告是否有{names}部分（原文在此之前中断，缺少落款）",
                           "对照完整的原报告核对")]


# 六's matter (the fees) written in 五: the copy's 六 is there without its heading, not left out (1071, 1072)
_SIX_MATTER = re.compile(r"处理费|收费|其他需要报告|其他事项")


def _five_ends_whole(sections: dict[str, str]) -> bool:
    """The copy ends with 五's last sentence whole ("…为建设法治政府、服务型政府提供有力保障。", 162): a page that
    stops there, not one cut inside a sentence; 五 holding 六's matter is not a page without 六."""
    text = sections.get("improvement", "").rstrip()
    return text.endswith(("。", "！", "!")) and not _SIX_MATTER.search(text)


def _last_section_content(problems: list[Problem], code: str) -> list[Problem]:
    cut = [p for p in problems if p.code == code and p.severity != NOTICE]
    return [*(p for p in problems if p not in cut),
            *(Problem(p.code, NOTICE, p.path, f"未能检查：{p.message}（原文在这一部分中断，后面的文字没有读到）",
                      "对照完整的原报告核对", p.where) for p in cut)]


def cut_at_start(facts: Facts, problems: list[Problem]) -> list[Problem]:
    """A fragment that starts inside the report (no year read, or nothing before its first heading: the page
    was copied from the middle: no sentence before it, only page chrome such as a flip-book's "P. 8") does not
    lack the sections before the first one it shows. Their S2 becomes one notice; a report that opens with its
    title and introduction and then skips 一 keeps its error."""
    from drafter.importers.lines import holds_sentence
    imported = facts.imported
    if imported is None or "year" not in imported.missing and holds_sentence(imported.sections.get("intro", "")):
        return problems
    from drafter.importers.narrative import heading_meaning, parse_heading
    from drafter.tables import SECTION_HEADINGS

    shown = [n for line in imported.outline if (parsed := parse_heading(line)) and (n := heading_meaning(parsed[1]))]
    first = shown[0] if shown else 7
    before = [p for p in problems if p.code == "S2" and p.severity != NOTICE and p.where in SECTION_HEADINGS
              and SECTION_HEADINGS.index(p.where) + 1 < first]
    if not before:
        return problems
    names = "、".join(f"“{p.where}”" for p in before)
    return [*(p for p in problems if p not in before),
            Problem("S2", NOTICE, "outline", f"未能检查：报告是否有{names}部分（原文从中间开始，没有标题）",
                    "对照完整的原报告核对")]


def merge_notices(problems: list[Problem]) -> list[Problem]:
    """Each rule that could not be run listed once: the first notice of a code stands for the rest."""
    seen: set[str] = set()
    out = []
    for p in problems:
        if p.severity == NOTICE and p.message.startswith("未能检查"):
            if p.code in seen:
                continue
            seen.add(p.code)
        out.append(p)
    return out


def unread_in_draft(facts: Facts) -> list[Problem]:
    """Rendering an imported facts file: a cell or fee figure still unread (``null``) is not known. One error
    per table and one for the fees, so ``render`` stops; ``--force`` writes a draft with those cells "待填" and
    the sentences built on them "【待补充：…】" (``wording.unread``), never 0. The report's own blank cells are
    B5 errors of ``check_facts`` already."""
    problems = _absent_in_draft(facts)
    for prefix, name in TABLE_NAMES.items():
        cells = not_read(facts, prefix)
        if cells:
            problems.append(Problem(
                "B5", ERROR, cells[0], f"{name}中有 {len(cells)} 格没有从原报告读出（如 {cell_labels(cells[:3])}），"
                "事实文件中为 null（不是 0）", "对照原报告在事实文件中填写这些格（确实为 0 的填 0；drafter interview --fill 事实文件 只询问这些格），再生成报告；"
                "加 --force 生成的草稿中这些格为“待填”",
                name))
    fees = [p for p in FEES_NAMES if p in not_read(facts, "fees")]
    if fees:
        problems.append(Problem(
            "B5", ERROR, fees[0], f"第六部分的{'、'.join(FEES_NAMES[p] for p in fees)}没有从原报告读出，事实文件中为"
            " null（不是 0）", "对照原报告在事实文件 fees: 中填写（没有的填 0；或用 drafter interview --fill 事实文件），再生成报告；加 --force 生成的草稿中"
            "这一句为“【待补充：…】”",
            "六、其他需要报告的事项"))
    return problems + unread_signature(facts)


def _absent_in_draft(facts: Facts) -> list[Problem]:
    """Rendering an imported facts file whose report does not print a 表二 row at all (F2): the row is unknown
    (``null``), the report's omission rather than a row not read. One error per row, so ``render`` stops."""
    absent = absent_rows(facts.imported)
    return [Problem("B5", ERROR, f"proactive_table.{key}", f"原报告没有“{label}”这一行，事实文件中这一行的 3 格为 null（不是 0）",
                    "在事实文件中填写这一行（没有的填 0；或用 drafter interview --fill 事实文件），再生成报告；"
                    "加 --force 生成的草稿中这些格为“待填”", f"表二 · {label}")
            for key, label in DOC_ROWS if f"proactive_table.{key}" in absent and facts.unknown(f"proactive_table.{key}")]


# The signature an import did not read: (field, what it is, how to write it, the placeholder of a forced draft)
SIGNATURE_FIELDS = (
    ("agency.name", "落款机关全称", "agency: 下的 name: 中填写署名用全称（例如 name: 某某县某某镇人民政府）",
     "【待补充：落款机关全称】"),
    ("signing_date", "落款日期", "signing_date: 中填写落款日期（例如 signing_date: 2024-01-17）", "【待补充：落款日期】"),
)


def unread_signature(facts: Facts) -> list[Problem]:
    """Rendering an imported facts file whose signature was not read (a copy cut before it): one error per
    field, so ``render`` stops; ``--force`` writes the draft with a highlighted placeholder there."""
    return [Problem("B5", ERROR, path, f"{what}没有从原报告读出，事实文件中 {path} 为空",
                    f"在事实文件的 {how}，再生成报告（或运行 drafter interview --fill 事实文件，只询问未读出的内容）；"
                    f"加 --force 生成的草稿中写“{shown}”", "落款")
            for path, what, how, shown in SIGNATURE_FIELDS if facts.unknown(path)]
