"""A whole report on one line (a crawler's page text): headings inline, table cells run together
("一、本年新收政府信息公开申请数量640020470" is 64 0 0 2 0 4 | 70).

The line is cut before each section heading and each sub-point of 一; the tables are read by their
labels, in the format's order. A 表三 row's digits end where the next row's label starts (leaf labels
begin with a digit: "…10000016.属于四类过程性信息"); its splits are those whose six cells add up to its
总计, and a row with several is read only when one split is left by the table's column sums
(``digit_splits.solve``). 表四 is read when its 15 numbers split one way only, or, when no split adds up, when
all but one group add up one way only (the other left unread, its digits kept for B3). 表二's count rows are read
when their digits cut into three numbers one way only (one digit each; "0015" is 0 | 0 | 15, as no number
starts with 0); otherwise the row is passed on as run together (unread, its digits kept for the checks;
the prose may still decide it, ``doc_row_text``). Anything ambiguous is left out (listed as unread): a wrong value is worse than a missing one.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from difflib import SequenceMatcher

from drafter.facts.values import nfkc
from drafter.importers import inline_headings
from drafter.importers.digit_splits import MAX_CUTS, Cut, Equation, cuts, grouped_cells, solve, splits
from drafter.importers.labels import OLD_DOC_LABELS
from drafter.tables import (
    DECISION_ROWS,
    DOC_ROWS,
    FEES_ROW,
    OUTCOME_GROUPS,
    OUTCOME_LEAF_KEYS,
    T3_RESULTS,
    T3_ROWS,
)

# A paragraph, or a table row: (its cells, which table[, loose, run]); ``flat_text`` makes the Rows.
Block = str | tuple[tuple[str, ...], int] | tuple[tuple[str, ...], int, bool, bool]
MIN_LENGTH = 1500
MIN_RUN_ROWS = 5  # 表三 rows run together on their lines before a page is read as such
T3_CELLS = 7  # a 表三 row: six applicant columns and 总计
OLD_T2_HEADER = ("信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量")
_RUN = re.compile(r"[\d .]*")
_DIGITS = re.compile(r"[\d ]*")
_GLUED_YEAR = re.compile(r"^(.*\d)\s*(?:19|20)\d\d$")  # digits, then a year the prose after them opens with
NEAR_LABEL_LENGTH, NEAR_LABEL_RATIO = 8, 0.9  # a leaf label worded a little otherwise: how long, how near
LABEL_GAP = 30  # characters allowed between a 表三 row's digits and the next row's label (group headings)
TABLE_START, TABLE_END = "二、主动公开政府信息情况", "五、"
T2_MARKS = ("第二十条第", "信息内容")  # where 表二 starts after the sentences section 二 may print first
# 表三's row labels in order, with the group label （六）其他处理 (a data row of its own in the 2019 format)
# what may stand between a blank row's label and the next label: nothing, or a group's heading
_T3_GROUPS = {"", nfkc(T3_RESULTS), *(nfkc(label) for _, label, _ in OUTCOME_GROUPS)}
_T3_LABELS = tuple(pair for row in T3_ROWS for pair in (
    ([("group:other_handling", OUTCOME_GROUPS[-1][1])] if row.key == "other_handling.overdue_correction" else [])
    + [(row.key, row.labels[-1])]))


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
    return sum(bool(re.search(re.escape(nfkc(label)) + r" ?\d{7}", plain)) for _, label in _T3_LABELS) >= MIN_RUN_ROWS


def line_blocks(lines: list[str]) -> list[Block]:
    """A page whose paragraphs kept their lines but whose table rows ran together: the lines as paragraphs
    (cut at headings run into their text), the lines from 二、主动公开政府信息情况 to 五、 read as in ``blocks``."""
    text = [nfkc(line).strip() for line in lines if line.strip()]
    start = next((i for i, line in enumerate(text) if line.startswith(TABLE_START)), len(text))
    end = next((i for i in range(start + 1, len(text)) if text[i].startswith(TABLE_END)), len(text))
    before = [b for line in text[:start] for b in inline_headings.split(line)]
    after = [b for line in text[end:] for b in inline_headings.split(line)]
    if end == len(text):
        return [*before, *after]
    return [*before, TABLE_START, *_tables("".join(text[start:end])[len(TABLE_START):]), *after]


def _tables(table_text: str) -> list[Block]:
    """表二, the heading 三, 表三, the heading 四 and 表四 from the text between 二's and 五's headings, with
    the sentences section 二 prints before 表二 (the year a sentence names, E5) and after its last cell ("(二)主动
    公开政府信息的主要类别2023年,…", 161: E5, D4)."""
    heads = inline_headings.headings(table_text)
    three = [h for h in heads if h.startswith("三、")][:1]
    four = [h for h in heads if h.startswith("四、")][:1]
    start = min((i for i in (table_text.find(m) for m in T2_MARKS) if i >= 0), default=0)
    return [*_prose(table_text[:start]), *_table2(table_text, start), *_after_table2(table_text, start, three),
            *three, *_table3(table_text), *four, *_table4(table_text)]


def _after_table2(text: str, start: int, three: list[str]) -> list[Block]:
    """The sentences between 表二's last cell (行政事业性收费's, a year that opens them glued on) and 三's heading."""
    got = _after(text, FEES_ROW[1], start)
    end = text.find(three[0], got[1]) if got and three else -1
    if got is None or end < 0:
        return []
    begin = got[1] - 4 if text.startswith("年", got[1]) else got[1]
    return _prose(text[begin:end])


def _prose(text: str) -> list[Block]:
    """Sentences printed between the tables, as paragraphs (digits run out of a table are not sentences)."""
    return [*inline_headings.split(text.strip())] if "。" in text else []


def _after(text: str, label: str, pos: int) -> tuple[str, int] | None:
    """The digits (spaces, dots) right after ``label`` at or after ``pos``, and where they end (a year that
    opens the prose glued after a table's last cell left out, ``without_year``)."""
    found = _label_at(text, label, pos)
    if found is None:
        return None
    run = _RUN.match(text, found[1])
    assert run is not None
    return without_year(run.group().strip(), text, run.end()), run.end()


def without_year(digits: str, text: str, end: int) -> str:
    """A table's last cell with the prose after it glued on, the prose opening with a year ("行政事业性收费
    02025年，我局…", "结转下年度继续办理20000022025年，…"): the digits before the year. A year is four digits
    19xx/20xx right before "年"; no number starts with 0, so "02025年" can only be 0 then 2025年."""
    m = _GLUED_YEAR.match(digits)
    return m.group(1).strip() if m and text.startswith("年", end) else digits


def _label_at(text: str, label: str, pos: int) -> tuple[int, int] | None:
    """Where ``label`` is printed at or after ``pos`` (its start and end), if it is."""
    m = _label_pattern(label).search(text, pos)
    return (m.start(), m.end()) if m else None


@functools.cache
def _label_pattern(label: str) -> re.Pattern[str]:
    """``label`` as pages print it: stray spaces inside, either kind of quotes, its bracketed note worded
    otherwise or left out ("（二）部分公开（区分处理的，…）")."""
    plain = nfkc(label)
    note = re.search(r"(?<=.)\([^()]*\)$", plain)
    main = plain[:note.start()] if note else plain
    chars = ["[\"“”'‘’]?" if c in "\"“”'‘’" else re.escape(c) for c in main]
    return re.compile(r"\s*".join(chars) + (r"(?:\s*\([^()]{0,40}\))?" if note else ""))


def _doc_label(text: str, label: str, pos: int) -> tuple[str, tuple[str, int]] | None:
    """The row printed as ``label``, else in its 2019 wording before 表二's next part (第二十条第（五）项), with
    its digits and where they end."""
    got = _after(text, label, pos)
    old = OLD_DOC_LABELS.get(label)
    if got is not None or old is None:
        return (label, got) if got is not None else None
    end = _label_at(text, "第二十条第（五）项", pos)
    got = _after(text[:end[0]] if end else text, old, pos)
    return (old, got) if got is not None else None


def _table2(text: str, pos: int) -> list[Block]:
    """表二's rows, looked for from ``pos`` on: the 第二十条第（一）项 rows before 第二十条第（五）项, every row
    before the end of 行政事业性收费's cell (prose glued after the table names 规章、规范性文件 too)."""
    old = OLD_T2_HEADER[1] in text  # the 2019 columns (本年新制作数量 …): the rows' cells are other counts
    out: list[Block] = [(OLD_T2_HEADER, 0)] if old else []
    fees = _label_at(text, FEES_ROW[1], pos)
    rows = text[:fees[0]] if fees else text  # the rows above 行政事业性收费, its cell the table's last
    band = _label_at(rows, "第二十条第（五）项", pos)
    for _, label in DOC_ROWS:
        found = _doc_label(rows[:band[0]] if band else rows, label, pos)
        if found is None:
            continue
        label, (printed, pos) = found
        digits = printed.replace(" ", "")
        spaced = printed.split()  # "5 0 15": the page kept a space between the cells
        options = [tuple(map(int, spaced))] if len(spaced) == 3 and digits.isdigit() else cuts(digits, 3, limit=2)
        if len(options) == 1:  # one digit each, or one cut without leading zeros ("0015" is 0 | 0 | 15)
            out.append(((label, *map(str, options[0])), 0))
        elif len(digits) > 3 and digits.isdigit():
            out.append(((label, digits), 0, False, True))  # several splits: unread, kept for the checks
    for _, label in (*DECISION_ROWS, FEES_ROW):
        got = _after(rows if label != FEES_ROW[1] else text, label, pos)
        if got and got[0] and " " not in got[0]:
            out.append(((label, got[0]), 0, False, old))  # 2019: 上一年项目数量, 本年增/减 and the count run together
            pos = got[1]
    return out


def _table3(text: str) -> Iterator[Block]:
    runs = _t3_runs(text)
    printed = {key: run for key, run in runs.items() if run[1]}
    domains = {key: _row_cuts(digits.replace(" ", "")) for key, (_, digits) in printed.items()}
    decided = solve({key: options for key, (options, _) in domains.items()}, _t3_equations(printed),
                    unsure={key for key, (_, adds_up) in domains.items() if not adds_up})
    for key, (label, digits) in runs.items():
        spaced = _spaced_blanks(digits, [run for other, (_, run) in printed.items() if other != key])
        if key in decided:
            yield ((label, *map(str, decided[key])), 1)
        elif spaced:
            yield ((label, *spaced), 1)
        elif not digits and len(printed) >= MIN_RUN_ROWS:
            yield ((label, *[""] * 7), 1, True, False)  # no digits at all: left blank (seven exact cells)
        elif len(digits.replace(" ", "")) < T3_CELLS and not key.startswith("group:"):
            yield ((label, digits), 1, False, True)  # fewer digits than cells: some left blank, which unknown


def _row_cuts(digits: str) -> tuple[list[Cut], bool]:
    """A 表三 row's cuts: those whose six cells add up to its 总计; when none does (the report's 总计 is wrong, B1),
    every cut, for the column sums to choose from (none when there are more than MAX_CUTS): such a row is read
    only when the column sums choose its cut, never for having one cut ("40000002" of a copy cut inside the
    next row's label is no 40 | 0 … | 2)."""
    found = splits(digits, 1, T3_CELLS)
    if found:
        return found, True
    every = cuts(digits, T3_CELLS, limit=MAX_CUTS + 1)
    return (every if len(every) <= MAX_CUTS else []), False


def _spaced_blanks(digits: str, others: list[str]) -> list[str] | None:
    """A row whose run holds single spaces where the page printed a blank cell ("0 00000": 0 | blank | 0 0 0 0 0,
    realworld 120, whose 商业企业 cell is "&nbsp;"), on a page whose other rows run their seven cells together
    (at least ``MIN_RUN_ROWS`` of them, seven digits or more, none with a space): the row's cells, "" for a blank, when its digits and
    spaces make seven cells with one digit each (the only way seven cells fit) and its applicant cells add up to
    its printed 总计."""
    tokens = digits.split(" ")
    if len(tokens) < 2 or "" in tokens or len(digits) != T3_CELLS or not all(t.isdigit() for t in tokens):
        return None
    if len(others) < MIN_RUN_ROWS or any(len(run) < T3_CELLS or not run.isdigit() for run in others):
        return None
    cells = [c if c != " " else "" for c in digits]
    total = cells[-1]
    if total and sum(int(c) for c in cells[:-1] if c) != int(total):
        return None
    return cells


def _t3_runs(text: str) -> dict[str, tuple[str, str]]:
    """Each 表三 row found, in order: row key → (its label, the digits after it up to the next label; "" when
    the next row's label follows at once, a row printed blank). A label counts only close after the row
    before it (group headings between), so a row the copy lacks is not looked for further on; the 2019
    format's single （六）其他处理 row is keyed "group:other_handling" (a heading in the 2021 format)."""
    pos = max(text.find("申请人情况"), 0)  # the header, else the table part's start
    runs: dict[str, tuple[str, str]] = {}
    spans: list[tuple[str, str, int, int]] = []  # key, label, label start, label end
    for key, label in _T3_LABELS:
        found = _label_at(text, label, pos) or _near_label_at(text, label, pos)
        if found is None or spans and len(text[pos:found[0]].lstrip("0123456789 ")) > LABEL_GAP:
            continue
        spans.append((key, label, *found))
        pos = found[1]
    for i, (key, label, _, end) in enumerate(spans):
        stop = spans[i + 1][2] if i + 1 < len(spans) else len(text)
        run = _DIGITS.match(text[:stop], end)
        assert run is not None
        if run.group().strip() and (run.end() < len(text) or len(run.group().replace(" ", "")) >= T3_CELLS):
            runs[key] = (label, without_year(run.group().strip(), text, run.end()))  # a short run the copy ends
            # in may have been cut
        elif i + 1 < len(spans) and not key.startswith("group:") and text[end:stop].strip() in _T3_GROUPS:
            runs[key] = (label, "")  # the next row's label (or its group's heading) right after: a blank row
    return runs


def _near_label_at(text: str, label: str, pos: int) -> tuple[int, int] | None:
    """Where a 表三 leaf label worded a little otherwise is printed at or after ``pos`` ("其他法律和行政法规禁止
    公开", "行政机关不再受理其…"): its number and first four characters as printed, up to the digits after it,
    nearly the whole label (long labels only: a short one worded otherwise may be another row)."""
    plain = nfkc(label)
    number = re.match(r"\d+\.", plain)
    if number is None or len(plain) - number.end() < NEAR_LABEL_LENGTH:
        return None
    start = re.compile(r"\s*".join(map(re.escape, plain[:number.end() + 4]))).search(text, pos)
    if start is None:
        return None
    digit = re.compile(r"\d").search(text, start.end())
    end = digit.start() if digit else len(text)
    printed = re.sub(r"\s+", "", text[start.start():end])
    near = SequenceMatcher(None, printed, plain, autojunk=False).ratio() >= NEAR_LABEL_RATIO
    return (start.start(), start.start() + len(text[start.start():end].rstrip())) if near else None


def _t3_equations(runs: dict[str, tuple[str, str]]) -> list[Equation]:
    """The column sums a 表三 must satisfy: its result rows add up to （七）总计, and 新收 + 上年结转 =
    总计 + 结转下年度 (A1). The 2019 format has one （六）其他处理 row instead of three."""
    leaves = [k for k in OUTCOME_LEAF_KEYS if not k.startswith("other_handling.")]
    other = [k for k in OUTCOME_LEAF_KEYS if k.startswith("other_handling.")]
    results = leaves + (["group:other_handling"] if "group:other_handling" in runs and other[0] not in runs else other)
    return [(tuple(results), ("total",)), (("new_received", "carried_over"), ("total", "carried_forward"))]


def _table4(text: str) -> Iterator[Block]:
    # after the header's last cells (the third group's), printed with or without spaces
    ends = [m.end() for m in _label_pattern("尚未审结总计").finditer(text)]
    if not ends:
        return
    run = _RUN.match(text, ends[-1])
    assert run is not None
    digits = without_year(run.group().strip(), text, run.end()).replace(" ", "")
    cells = grouped_cells(digits, 3, 5)
    if cells:
        yield (("行政复议",), 2)
        yield (cells, 2)
