"""The review workbook 审核汇总.xlsx: one row per unit (most errors first), a sheet per check code.

Frozen header, filters, column widths that fit Chinese text, numbers as numbers. openpyxl is imported
here only, inside the function that needs it.
"""

from __future__ import annotations

import io
import unicodedata
from decimal import Decimal

from drafter.checks.problem import ERROR, NOTICE, WARNING, Problem
from drafter.checks.reviewed import problem_ids
from drafter.summary.figures import FIGURES, figures
from drafter.summary.read import Unit
from drafter.summary.sums import CountySum, cells
from drafter.tables import cell_where

MAIN_SHEET = "审核汇总"
SUMS_SHEET = "全县合计"
SEVERITY = {ERROR: "错误", WARNING: "提示", NOTICE: "说明"}
HEAD = ("单位", "类型", "年度", "来源文件")
TAIL = ("错误", "提示", "问题", "未能读出", "计入合计", "已核实的提示")
MAX_CELL = 32_000  # Excel holds 32,767 characters in a cell
SHOWN_UNREAD = 12  # unread items listed in the cell; the rest counted
WIDTH_MIN, WIDTH_MAX, WIDTH_TEXT = 6, 40, 70


def ordered(units: list[Unit]) -> list[Unit]:
    """Most errors first, then most warnings, then by name."""
    return sorted(units, key=lambda u: (-u.errors, -u.warnings, u.name))


def problem_text(p: Problem) -> str:
    """One problem in plain Chinese: severity, code, where, what, how to fix."""
    where = f"{p.where}：" if p.where else ""
    fix = f"修改：{p.fix}" if p.fix else ""
    return f"【{SEVERITY.get(p.severity, '提示')} {p.code}】{where}{p.message.rstrip('。')}。{fix}"


def _number(value: object) -> object:
    return float(value) if isinstance(value, Decimal) else value


def unit_row(unit: Unit) -> list[object]:
    facts = unit.facts
    figs = figures(facts) if facts is not None else {}
    unread = ([unit.failure] if unit.failure else []) + unit.unread
    shown = unread[:SHOWN_UNREAD] + ([f"……等共 {len(unread)} 处"] if len(unread) > SHOWN_UNREAD else [])
    return [
        unit.name,
        facts.agency.kind if facts is not None else "",
        facts.year if facts is not None and facts.year else None,
        unit.source,
        *(_number(figs.get(fig.key)) for fig in FIGURES),
        unit.errors,
        unit.warnings,
        "\n".join(problem_text(p) for p in unit.problems)[:MAX_CELL],
        "\n".join(shown)[:MAX_CELL],
        "是" if unit.summed else _why_not(unit),
        "\n".join(unit.accepted)[:MAX_CELL] or None,
    ]


def _why_not(unit: Unit) -> str:
    if unit.failure:
        return "否：未能读入"
    if unit.duplicate_of:
        return f"否：与“{unit.duplicate_of}”重复"
    return f"否：{unit.excluded}" if unit.excluded else "否"


def display_width(text: str) -> int:
    """Columns a line takes in Excel: wide (Chinese) characters count twice."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _fit(sheet: object, rows: list[list[object]], text_columns: set[int]) -> None:
    from openpyxl.utils import get_column_letter

    for c in range(len(rows[0])):
        longest = max(display_width(line) for row in rows for line in str(row[c] if row[c] is not None else "")
                      .split("\n"))
        cap = WIDTH_TEXT if c in text_columns else WIDTH_MAX
        sheet.column_dimensions[get_column_letter(c + 1)].width = max(WIDTH_MIN, min(cap, longest + 2))  # type: ignore[attr-defined]


def _sheet(book: object, title: str, rows: list[list[object]], text_columns: set[int]) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

    sheet = book.create_sheet(title)  # type: ignore[attr-defined]
    for row in rows:
        sheet.append(row)
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDE4EE")
    wrap = Alignment(wrap_text=True, vertical="top")
    for cell in sheet[1]:
        cell.font, cell.fill = bold, fill
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = wrap
    sheet.freeze_panes = "B2"
    sheet.auto_filter.ref = sheet.dimensions
    _fit(sheet, rows, text_columns)


def sums_rows(result: CountySum) -> list[list[object]]:
    """Every cell of the county's sums: where, field, sum (empty when unknown), known part, units lacking it."""
    rows: list[list[object]] = [["位置", "字段", "合计", "已读出部分之和", "缺少的单位"]]
    for path, value in cells(result.facts).items():
        if path not in result.partial:
            rows.append([cell_where(path) or "一、总体情况 · 主动公开信息总数", path, _number(value), None, None])
    for path, (known, who) in result.partial.items():
        rows.append([cell_where(path) or "一、总体情况 · 主动公开信息总数", path, None, _number(known), "、".join(who)])
    return rows


def workbook_bytes(units: list[Unit], result: CountySum) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    header: list[object] = [*HEAD, *(fig.label for fig in FIGURES), *TAIL]
    text_columns = {header.index(h) for h in ("问题", "未能读出", "计入合计", "来源文件", "已核实的提示")}
    _sheet(book, MAIN_SHEET, [header, *(unit_row(u) for u in ordered(units))], text_columns)
    _sheet(book, SUMS_SHEET, sums_rows(result), {0, 4})
    by_code: dict[str, list[list[object]]] = {}
    for unit in ordered(units):
        for ident, p in zip(problem_ids(unit.problems), unit.problems, strict=True):
            by_code.setdefault(p.code, []).append(
                [unit.name, SEVERITY.get(p.severity, "提示"), p.where or p.path, p.message, p.fix, p.path, ident])
    for code in sorted(by_code):
        rows: list[list[object]] = [["单位", "级别", "位置", "问题", "修改方法", "字段", "编号"], *by_code[code]]
        _sheet(book, code, rows, {2, 3, 4})
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
