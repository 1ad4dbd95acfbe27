"""Table rows in text taken from a PDF with pdftotext: a label, then its numbers separated by spaces.

Two layouts come out of pdftotext: the default one puts single spaces between the cells of a row
("行政处罚 3985758", "（四）无 1.本机关不掌握相关政府信息 746 12 0 0 10 1 769"), ``-layout`` pads them with
runs of spaces to their columns. Either way a line is a row when it ends in numbers and what comes before
them is an official 表二/表三 label, its last words are one ("（四）无 1.本机关…": the group's name in front),
or the line above ends the label (a label wrapped onto two lines). A line of numbers only is a row too: the
seven of a 表三 row whose label went elsewhere (placed later by order, see ``row_gaps``), the five of a 表四
group, the fifteen of 表四. The rows are loose: a blank cell leaves no trace in such text, so a row is read
only when it has all its numbers.
"""

from __future__ import annotations

import re

from drafter.facts.values import nfkc
from drafter.importers.digit_splits import cuts
from drafter.importers.labels import T2_COLUMNS, T2_ROWS, T3_LABELS, key, lookup
from drafter.tables import DOC_COLUMNS, DOC_ROWS, FEES_ROW

T2_CONTENT = key("信息内容")  # the first cell of each 表二 part's header
NUMBER = re.compile(r"^(?:[0-9０-９][0-9０-９.,，]*|[—–\-－/／]+)$")
_DIGIT = re.compile(r"[0-9０-９]")
_GLUED = re.compile(r"^([0-9０-９]+)([^0-9０-９.,，].*)$")
_GLUED_ROW = re.compile(r"^([^0-9]+)([0-9][0-9.]*)$")  # "规章000", "行政许可0": a label, then its number(s)
_AMOUNT = re.compile(r"^[0-9]+(\.[0-9]+)?$")
_DOC_KEYS = {k for k, _ in DOC_ROWS}
_WRAPPED = 40  # the longest line above that can be the first half of a wrapped label


def numbers_from(tokens: list[str], keep: int = 0) -> int:
    """Where the numbers that end ``tokens`` begin (``keep``: tokens never taken as numbers)."""
    n = len(tokens)
    while n > keep and NUMBER.match(tokens[n - 1]):
        n -= 1
    return n


def known(label: str) -> str | None:
    """What an official 表二/表三 label means ("group:…" for a 表三 group name), None for other text."""
    hit = lookup(label, T3_LABELS)
    return hit if hit is not None else lookup(label, T2_ROWS)


def split(line: str, above: str | None, header: tuple[str, ...] | None = None) -> tuple[tuple[str, ...], bool] | None:
    """The row's cells, and whether the line above was its label's first half; None for a line of text. ``header``:
    the 表二 header last seen above (its cells), which a row glued to its number needs (``glued_row``)."""
    tokens = line.split()
    if len(tokens) == 1 and (glued_cells := glued_row(tokens[0], header)) is not None:
        return glued_cells, False
    glued = _GLUED.match(tokens[-1]) if len(tokens) >= 7 else None
    if glued and all(NUMBER.match(t) for t in tokens[-7:-1]):  # "… 0 101形)": a label's tail glued on
        tokens = [*tokens[:-1], glued.group(1)]
        return tuple(tokens[-7:]), False  # seven numbers without their label: placed by order, if at all
    n = numbers_from(tokens)
    numbers, words = tokens[n:], tokens[:n]
    if not any(_DIGIT.search(t) for t in numbers):
        return None
    label = _label(words)
    if label is not None:
        return (*label, *numbers), False
    if words and above is not None and len(above) <= _WRAPPED and _exact(above + "".join(words)):
        return (above + "".join(words), *numbers), True
    if len(numbers) == 7 or len(numbers) >= 12 or not words and len(numbers) == 5:
        return (*([" ".join(words)] if words else []), *numbers), False  # no label (7: 表三, 5 or 15: 表四)
    return None


def glued_row(text: str, header: tuple[str, ...] | None) -> tuple[str, ...] | None:
    """A 表二 row whose label and numbers ran together on a line of their own: 规章 or 行政规范性文件 ("规章000",
    "行政规范性文件000": 565) when its digits cut into three numbers without leading zeros one way only (three digits
    are one each; "0015" is 0 | 0 | 15); 行政许可/处罚/强制 or 收费 ("行政许可0") only under a header of one column
    ("信息内容本年处理决定数量": under the 2019 format's three, "行政许可120" cuts several ways). None for anything else."""
    m = _GLUED_ROW.match(nfkc(text))
    row = T2_ROWS.get(key(m.group(1))) if m and key(m.group(1)) == m.group(1) else None
    if m is None or row is None:
        return None
    if row in _DOC_KEYS:
        options = cuts(m.group(2), len(DOC_COLUMNS), limit=2) if m.group(2).isdigit() else []
        return (m.group(1), *map(str, options[0])) if len(options) == 1 else None
    one = header is not None and len(header) == 2 and lookup(header[1], T2_COLUMNS) == "value"
    whole = m.group(2) == "0" or not m.group(2).startswith("0") or m.group(2).startswith("0.")
    number = m.group(2).isdigit() or row == FEES_ROW[0] and _AMOUNT.match(m.group(2)) is not None
    return (m.group(1), m.group(2)) if one and whole and number else None


def header(line: str) -> tuple[str, ...] | None:
    """A 表二 part's header printed on one line ("信息内容 本年新制作数量 本年新 公开数量 对外公开总数量"): "信息内容"
    and the column headers its other words join into, one way only, each exactly an official (2021 or 2019)
    header; None for anything else. It tells which columns a row's numbers stand in (the 2019 format's)."""
    k = key(line)
    if not k.startswith(T2_CONTENT) or k == T2_CONTENT:
        return None
    cuts = _headers(k[len(T2_CONTENT):])
    return (T2_CONTENT, *cuts[0]) if len(cuts) == 1 else None


def _headers(rest: str) -> list[tuple[str, ...]]:
    """Every way (up to two) to cut ``rest`` into official 表二 column headers (their cores)."""
    if not rest:
        return [()]
    found: list[tuple[str, ...]] = []
    for column in T2_COLUMNS:
        if rest.startswith(column):
            found += [(column, *more) for more in _headers(rest[len(column):])]
        if len(found) > 1:
            break
    return found[:2]


def _exact(label: str) -> bool:
    """A label wrapped onto two lines must join into an official leaf label exactly (no prefix leniency)."""
    k = key(label)
    return k in T2_ROWS or k in T3_LABELS and not T3_LABELS[k].startswith("group:")


def _label(words: list[str]) -> tuple[str, ...] | None:
    """The label cells: the longest run of last words that is an official leaf label, with what precedes it
    as one cell; a group name alone ("（六）其他处理" of the 2019 format) when nothing better is there."""
    group = None
    for k in range(len(words)):
        hit = known("".join(words[k:]))
        cells = (*([" ".join(words[:k])] if k else []), "".join(words[k:]))
        if _leaf(hit):
            return cells
        if hit is not None and group is None:
            group = cells
    return group


def _leaf(hit: str | None) -> bool:
    return hit is not None and not hit.startswith("group:")
