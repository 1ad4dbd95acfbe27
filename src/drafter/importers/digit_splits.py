"""Table rows whose numbers ran together ("640020470"): every way to cut them, and the cuts that the
table's own arithmetic allows.

``splits`` lists the cuts of one row whose groups add up to their 总计; ``solve`` chooses among the cuts
of several rows with linear equations between rows (column sums: the result rows add up to （七）总计;
新收 + 上年结转 = 总计 + 结转下年度), and keeps a row only when every joint assignment that satisfies all
equations gives it the same cut. Anything still ambiguous is left out: a wrong value is worse than a
missing one.
"""

from __future__ import annotations

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
        if adds_up and acc and len(acc) % size == 0 and sum(acc[-size:-1]) != acc[-1]:
            return
        if len(acc) == parts:
            if i == len(digits):
                found.append(tuple(acc))
            return
        left = parts - len(acc)
        for j in range(i + 1, min(len(digits), i + MAX_DIGITS) + 1):
            piece = digits[i:j]
            if (len(piece) > 1 and piece[0] == "0") or len(digits) - j < left - 1:
                break
            walk(j, [*acc, int(piece)])

    if digits.isdigit() and len(digits) <= parts * MAX_DIGITS:
        walk(0, [])
    return found


def one_group_off(digits: str, groups: int, size: int) -> tuple[Cut | str, ...] | None:
    """A row of ``groups`` groups (``size`` numbers, the last its 总计) that adds up under no cut (a 总计 printed
    wrong, B3): its reading when every cut in which all groups but one add up gives the same one, the groups
    that add up as cuts and the other as its digits ("00202000001324015" is 0 0 2 0 | 2, 0 0 0 0 | 0 and
    "1324015", whose cuts never add up). None when two readings differ (another group off, other cuts), when
    none exists, or when there are too many to try."""
    readings: set[tuple[Cut | str, ...]] = set()
    steps = [0]

    def walk(i: int, acc: tuple[Cut | str, ...], off: bool) -> None:
        steps[0] += 1
        if len(readings) > 1 or steps[0] > MAX_STEPS:
            return
        if len(acc) == groups:
            readings.update([acc] if i == len(digits) and off else [])
            return
        for j in range(i + size, min(len(digits), i + size * MAX_DIGITS) + 1):
            piece = digits[i:j]
            adding = [c for c in splits(piece, 1, size, limit=MAX_CUTS) if sum(c[:-1]) == c[-1]]
            for cut in adding:
                walk(j, (*acc, cut), off)
            if not off and not adding and cuts(piece, size, limit=1):
                walk(j, (*acc, piece), True)

    if digits.isdigit() and not splits(digits, groups, size, limit=1):
        walk(0, (), False)
    return readings.pop() if len(readings) == 1 and steps[0] <= MAX_STEPS else None


def grouped_cells(digits: str, groups: int, size: int) -> tuple[str, ...] | None:
    """A row of ``groups`` groups of ``size`` cells run together (表四), as cells: its one cut whose groups all add
    up; else, when none does, ``one_group_off``'s reading, the group off read when its digits are one a cell
    and otherwise marked run together (``run_cells``: unread, its digits kept for B3); None when neither is
    certain."""
    solutions = splits(digits, groups, size, limit=2)
    if len(solutions) == 1:
        return tuple(map(str, solutions[0]))
    reading = one_group_off(digits, groups, size) if not solutions else None
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
