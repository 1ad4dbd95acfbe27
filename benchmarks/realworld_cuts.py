"""Corpus texts cut short at random points (held-out files excluded): cells read otherwise than from the whole copy,
and error-level problems a cut copy raises that the whole copy does not and its truth does not list.

    python benchmarks/realworld_cuts.py [--cuts 25] [--seeds 3]

A held-out report stored by the page index (a page's first ~2,000 bytes) ends anywhere (inside a label, a row, a
number): a cell read differently is one such a copy would read wrongly, and a rule that takes "not there" for
"wrong" raises a false error on every such copy. Each cut copy is imported once and gives both figures.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.realworld_cuts import (  # noqa: E402
    allowed_errors,
    cell_differences,
    cut_copies,
    cut_errors,
    random_cuts,
    read_cells,
    tuned_texts,
)

from drafter.importers.report import import_report  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cuts", type=int, default=25)
    parser.add_argument("--seeds", type=int, default=3)
    args = parser.parse_args()
    cells: list[str] = []
    errors: list[str] = []
    copies = 0
    for report in tuned_texts():
        whole = import_report(report).facts
        whole_cells, allowed = read_cells(whole), allowed_errors(report, whole)
        cuts = [cut for seed in range(args.seeds) for cut in random_cuts(report, args.cuts, seed)]
        copies += len(cuts)
        for cut, facts in cut_copies(report, cuts):
            cells += cell_differences(report, whole_cells, cut, facts)
            errors += cut_errors(report, allowed, cut, facts)
    by_code = Counter(line.split(": ", 1)[1].split()[0] for line in errors)
    print("\n".join(cells + errors))
    print(f"{copies} 份截断副本，读得与完整副本不同的格 {len(cells)}")
    print(f"同样的截断副本（太短而不成报告的不计）新出现的错误 {len(errors)}"
          + ("：" + "，".join(f"{c} {n}" for c, n in by_code.most_common()) if errors else ""))
    return 1 if cells or errors else 0


if __name__ == "__main__":
    sys.exit(main())
