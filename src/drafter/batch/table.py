"""Reading the batch spreadsheet (.xlsx or .csv in UTF-8, UTF-8 with BOM or GBK); writing its template is
``batch.template``.

openpyxl is imported here and there only, inside the functions that need it: the render path never loads it.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from drafter.batch.columns import COLUMNS, Column, match_headers
from drafter.errors import DrafterError
from drafter.facts.files import MAX_INPUT_BYTES, check_readable, read_bytes

DATA_SHEET = "报告数据"
MAX_ROWS, MAX_COLUMNS = 50_000, 2 * len(COLUMNS)  # every township of a province; every column twice over


@dataclass
class Row:
    number: int  # the row number the clerk sees in Excel (header is row 1)
    cells: dict[Column, object]


def read_rows(path: Path) -> list[Row]:
    """Every non-empty data row of the table, its headers matched to facts keys."""
    check_readable(path, what="表格文件")
    suffix = path.suffix.lower()
    if suffix == ".csv":
        grid = _read_csv(path)
    elif suffix in (".xlsx", ".xlsm"):
        grid = _read_xlsx(path)
    else:
        raise DrafterError(f"无法读取“{path}”：只支持 .xlsx 和 .csv 表格。WPS 或 Excel 中可“另存为”这两种格式。")
    if not grid:
        raise DrafterError(f"表格“{path}”是空的。请用 drafter batch --template 模板.xlsx 生成模板后填写。")
    known, unknown = match_headers(list(grid[0]))
    _refuse_ambiguous_columns(path, grid, known)
    if unknown:
        raise DrafterError(f"表格“{path}”第 1 行有无法识别的列名：{'、'.join(unknown)}。"
                           "请使用 drafter batch --template 生成的模板中的列名（可以删去不用的列）。")
    if not any(col.key == "agency.name" for col in known.values()):
        raise DrafterError(f"表格“{path}”第 1 行没有“机关全称”列。第 1 行应为列名，请使用模板中的列名。")
    rows = []
    for number, values in enumerate(grid[1:], start=2):
        cells = {col: values[i] for i, col in known.items() if i < len(values)}
        if any(v is not None and str(v).strip() for v in cells.values()):
            rows.append(Row(number, cells))
    return rows


def _refuse_ambiguous_columns(path: Path, grid: list[list[object]], known: dict[int, Column]) -> None:
    """A column named twice (which one counts?) or data under no name (it would be dropped) is refused."""
    seen: dict[Column, int] = {}
    for i, col in known.items():
        if col in seen:
            raise DrafterError(f"表格“{path}”第 1 行的列名“{col.header}”出现了两次（第 {_letter(seen[col])} 列和"
                               f"第 {_letter(i)} 列）。请删去其中一列后重试。")
        seen[col] = i
    named = {i for i, h in enumerate(grid[0]) if h is not None and str(h).strip()}
    for number, values in enumerate(grid[1:], start=2):
        stray = [i for i, v in enumerate(values) if i not in named and v is not None and str(v).strip()]
        if stray:
            raise DrafterError(f"表格“{path}”第 {number} 行第 {_letter(stray[0])} 列有内容，但这一列第 1 行没有列名，"
                               "内容会被忽略。请填上模板中的列名，或删去这一列后重试。")


def _letter(index: int) -> str:
    """0 → "A", 27 → "AB": the column as Excel and WPS show it."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def _read_csv(path: Path) -> list[list[object]]:
    raw = read_bytes(path, what="表格文件")
    # Excel's "Unicode 文本" is UTF-16 with a BOM, tab-separated; "CSV" is UTF-8 (BOM or not) or GBK.
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise DrafterError(f"表格“{path}”的 UTF-16（Unicode 文本）编码已损坏（第 {exc.start} 字节）。"
                               "请在 Excel 中重新“另存为”后重试。") from None
    else:
        text = _decode_one_encoding(path, raw)
    try:
        first = text.split("\n", 1)[0]
        delimiter = "\t" if first.count("\t") > first.count(",") else ","
        grid: list[list[object]] = []
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            if len(grid) > MAX_ROWS or len(row) > MAX_COLUMNS:  # checked row by row: a million rows never build
                raise DrafterError(f"表格“{path}”超过 {MAX_ROWS} 行或 {MAX_COLUMNS} 列（第 {len(grid) + 1} 行），"
                                   "不像是报告数据表。请删除多余的行和列，或分成几个文件后重试。")
            grid.append(list(row))
        return grid
    except csv.Error as exc:
        raise DrafterError(f"表格“{path}”不是有效的 CSV：{exc}。请在 Excel 中重新“另存为”CSV。") from None


def _decode_one_encoding(path: Path, raw: bytes) -> str:
    """UTF-8 or GBK, one for the whole file. A file whose lines are partly UTF-8 and partly GBK (rows
    pasted together from two sources) is refused naming the first line that does not decode: guessing
    would decode the UTF-8 rows as GBK and name a report in mojibake."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    lines = raw.split(b"\n")
    utf8 = [n for n, line in enumerate(lines, start=1) if not line.isascii() and _decodes(line, "utf-8-sig")]
    if utf8:
        bad = next(n for n, line in enumerate(lines, start=1) if not _decodes(line, "utf-8-sig"))
        raise DrafterError(f"表格“{path}”第 {bad} 行不是 UTF-8 编码，而第 {utf8[0]} 行是：一个文件中混有两种编码"
                           "（可能是从不同来源粘贴的行）。请在 Excel 中打开后整体“另存为”CSV UTF-8，再核对这一行的文字。")
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError:
        bad = next((n for n, line in enumerate(lines, start=1) if not _decodes(line, "gb18030")), 0)
        raise DrafterError(f"表格“{path}”既不是 UTF-8 也不是 GBK 编码（第 {bad} 行无法解码）。"
                           "请在 Excel 中“另存为”CSV UTF-8 后重试。") from None


def _decodes(line: bytes, encoding: str) -> bool:
    try:
        line.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def _read_xlsx(path: Path) -> list[list[object]]:
    import zipfile

    from openpyxl import load_workbook

    _check_unpacked_size(path)
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, OSError, KeyError, ValueError) as exc:
        raise DrafterError(f"无法打开表格“{path}”（{exc}）。请确认它是 .xlsx 文件，并且没有在 Excel 中加密。") from None
    except (SyntaxError, EOFError, TypeError, AttributeError, IndexError):  # broken XML (xml's ParseError), bad parts
        raise DrafterError(f"无法打开表格“{path}”：文件内容已损坏（XML 格式错误）。"
                           "请在 Excel 或 WPS 中打开后重新保存为 .xlsx 再试。") from None
    try:
        return _read_open_book(path, book)
    except (SyntaxError, EOFError, TypeError, AttributeError, IndexError, KeyError, zipfile.BadZipFile):
        raise DrafterError(f"无法读取表格“{path}”：文件内容已损坏（XML 格式错误，或含有不允许的实体定义）。"
                           "请在 Excel 或 WPS 中打开后重新保存为 .xlsx 再试。") from None


MAX_UNPACKED = 256 * 2**20  # a 50,000-row table unpacks to tens of MB; a "zip bomb" to gigabytes
MAX_SHARED_STRINGS = 32 * 2**20


def _check_unpacked_size(path: Path) -> None:
    """The sizes the .xlsx declares for its parts (zipfile never unpacks more than declared), checked
    before openpyxl builds anything: a shared-strings bomb is a few KB packed and gigabytes in memory."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # load_workbook says it is no .xlsx
    strings = sum(i.file_size for i in infos if i.filename.lower().endswith("sharedstrings.xml"))
    total = sum(i.file_size for i in infos)
    if strings > MAX_SHARED_STRINGS or total > MAX_UNPACKED:
        raise DrafterError(f"表格“{path}”解压后有 {total // 2**20} MB（其中文字 {strings // 2**20} MB），超过上限，"
                           "不像是报告数据表（可能是“压缩炸弹”）。请确认文件是否正确，或另存为 CSV 后重试。")


def _read_open_book(path: Path, book: Any) -> list[list[object]]:
    try:
        sheet = book[DATA_SHEET] if DATA_SHEET in book.sheetnames else book.worksheets[0]
        with sheet._get_source() as source:  # the sheet's XML: merges and formulas, which read-only mode hides
            xml = source.read(MAX_INPUT_BYTES + 1)
        if len(xml) > MAX_INPUT_BYTES:
            raise DrafterError(f"表格“{path}”超过 {MAX_INPUT_BYTES // 2**20} MB，不像是报告数据表。请确认文件是否正确。")
        merged = re.findall(rb'<mergeCell ref="([A-Z]+[0-9]+:[A-Z]+[0-9]+)"', xml)
        if merged:
            cells = "、".join(m.decode() for m in merged[:5]) + ("等" if len(merged) > 5 else "")
            raise DrafterError(f"表格“{path}”的工作表“{sheet.title}”有合并单元格：{cells}。合并后只有左上角一格有内容，"
                               "其余各格会被当作空白。请取消合并，每格分别填写后重试。")
        grid = _sheet_rows(path, sheet)
    finally:
        book.close()
    if re.search(rb"<f[ >]", xml):
        _refuse_uncomputed_formulas(path, grid)
    return grid


def _sheet_rows(path: Path, sheet: Any) -> list[list[object]]:
    """The cells, refusing a sheet whose used range is absurd (a stray cell at XFD1048576 made openpyxl
    build 1048576 rows of 16384 cells: 24 GB)."""
    rows, cols = sheet.max_row or 0, sheet.max_column or 0
    too_big = DrafterError(f"表格“{path}”的使用区域到第 {rows} 行、第 {_letter(max(cols, 1) - 1)} 列，超过 {MAX_ROWS} 行或"
                           f" {MAX_COLUMNS} 列，可能是远处的单元格里有内容或格式。请删除多余的行和列（或另存为 CSV）后重试。")
    if rows > MAX_ROWS or cols > MAX_COLUMNS:
        raise too_big
    grid: list[list[object]] = []
    for row in sheet.iter_rows(max_col=MAX_COLUMNS, values_only=True):
        if len(grid) >= MAX_ROWS:
            raise too_big
        grid.append(list(row))
    return grid


def _refuse_uncomputed_formulas(path: Path, grid: list[list[object]]) -> None:
    """A formula saved without its result (a table made by a program, never opened in Excel) reads as blank."""
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=False)
    try:
        sheet = book[DATA_SHEET] if DATA_SHEET in book.sheetnames else book.worksheets[0]
        for r, row in enumerate(sheet.iter_rows(values_only=True)):
            for c, value in enumerate(row):
                computed = grid[r][c] if r < len(grid) and c < len(grid[r]) else None
                if isinstance(value, str) and value.startswith("=") and computed is None:
                    raise DrafterError(f"表格“{path}”第 {r + 1} 行第 {_letter(c)} 列是公式（{value}），但没有保存计算结果。"
                                       "请在 Excel 或 WPS 中打开该表格并保存后重试，或把公式换成数值。")
    finally:
        book.close()
