"""The batch spreadsheet's template: every column, one filled example row, and (.xlsx) an instructions sheet.

openpyxl is imported inside the functions that need it: the render path never loads it.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path
from typing import Any

from drafter.batch.columns import COLUMNS, DEFAULT_NOTES, facts_to_row
from drafter.batch.table import DATA_SHEET
from drafter.errors import DrafterError
from drafter.facts.atomic import atomic_write_bytes
from drafter.facts.model import Facts

HELP_SHEET = "填写说明"


def write_template(path: Path, example: Facts, *, force: bool) -> None:
    """An .xlsx (or .csv) with every column, one filled example row, and (xlsx) an instructions sheet."""
    from drafter.facts.files import check_writable

    check_writable(path, force=force)
    row = facts_to_row(example)
    if path.suffix.lower() == ".csv":
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerows([[c.header for c in COLUMNS], ["" if v is None else v for v in row]])
        atomic_write_bytes(path, buffer.getvalue().encode("utf-8-sig"))
        return
    if path.suffix.lower() != ".xlsx":
        raise DrafterError(f"模板文件名“{path}”应以 .xlsx 或 .csv 结尾。")
    atomic_write_bytes(path, _template_xlsx(row))


def _template_xlsx(row: list[object]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    data = book.active
    data.title = DATA_SHEET
    data.append([c.header for c in COLUMNS])
    data.append(row)
    header_fill = PatternFill("solid", fgColor="DDEBF7")
    for cell in data[1]:
        cell.font = Font(bold=True)
        cell.fill = header_fill
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for i, col in enumerate(COLUMNS, start=1):
        letter = data.cell(row=1, column=i).column_letter
        data.column_dimensions[letter].width = 40 if col.kind in ("lines", "channels") else 14
    data.row_dimensions[1].height = 60
    data.freeze_panes = "B2"
    kinds = DataValidation(type="list", formula1='"镇,乡,街道,部门"', allow_blank=True)
    data.add_data_validation(kinds)
    kind_col = next(i for i, c in enumerate(COLUMNS, start=1) if c.key == "agency.kind")
    kinds.add(f"{data.cell(row=2, column=kind_col).column_letter}2:"
              f"{data.cell(row=2, column=kind_col).column_letter}2000")
    _help_sheet(book.create_sheet(HELP_SHEET))
    buffer = io.BytesIO()
    book.properties.created = book.properties.modified = dt.datetime(2024, 1, 1)
    book.save(buffer)
    return buffer.getvalue()


HELP_LINES = (
    "本表用于 drafter batch 批量生成《政府信息公开工作年度报告》：“报告数据”工作表中每一行是一个机关（乡镇、街道或部门）。",
    "第 2 行是示例（昆明市晋宁区二街镇 2023 年），可参照填写，用不到时删去即可。",
    "第 1 行的列名不要修改；不需要的列可以删除，删除的数字列按 0 处理。各表的“总计”由程序计算，不需要填写。",
    "数字可以写成文本或全角数字（如“５５８”）；金额以万元为单位；日期写成 2024-01-17 或 2024年1月17日。",
    "填好后运行：drafter batch 本表.xlsx -o 输出文件夹。有问题的行不影响其他行，问题列在输出文件夹的 problems.csv 中。",
)


def _help_sheet(ws: Any) -> None:
    from openpyxl.styles import Alignment, Font

    for line in HELP_LINES:
        ws.append([line])
    ws.append([])
    ws.append(["列名", "填写要求", "对应事实文件字段"])
    header_row = ws.max_row
    for col in COLUMNS:
        ws.append([col.header, col.note or DEFAULT_NOTES.get(col.kind, ""), col.key])
    for cell in ws[header_row]:
        cell.font = Font(bold=True)
    for letter, width in (("A", 48), ("B", 70), ("C", 44)):
        ws.column_dimensions[letter].width = width
    for row in ws.iter_rows(min_row=header_row + 1):
        row[1].alignment = Alignment(wrap_text=True)
