"""A whole report on one line (a crawler's page text): headings inline, table cells run together
("一、本年新收政府信息公开申请数量640020470" is 64 0 0 2 0 4 | 70).

The line is cut before each section heading and each sub-point of 一; the tables are read by their
labels, in the format's order, and a row of digits is split only where exactly one split makes its
cells add up to its 总计 (表三 rows, 表四 groups); 表二's count rows only when each cell is one digit.
Anything ambiguous is left out (listed as unread): a wrong value is worse than a missing one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from drafter.facts.values import nfkc
from drafter.tables import DECISION_ROWS, DOC_ROWS, FEES_ROW, T3_ROWS

# A paragraph, or a table row: (its cells, which table); ``source`` makes the Rows (no import cycle).
Block = str | tuple[tuple[str, ...], int]
MIN_LENGTH = 1500
_SECTION = re.compile(r"(?=[一二三四五六]、(?:总体情况|主动公开政府信息情况|收到和处理|政府信息公开行政复议|因政府信息公开申请"
                      r"|政府信息公开工作存在|存在的主要问题|其他需要报告))")
_SUBPOINT = re.compile(r"(?<=[。；])(?=[(（][一二三四五][)）])")
_HEADING = re.compile(r"^([一二三四五六]、(?:总体情况|主动公开政府信息情况|收到和处理政府信息公开申请情况|政府信息公开行政复议、行政诉讼情况"
                      r"|因政府信息公开申请[^\d。]{0,20}?情况|(?:政府信息公开工作)?存在的主要问题及改进情况|其他需要报告的事项))")
_RUN = re.compile(r"[\d .]*")
TABLE_START, TABLE_END = "二、主动公开政府信息情况", "五、"
MAX_SOLUTIONS = 2


def is_run_together(line: str) -> bool:
    return len(line) >= MIN_LENGTH and len(_SECTION.findall(line)) >= 3


def blocks(line: str) -> list[Block]:
    """The line as paragraphs (cut at headings) and, for the table part, one row per label."""
    text = nfkc(line)
    start = text.find(TABLE_START)
    end = text.find(TABLE_END, start + 1) if start >= 0 else -1
    if start < 0 or end < 0:
        return _paragraphs(text)
    table_text = text[start + len(TABLE_START):end]
    heads = [m.group(1) for piece in _SECTION.split(table_text) if (m := _HEADING.match(piece))]
    three = [h for h in heads if h.startswith("三、")][:1]
    four = [h for h in heads if h.startswith("四、")][:1]
    rows = [*_table2(table_text), *three, *_table3(table_text), *four, *_table4(table_text)]
    return [*_paragraphs(text[:start]), TABLE_START, *rows, *_paragraphs(text[end:])]


def _paragraphs(text: str) -> list[Block]:
    out: list[Block] = []
    for piece in _SECTION.split(text):
        for part in _SUBPOINT.split(piece):
            heading = _HEADING.match(part)
            if heading and len(part) > len(heading.group(1)):
                out += [heading.group(1), part[len(heading.group(1)):].strip()]
            elif part.strip():
                out.append(part.strip())
    return out


def _after(text: str, label: str, pos: int) -> tuple[str, int] | None:
    """The digits (spaces, dots) right after ``label`` at or after ``pos``, and where they end."""
    at = text.find(nfkc(label), pos)
    if at < 0:
        return None
    begin = at + len(nfkc(label))
    run = _RUN.match(text, begin)
    assert run is not None
    return run.group().strip(), run.end()


def _table2(text: str) -> Iterator[Block]:
    pos = 0
    for _, label in DOC_ROWS:
        got = _after(text, label, pos)
        if got is None:
            continue
        digits, pos = got[0].replace(" ", ""), got[1]
        if len(digits) == 3 and digits.isdigit():
            yield ((label, *digits), 0)
    for _, label in (*DECISION_ROWS, FEES_ROW):
        got = _after(text, label, pos)
        if got and got[0] and " " not in got[0]:
            yield ((label, got[0]), 0)
            pos = got[1]


def _table3(text: str) -> Iterator[Block]:
    pos = text.find("申请人情况")
    if pos < 0:
        return
    for row in T3_ROWS:
        got = _after(text, row.labels[-1], pos)
        if got is None:
            continue
        pos = got[1]
        solutions = _splits(got[0].replace(" ", ""), 1, 7)
        if len(solutions) == 1:
            yield ((row.labels[-1], *map(str, solutions[0])), 1)


def _table4(text: str) -> Iterator[Block]:
    at = text.rfind("尚未审结总计")
    if at < 0:
        return
    run = _RUN.match(text, at + len("尚未审结总计"))
    assert run is not None
    digits = run.group().replace(" ", "")

    solutions = _splits(digits, 3, 5)
    if len(solutions) == 1:
        yield (("行政复议",), 2)
        yield (tuple(map(str, solutions[0])), 2)


def _splits(digits: str, groups: int, size: int) -> list[list[int]]:
    """Every way (up to two: two is enough to know it is ambiguous) to cut ``digits`` into ``groups`` groups of
    ``size`` numbers without leading zeros, the last of each group (its 总计) the sum of the others."""
    found: list[list[int]] = []
    parts = groups * size

    def walk(i: int, acc: list[int]) -> None:
        if len(found) >= MAX_SOLUTIONS:
            return
        if acc and len(acc) % size == 0 and sum(acc[-size:-1]) != acc[-1]:
            return
        if len(acc) == parts:
            if i == len(digits):
                found.append(list(acc))
            return
        left = parts - len(acc)
        for j in range(i + 1, min(len(digits), i + 7) + 1):
            piece = digits[i:j]
            if (len(piece) > 1 and piece[0] == "0") or len(digits) - j < left - 1:
                break
            walk(j, [*acc, int(piece)])

    if digits.isdigit() and len(digits) <= 60:
        walk(0, [])
    return found
