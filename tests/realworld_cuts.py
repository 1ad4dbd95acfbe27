"""Copies cut short, made from the corpus: every stored text cut at chosen points must read no cell otherwise
than the whole copy does (fewer cells, never other values), and raise no error the whole copy does not (nor its
truth lists). The stored-page index keeps a page's first ~2,000
bytes, so held-out reports end anywhere: inside a label, a row, a number.

Used by tests/test_realworld_cuts.py and tests/test_realworld_cut_errors.py (a few cuts per file) and
benchmarks/realworld_cuts.py (many; each cut copy imported once for both figures).
"""

from __future__ import annotations

import functools
import random
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from drafter.checks.problem import ERROR
from drafter.errors import DrafterError
from drafter.facts.model import Facts
from drafter.importers.report import import_report
from drafter.tables import DECISION_ROWS, DOC_COLUMNS, DOC_ROWS, FEES_ROW, T3_ROWS, T4_GROUPS, T4_RESULTS
from tests.realworld_corpus import reports, truth_of

TEXT_SUFFIXES = (".txt", ".md", ".html")
_PATHS = ([f"proactive_table.{r}.{c}" for r, _ in DOC_ROWS for c, _ in DOC_COLUMNS]
          + [f"proactive_table.{r}" for r, _ in (*DECISION_ROWS, FEES_ROW)]
          + [f"reviews_and_lawsuits.{g}.{r}" for g, _ in T4_GROUPS for r, _ in T4_RESULTS])


def read_cells(facts: Facts) -> dict[str, Any]:
    """Every table cell an import read: its value, "blank" for a cell the report left blank, 总计 as printed."""
    assert facts.imported is not None
    missing, out = set(facts.imported.missing), {}
    for path in _PATHS:
        if path not in missing:
            value: Any = facts
            for part in path.split("."):
                value = getattr(value, part)
            out[path] = value
    for row in T3_ROWS:
        if row.key != "total":
            cells = facts.applications.row(row.key)
            out.update({f"applications.{row.key}[{c + 1}]": cells[c] for c in range(6)
                        if f"applications.{row.key}[{c + 1}]" not in missing})
    out.update({f"total:{k}": v for k, v in facts.imported.stated_totals.row_totals.items()})
    out.update({path: "blank" for path in facts.imported.blank})
    return out


def tuned_texts() -> list[Path]:
    """Tuned corpus texts whose whole copy is read (one refused whole, listed in REFUSAL_GAPS, has no cuts to
    compare with)."""
    return [r for r in reports() if r.suffix in TEXT_SUFFIXES and not truth_of(r).get("held_out") and read_whole(r)]


@functools.cache
def read_whole(report: Path) -> bool:
    try:
        import_report(report)
    except DrafterError:
        return False
    return True


def cut_copies(report: Path, cuts: list[int]) -> Iterator[tuple[int, Facts]]:
    """A copy of ``report`` cut after each of ``cuts`` characters, imported once (a copy too short to be a
    report is left out)."""
    text = report.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / report.name
        for cut in cuts:
            copy.write_text(text[:cut], encoding="utf-8")
            try:
                yield cut, import_report(copy).facts
            except DrafterError:
                continue  # too little left to be a report


def cell_differences(report: Path, whole: dict[str, Any], cut: int, facts: Facts) -> list[str]:
    """Cells the copy cut at ``cut`` (``facts``) reads otherwise than the whole copy (``whole``, its ``read_cells``)."""
    return [f"{report.name} cut at {cut}: {path} read {value}, whole copy {whole.get(path)}"
            for path, value in read_cells(facts).items()
            if path in whole and whole[path] != value or path not in whole and value != "blank"]


def allowed_errors(report: Path, whole: Facts) -> set[str]:
    """The error codes a cut copy may raise: the whole copy's (``whole``: its facts) and those its truth lists."""
    from tests.realworld_corpus import RULE_CODES, check_facts

    allowed = {p.code for p in check_facts(whole) if p.severity == ERROR}
    return allowed | {c for e in truth_of(report).get("errors") or [] for c in RULE_CODES.get(e["rule"], {e["rule"]})}


def cut_errors(report: Path, allowed: set[str], cut: int, facts: Facts) -> list[str]:
    """Error-level problems the copy cut at ``cut`` (``facts``) raises beyond ``allowed``: a rule taking "cut
    off" for "missing"."""
    from tests.realworld_corpus import check_facts

    length = len(report.read_text(encoding="utf-8"))
    return [f"{report.name} cut at {cut}/{length}: {p.code} {p.path} {p.message[:90]}"
            for p in check_facts(facts) if p.severity == ERROR and p.code not in allowed]


def differences(report: Path, cuts: list[int]) -> Iterator[str]:
    """Cells a copy of ``report`` cut after each of ``cuts`` characters reads otherwise than the whole copy."""
    whole = read_cells(import_report(report).facts)
    for cut, facts in cut_copies(report, cuts):
        yield from cell_differences(report, whole, cut, facts)


def random_cuts(report: Path, count: int, seed: int) -> list[int]:
    length = len(report.read_text(encoding="utf-8"))
    rng = random.Random(f"{seed}:{report.name}")
    return sorted(rng.randint(length // 4, length) for _ in range(count))


def new_errors(report: Path, cuts: list[int]) -> Iterator[str]:
    """Error-level problems a copy of ``report`` cut after each of ``cuts`` characters raises that the whole
    copy does not and its truth does not list."""
    allowed = allowed_errors(report, import_report(report).facts)
    for cut, facts in cut_copies(report, cuts):
        yield from cut_errors(report, allowed, cut, facts)
