"""Corpus texts cut short at random points (held-out files excluded): error-level problems a cut copy raises that
the whole copy does not, and that its truth does not list.

    python benchmarks/realworld_cut_errors.py [--cuts 8] [--seeds 1]

The stored-page index keeps a page's first ~2,000 bytes, so most held-out reports end anywhere: a rule that takes
"not there" for "wrong" raises a false error on every such copy.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.realworld_cuts import new_errors, random_cuts, tuned_texts  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cuts", type=int, default=8)
    parser.add_argument("--seeds", type=int, default=1)
    args = parser.parse_args()
    found: list[str] = []
    copies = 0
    for report in tuned_texts():
        cuts = [cut for seed in range(args.seeds) for cut in random_cuts(report, args.cuts, seed)]
        copies += len(cuts)
        found += new_errors(report, cuts)
    by_code = Counter(line.split(": ", 1)[1].split()[0] for line in found)
    print("\n".join(found))
    print(f"{copies} 份截断副本（太短而不成报告的不计），新出现的错误 {len(found)}：" + "，".join(f"{c} {n}" for c, n in by_code.most_common()))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
