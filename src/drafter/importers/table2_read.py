"""表二 (主动公开政府信息情况) read by its row labels and column headers, the 2019 format's columns mapped
where they mean the same; a row whose three numbers ran together is split by the report's prose where
that is certain (``doc_row_text``), else left unread with its digits kept for the checks.
"""

from __future__ import annotations

import re
from decimal import Decimal

from drafter.facts.imported import ABSENT_ROW, TEMPLATE_NOTE, TEMPLATE_NOTE_END
from drafter.facts.model import DocRow, Facts
from drafter.importers.blocks import Block, Row
from drafter.importers.doc_row_text import split_by_text
from drafter.importers.labels import OLD_T2_ROWS, T2_COLUMNS, T2_ROWS, key, lookup, norm
from drafter.importers.tables_read import Findings, amount, count, fit, match, shown, trim
from drafter.tables import (
    DECISION_ROWS,
    DOC_COLUMNS,
    DOC_ROWS,
    FEES_ROW,
)


def old_headers_in(paragraphs: list[str]) -> bool:
    """2019-only 表二 column headers standing as lines of their own (a table copied one cell per line)."""
    return any(len(p) <= 12 and lookup(p, T2_COLUMNS) == "old" for p in paragraphs)


T2_HEADERS = {"issued": "本年制发件数", "repealed": "本年废止件数", "in_force": "现行有效件数"}


def cut_headers(blocks: list[Block]) -> list[str]:
    """F2: a 表二 column header printed cut short ("现行有效件" for "现行有效件数"), in a header row or one header
    a line: a cell only the prefix of an official header matches, followed by another label (not by its own last
    characters on the next line, as PDF text breaks words)."""
    cells = [c for b in blocks for c in ((b,) if isinstance(b, str) else b.cells)]
    notes: list[str] = []
    for cell, after in zip(cells, cells[1:], strict=False):
        column = lookup(cell, T2_COLUMNS) if len(cell) <= 12 and key(cell) not in T2_COLUMNS else None
        if column in T2_HEADERS and (lookup(after, T2_COLUMNS) is not None or lookup(after, T2_ROWS) is not None):
            note = f"“{norm(cell)}”（统一格式为“{T2_HEADERS[column or '']}”）"
            notes += [] if note in notes else [note]
    return notes


# 表二's headers under other words: "本年度制发数", "本年废止数" (950), "本年发件" (590, 942), "本年制发数量" (723), "本年新" /
# "制发数量" (508, a PDF's header on two lines), "本年度处理决定数量": a cell after 信息内容 naming 制发, 废止, 现行有效,
# 处理决定 or 收费金额 that no official or 2019 header's core is, nor one cut short (``cut_headers``'); a 2019 table's
# headers are F1's
_HEADER_STEMS = (("repealed", re.compile(r"废止")), ("in_force", re.compile(r"现行|有效")),
                 ("issued", re.compile(r"制发|制作|发件|发文")), ("decisions", re.compile(r"处理决定")),
                 ("fees", re.compile(r"收费金额")))
_HEADER_HEAD = re.compile(r"^本年度?新?$")  # a header's first line, its rest on the next: "本年新" / "制发数量"


FEES_HEADER = "本年收费金额（单位：万元）"
_WORDED_OFFICIAL = {**T2_HEADERS, "decisions": "本年处理决定数量", "fees": FEES_HEADER}


def worded_headers(blocks: list[Block]) -> list[str]:
    """F2: the headers after a 信息内容 cell printed in other words than the format's."""
    cells = [c for b in blocks for c in ((norm(b),) if isinstance(b, str) else map(norm, b.cells)) if c]
    notes: list[str] = []
    for at, cell in enumerate(cells):
        if key(cell) != "信息内容":
            continue
        following = cells[at + 1:at + 5]
        worded: list[str] = []
        for i, header in enumerate(following):
            if _HEADER_HEAD.match(header) and i + 1 < len(following):
                following[i + 1] = header + following[i + 1]
                continue
            if lookup(header, T2_COLUMNS) == "old":  # a 2019 band: F1's
                worded = []
                break
            column = next((c for c, stem in _HEADER_STEMS if stem.search(header)), None)
            if column is None or len(header) > 12 or re.search(r"\d", header):
                break  # the band's headers end: a row's label follows
            official = _WORDED_OFFICIAL[column]
            printed, core = key(header), key(official)
            # cut short (``cut_headers``'), or the official words with more after them ("本年收费金额单位:万元")
            if printed not in T2_COLUMNS and not (core.startswith(printed) or printed.startswith(core)):
                worded.append(f"“{header}”（统一格式为“{official}”）")
        notes += [n for n in worded if n not in notes]
    return notes


_UNIT = re.compile(r"单位|元")


def unitless_fees(blocks: list[Block]) -> list[str]:
    """F2: the fees column's header printed without its unit ("本年收费金额" alone, 530): whether the amounts are in
    万元 or 元 the table does not say. Only a cell printed whole, in a table's row or on a line of its own, with no
    unit in the cell after it either ("本年收费金额" / "(单位:万元)" on two lines is whole); pdftotext's spaced
    header lines are split by this tool, which may have set the unit apart."""
    cells = [c for b in blocks if isinstance(b, str) or not b.loose for c in ((b,) if isinstance(b, str) else b.cells)]
    if not cells:  # an empty file
        return []
    bare = key(FEES_HEADER)
    for cell, after in zip(cells, [*cells[1:], ""], strict=True):
        if norm(cell) == bare and not _UNIT.search(norm(after)[:8]):
            return [f"“{norm(cell)}”（统一格式为“{FEES_HEADER}”，写明单位）"]
    return []


DOC_KEYS = {k for k, _ in DOC_ROWS}
_DOC_FIELDS = [c for c, _ in DOC_COLUMNS]  # issued, repealed, in_force


def read_table2(rows: list[Row], facts: Facts, f: Findings) -> None:
    header: list[str | None] | None = None
    printed = 0  # how many "|" cells the header row has, padding included
    found: dict[str, tuple[list[str], list[str | None] | None]] = {}
    labelled: set[str] = set()  # the rows whose label is printed, read or not
    for row in rows:
        hit = match(row.cells, T2_ROWS)
        _label_variants(row, hit, f)
        if row.cells and key(row.cells[0]) == "信息内容":
            header, printed = [lookup(c, T2_COLUMNS) for c in trim(row.cells[1:])], len(row.cells)
            f.old_format = f.old_format or "old" in header
            continue
        if row.cells and key(row.cells[0]) in OLD_T2_ROWS:
            f.old_format = True
            continue
        labelled.update([hit[1]] if hit else [])
        vals = _t2_vals(row, hit[0], hit[1], header, printed) if hit else []
        if hit and vals and hit[1] not in found:
            if row.run:
                f.run_together[f"proactive_table.{hit[1]}"] = vals[0]
            found[hit[1]] = (vals if not row.loose or len(vals) in (1, 3) or row.cut else [], header)
            f.cut = f"proactive_table.{hit[1]}" if row.cut and row.loose else f.cut  # see Findings.cut
    if not found:
        f.unread_tables.append("表二")
        paths = [f"proactive_table.{k}.{c}" for k, _ in DOC_ROWS for c, _ in DOC_COLUMNS]
        paths += [f"proactive_table.{k}" for k, _ in (*DECISION_ROWS, FEES_ROW)]
        f.lose(paths, "表二（主动公开政府信息情况）：没有找到，整张表未能读出。")
        return
    if "normative_documents" in labelled and "regulations" not in labelled and not f.old_format:
        f.variants.append(ABSENT_ROW.format(label="规章"))
    for row_key, label in DOC_ROWS:
        _doc_row(row_key, label, found.get(row_key), facts, f)
    for row_key, label in (*DECISION_ROWS, FEES_ROW):
        _single(row_key, label, found.get(row_key), facts, f)


def _t2_vals(row: Row, at: int, row_key: str, header: list[str | None] | None, printed: int = 0) -> list[str]:
    """The cells after a 表二 label; a row of a table (not one cell per line) whose cells are all empty is a
    row the report left blank: one empty cell per column. A "|" row of flattened text with as many cells as
    its header row, padding included ("规章 | 0 | 0 | |" under "信息内容 | 本年制发件数 | 本年废止件数 |
    现行有效件数 |"), stands cell for cell under the header: an empty cell under a column is a blank cell."""
    after = row.cells[at + 1:]
    width = len(header) if header else 3 if row_key in DOC_KEYS else 1
    # one cell per line, a "|" line for each blank: "规章 |" "0 |" "0 |" "|" "|" is 0, 0, a blank, then the row's end
    vals = fit(after, width, True) if row.loose else trim(after)
    if header and at == 0 and len(row.cells) == printed and len(vals) < len(header) and not (row.loose or row.cut) \
            and not _one_spanning(row_key, vals):
        return list(after[:len(header)])
    # "规章 |" is a cell line of a copy one cell a line, unless text follows it ("行政事业性收费 |" then
    # "三、收到和处理…", 793: no figure in the row, its cell left blank)
    if vals or not after or row.loose or row.cut or len(after) < 2 and not (row.grid or row.closed):
        return vals
    return [""] * width


def _one_spanning(row_key: str, vals: list[str]) -> bool:
    """A 规章/行政规范性文件 row of flattened "|" text with one figure and its other cells empty ("行政规范性文件 | 2 | ||",
    793): the shape, too, of one cell spanning the band's three columns, as every 行政许可/处罚/强制 row of that
    layout prints its figure ("行政许可 | 0 | ||"; no 规章/行政规范性文件 row of the corpus fills its first column
    alone): which column holds the figure is not known (a wrong value is worse than none)."""
    return row_key in DOC_KEYS and len(vals) == 1


_YEAR_NOTE = re.compile(r"本年\s*\(\s*20\d\d\s*\)")


_NOTE_ADDED = re.compile(r"^(.+?)\s*\(([^()]{1,20})\)$")  # "规章(县级无此项)": the official label with a note
# a template's note to whoever fills the table in, left in a label or header: "规章(设区的市、自治州人民政府应提供相关
# 数据)", "上一年项目数量(指2019年事项数)", "本年增/减(…减用负值表示,如-8)" (湖北's 2019 表二: 755, 772)
_TEMPLATE_NOTE = re.compile(r"\([^()]{0,80}?(?:指20\d\d年|应提供相关数据|一般情况下属于|可参考本单位|减用负值表示)")
_T2_LABELS = {k: label for k, label in (*DOC_ROWS, *DECISION_ROWS, FEES_ROW)}
_OFFICIAL_T2 = set(_T2_LABELS.values())


def _mistyped(printed: str, official: str) -> bool:
    """A row label read as ``official`` one character away from it ("行政事业型收费", 57), not its beginning or its
    end cut off or run on (a PDF's label broken over two lines: "行政事业性" / "收费")."""
    core = key(official)
    return printed != core and not (printed.startswith(core) or core.startswith(printed)
                                    or printed.endswith(core) or core.endswith(printed))


def _label_variants(row: Row, hit: tuple[int, str] | None, f: Findings) -> None:
    """F2: the 2019 row label "规范性文件", an official label with a note added ("规章(县级无此项)"), or a year
    written into a header ("本年(2023)制发件数")."""
    label = norm(row.cells[hit[0]]) if hit else ""
    noted = [norm(cell) for cell in row.cells if _TEMPLATE_NOTE.search(norm(cell))]
    if noted and not any(v.endswith(TEMPLATE_NOTE_END) for v in f.variants):
        _variant(TEMPLATE_NOTE.format(label=noted[0]), f)  # one note for the table: the first such label
        return
    added = _NOTE_ADDED.match(label)
    if added and added.group(1) in _OFFICIAL_T2:
        _variant(f"“{label}”（统一格式为“{added.group(1)}”，不加注）", f)
    if hit and hit[1] == "normative_documents" and label.endswith("规范性文件") and "行政规范性文件" not in label:
        _variant("“规范性文件”（统一格式为“行政规范性文件”）", f)
    elif hit and _mistyped(key(label), _T2_LABELS[hit[1]]):
        _variant(f"“{label}”（统一格式为“{_T2_LABELS[hit[1]]}”）", f)
    for cell in row.cells:
        if _YEAR_NOTE.search(norm(cell)) and not any("不写年份" in v for v in f.variants):
            _variant(f"“{norm(cell)}”（统一格式为“本年制发件数”等，不写年份）", f)


def _variant(note: str, f: Findings) -> None:
    if note not in f.variants:
        f.variants.append(note)


def _doc_row(row_key: str, label: str, entry: tuple[list[str], list[str | None] | None] | None,
             facts: Facts, f: Findings) -> None:
    path = f"proactive_table.{row_key}"
    if entry is None and ABSENT_ROW.format(label=label) in f.variants:
        f.omit([f"{path}.{c}" for c, _ in DOC_COLUMNS],
               f"表二：原报告没有“{label}”这一行（统一格式有此行），这一行的 {len(DOC_COLUMNS)} 格留空。")
        return
    if entry is None:
        f.lose([f"{path}.{c}" for c, _ in DOC_COLUMNS], f"表二：没有找到“{label}”这一行。")
        return
    vals, header = entry
    default = ["issued", "old", "old"] if f.old_format else ["issued", "repealed", "in_force"]
    if path in f.run_together:
        # the prose's figures are 制发, 废止 and 现行有效: they split the digits of columns in that order only
        in_order = not f.old_format and all(h is None or h == d for h, d in zip(header or [], default, strict=False))
        _run_together(row_key, label, vals[0], facts, f, in_order)
        return
    cut = f.cut == path and len(vals) < len(header or default)  # the copy stops inside the row: its first cells
    fields = _fields(header, default, len(vals), cut)
    if fields is None:
        f.lose([f"{path}.{c}" for c, _ in DOC_COLUMNS],
               f"表二“{label}”行：表头各栏的次序与统一格式不同，而这一行有 {len(vals)} 个数，与表头栏数不符，"
               "无法确定各属哪一栏，整行未能读出。")
        return
    cut_off = [c for c in fields[len(vals):] if c in ("issued", "repealed", "in_force")] if cut else []
    f.lose_cut([f"{path}.{c}" for c in cut_off], f"表二“{label}”行")
    if not cut and len(vals) < len(fields):  # a cell lost on the way (a PDF's multi-line cell): which one is unknown
        f.lose([f"{path}.{c}" for c, _ in DOC_COLUMNS],
               f"表二“{label}”行：只有 {len(vals)} 个数，应为 {len(fields)} 个，无法确定各属哪一栏，整行未能读出。")
        return
    got = {fk: v for fk, v in zip(fields, vals, strict=False) if fk in ("issued", "repealed", "in_force")}
    row = DocRow()
    for col, clabel in DOC_COLUMNS:
        text = got.get(col)
        num = None if text is None else count(text)
        if num is None and col not in cut_off:
            why = "2019 年旧格式没有这一栏" if text is None and f.old_format else \
                "表头没有写明哪一栏是这一栏" if text is None else f"{shown(text)}不是数字"
            f.lose_cell(f"{path}.{col}", text, f"表二“{label}”“{clabel}”：{why}。")
        setattr(row, col, num or 0)
    setattr(facts.proactive_table, row_key, row)


def _fields(header: list[str | None] | None, default: list[str], width: int, cut: bool) -> list[str | None] | None:
    """Which column each of a 规章/行政规范性文件 row's ``width`` numbers stands in. A header in the format's order
    (each column it names in its own place; a cell it words otherwise, None, taken for the format's column there, 508)
    or none: the format's order. A header in another order ("现行有效件数" first): the columns it names where it names
    them, a cell it words otherwise only when it is the one left (else None: that number is not read), and None (the
    row unread) when the row has another number of cells than the header (which ones are missing is unknown)."""
    if not header:
        return [*default]
    named = [h for h in header if h is not None]
    columns = [h for h in named if h in _DOC_FIELDS]
    if all(h is None or h == d for h, d in zip(header, default, strict=False)) and len(set(columns)) == len(columns):
        return [h or d for h, d in zip(header, default, strict=False)] if len(header) == width or cut else [*default]
    if len(header) != width and not cut:
        return None
    left = [c for c in _DOC_FIELDS if c not in named]
    only = left[0] if header.count(None) == 1 and len(left) == 1 else None
    return [h if h is None or named.count(h) == 1 else None for h in header] if only is None \
        else [h or only for h in header]


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
    # one number under a header of several columns (a row cut short, a cell lost): which column is unknown
    text = vals[0] if len(vals) == 1 and not (header and len(header) > 1) else None
    if header and len(header) == len(vals) and "value" in header:
        text = vals[header.index("value")]
    elif vals and not any(v.strip() for v in vals):
        text = ""  # the whole row left blank (even where the 2019 format has no such column)
    elif text is None and f.old_format and len(vals) == 3 and row_key != FEES_ROW[0] and "value" not in (header or []):
        # the 2019 table's 行政许可/行政处罚/行政强制 rows have three columns, 上一年项目数量 | 本年增/减 | 处理决定数量:
        # the third is the decision count, also where the band's header was not read (753: its cells broken over
        # lines, "信息内容 | 上一年项目数量" then "| 本年增/减"; 755: notes written in, "上一年项目数量 (指2019年事项数)")
        text = vals[2]
    if row_key == FEES_ROW[0] and header and "old" in header and any(v.strip() for v in vals):
        # the 2019 table's 行政事业性收费 has 上一年项目数量 and 本年增/减 only: no amount to read, though a header
        # carried over from 第（六）项 gives the row a third, empty cell ("行政事业性收费 |", "0 |", "0 | |", 754)
        text = None
    value: int | Decimal | None = None
    if text is not None:
        value = amount(text) if row_key == FEES_ROW[0] else count(text)
    if value is None:
        why = "2019 年旧格式没有这一栏" if text is None and f.old_format else f"{shown(text or '')}不是数字"
        f.lose_cell(path, text, f"表二“{label}”：{why}。")
        return
    setattr(facts.proactive_table, row_key, value)


def _run_together(row_key: str, label: str, digits: str, facts: Facts, f: Findings, in_order: bool = True) -> None:
    """A row whose three numbers ran together: read when the prose's figures leave one split (its columns in the
    format's order, ``in_order``), else unread."""
    path = f"proactive_table.{row_key}"
    cut = split_by_text(row_key, digits, f.prose) if in_order else None
    if cut is None:
        f.lose([f"{path}.{c}" for c, _ in DOC_COLUMNS], f"表二“{label}”：三栏数字连在一起（“{digits}”），"
               "拆分方式不止一种，未能读出。")
        return
    del f.run_together[path]
    setattr(facts.proactive_table, row_key, DocRow(*cut))
    f.notes.append(f"表二“{label}”三栏数字连在一起（“{digits}”），按正文所写的件数拆分为 "
                   + "、".join(f"{clabel}{n}" for (_, clabel), n in zip(DOC_COLUMNS, cut, strict=True)) + "。")
