"""The quick mode of benchmarks/layout_variants.py on three corpus copies: their tables re-rendered in every layout
(and cut once each) read no cell wrongly."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("layout_variants", ROOT / "benchmarks" / "layout_variants.py")
assert _spec is not None and _spec.loader is not None
layout_variants = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(layout_variants)

COPIES = ["09-mayang-banlishu-2022.txt", "343-jurong-housing-bureau-2022.txt", "508-dingxing-xiaocun-2021.txt"]


def test_tables_re_rendered_in_every_layout_read_no_cell_wrongly() -> None:
    copies = [ROOT / "tests" / "realworld" / name for name in COPIES]
    tally, wrong = layout_variants.measure(copies, layout_variants.LAYOUTS, cuts=1, seed=0)
    assert wrong == []
    assert tally["pipe:read"] == tally["pipe:seen"] > 0
