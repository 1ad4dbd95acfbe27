"""Corpus texts cut short at a few points read no cell otherwise than the whole copy (tests/realworld_cuts.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.realworld_cuts import differences, random_cuts, tuned_texts

TEXTS = tuned_texts()
# Copies whose cuts read what the whole copy does not, with why (strict: fixing one fails until it is removed).
CUT_GAPS: dict[str, str] = {
}
CASES = [pytest.param(p, marks=pytest.mark.xfail(reason=CUT_GAPS[p.name], strict=True)) if p.name in CUT_GAPS else p
         for p in TEXTS]


@pytest.mark.parametrize("report", CASES, ids=[p.stem for p in TEXTS])
def test_a_copy_cut_short_reads_nothing_the_whole_copy_does_not(report: Path) -> None:
    assert list(differences(report, random_cuts(report, 3, seed=0))) == []
