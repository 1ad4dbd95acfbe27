"""表三 rows whose label was lost in a PDF conversion, placed by their order between labelled rows.

A PDF turned into text or Markdown often separates a wrapped label from its numbers: the row survives as
seven bare numbers ("| 0 | 0 | 0 | 0 | 0 | 0 | 0 |", or a scrap of the label in front of them). Such a row is
placed only where that is certain:

- it lies between two labelled rows that come in the official order, and that gap holds exactly as many
  bare rows as the official table has rows there that were not found (so the order places each);
- its six applicant cells add up to its 总计;
- with the gaps filled, every applicant column of the 办理结果 rows adds up to the printed （七）总计 row.

Anything less and the bare rows stay unread: a wrong value is worse than a missing one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from drafter.tables import OUTCOME_LEAF_KEYS, T3_ROWS

ORDER = {row.key: i for i, row in enumerate(T3_ROWS)}
Count = Callable[[str], int | None]


@dataclass
class Seen:
    """One 表三 row in document order: labelled (``key``) or bare (``key`` None), with its cells after the label."""

    key: str | None
    vals: list[str]


def bare_numbers(cells: list[str], count: Count) -> list[str] | None:
    """The seven numbers (6 applicant columns + 总计) that end a row without a known label, when they add up."""
    nums = [count(c) for c in cells[-7:]]
    if len(cells) < 7 or any(n is None for n in nums) or sum(n or 0 for n in nums[:6]) != nums[6]:
        return None
    return cells[-7:]


def fill(seen: list[Seen], found: dict[str, list[str]], count: Count) -> dict[str, list[str]]:
    """The bare rows placed by order (row key → cells), or nothing when any placement is uncertain."""
    anchors = [(i, s) for i, s in enumerate(seen) if s.key is not None and s.key in ORDER]
    order = [ORDER[s.key] for _, s in anchors if s.key]
    if len(anchors) < 2 or order != sorted(order) or len(set(order)) != len(order):
        return {}
    placed: dict[str, list[str]] = {}
    for (i, a), (j, b) in zip(anchors, anchors[1:], strict=False):
        bare = [s.vals for s in seen[i + 1:j] if s.key is None]
        if not bare:
            continue
        slots = [r.key for r in T3_ROWS[ORDER[a.key or ""] + 1:ORDER[b.key or ""]] if r.key not in found]
        if len(slots) != len(bare):
            return {}
        placed.update(zip(slots, bare, strict=True))
    return placed if placed and _balances({**found, **placed}, count) else {}


def _balances(rows: dict[str, list[str]], count: Count) -> bool:
    """Every applicant column of the 办理结果 rows adds up to the printed （七）总计 row."""
    if "total" not in rows or any(k not in rows for k in OUTCOME_LEAF_KEYS):
        return False
    total = [count(v) for v in rows["total"][:6]]
    if len(total) != 6 or any(t is None for t in total):
        return False
    for c in range(6):
        cells = [count(rows[k][c]) if len(rows[k]) > c else None for k in OUTCOME_LEAF_KEYS]
        if any(n is None for n in cells) or sum(n or 0 for n in cells) != total[c]:
            return False
    return True
