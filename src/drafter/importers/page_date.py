"""The date a portal page shows above the report: when it was published (E5's deadline is about that).

Portals print it in the page's head, before the report's text: "发布时间:2025-02-06 10:37", "作者: 来源:
发布时间:2025-02-06 10:37", "发布日期 2026-01-16", "成文日期: 2024-01-16", a metadata table ("| 发布机构 | … |
发布日期 | 2026-01-19 20:34 |"), a label with its date on the next line ("• 成文日期:" / "2023-01-10"), or a bare
bulleted date-time under the title ("• 2025-02-10 15:59"). A 发布 (or 公开) date is taken first, else a 成文/印发
date (the report cannot have been published before it was written), else a bare one. Dates further down (in the
text, in the signature, in a page footer) are not the page's.
"""

from __future__ import annotations

import datetime as dt
import re

from drafter.facts import values
from drafter.importers.blocks import Block

HEAD_BLOCKS = 40  # the page's head: at most this many blocks before the report's first section
_SECTION = re.compile(r"^\s*(?:一\s*[、.．]|第一部分)")
_LABEL = re.compile(r"(发布|公开|成文|发文|印发)(?:时间|日期)")
_DATE = re.compile(r"(20\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)")
_SEPARATORS = " \t:：|•·●"
_BARE = re.compile(r"[•·●\s]*(20\d{2})-(\d{1,2})-(\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*")
_RANK = {"发布": 0, "公开": 0, "成文": 1, "发文": 1, "印发": 1}
_BARE_RANK = 2


def page_date(blocks: list[Block]) -> dt.date | None:
    """The page's publication date (see the module's note), None when its head shows none."""
    head = _head(blocks)
    found: list[tuple[int, dt.date]] = []
    for i, text in enumerate(head):
        for m in _LABEL.finditer(text):
            rest = text[m.end():].lstrip(_SEPARATORS)
            if not rest and i + 1 < len(head):  # the label alone, its date on the next line
                rest = head[i + 1].lstrip(_SEPARATORS)
            date = _DATE.match(rest)
            day = _day(date) if date else None
            if day:
                found.append((_RANK[m.group(1)], day))
        bare = _BARE.fullmatch(text)
        if bare:
            found += [(_BARE_RANK, day) for day in [_day(bare)] if day]
    return min(found, key=lambda f: f[0])[1] if found else None


def _head(blocks: list[Block]) -> list[str]:
    """The blocks before the first section heading ("一、总体情况"), as text, tables' rows joined by spaces."""
    head = []
    for block in blocks[:HEAD_BLOCKS]:
        text = values.nfkc(block if isinstance(block, str) else " ".join(block.cells))
        if _SECTION.match(text):
            break
        head.append(text)
    return head


def _day(m: re.Match[str]) -> dt.date | None:
    try:
        return dt.date(*(int(g) for g in m.groups()))
    except ValueError:
        return None
