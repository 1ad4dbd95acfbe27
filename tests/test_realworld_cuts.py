"""Corpus texts cut short at a few points read no cell otherwise than the whole copy (tests/realworld_cuts.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.realworld_cuts import differences, random_cuts, tuned_texts

TEXTS = tuned_texts()


@pytest.mark.parametrize("report", TEXTS, ids=[p.stem for p in TEXTS])
def test_a_copy_cut_short_reads_nothing_the_whole_copy_does_not(report: Path) -> None:
    assert list(differences(report, random_cuts(report, 3, seed=0))) == []
