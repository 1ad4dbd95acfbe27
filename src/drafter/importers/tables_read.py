"""表二、表三、表四 read cell by cell from table rows, found by their labels, never by position alone.

Every cell that cannot be read is recorded (facts path + a Chinese sentence) and left at 0 with its
path listed as missing, and also as blank when the report itself left it blank or wrote "—"/"/" (the
report's fault, not ours); the 总计 cells are kept as printed for the checks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from drafter.facts import values
from drafter.facts.model import DocRow, Facts, ReviewRow, StatedTotals
from drafter.importers import row_gaps
from drafter.importers.labels import OLD_T2_ROWS, T2_COLUMNS, T2_ROWS, T3_LABELS, key, lookup, norm
from drafter.importers.source import Row
from drafter.tables import (
    APPLICANT_COLUMNS,
    DECISION_ROWS,
    DOC_COLUMNS,
    DOC_ROWS,
    FEES_ROW,
    T3_ROWS,
    T4_GROUPS,
    T4_RESULTS,
)

LEGAL_ENTITIES: dict[str, int] = {key(label): i for i, label in enumerate(APPLICANT_COLUMNS) if i}
DOC_KEYS = {k for k, _ in DOC_ROWS}
OLD_OTHER_HANDLING = ("other_handling.overdue_correction", "other_handling.overdue_fee")
_UNIT = re.compile(r"(件|条|个|次|项|万元)$")
BLANK = re.compile(r"^[\s—–\-－/／无]*$")  # what a report prints in a cell it did not fill


@dataclass
class Findings:
    missing: list[str] = field(default_factory=list)  # facts paths left out
    blank: list[str] = field(default_factory=list)  # those of them the report printed blank, "—" or "/"
    variants: list[str] = field(default_factory=list)  # labels printed otherwise than the format has them
    run_together: dict[str, str] = field(default_factory=dict)  # 表二 row path → its digits, split ambiguous
    problems: list[str] = field(default_factory=list)  # Chinese, one per unread cell/row/field
    notes: list[str] = field(default_factory=list)  # Chinese, how an old-format table was mapped
    unread_tables: list[str] = field(default_factory=list)
    old_format: bool = False
    stated: StatedTotals = field(default_factory=StatedTotals)

    def lose(self, paths: list[str], message: str) -> None:
        self.missing += [p for p in paths if p not in self.missing]
        self.problems.append(message)

    def lose_cell(self, path: str, text: str | None, message: str) -> None:
        """A cell not read: blank in the report (its fault) when ``text`` is blank, "—" or "/"."""
        self.lose([path], message)
        if text is not None and BLANK.match(text) and path not in self.blank:
            self.blank.append(path)


def count(text: str) -> int | None:
    t = _UNIT.sub("", values.nfkc(text).replace(",", "").replace(" ", ""))
    return int(t) if t.isascii() and t.isdigit() else None


def amount(text: str) -> Decimal | None:
    try:
        return values.parse_amount(text) if text.strip() else None
    except ValueError:
        return None


def trim(cells: tuple[str, ...]) -> list[str]:
    """Cells without the empty padding a flattened table leaves at the end of a row."""
    out = list(cells)
    while out and not out[-1].strip():
        out.pop()
    return out


def fit(cells: tuple[str, ...], width: int, exact: bool) -> list[str]:
    """Cells without the end padding, except that in a row whose cells are ``exact`` (a Word or HTML grid,
    or one cell per line with a "|" line for each blank) a row of ``width`` or more cells whose cells past
    ``width`` are empty keeps its first ``width``: trailing blanks that are cells (the last applicant
    columns and the 总计 of a row the report left blank), not padding. Flattened text pads rows with "|"."""
    out = trim(cells)
    if exact and len(out) < width <= len(cells) and not any(c.strip() for c in cells[width:]):
        return list(cells[:width])
    return out


def match(cells: tuple[str, ...], table: dict[str, str]) -> tuple[int, str] | None:
    """The rightmost cell that is a known label, and what it means."""
    for i in range(len(cells) - 1, -1, -1):
        hit = lookup(cells[i], table)
        if hit is not None:
            return i, hit
    return None


def _shown(text: str) -> str:
    return f"“{text}”" if text.strip() else "空白"


# ---- 表三 ------------------------------------------------------------------------------------------

OLD_OTHER_NOTE = ("表三为 2019 年旧格式：“（六）其他处理”只有一行，已计入“3.其他”，"
                  "“1.逾期不补正”“2.逾期未缴费”两行记为 0。")


def read_table3(rows: list[Row], facts: Facts, f: Findings) -> None:
    found: dict[str, tuple[list[str], bool]] = {}  # row key → (cells after the label, loose row)
    blank_rows: set[str] = set()  # rows taken although every cell is blank: a later row with numbers wins
    seen: list[row_gaps.Seen] = []  # labelled and bare rows in document order
    order = _legal_entity_order(rows, f)
    for row in rows:
        hit = match(row.cells, T3_LABELS)
        if hit is None:
            bare = row_gaps.bare_numbers(trim(row.cells), count)
            if bare is not None:
                seen.append(row_gaps.Seen(None, _reorder(bare, order)))
            continue
        if hit[1].startswith("group:") and hit[1] != "group:other_handling":
            continue
        vals = fit(row.cells[hit[0] + 1:], 7, row.grid or row.loose)
        name = "other_handling.other" if hit[1] == "group:other_handling" else hit[1]
        if not _takes(name, vals, found, blank_rows):
            continue  # a header row, or a label repeated by a merge
        if hit[1] == "group:other_handling":
            f.old_format = True
            f.notes += [] if OLD_OTHER_NOTE in f.notes else [OLD_OTHER_NOTE]
            found.update({k: (["0"] * 6, False) for k in OLD_OTHER_HANDLING if k not in found})
        vals = _reorder(vals, order)
        found[name] = (vals, row.loose)
        seen = [*(s for s in seen if s.key != name), row_gaps.Seen(name, vals)]
    _place_bare_rows(seen, found, f)
    if not found:
        f.unread_tables.append("表三")
        paths = [f"applications.{r.key}[{c}]" for r in T3_ROWS if r.key != "total" for c in range(1, 7)]
        f.lose(paths, "表三（收到和处理政府信息公开申请情况）：没有找到，整张表未能读出。")
        return
    for t3row in T3_ROWS:
        _t3_row(t3row.key, t3row.labels[-1], found.get(t3row.key, (None, False)), facts, f)


def _takes(name: str, vals: list[str], found: dict[str, tuple[list[str], bool]], blank_rows: set[str]) -> bool:
    """Whether a labelled row is taken: it has numbers, or all seven cells blank ("", "—", "/": the report left
    the row blank); a label already taken is taken again only by a row with numbers after a blank one."""
    numbers = any(count(v) is not None for v in vals)
    if not numbers and not (len(vals) == 7 and all(BLANK.match(v) for v in vals)):
        return False
    if [count(v) for v in vals[:6]] == list(range(1, 7)):
        return False  # the columns' numbers under a header ("总计 1 2 3 4 5 6" in PDF text), not data
    if name in found and not (name in blank_rows and numbers):
        return False
    (blank_rows.discard if numbers else blank_rows.add)(name)
    return True


def _reorder(vals: list[str], order: list[int] | None) -> list[str]:
    if order and len(vals) >= 6:
        return [vals[0], *(vals[1 + order.index(c)] for c in range(1, 6)), *vals[6:]]
    return vals


def _place_bare_rows(seen: list[row_gaps.Seen], found: dict[str, tuple[list[str], bool]], f: Findings) -> None:
    """Rows whose label a PDF conversion separated from their numbers, placed by order where certain."""
    placed = row_gaps.fill(seen, {k: v for k, (v, _) in found.items()}, count)
    for row_key, vals in placed.items():
        found[row_key] = (vals, False)
    if placed:
        f.notes.append(f"表三有 {len(placed)} 行的名称与数字在转换中分开了，已按统一格式的行序对应"
                       "（每行六列之和等于总计，各列之和等于“（七）总计”）。")


def _legal_entity_order(rows: list[Row], f: Findings) -> list[int] | None:
    """The five 法人或其他组织 columns in the order the header prints them, when that is not the official one."""
    for row in rows:
        order = [c for c in (lookup(cell, LEGAL_ENTITIES) for cell in row.cells) if c is not None]
        if len(order) >= 4:
            if sorted(order) != [1, 2, 3, 4, 5] or order == [1, 2, 3, 4, 5]:
                return None
            f.notes.append("表三“法人或其他组织”下各列的顺序与统一格式不同，已按表头逐列对应。")
            return order
    return None


def _t3_row(row_key: str, label: str, entry: tuple[list[str] | None, bool], facts: Facts, f: Findings) -> None:
    vals, loose = entry
    paths = [f"applications.{row_key}[{c}]" for c in range(1, 7)] if row_key != "total" else []
    if vals is None:
        f.lose(paths, f"表三：没有找到“{label}”这一行。")
        return
    if len(vals) not in ((7,) if loose else (6, 7)):  # one cell per line: a lost blank would shift columns
        f.lose(paths, f"表三“{label}”行：有 {len(vals)} 个数，应为 7 个（6 类申请人和总计），整行未能读出。")
        return
    nums = [count(v) for v in vals]
    for c, (text, num) in enumerate(zip(vals[:6], nums[:6], strict=True)):
        message = f"表三“{label}”行“{APPLICANT_COLUMNS[c]}”列：{_shown(text)}不是数字。"
        if num is None and paths:
            f.lose_cell(paths[c], text, message)
        elif num is None:  # the （七）总计 row: printed totals only, kept for the checks
            f.problems.append(message)
    if len(vals) == 7 and nums[6] is not None:
        f.stated.row_totals[row_key] = nums[6]
    elif len(vals) == 7:
        f.problems.append(f"表三“{label}”行“总计”列：{_shown(vals[6])}不是数字（总计由程序计算，未导入）。")
    if row_key == "total":
        if any(n is not None for n in nums[:6]):  # a blank cell stays None: the others are still compared
            f.stated.outcome_totals = tuple(nums[:6])
    elif any(nums[:6]):
        facts.applications.rows[row_key] = tuple(n or 0 for n in nums[:6])


# ---- 表四 ------------------------------------------------------------------------------------------

def read_table4(rows: list[Row], facts: Facts, f: Findings, blocks: list[str | Row] | None = None) -> None:
    tables = {r.table for r in rows if any("行政复议" in norm(c) for c in r.cells)}
    tables |= {t + 1 for t in tables}  # a table split in two (header rows, then the data row)
    candidates = [r for r in rows if r.table in tables] or [r for r in reversed(rows) if r.loose]
    data = None
    for row in candidates:
        cells = list(row.cells)
        while cells and cells[0].strip() and count(cells[0]) is None:
            cells.pop(0)  # a row label some reports put in front
        kept = trim(tuple(cells))  # 12 cells: a table without the 总计 columns
        cells = kept if len(kept) == 12 else fit(tuple(cells), 15, row.grid)
        numbers = sum(count(c) is not None for c in cells)
        if len(cells) >= 12 and (numbers * 2 >= len(cells) or numbers and all(
                count(c) is not None or BLANK.match(c) for c in cells)):
            data = cells
            break
    paths = [f"reviews_and_lawsuits.{g}.{k}" for g, _ in T4_GROUPS for k, _ in T4_RESULTS]
    widths = (15,) if candidates and candidates[0].loose else (12, 15)
    if (data is None or len(data) not in widths) and blocks is not None:
        data = _t4_split(blocks) or _t4_after_heading(blocks) or data  # a loose row found first may be 表三's
    if data is None or len(data) not in widths:
        f.unread_tables.append("表四")
        why = "没有找到数据行" if data is None else f"数据行有 {len(data)} 个数，应为 15 个"
        f.lose(paths, f"表四（行政复议、行政诉讼情况）：{why}，整张表未能读出。")
        return
    width = len(data) // 3
    for g, (group, glabel) in enumerate(T4_GROUPS):
        cells = data[g * width:(g + 1) * width]
        nums = [count(c) for c in cells]
        for i, (field_key, flabel) in enumerate(T4_RESULTS):
            if nums[i] is None:
                f.lose_cell(f"reviews_and_lawsuits.{group}.{field_key}", cells[i],
                            f"表四“{glabel}”“{flabel}”：{_shown(cells[i])}不是数字。")
        setattr(facts.reviews_and_lawsuits, group, ReviewRow(*(n or 0 for n in nums[:4])))
        if width == 5 and nums[4] is not None:
            f.stated.review_totals[group] = nums[4]
        elif width == 5:
            f.problems.append(f"表四“{glabel}”“总计”：{_shown(cells[4])}不是数字（总计由程序计算，未导入）。")


def _t4_group(text: str) -> str | None:
    k = norm(text)
    if "复议后起诉" in k:
        return "lawsuit_after_review"
    if "未经复议" in k or "直接起诉" in k:
        return "lawsuit_direct"
    return "review" if k.endswith("行政复议") and len(k) <= 8 else None


T4_HEADER = {key("结果维持结果纠正其他结果尚未审结总计"): "header"}


def _t4_split(blocks: list[str | Row]) -> list[str] | None:
    """表四 printed as three small tables under the headings 行政复议 / 行政诉讼（未经复议直接起诉） /
    行政诉讼（复议后起诉）, each with one data row of 4 or 5 numbers: their cells as one 15-cell row."""
    found: dict[str, list[str]] = {}
    group = None
    for block in blocks:
        if isinstance(block, str):
            group = _t4_group(block) or (group if len(norm(block)) <= 20 else None)
            continue
        cells = trim(block.cells)
        if cells and count(cells[0]) is None and lookup(cells[0], T4_HEADER) == "header":
            cells = cells[1:]  # the group's header on the numbers' line ("结果维持 … 总计 27 10 9 15 61")
        if group and group not in found and len(cells) == 5 and all(count(c) is not None for c in cells):
            found[group] = cells
    if len(found) != len(T4_GROUPS):
        return None
    return [cell for g, _ in T4_GROUPS for cell in found[g]]


def _t4_after_heading(blocks: list[str | Row]) -> list[str] | None:
    """A PDF conversion that kept 表四's header as loose text: the first row after a line naming 行政复议 that
    holds exactly 15 numbers, each group's 总计 the sum of its four results."""
    after = False
    for block in blocks:
        if isinstance(block, str):
            after = after or "行政复议" in block
            continue
        cells = trim(block.cells)
        nums = [count(c) for c in cells]
        if after and len(cells) == 15 and all(n is not None for n in nums) \
                and all(sum(n or 0 for n in nums[g:g + 4]) == nums[g + 4] for g in (0, 5, 10)):
            return cells
    return None


def old_headers_in(paragraphs: list[str]) -> bool:
    """2019-only 表二 column headers standing as lines of their own (a table copied one cell per line)."""
    return any(len(p) <= 12 and lookup(p, T2_COLUMNS) == "old" for p in paragraphs)


# ---- 表二 ------------------------------------------------------------------------------------------

def read_table2(rows: list[Row], facts: Facts, f: Findings) -> None:
    header: list[str | None] | None = None
    found: dict[str, tuple[list[str], list[str | None] | None]] = {}
    for row in rows:
        _label_variants(row, match(row.cells, T2_ROWS), f)
        if row.cells and key(row.cells[0]) == "信息内容":
            header = [lookup(c, T2_COLUMNS) for c in trim(row.cells[1:])]
            f.old_format = f.old_format or "old" in header
            continue
        if row.cells and key(row.cells[0]) in OLD_T2_ROWS:
            f.old_format = True
            continue
        hit = match(row.cells, T2_ROWS)
        vals = _t2_vals(row, hit[0], hit[1], header) if hit else []
        if hit and vals and hit[1] not in found:
            if row.run:
                f.run_together[f"proactive_table.{hit[1]}"] = vals[0]
            found[hit[1]] = (vals if not row.loose or len(vals) in (1, 3) else [], header)
    if not found:
        f.unread_tables.append("表二")
        paths = [f"proactive_table.{k}.{c}" for k, _ in DOC_ROWS for c, _ in DOC_COLUMNS]
        paths += [f"proactive_table.{k}" for k, _ in (*DECISION_ROWS, FEES_ROW)]
        f.lose(paths, "表二（主动公开政府信息情况）：没有找到，整张表未能读出。")
        return
    for row_key, label in DOC_ROWS:
        _doc_row(row_key, label, found.get(row_key), facts, f)
    for row_key, label in (*DECISION_ROWS, FEES_ROW):
        _single(row_key, label, found.get(row_key), facts, f)


def _t2_vals(row: Row, at: int, row_key: str, header: list[str | None] | None) -> list[str]:
    """The cells after a 表二 label; a row of a table (not one cell per line) whose cells are all empty is a
    row the report left blank: one empty cell per column."""
    after = row.cells[at + 1:]
    vals = trim(after)
    if vals or not after or row.loose:
        return vals
    return [""] * (len(header) if header else 3 if row_key in DOC_KEYS else 1)


_YEAR_NOTE = re.compile(r"本年\s*\(\s*20\d\d\s*\)")


def _label_variants(row: Row, hit: tuple[int, str] | None, f: Findings) -> None:
    """F2: the 2019 row label "规范性文件", or a year written into a header ("本年(2023)制发件数")."""
    if hit and hit[1] == "normative_documents" and norm(row.cells[hit[0]]).endswith("规范性文件") \
            and "行政规范性文件" not in norm(row.cells[hit[0]]):
        note = "“规范性文件”（统一格式为“行政规范性文件”）"
        if note not in f.variants:
            f.variants.append(note)
    for cell in row.cells:
        m = _YEAR_NOTE.search(norm(cell))
        note = f"“{norm(cell)}”（统一格式为“本年制发件数”等，不写年份）" if m else ""
        if m and not any("不写年份" in v for v in f.variants):
            f.variants.append(note)


def _doc_row(row_key: str, label: str, entry: tuple[list[str], list[str | None] | None] | None,
             facts: Facts, f: Findings) -> None:
    path = f"proactive_table.{row_key}"
    if entry is None:
        f.lose([f"{path}.{c}" for c, _ in DOC_COLUMNS], f"表二：没有找到“{label}”这一行。")
        return
    vals, header = entry
    if path in f.run_together:
        f.lose([f"{path}.{c}" for c, _ in DOC_COLUMNS], f"表二“{label}”：三栏数字连在一起（“{vals[0]}”），"
               "拆分方式不止一种，未能读出。")
        return
    default = ["issued", "old", "old"] if f.old_format else ["issued", "repealed", "in_force"]
    fields = [h or d for h, d in zip(header, default, strict=False)] if header and len(header) == len(vals) else default
    if len(vals) < len(fields):  # a cell lost on the way (a PDF's multi-line cell): which one is unknown
        f.lose([f"{path}.{c}" for c, _ in DOC_COLUMNS],
               f"表二“{label}”行：只有 {len(vals)} 个数，应为 {len(fields)} 个，无法确定各属哪一栏，整行未能读出。")
        return
    got = {fk: v for fk, v in zip(fields, vals, strict=False) if fk in ("issued", "repealed", "in_force")}
    row = DocRow()
    for col, clabel in DOC_COLUMNS:
        text = got.get(col)
        num = None if text is None else count(text)
        if num is None:
            why = "2019 年旧格式没有这一栏" if text is None and f.old_format else f"{_shown(text or '')}不是数字"
            f.lose_cell(f"{path}.{col}", text, f"表二“{label}”“{clabel}”：{why}。")
        setattr(row, col, num or 0)
    setattr(facts.proactive_table, row_key, row)


def _single(row_key: str, label: str, entry: tuple[list[str], list[str | None] | None] | None,
            facts: Facts, f: Findings) -> None:
    path = f"proactive_table.{row_key}"
    if entry is None:
        f.lose([path], f"表二：没有找到“{label}”这一行。")
        return
    vals, header = entry
    if path in f.run_together:
        f.lose([path], f"表二“{label}”：几栏数字连在一起（“{f.run_together[path]}”），未能读出。")
        return
    text = vals[0] if len(vals) == 1 else None
    if header and len(header) == len(vals) and "value" in header:
        text = vals[header.index("value")]
    elif vals and not any(v.strip() for v in vals):
        text = ""  # the whole row left blank (even where the 2019 format has no such column)
    value: int | Decimal | None = None
    if text is not None:
        value = amount(text) if row_key == FEES_ROW[0] else count(text)
    if value is None:
        why = "2019 年旧格式没有这一栏" if text is None and f.old_format else f"{_shown(text or '')}不是数字"
        f.lose_cell(path, text, f"表二“{label}”：{why}。")
        return
    setattr(facts.proactive_table, row_key, value)
