"""表三 on a line whose cells ran together (``run_together``): a row's digits end where the next row's label
starts (leaf labels begin with a digit: "…10000016.属于四类过程性信息"); its splits are those whose six cells add
up to its 总计, and a row with several is read only when one split is left by the table's column sums
(``digit_splits.solve``)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from drafter.facts.values import nfkc
from drafter.importers.digit_splits import MAX_CUTS, Cut, Equation, cuts, solve, splits
from drafter.importers.run_labels import label_at, near_label_at, without_year
from drafter.tables import OUTCOME_GROUPS, OUTCOME_LEAF_KEYS, T3_RESULTS, T3_ROWS

# A table row: (its cells, which table[, loose, run]), as ``run_together.Block``
Row = tuple[tuple[str, ...], int] | tuple[tuple[str, ...], int, bool, bool]
MIN_RUN_ROWS = 5  # 表三 rows run together on their lines before a page is read as such
T3_CELLS = 7  # a 表三 row: six applicant columns and 总计
LABEL_GAP = 30  # characters allowed between a 表三 row's digits and the next row's label (group headings)
_DIGITS = re.compile(r"[\d ]*")
# what may stand between a blank row's label and the next label: nothing, or a group's heading
_T3_GROUPS = {"", nfkc(T3_RESULTS), *(nfkc(label) for _, label, _ in OUTCOME_GROUPS)}
# 表三's row labels in order, with the group label （六）其他处理 (a data row of its own in the 2019 format)
T3_LABELS = tuple(pair for row in T3_ROWS for pair in (
    ([("group:other_handling", OUTCOME_GROUPS[-1][1])] if row.key == "other_handling.overdue_correction" else [])
    + [(row.key, row.labels[-1])]))


def table3(text: str) -> Iterator[Row]:
    """表三's rows from the table part's text: read, left blank, or passed on as run together (unread)."""
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
    for key, label in T3_LABELS:
        found = label_at(text, label, pos) or near_label_at(text, label, pos)
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


def _t3_equations(runs: dict[str, tuple[str, str]]) -> list[Equation]:
    """The column sums a 表三 must satisfy: its result rows add up to （七）总计, and 新收 + 上年结转 =
    总计 + 结转下年度 (A1). The 2019 format has one （六）其他处理 row instead of three."""
    leaves = [k for k in OUTCOME_LEAF_KEYS if not k.startswith("other_handling.")]
    other = [k for k in OUTCOME_LEAF_KEYS if k.startswith("other_handling.")]
    results = leaves + (["group:other_handling"] if "group:other_handling" in runs and other[0] not in runs else other)
    return [(tuple(results), ("total",)), (("new_received", "carried_over"), ("total", "carried_forward"))]
