"""A "|" table whose rows were broken after each cell: a row's first cell between bars on a line of its own
("| 规章 |"), each of its other cells on the next lines, each ending in its bar ("0 |"). 682 (城中区民政局 2025):
"| 规章 |", "0 |", "0 |", "0 |" is the row "| 规章 | 0 | 0 | 0 |"; "| 第二十条第(一)项 |" alone is a band row.

The lines are joined back into the rows they were, which the "|" rows' reader then reads as any flattened table
(a row narrower than its header stays unread there). A line that starts a row is one cell between two bars; a line
that goes on with it is one cell (or none: a blank cell) and its bar, with no bar before it. Nothing else is joined.
"""

from __future__ import annotations

import re

_STARTS = re.compile(r"^\|\s*[^|\s][^|]*\|$")  # "| 规章 |": a row's first cell between its bars
_GOES_ON = re.compile(r"^[^|]*\|$")  # "0 |" (or "|"): the row's next cell and its bar
ROWS_AT_LEAST = 2  # rows so broken before a copy is read this way (one such line may be anything)


def join_broken_rows(lines: list[str]) -> list[str]:
    """``lines`` with each broken row joined back on its first line; ``lines`` unchanged when fewer than
    ``ROWS_AT_LEAST`` rows go on over lines of their own (not this layout)."""
    out: list[str] = []
    broken = 0
    joining = False  # the last line kept starts a row (and holds the cells joined to it so far)
    for raw in lines:
        line = raw.strip()
        if joining and _GOES_ON.match(line):
            broken += out[-1].count("|") == 2  # the row's first cell goes on: one more broken row
            out[-1] += " " + line
            continue
        joining = bool(_STARTS.match(line))
        out.append(line if joining else raw)
    return out if broken >= ROWS_AT_LEAST else lines
