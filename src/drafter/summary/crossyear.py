"""Checks across units and years: the same unit twice, a report of another year, and with last
year's reports (``--last``) each unit's 上年结转 against its own 结转下年度 (rules C1–C3), units in one
year only, and figures that jump by an order of magnitude.

Codes: H1 duplicated unit, H2 year differs, H3 new this year, H4 missing this year, H5 jump.
"""

from __future__ import annotations

import re
from pathlib import Path

from drafter.checks.problem import ERROR, WARNING, Problem
from drafter.facts.model import Facts
from drafter.summary.figures import FIGURES, figure, figures
from drafter.summary.read import Unit

JUMP_RATIO = 10  # an order of magnitude
JUMP_FROM = 20  # ignore jumps where the larger figure is below this (3 → 30 is news, not a typo)
JUMP_FROM_ZERO = 100  # 0 → 100 or more is worth a look too


def within_year(units: list[Unit], year: int) -> None:
    """H2 (another year's report) and H1 (the same unit twice): such units are left out of the sums."""
    from drafter.importers.report import is_report

    first: dict[str, Unit] = {}
    # Of two files of the same unit, the facts file is summed rather than its published report.
    for unit in sorted(units, key=lambda u: is_report(Path(u.source))):
        if unit.facts is None or unit.failure:
            continue
        if unit.facts.year != year:
            unit.excluded = f"报告年度为{unit.facts.year}年，不是汇总的{year}年，未计入合计"
            unit.problems.append(Problem("H2", ERROR, "year", unit.excluded + "。",
                                         f"请换成该单位{year}年的报告；如汇总年度不对，用 --year 指定"))
            continue
        kept = first.setdefault(unit.key, unit)
        if kept is unit:
            continue
        same = kept.facts is not None and figures(kept.facts) == figures(unit.facts)
        unit.duplicate_of = kept.source
        unit.problems.append(Problem(
            "H1", WARNING if same else ERROR, "agency.name",
            f"与“{kept.source}”是同一单位，只计入合计一次" + ("（两份的主要数字相同）。" if same else "，但两份的主要数字不同。"),
            "保留正确的一份，删去或移走另一份" + ("" if same else "，并核对哪一份的数字是对的")))


def against_last(units: list[Unit], last_units: list[Unit], year: int) -> list[Unit]:
    """C1–C3, H3, H5 on this year's units; returns a placeholder unit (H4) for each unit of last
    year that has no report this year."""
    before: dict[str, Unit] = {}
    other_year: dict[str, Unit] = {}
    for unit in last_units:
        if unit.facts is not None and not unit.failure:
            (before if unit.facts.year == year - 1 else other_year).setdefault(unit.key, unit)
    unread_last = sum(1 for u in last_units if u.facts is None or u.failure)
    present = {u.key for u in units if u.facts is not None and not u.failure}
    for unit in units:
        if unit.facts is None or unit.failure or unit.excluded or unit.duplicate_of:
            continue
        last = before.get(unit.key)
        if last is None and unit.key in other_year:
            wrong = other_year[unit.key]
            assert wrong.facts is not None
            unit.problems.append(Problem(
                "H2", WARNING, "year", f"--last 中该单位的“{wrong.source}”是{wrong.facts.year}年的报告，不是{year - 1}年的，"
                "未与上年比较", f"--last 请给出{year - 1}年的报告"))
            continue
        if last is None:
            unit.problems.append(_new_unit(year, unread_last))
            continue
        assert last.facts is not None
        unit.problems += _c_rules(unit, last) + _jumps(unit.facts, last.facts, year)
    missing = [last for key, last in before.items() if key not in present]
    return [_absent(last, year) for last in missing]


def _new_unit(year: int, unread_last: int) -> Problem:
    maybe = f"（上年有 {unread_last} 份报告未能读入，可能是其中之一）" if unread_last else ""
    return Problem("H3", WARNING, "agency.name",
                   f"{year - 1}年的报告中没有这个单位{maybe}：是本年新增的单位，还是名称与上年不同？",
                   "核对单位名称是否与上年报告一致；上年结转等跨年度数字无法核对")


def _absent(last: Unit, year: int) -> Unit:
    why = f"{year - 1}年有该单位的报告（“{last.source}”），{year}年没有收到"
    return Unit(source="（未收到）", title=last.name, excluded=why + "，合计中缺少该单位",
                problems=[Problem("H4", ERROR, "agency.name", why + "。合计中缺少该单位的数字。",
                                  "向该单位索取本年报告；如已撤并，请在汇总说明中注明")])


def _touches(missing: list[str], prefix: str) -> bool:
    return any(m == prefix or m.startswith((prefix + ".", prefix + "[")) or prefix.startswith(m + ".")
               for m in missing)


def _c_rules(unit: Unit, last: Unit) -> list[Problem]:
    """C1–C3 on the pair, leaving out the ones whose cells either year could not read."""
    from drafter.checks.cross_year import c1_c3

    assert unit.facts is not None and last.facts is not None
    kept = []
    for problem in c1_c3(unit.facts, last.facts):
        here = re.sub(r"\[\d+\]$", "", problem.path).removesuffix(".in_force")
        there = here.replace("carried_over", "carried_forward")
        cell = problem.path.replace("carried_over", "carried_forward")
        if _touches(unit.missing, problem.path) or _touches(unit.missing, here) \
                or _touches(last.missing, cell) or _touches(last.missing, there):
            continue
        kept.append(problem)
    return kept


def _jumps(now: Facts, before: Facts, year: int) -> list[Problem]:
    """H5: a key figure ten times last year's, or a tenth of it."""
    out = []
    for fig in FIGURES:
        a, b = figure(now, fig), figure(before, fig)
        if not fig.jumps or a is None or b is None:
            continue
        big, small = max(a, b), min(a, b)
        if (small > 0 and big >= JUMP_RATIO * small and big >= JUMP_FROM) or (small == 0 and big >= JUMP_FROM_ZERO):
            label = fig.label.split("（")[0]
            out.append(Problem(
                "H5", WARNING, fig.needs[0], f"{label}本年为{a}，{year - 1}年为{b}，相差一个数量级以上",
                "核对是否多写或少写了一位数，或统计口径是否改变；如确有其事，在报告中说明原因"))
    return out
