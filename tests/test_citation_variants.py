"""benchmarks/citation_variants.py on one corpus copy per citation: the 条例's title and the format notice's number,
garbled by any one character lost, changed or swapped, are reported (E6) every time (the class of 179, 327, 700)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("citation_variants", ROOT / "benchmarks" / "citation_variants.py")
assert _spec is not None and _spec.loader is not None
citation_variants = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(citation_variants)


def test_no_variant_is_the_citation_itself() -> None:
    for citation in citation_variants.CITATIONS.values():
        assert all(garbled != citation for _, garbled in citation_variants.variants(citation))


def test_every_slip_in_the_regulations_title_and_the_formats_number_is_reported() -> None:
    tally = citation_variants.measure(1, names=("条例", "格式文号"))
    missed = {key: n for key, n in tally.items() if not key[2] and key[1] != "word lost"}
    assert missed == {}
    assert sum(n for key, n in tally.items() if key[2]) >= 60
