"""Table rows whose numbers ran together ("640020470"): every way to cut them, and the cuts that the
table's own arithmetic allows.

``splits`` lists the cuts of one row whose groups add up to their 总计 (a group's 总计 is looked for only as the
sum of its other numbers); ``one_group_off`` reads a row whose groups all add up but one, each group that can start
at a place looked for once (``GroupSearch``); ``solve`` chooses among the cuts
of several rows with linear equations between rows (column sums: the result rows add up to （七）总计;
新收 + 上年结转 = 总计 + 结转下年度), and keeps a row only when every joint assignment that satisfies all
equations gives it the same cut. Anything still ambiguous is left out: a wrong value is worse than a
missing one.
"""

from __future__ import annotations

import functools
from collections.abc import Collection, Mapping, Sequence

from drafter.importers.tables_read import run_cells

Cut = tuple[int, ...]
# An equation between rows: for every column, sum(rows in plus) - sum(rows in minus) = 0.
Equation = tuple[tuple[str, ...], tuple[str, ...]]
MAX_DIGITS = 7  # the longest number one cell holds
MAX_CUTS = 64  # a row with more cuts than this is treated as unreadable
MAX_SOLUTIONS = 64  # joint assignments enumerated before giving up
MAX_STEPS = 20_000  # partial assignments tried before giving up (a crafted page must not hang the import)


def splits(digits: str, groups: int, size: int, limit: int = MAX_CUTS, adds_up: bool = True) -> list[Cut]:
    """Every way (up to ``limit``) to cut ``digits`` into ``groups`` groups of ``size`` numbers without
    leading zeros, the last of each group (its 总计) the sum of the others (without ``adds_up``: one group
    of ``size`` - 1 numbers and no total). As many digits as numbers is one digit each, the only cut,
    whether or not the totals add up (a report's arithmetic error is the checks' to find, not a reason
    to leave the row unread)."""
    found: list[Cut] = []
    parts = groups * size if adds_up else size - 1
    if len(digits) == parts and digits.isdigit():
        return [tuple(map(int, digits))]

    def walk(i: int, acc: list[int]) -> None:
        if len(found) >= limit:
            return
        if len(acc) == parts:
            if i == len(digits):
                found.append(tuple(acc))
            return
        left = parts - len(acc)
        if adds_up and len(acc) % size == size - 1:  # a group's 总计: only the sum of its other numbers
            total = str(sum(acc[len(acc) - size + 1:]))
            if len(total) <= MAX_DIGITS and digits.startswith(total, i) and _room(len(digits) - i - len(total), left):
                walk(i + len(total), [*acc, int(total)])
            return
        for j in range(i + 1, min(len(digits), i + MAX_DIGITS) + 1):
            piece = digits[i:j]
            if (len(piece) > 1 and piece[0] == "0") or len(digits) - j < left - 1:
                break
            if _room(len(digits) - j, left):
                walk(j, [*acc, int(piece)])

    if digits.isdigit() and len(digits) <= parts * MAX_DIGITS:
        walk(0, [])
    return found


def _room(rest: int, left: int) -> bool:
    """Whether ``rest`` digits can make the ``left`` - 1 numbers still to come after one."""
    return left - 1 <= rest <= (left - 1) * MAX_DIGITS


def one_group_off(digits: str, groups: int, size: int) -> tuple[Cut | str, ...] | None:
    """A row of ``groups`` groups (``size`` numbers, the last its 总计) that adds up under no cut (a 总计 printed
    wrong, B3): its reading when every cut in which all groups but one add up gives the same one, the groups
    that add up as cuts and the other as its digits ("00202000001324015" is 0 0 2 0 | 2, 0 0 0 0 | 0 and
    "1324015", whose cuts never add up). None when two readings differ (another group off, other cuts), when
    none exists, or when a cut adds up whole."""
    if not digits.isdigit() or splits(digits, groups, size, limit=1):
        return None
    return _one_reading(digits, groups, size)


def _one_reading(digits: str, groups: int, size: int) -> tuple[Cut | str, ...] | None:
    """``one_group_off`` for digits that add up under no cut."""
    readings = GroupSearch(digits, size).readings(groups, most=2)
    return readings[0] if len(readings) == 1 else None


class GroupSearch:
    """The groups of ``size`` numbers that can stand at each place of ``digits`` (a row of groups run together),
    each looked for once: the cuts of a group whose last number is the sum of the others, by where the group
    ends, and whether a stretch cuts into ``size`` numbers at all (a group that adds up under no cut)."""

    def __init__(self, digits: str, size: int) -> None:
        self.digits, self.size = digits, size
        self.numbers = functools.cache(self._numbers)
        self.adding = functools.cache(self._adding)
        self.fits = functools.cache(self._fits)
        self.ends = functools.cache(self._ends)

    def _numbers(self, i: int) -> list[tuple[int, int]]:
        """Each number that can start at ``i`` (no leading zero, at most MAX_DIGITS digits): its end and value."""
        d = self.digits
        if i >= len(d) or d[i] == "0":
            return [(i + 1, 0)] if i < len(d) else []
        return [(j, int(d[i:j])) for j in range(i + 1, min(len(d), i + MAX_DIGITS) + 1)]

    def _adding(self, i: int) -> dict[int, list[Cut]]:
        """The cuts (at most MAX_CUTS a group) of every group starting at ``i`` that adds up, by where it ends."""
        out: dict[int, list[Cut]] = {}

        def walk(pos: int, acc: tuple[int, ...]) -> None:
            if pos + self.size - 1 - len(acc) + len(str(sum(acc))) > len(self.digits):
                return  # no room for the numbers still to come and a total at least their sum so far
            if len(acc) < self.size - 1:
                for end, value in self.numbers(pos):
                    walk(end, (*acc, value))
                return
            total = str(sum(acc))
            if len(total) <= MAX_DIGITS and self.digits.startswith(total, pos):
                found = out.setdefault(pos + len(total), [])
                found.extend([(*acc, int(total))] if len(found) < MAX_CUTS else [])

        walk(i, ())
        return out

    def _fits(self, i: int, j: int, count: int) -> bool:
        """Whether ``digits[i:j]`` cuts into ``count`` numbers."""
        if count == 0:
            return i == j
        return any(end <= j and self.fits(end, j, count - 1) for end, _ in self.numbers(i))

    def off(self, i: int, j: int) -> bool:
        """Whether ``digits[i:j]`` is a group that adds up under no cut."""
        return not self.adding(i).get(j) and self.fits(i, j, self.size)

    def group_ends(self, i: int) -> range:
        return range(i + self.size, min(len(self.digits), i + self.size * MAX_DIGITS) + 1)

    def _ends(self, i: int, left: int, off: bool) -> bool:
        """Whether ``left`` more groups from ``i`` reach the end with one group off (``off``: one already is)."""
        if left == 0:
            return i == len(self.digits) and off
        return any(bool(self.adding(i).get(j)) and self.ends(j, left - 1, off)
                   or not off and self.off(i, j) and self.ends(j, left - 1, True) for j in self.group_ends(i))

    def readings(self, groups: int, most: int) -> list[tuple[Cut | str, ...]]:
        """Up to ``most`` readings of the whole row as ``groups`` groups, all but one adding up (that one as its
        digits); only ways that reach the end are walked, so each step leads to a reading."""
        found: list[tuple[Cut | str, ...]] = []

        def walk(i: int, acc: tuple[Cut | str, ...], off: bool) -> None:
            if len(found) >= most or len(acc) == groups:
                found.extend([acc] if len(found) < most else [])
                return
            left = groups - len(acc) - 1
            for j in self.group_ends(i):
                for cut in self.adding(i).get(j, []) if self.ends(j, left, off) else []:
                    walk(j, (*acc, cut), off)
                if not off and self.off(i, j) and self.ends(j, left, True):
                    walk(j, (*acc, self.digits[i:j]), True)

        if self.ends(0, groups, False):
            walk(0, (), False)
        return found


def grouped_cells(digits: str, groups: int, size: int) -> tuple[str, ...] | None:
    """A row of ``groups`` groups of ``size`` cells run together (表四), as cells: its one cut whose groups all add
    up; else, when none does, ``one_group_off``'s reading, the group off read when its digits are one a cell
    and otherwise marked run together (``run_cells``: unread, its digits kept for B3); None when neither is
    certain."""
    solutions = splits(digits, groups, size, limit=2)
    if len(solutions) == 1:
        return tuple(map(str, solutions[0]))
    reading = _one_reading(digits, groups, size) if digits.isdigit() and not solutions else None
    if reading is None:
        return None
    out: list[str] = []
    for group in reading:
        one = cuts(group, size, limit=2) if isinstance(group, str) else [group]
        out += map(str, one[0]) if len(one) == 1 else run_cells(str(group), size)
    return tuple(out)


def cuts(digits: str, parts: int, limit: int = MAX_CUTS) -> list[Cut]:
    """Every way (up to ``limit``) to cut ``digits`` into ``parts`` numbers without leading zeros, with no
    sum to check (a 表二 row: 制发, 废止, 现行有效)."""
    return splits(digits, 1, parts + 1, limit, adds_up=False)


def solve(domains: Mapping[str, Sequence[Cut]], equations: Sequence[Equation],
          unsure: Collection[str] = ()) -> dict[str, Cut]:
    """The rows whose cut is certain: a row with one cut (not one of the ``unsure`` rows, whose cuts are read only
    when the equations choose one: cuts that do not add up to the row's 总计); a row with several when every assignment
    satisfying all ``equations`` (those whose rows all have cuts) gives it the same one. None certain
    beyond the single-cut rows when more than MAX_SOLUTIONS assignments satisfy them, or when the search
    takes more than MAX_STEPS steps. When no assignment satisfies them all (the report's own sums do not
    hold: a column that does not add up, A1), each equation is tried alone: a row is certain when the
    equations that decide it alone all give it the same cut (those that no assignment satisfies say nothing)."""
    known = {k: tuple(v) for k, v in domains.items() if v}
    usable = [e for e in equations if all(k in known for k in (*e[0], *e[1]))]
    sure = {k: v[0] for k, v in known.items() if len(v) == 1 and k not in unsure}
    decided = _decided(known, sure, usable)
    if decided is not None:
        return {**sure, **decided}
    alone = [d for e in usable if (d := _decided(known, sure, [e]))]
    return {**sure, **{k: v for d in alone for k, v in d.items() if all(o.get(k, v) == v for o in alone)}}


def _decided(known: Mapping[str, Sequence[Cut]], sure: Mapping[str, Cut],
             equations: Sequence[Equation]) -> dict[str, Cut] | None:
    """The open rows of ``equations`` that every satisfying assignment gives the same cut; None when no
    assignment satisfies them ({} when too many do, or the search gave up)."""
    open_rows = sorted({k for e in equations for k in (*e[0], *e[1]) if k not in sure}, key=lambda k: len(known[k]))
    if not open_rows:
        return {}
    solutions = _assignments(known, sure, open_rows, equations)
    if not solutions:
        return None
    if len(solutions) > MAX_SOLUTIONS:  # too many, or the search gave up
        return {}
    return {key: solutions[0][key] for key in open_rows if len({s[key] for s in solutions}) == 1}


def _assignments(known: Mapping[str, Sequence[Cut]], sure: Mapping[str, Cut], open_rows: list[str],
                 equations: Sequence[Equation]) -> list[dict[str, Cut]]:
    """Every assignment of cuts to ``open_rows`` (up to MAX_SOLUTIONS + 1) satisfying ``equations``,
    pruned by the least and most each unassigned row can still add to each column; more than
    MAX_SOLUTIONS (a sign that it gave up) after MAX_STEPS steps."""
    width = len(next(iter(known.values()))[0])
    signed = [{**{k: 1 for k in plus}, **{k: -1 for k in minus}} for plus, minus in equations]
    found: list[dict[str, Cut]] = []
    chosen: dict[str, Cut] = dict(sure)
    steps = [0]

    def walk(depth: int) -> None:
        steps[0] += 1
        if steps[0] > MAX_STEPS:
            found.extend([{}] * (MAX_SOLUTIONS + 1 - len(found)))
        if len(found) > MAX_SOLUTIONS or not _feasible(signed, known, chosen, set(open_rows[depth:]), width):
            return
        if depth == len(open_rows):
            found.append({k: chosen[k] for k in open_rows})
            return
        for cut in known[open_rows[depth]]:
            chosen[open_rows[depth]] = cut
            walk(depth + 1)
        del chosen[open_rows[depth]]

    walk(0)
    return found


def _feasible(signed: Sequence[Mapping[str, int]], known: Mapping[str, Sequence[Cut]], chosen: Mapping[str, Cut],
              rest: set[str], width: int) -> bool:
    """Whether every equation (rows with their signs) can still hold in every column: the least and most
    the ``rest`` (unassigned rows) can add, with the ``chosen`` cuts of the others, bracket zero."""
    for sign in signed:
        for c in range(width):
            low = high = 0
            for key, s in sign.items():
                if key in rest:
                    values = [s * cut[c] for cut in known[key]]
                    low, high = low + min(values), high + max(values)
                else:
                    low, high = low + s * chosen[key][c], high + s * chosen[key][c]
            if low > 0 or high < 0:
                return False
    return True
