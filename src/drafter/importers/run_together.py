"""A whole report on one line (a crawler's page text): headings inline, table cells run together
("一、本年新收政府信息公开申请数量640020470" is 64 0 0 2 0 4 | 70).

The line is cut before each section heading and each sub-point of 一; the tables are read by their
labels (found as pages print them, ``run_labels``), in the format's order; 表三's rows are read by
``run_table3`` (split by the table's column sums). 表四 is read when its 15 numbers split one way only, or, when no split adds up, when
all but one group add up one way only (the other left unread, its digits kept for B3). 表二's count rows are read
when their digits cut into three numbers one way only (one digit each; "0015" is 0 | 0 | 15, as no number
starts with 0); otherwise the row is passed on as run together (unread, its digits kept for the checks;
the prose may still decide it, ``doc_row_text``). Anything ambiguous is left out (listed as unread): a wrong value is worse than a missing one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from drafter.facts.values import nfkc
from drafter.importers import inline_headings
from drafter.importers.digit_splits import cuts, grouped_cells
from drafter.importers.labels import OLD_DOC_LABELS
from drafter.importers.run_labels import RUN, after, label_at, label_pattern, without_year
from drafter.importers.run_table3 import MIN_RUN_ROWS, T3_LABELS, table3
from drafter.importers.t2_order import DECISION_HEADER, t2_header_order
from drafter.tables import DECISION_ROWS, DOC_ROWS, FEES_ROW

# A paragraph, or a table row: (its cells, which table[, loose, run]); ``flat_text`` makes the Rows.
Block = str | tuple[tuple[str, ...], int] | tuple[tuple[str, ...], int, bool, bool]
MIN_LENGTH = 1500
OLD_T2_HEADER = ("信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量")
TABLE_START, TABLE_END = "二、主动公开政府信息情况", "五、"
T2_MARKS = ("第二十条第", "信息内容")  # where 表二 starts after the sentences section 二 may print first
T3_MARKS = ("(本列数据", "申请人情况", "一、本年新收")  # where 表三 starts after the sentences under 三's heading
T4_MARKS = ("结果维持", "未经复议")  # … and 表四 under 四's (its first row, 行政复议 行政诉讼, is cut at the last 。)


def is_run_together(line: str) -> bool:
    return len(line) >= MIN_LENGTH and inline_headings.is_flattened(line)


def blocks(line: str) -> list[Block]:
    """The line as paragraphs (cut at headings) and, for the table part, one row per label."""
    text = nfkc(line)
    start = text.find(TABLE_START)
    if start < 0:
        return [*inline_headings.split(text)]
    end = text.find(TABLE_END, start + 1)
    end = len(text) if end < 0 else end  # a copy cut short (or broken into lines) before 五: the tables it has
    return [*inline_headings.split(text[:start]), TABLE_START, *_tables(text[start + len(TABLE_START):end]),
            *inline_headings.split(text[end:])]


def has_run_rows(text: str) -> bool:
    """Table rows run together on lines of their own: 表三 labels followed at once by seven digits or more."""
    plain = nfkc(text)
    return sum(bool(re.search(re.escape(nfkc(label)) + r" ?\d{7}", plain)) for _, label in T3_LABELS) >= MIN_RUN_ROWS


def line_blocks(lines: list[str]) -> list[Block]:
    """A page whose paragraphs kept their lines but whose table rows ran together: the lines as paragraphs
    (cut at headings run into their text), the lines from 二、主动公开政府信息情况 to 五、 read as in ``blocks``."""
    text = [nfkc(line).strip() for line in lines if line.strip()]
    start = next((i for i, line in enumerate(text) if line.startswith(TABLE_START)), len(text))
    end = next((i for i in range(start + 1, len(text)) if text[i].startswith(TABLE_END)), len(text))
    before = [b for line in text[:start] for b in inline_headings.split(line)]
    after = [b for line in text[end:] for b in inline_headings.split(line)]
    if end == len(text) and not (start < len(text) and _tables_on(" ".join(text[start:start + 2]))):
        return [*before, *after]
    return [*before, TABLE_START, *_tables("".join(text[start:end])[len(TABLE_START):]), *after]


# 二's heading line holding the tables themselves, cells spaced ("二、主动公开政府信息情况 第二十条第(一)项 信息内容 … 规 章 0 0 0
# 行政规范性文件 0 0 0 …", 汉台区农业农村局 2025), or the one line after it holding them ("二、主动公开政府信息情况" /
# "第二十条第(一)项 信息内容 本年制发件数 … 规章 0 0 0 …", 汉台区林业局 2024, 784): read from there as a one-line page's
# tables are (to the copy's end when it stops before 五)
_TABLES_ON_HEADING = re.compile(rf"^{TABLE_START}\s*第二十条第.*信息内容.*\d")


def _tables_on(line: str) -> bool:
    """``line``: 二's heading line, or it and the line after it joined by a space."""
    return bool(_TABLES_ON_HEADING.match(line))


def tables_on_heading_line(lines: list[str]) -> bool:
    """A page whose tables are printed on section 二's heading line or on the one line after it (``_tables_on``)."""
    text = [nfkc(line).strip() for line in lines if line.strip()]
    return any(_tables_on(" ".join(text[i:i + 2])) for i, line in enumerate(text) if line.startswith(TABLE_START))


def _tables(table_text: str) -> list[Block]:
    """表二, the heading 三, 表三, the heading 四 and 表四 from the text between 二's and 五's headings, with
    the sentences section 二 prints before 表二 (the year a sentence names, E5) and after its last cell ("(二)主动
    公开政府信息的主要类别2023年,…", 161: E5, D4)."""
    heads = inline_headings.headings(table_text)
    three = [h for h in heads if h.startswith("三、")][:1]
    four = [h for h in heads if h.startswith("四、")][:1]
    start = min((i for i in (table_text.find(m) for m in T2_MARKS) if i >= 0), default=0)
    return [*_prose(table_text[:start]), *_table2(table_text, start), *_after_table2(table_text, start, three),
            *three, *_under_heading(table_text, three, T3_MARKS), *table3(table_text),
            *four, *_under_heading(table_text, four, T4_MARKS), *_table4(table_text)]


def _under_heading(text: str, heading: list[str], marks: tuple[str, ...]) -> list[Block]:
    """The sentences between a section's heading (``heading``: it, or none) and its table's first label (the first
    of ``marks`` printed after it): "三、收到和处理政府信息公开申请情况2023年,共收到政府信息公开申请0条。(本列数据的勾稽关系
    为…)" (1079: D1), up to the last full stop (the table's labels after it are no sentence)."""
    begin = text.find(heading[0]) if heading else -1
    if begin < 0:
        return []
    begin += len(heading[0])
    end = min((i for i in (text.find(m, begin) for m in marks) if i >= 0), default=-1)
    return _prose(text[begin:text.rfind("。", begin, end) + 1]) if end >= 0 else []


def _after_table2(text: str, start: int, three: list[str]) -> list[Block]:
    """The sentences between 表二's last cell (行政事业性收费's, a year that opens them glued on) and 三's heading."""
    got = after(text, FEES_ROW[1], start)
    end = text.find(three[0], got[1]) if got and three else -1
    if got is None or end < 0:
        return []
    begin = got[1] - 4 if text.startswith("年", got[1]) else got[1]
    return _prose(text[begin:end])


def _prose(text: str) -> list[Block]:
    """Sentences printed between the tables, as paragraphs (digits run out of a table are not sentences)."""
    return [*inline_headings.split(text.strip())] if "。" in text else []



def _doc_label(text: str, label: str, pos: int) -> tuple[str, tuple[str, int]] | None:
    """The row printed as ``label``, else in its 2019 wording, with its digits and where they end (``text`` ends
    before 表二's next part, 第二十条第（五）项: ``_table2`` cuts it there)."""
    got = after(text, label, pos)
    old = OLD_DOC_LABELS.get(label)
    if got is not None or old is None:
        return (label, got) if got is not None else None
    got = after(text, old, pos)
    return (old, got) if got is not None else None


def _table2(text: str, pos: int) -> list[Block]:
    """表二's rows, looked for from ``pos`` on: the 第二十条第（一）项 rows before 第二十条第（五）项, every row
    before the end of 行政事业性收费's cell (prose glued after the table names 规章、规范性文件 too)."""
    old = OLD_T2_HEADER[1] in text  # the 2019 columns (本年新制作数量 …): the rows' cells are other counts
    out: list[Block] = [(OLD_T2_HEADER, 0)] if old else []
    fees = label_at(text, FEES_ROW[1], pos)
    rows = text[:fees[0]] if fees else text  # the rows above 行政事业性收费, its cell the table's last
    band = label_at(rows, "第二十条第（五）项", pos)
    order = t2_header_order(rows[:band[0]] if band else rows, pos)
    if order is not None and order:  # another order than the format's: the rows' numbers stand under it
        out = [(("信息内容", *order), 0)]
    for _, label in DOC_ROWS:
        found = _doc_label(rows[:band[0]] if band else rows, label, pos)
        if found is None or order is None:
            continue
        label, (printed, pos) = found
        digits = printed.replace(" ", "")
        spaced = printed.split()  # "5 0 15": the page kept a space between the cells
        options = [tuple(map(int, spaced))] if len(spaced) == 3 and digits.isdigit() else cuts(digits, 3, limit=2)
        if len(options) == 1:  # one digit each, or one cut without leading zeros ("0015" is 0 | 0 | 15)
            out.append(((label, *map(str, options[0])), 0))
        elif len(digits) > 3 and digits.isdigit():
            out.append(((label, digits), 0, False, True))  # several splits: unread, kept for the checks
    out += [(("信息内容", DECISION_HEADER), 0)] if order else []  # the one column of the bands after
    for _, label in (*DECISION_ROWS, FEES_ROW):
        got = after(rows if label != FEES_ROW[1] else text, label, pos)
        if got and got[0] and " " not in got[0]:
            out.append(((label, got[0]), 0, False, old))  # 2019: 上一年项目数量, 本年增/减 and the count run together
            pos = got[1]
    return out



def _table4(text: str) -> Iterator[Block]:
    # after the header's last cells (the third group's), printed with or without spaces
    ends = [m.end() for m in label_pattern("尚未审结总计").finditer(text)]
    if not ends:
        return
    run = RUN.match(text, ends[-1])
    assert run is not None
    digits = without_year(run.group().strip(), text, run.end()).replace(" ", "")
    cells = grouped_cells(digits, 3, 5)
    if cells:
        yield (("行政复议",), 2)
        yield (cells, 2)
