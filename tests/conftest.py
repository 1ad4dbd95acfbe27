"""Shared fixtures: the bundled example and a facts set where every table cell is distinct and non-zero."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import settings

from drafter.facts.dump import dump_facts
from drafter.facts.examples import example_text
from drafter.facts.load import parse_facts, parse_yaml
from drafter.facts.model import (
    Agency,
    Applications,
    Channel,
    DocRow,
    Facts,
    Fees,
    Proactive,
    ProactiveTable,
    ReviewRow,
    ReviewsAndLawsuits,
)
from drafter.tables import T3_ROWS

# Property tests draw the same examples on every run, so CI on a fresh clone cannot turn red by chance; a run
# that explores new examples is `HYPOTHESIS_PROFILE=explore python -m pytest` (what it finds becomes a test).
settings.register_profile("fixed", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "fixed"))

# The real published report the bundled example reproduces (its source: tests/data/README.md).
SEED = Path(__file__).resolve().parent / "data" / "erjie-2023-report.txt"


def example_facts() -> Facts:
    return parse_facts(parse_yaml(example_text(), "example"), "example")


def nonzero_facts() -> Facts:
    """Every cell different, so a number in the wrong cell is caught; 勾稽 holds per column."""
    rows: dict[str, tuple[int, ...]] = {}
    leaves = [r.key for r in T3_ROWS if r.key not in ("new_received", "carried_over", "carried_forward", "total")]
    for i, key in enumerate(leaves):
        rows[key] = tuple(i + 1 + 30 * c for c in range(6))
    outcome = [sum(rows[k][c] for k in leaves) for c in range(6)]
    rows["carried_over"] = tuple(c + 2 for c in range(6))
    rows["carried_forward"] = tuple(c + 5 for c in range(6))
    rows["new_received"] = tuple(outcome[c] + rows["carried_forward"][c] - rows["carried_over"][c] for c in range(6))
    return Facts(
        year=2024,
        agency=Agency("某某县某某街道办事处", "某某街道", "街道", "某某县某某街道"),
        signing_date=dt.date(2025, 1, 20),
        banks=["national"],
        overview=dataclasses.replace(
            Facts(2024, Agency("x", "x", "镇"), dt.date(2025, 1, 1)).overview,
            proactive=Proactive("县政府门户网站", 30, [Channel("门户网站", 20, "条", "发布"), Channel("公众号", 10)]),
        ),
        proactive_table=ProactiveTable(DocRow(0, 0, 0), DocRow(3, 1, 7), 11, 12, 13, Decimal("4.25")),
        applications=Applications(rows),
        reviews_and_lawsuits=ReviewsAndLawsuits(ReviewRow(1, 2, 3, 4), ReviewRow(5, 6, 7, 8), ReviewRow(9, 10, 11, 12)),
        problems=["信息发布的及时性有待提高"],
        measures=["进一步完善信息发布审核机制。"],
        fees=Fees(570, Decimal("0.12"), Decimal("0.1")),  # at least the 570 （六）2 applications (rule D6)
    )


@pytest.fixture(scope="session", autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """jieba's dictionary cache goes to a temporary folder, not the user's ~/.cache."""
    os.environ.setdefault("DRAFTER_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))


@pytest.fixture
def example_path(tmp_path: Path) -> Path:
    path = tmp_path / "erjie-2023.yaml"
    path.write_text(example_text(), encoding="utf-8")
    return path


@pytest.fixture
def nonzero_path(tmp_path: Path) -> Path:
    path = tmp_path / "nonzero.yaml"
    path.write_text(dump_facts(nonzero_facts()), encoding="utf-8")
    return path
