"""A row's label broken inside its cell: a page's cell holding a line break, copied as text, puts the label's first
part on a line of its own above the row ("一、本年新收政府" then "信息公开申请数量 | 0 | 0 |…", or "信息公开申请数量", "0", "0"…
one cell a line). Shared by the readers of flattened text (``flat_text``, ``pipe_lines``).
"""

from __future__ import annotations

from drafter.importers.blocks import Block
from drafter.importers.labels import T2_ROWS, T3_LABELS, key, lookup, norm
from drafter.importers.spaced_rows import NUMBER
from drafter.importers.traditional import simplified

WRAPS_AT_LEAST = 8  # the shortest label taken as broken in its cell: a short one does not wrap
HEAD_AT_MOST = 30  # the longest first part of a label broken in its cell (表三's labels are at most 40 characters)


def known(text: str) -> bool:
    """A label of 表二's or 表三's rows, not one with more text after it ("行政事业性收费 0— 4 —信息内容", 30); in
    traditional characters too (a portal's 繁體 page, read as simplified only after its rows are made)."""
    text = simplified(text)
    k = key(text)
    return any(lookup(text, t) is not None and (k in t or any(c.startswith(k) for c in t)
                                                or not any(k.startswith(c) for c in t))
               for t in (T2_ROWS, T3_LABELS))


def label_head(blocks: list[Block], first: str) -> tuple[int, str]:
    """The text lines (one or two) at the end of ``blocks`` that begin the label of a row whose first cell is
    ``first`` ("一、本年新收政府" above "信息公开申请数量"; "2.其他法律行" above "政法规禁止公开"; "（二）部分公开（区分处理的，" above
    "只计这一情形，不计其他情形）"): ``first`` is no label of the tables, the lines and it together are one, of
    ``WRAPS_AT_LEAST`` characters at least. How many lines, and their text; else (0, "")."""
    if not first or NUMBER.match(first) or known(first):
        return 0, ""
    head = ""
    for n in (1, 2):
        above = blocks[-n] if len(blocks) >= n else None
        if not isinstance(above, str) or not above.strip() or len(above) > HEAD_AT_MOST or "。" in above:
            return 0, ""
        head = above.strip() + head
        if len(norm(head + first)) >= WRAPS_AT_LEAST and known(head + first):
            return n, head
    return 0, ""
