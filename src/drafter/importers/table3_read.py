"""表三 (收到和处理政府信息公开申请情况) read row by row by its labels: six applicant columns and the printed 总计;
rows a conversion separated from their labels placed by order where certain (``row_gaps``).
"""

from __future__ import annotations

from drafter.facts.model import Facts
from drafter.importers import row_gaps
from drafter.importers.blocks import Row
from drafter.importers.labels import T3_LABELS, key, lookup
from drafter.importers.tables_read import BLANK, Findings, count, fit, match, shown, trim
from drafter.tables import (
    APPLICANT_COLUMNS,
    T3_ROWS,
)

LEGAL_ENTITIES: dict[str, int] = {key(label): i for i, label in enumerate(APPLICANT_COLUMNS) if i}
OLD_OTHER_HANDLING = ("other_handling.overdue_correction", "other_handling.overdue_fee")
# ---- 表三 ------------------------------------------------------------------------------------------

OLD_OTHER_NOTE = ("表三为 2019 年旧格式：“（六）其他处理”只有一行，已计入“3.其他”，"
                  "“1.逾期不补正”“2.逾期未缴费”两行记为 0。")


def read_table3(rows: list[Row], facts: Facts, f: Findings) -> None:
    found: dict[str, tuple[list[str], bool]] = {}  # row key → (cells after the label, loose row)
    blank_rows: set[str] = set()  # rows taken although every cell is blank: a later row with numbers wins
    seen: list[row_gaps.Seen] = []  # labelled and bare rows in document order
    short: dict[str, str] = {}  # rows whose digits ran together, fewer than its cells (row key → the digits)
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
        if row.run and hit[1] not in found:  # run together with fewer digits than cells: some left blank
            short[hit[1]] = row.cells[-1]
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
        f.cut = f"applications.{name}" if _cut_inside(row, hit[0] + 1, name, found) else f.cut  # see Findings.cut
        seen = [*(s for s in seen if s.key != name), row_gaps.Seen(name, vals)]
    _place_bare_rows(seen, found, f)
    _store_rows(found, short, facts, f)


def _cut_inside(row: Row, at: int, name: str, found: dict[str, tuple[list[str], bool]]) -> bool:
    """The copy stops inside ``row`` (its cells from ``at`` on the row's first ones): one cell per line, or a "|" row
    whose cells are all filled after rows all whole (each of seven cells): a layout that keeps every cell. A "|"
    layout that loses blank cells ("3 | 3 ||||", padded) shows rows short of seven; there the figures of a cut row
    may be in any column."""
    if not row.cut_after(at):
        return False
    others = [vals for key, (vals, loose) in found.items() if key != name and not loose]
    return row.loose or bool(others) and all(len(vals) == 7 for vals in others)


def _store_rows(found: dict[str, tuple[list[str], bool]], short: dict[str, str], facts: Facts, f: Findings) -> None:
    """Every row of 表三 stored from the cells found for it (a row whose digits ran together short is unread);
    none found: the whole table is unread."""
    if not found:
        f.unread_tables.append("表三")
        paths = [f"applications.{r.key}[{c}]" for r in T3_ROWS if r.key != "total" for c in range(1, 7)]
        f.lose(paths, "表三（收到和处理政府信息公开申请情况）：没有找到，整张表未能读出。")
        return
    for t3row in T3_ROWS:
        if t3row.key in short and t3row.key not in found:
            _short_row(t3row.key, t3row.labels[-1], short[t3row.key], f)
        else:
            _t3_row(t3row.key, t3row.labels[-1], found.get(t3row.key, (None, False)), facts, f)


def _short_row(row_key: str, label: str, digits: str, f: Findings) -> None:
    """A row whose digits ran together and are fewer than its seven cells ("0 0 0 0 0 0" in a page that lost
    an empty cell): the report left a cell blank, which one is unknown. Its cells are unread and the row is
    listed as blank (``imported.blank`` holds the row's path: B5)."""
    paths = [f"applications.{row_key}[{c}]" for c in range(1, 7)] if row_key != "total" else []
    n = len(digits.replace(" ", ""))
    f.lose(paths, f"表三“{label}”行只印出 {n} 个数字（“{digits}”），应有 7 格：原报告有 {7 - n} 格空白，"
                  f"无法确定是哪{'一' if n == 6 else '几'}格，整行未能读出。")
    path = f"applications.{row_key}"
    f.blank += [] if path in f.blank else [path]


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
    cut = f.cut == f"applications.{row_key}" and len(vals) < 7  # the copy stops inside the row: its first cells
    if cut:
        f.lose_cut(paths[len(vals):], f"表三“{label}”行")
        f.problems.append(f"表三“{label}”行“总计”列：原文在此截断（总计由程序计算，未导入）。")
    elif len(vals) not in ((7,) if loose else (6, 7)):  # one cell per line: a lost blank would shift columns
        f.lose(paths, f"表三“{label}”行：有 {len(vals)} 个数，应为 7 个（6 类申请人和总计），整行未能读出。")
        return
    nums = [*(count(v) for v in vals[:6]), *[None] * (6 - len(vals[:6])), *(count(v) for v in vals[6:])]
    for c, (text, num) in enumerate(zip(vals[:6], nums, strict=False)):
        message = f"表三“{label}”行“{APPLICANT_COLUMNS[c]}”列：{shown(text)}不是数字。"
        if num is None and paths:
            f.lose_cell(paths[c], text, message)
        elif num is None:  # the （七）总计 row: printed totals only, kept for the checks
            f.problems.append(message)
    if len(vals) == 7 and nums[6] is not None:
        f.stated.row_totals[row_key] = nums[6]
    elif len(vals) == 7:
        f.problems.append(f"表三“{label}”行“总计”列：{shown(vals[6])}不是数字（总计由程序计算，未导入）。")
    if row_key == "total":
        if any(n is not None for n in nums[:6]):  # a blank cell stays None: the others are still compared
            f.stated.outcome_totals = tuple(nums[:6])
    elif any(nums[:6]):
        facts.applications.rows[row_key] = tuple(n or 0 for n in nums[:6])  # a cut-off cell is listed as missing
