"""Generated units for ``drafter summary``: the example and nonzero facts of conftest, varied per unit.

Every unit balances (表三 per column, channels add up to the proactive total, fees cover （六）2), so the
problems a test finds are the ones it planted. Used by tests/test_summary.py and benchmarks/summary_bench.py.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import random
from pathlib import Path

from drafter.facts.dump import dump_facts
from drafter.facts.model import Agency, Channel, DocRow, Facts
from drafter.tables import T3_ROWS
from tests.conftest import example_facts, nonzero_facts

KINDS = ("镇", "乡", "街道", "部门")
SUFFIX = {"镇": ("镇", "人民政府"), "乡": ("乡", "人民政府"), "街道": ("街道", "办事处"), "部门": ("局", "")}
LEAVES = [r.key for r in T3_ROWS if r.key not in ("new_received", "carried_over", "carried_forward", "total")]


def unit_name(i: int) -> tuple[str, str, str]:
    """(full name, short name, kind) of unit ``i``: 示范县第01镇人民政府, 第02乡, 第03街道, 第04局, …"""
    kind = KINDS[i % len(KINDS)]
    short = f"第{i + 1:02d}{SUFFIX[kind][0]}"
    return f"示范县{short}{SUFFIX[kind][1]}", short, kind


def unit_facts(i: int, year: int = 2024, rng: random.Random | None = None,
               carried_over: tuple[int, ...] | None = None) -> Facts:
    """Unit ``i``: every third one from the (all-zero) example, the others from the nonzero facts with
    their applications redrawn; ``carried_over`` sets 表三 二、上年结转 (last year's 结转下年度)."""
    rng = rng or random.Random(i)
    facts = copy.deepcopy(_base(i % 3 == 0))
    name, short, kind = unit_name(i)
    facts.agency = Agency(name, short, kind)
    facts.year, facts.signing_date = year, dt.date(year + 1, 1, 20)
    facts.overview.proactive.channels = [Channel("门户网站", rng.randint(10, 400), "条", "发布"),
                                         Channel("政务新媒体", rng.randint(0, 200), "条", "发布")]
    facts.overview.proactive.total = sum(c.count for c in facts.overview.proactive.channels)
    facts.overview.proactive.text = ""
    facts.basis_notice = ""  # the example cites its own year's notice
    facts.proactive_table.licensing = rng.randint(0, 300)
    facts.proactive_table.normative_documents = DocRow()  # a township's usual 0 (rule E2 warns otherwise)
    if i % 3 or carried_over is not None:
        _applications(facts, rng, carried_over)
    return facts


@functools.cache
def _base(example: bool) -> Facts:
    return example_facts() if example else nonzero_facts()


def _applications(facts: Facts, rng: random.Random, carried_over: tuple[int, ...] | None) -> None:
    rows = {key: tuple(rng.randint(0, 3) for _ in range(6)) for key in rng.sample(LEAVES, 5)}
    rows["carried_forward"] = tuple(rng.randint(0, 2) for _ in range(6))
    rows["carried_over"] = carried_over or tuple(rng.randint(0, 2) for _ in range(6))
    outcome = [sum(rows[k][c] for k in LEAVES if k in rows) for c in range(6)]
    extra = [max(0, rows["carried_over"][c] - outcome[c] - rows["carried_forward"][c]) for c in range(6)]
    rows["granted"] = tuple(rows.get("granted", (0,) * 6)[c] + extra[c] for c in range(6))
    outcome = [o + e for o, e in zip(outcome, extra, strict=True)]
    rows["new_received"] = tuple(outcome[c] + rows["carried_forward"][c] - rows["carried_over"][c] for c in range(6))
    facts.applications.rows = rows
    facts.fees.notices = max(facts.fees.notices, sum(rows.get("other_handling.overdue_fee", (0,))))
    facts.reviews_and_lawsuits.review.upheld = rng.randint(0, 3)


def write_units(folder: Path, n: int, year: int = 2024, last: list[Facts] | None = None) -> list[Facts]:
    """``n`` generated units as facts files in ``folder``; with ``last``, each unit's 上年结转 is last
    year's 结转下年度 of the unit with the same index."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        before = last[i].applications.row("carried_forward") if last and i < len(last) else None
        facts = unit_facts(i, year, random.Random(year * 1000 + i), before)
        (folder / f"unit-{i:04d}.yaml").write_text(dump_facts(facts), encoding="utf-8")
        out.append(facts)
    return out
