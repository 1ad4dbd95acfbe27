"""A 表二 row whose three numbers ran together ("8855698"), split by what the report's own prose states.

No total decides such a row: "8855698" cuts fifteen ways. Section 一 often names the row's figures
("集中公开现行有效行政规范性文件698件，动态更新本年度制发的规范性文件88件"). The row is read only when
the prose states two of its three figures or more, each column one figure only, and exactly one cut agrees
with all of them: two figures pin the cut from both ends, so a sentence that disagrees with the table (a
D5 error, not rare) cannot pass for evidence unless it agrees with the digits twice by chance. A figure
that fits no cut leaves the row unread (the checks then report the disagreement).
"""

from __future__ import annotations

import re

from drafter.facts.values import nfkc
from drafter.importers.digit_splits import Cut, cuts
from drafter.tables import DOC_COLUMNS, DOC_FIGURES

COLUMNS = tuple(c for c, _ in DOC_COLUMNS)
MIN_STATED = 2


def stated(row: str, texts: list[str]) -> dict[str, set[int]]:
    """Column → the figures the prose gives for it, for the 表二 row ``row``."""
    out: dict[str, set[int]] = {}
    for text in texts:
        plain = nfkc(text)
        for pattern, fig_row, col, _ in DOC_FIGURES:
            if fig_row == row:
                out.setdefault(col, set()).update(int(m.group(1)) for m in re.finditer(pattern, plain))
    return {col: found for col, found in out.items() if found}


def split_by_text(row: str, digits: str, texts: list[str]) -> Cut | None:
    """The one cut of ``digits`` into 制发, 废止, 现行有效 that the prose's figures agree with, if certain."""
    figures = stated(row, texts)
    if len(figures) < MIN_STATED or any(len(found) > 1 for found in figures.values()):
        return None
    fits = [cut for cut in cuts(digits, len(COLUMNS))
            if all(cut[COLUMNS.index(col)] in found for col, found in figures.items())]
    return fits[0] if len(fits) == 1 else None
