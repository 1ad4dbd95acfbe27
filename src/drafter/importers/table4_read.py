"""表四 (行政复议、行政诉讼情况): its one data row of 15 cells, or three small tables under the group headings,
or the first row of 15 numbers after a line naming 行政复议 whose groups add up.
"""

from __future__ import annotations

from drafter.facts.model import Facts, ReviewRow
from drafter.importers.blocks import Row
from drafter.importers.labels import key, lookup, norm
from drafter.importers.tables_read import BLANK, Findings, count, fit, run_digits, shown, trim
from drafter.tables import (
    T4_GROUPS,
    T4_RESULTS,
)


def read_table4(rows: list[Row], facts: Facts, f: Findings, blocks: list[str | Row] | None = None) -> None:
    tables = {r.table for r in rows if any("行政复议" in norm(c) for c in r.cells)}
    tables |= {t + 1 for t in tables}  # a table split in two (header rows, then the data row)
    # else the rows of text one cell a line: loose, or the data row whose empty cells the layout proves (``empty_cells``:
    # its header's last "总计", then fifteen cells)
    candidates = [r for r in rows if r.table in tables] or [r for r in reversed(rows) if r.loose or r.grid and len(
        r.cells) == 16 and norm(r.cells[0]) == "总计"]
    # a header naming all fifteen columns: a row of twelve is a row cut short (a page copy cut), not the
    # layout without the 总计 columns
    totals = sum(key(c) in _RESULT_KEYS for r in candidates if not r.loose for c in r.cells) >= 15
    data = _data_row(candidates, totals) or _left_blank(candidates)
    paths = [f"reviews_and_lawsuits.{g}.{k}" for g, _ in T4_GROUPS for k, _ in T4_RESULTS]
    widths = (15,) if candidates and candidates[0].loose or totals else (12, 15)
    if (data is None or len(data) not in widths) and blocks is not None:
        data = _t4_split(blocks) or _t4_after_heading(blocks) or data  # a loose row found first may be 表三's
    if data is None or len(data) not in widths:
        f.unread_tables.append("表四")
        why = "没有找到数据行" if data is None else f"数据行有 {len(data)} 个数，应为 15 个"
        f.lose(paths, f"表四（行政复议、行政诉讼情况）：{why}，整张表未能读出。")
        return
    _store(data, facts, f)


def _data_row(candidates: list[Row], totals: bool) -> list[str] | None:
    """The first candidate row of 12 or more cells (after any row label in front) that is mostly numbers, or
    numbers and blanks; 12 cells stay 12 (a table without the 总计 columns) unless the header has ``totals``. A row
    the copy stops inside (``Row.cut``) is read only whole: its first twelve cells are not the three groups without
    their 总计 ("行政复议 |", "0 | 0 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 1 | 0 | 0 | " and the copy's end: 48 cut inside
    the row, whose 未经复议直接起诉 1 would read under 结果纠正)."""
    for row in candidates:
        cells = list(row.cells)
        while cells and cells[0].strip() and count(cells[0]) is None and run_digits(cells[0]) is None:
            cells.pop(0)  # a row label some reports put in front
        kept = trim(tuple(cells))  # 12 cells: a table without the 总计 columns
        if row.cut and len(kept) < 15:
            continue
        cells = kept if len(kept) == 12 and not totals else fit(tuple(cells), 15, row.grid)
        numbers = sum(count(c) is not None for c in cells)
        if len(cells) >= 12 and (numbers * 2 >= len(cells) or numbers and all(
                count(c) is not None or BLANK.match(c) for c in cells)):
            return cells
    return None


def _store(data: list[str], facts: Facts, f: Findings) -> None:
    """The data row's three groups (of four results, or five with their 总计) stored; a cell that is not a
    number is named and counted as 0; a stated 总计 is kept to compare with the computed one."""
    width = len(data) // 3
    for g, (group, glabel) in enumerate(T4_GROUPS):
        cells = data[g * width:(g + 1) * width]
        run = run_digits(cells[0])
        if run is not None:
            f.run_together[f"reviews_and_lawsuits.{group}"] = run
            f.lose([f"reviews_and_lawsuits.{group}.{k}" for k, _ in T4_RESULTS],
                   f"表四“{glabel}”：五栏数字连在一起（“{run}”），怎样拆分都加不出总计，拆分方式不能确定，未能读出。")
            continue
        nums = [count(c) for c in cells]
        for i, (field_key, flabel) in enumerate(T4_RESULTS):
            if nums[i] is None:
                f.lose_cell(f"reviews_and_lawsuits.{group}.{field_key}", cells[i],
                            f"表四“{glabel}”“{flabel}”：{shown(cells[i])}不是数字。")
        setattr(facts.reviews_and_lawsuits, group, ReviewRow(*(n or 0 for n in nums[:4])))
        if width == 5 and nums[4] is not None:
            f.stated.review_totals[group] = nums[4]
        elif width == 5:
            f.problems.append(f"表四“{glabel}”“总计”：{shown(cells[4])}不是数字（总计由程序计算，未导入）。")


_RESULT_KEYS = {key(label) for label in (*(r for _, r in T4_RESULTS), "总计")}


def _left_blank(candidates: list[Row]) -> list[str] | None:
    """The data row a Word or HTML 表四 (or a copied one whose header is all it printed, ``blank_tables``) left
    blank: the table's last row, of exactly 15 cells, every one blank."""
    last = candidates[-1] if candidates and candidates[-1].grid else None
    if last and len(last.cells) == 15 and all(BLANK.match(c) for c in last.cells):
        return list(last.cells)
    return None


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
