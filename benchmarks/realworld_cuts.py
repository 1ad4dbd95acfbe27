"""Corpus texts cut short at random points (held-out files excluded): cells read otherwise than from the whole copy.

    python benchmarks/realworld_cuts.py [--cuts 25] [--seeds 3]

A held-out report stored by the page index ends anywhere (inside a label, a row, a number): any difference here is a
cell such a copy would read wrongly.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.realworld_cuts import differences, random_cuts, tuned_texts  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cuts", type=int, default=25)
    parser.add_argument("--seeds", type=int, default=3)
    args = parser.parse_args()
    found, copies = [], 0
    for report in tuned_texts():
        for seed in range(args.seeds):
            cuts = random_cuts(report, args.cuts, seed)
            copies += len(cuts)
            found += list(differences(report, cuts))
    print("\n".join(found))
    print(f"{copies} 份截断副本，读得与完整副本不同的格 {len(found)}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
