"""Figures on the real-world corpus (tests/realworld/), tuned and held-out files separately.

    python benchmarks/realworld_score.py            # the figures
    python benchmarks/realworld_score.py -v         # and, per file, what was missed or read wrongly

Figures: real errors reported (all rules, and those of this issue's rules; credited by rule family, and strictly:
each listed problem matched by a reported problem of its own), error-level problems that no
reviewer would flag (on clean reports and overall), visible cells read, cells read wrongly, refusals, tracebacks.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.realworld_corpus import Figures, Outcome, evaluate, figures, reports  # noqa: E402


def pct(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.0f}%)" if whole else "0/0"


def show(title: str, f: Figures) -> None:
    print(f"== {title}: {f.files} 份报告")
    print(f"   报出的真实错误       {pct(f.errors_found, f.errors_expected)}"
          f"；本议题范围内的规则 {pct(f.in_scope_found, f.in_scope_expected)}")
    print(f"   逐项匹配（严格）       {pct(f.errors_matched, f.errors_expected)}")
    print(f"   干净报告上的误报错误 {f.false_errors_on_clean}；全部报告上不属任何已列错误的“错误” {f.false_errors}")
    print(f"   读出的可见格         {pct(f.cells_read, f.cells_seen)}；读错的格 {f.cells_wrong}")
    print(f"   拒绝检查 {f.refused}；异常退出（traceback）{f.crashed}")


def detail(o: Outcome) -> None:
    print(f"-- {o.name}{' (held out)' if o.held_out else ''}")
    if o.crashed or o.refused:
        print("   " + (o.crashed or o.refused).strip().replace("\n", "\n   "))
    missed = [r for r in o.errors_expected if r not in o.errors_found]
    if missed:
        print(f"   未报出：{', '.join(missed)}")
    for p in o.false_errors:
        print(f"   误报：{p.code} {p.path} {p.message[:90]}")
    for w in o.wrong:
        print(f"   读错：{w}")
    if o.unread:
        print(f"   未读出 {len(o.unread)} 格：{', '.join(o.unread[:8])}{' …' if len(o.unread) > 8 else ''}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--tuned-only", action="store_true", help="do not run the held-out files")
    args = parser.parse_args()
    outcomes = [evaluate(path) for path in reports()]
    if args.tuned_only:
        outcomes = [o for o in outcomes if not o.held_out]
    if args.verbose:
        for o in outcomes:
            detail(o)
    show("调优用", figures([o for o in outcomes if not o.held_out]))
    if not args.tuned_only:
        show("保留未调（held out）", figures([o for o in outcomes if o.held_out]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
