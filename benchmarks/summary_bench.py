"""drafter summary on a county of generated units: time and peak memory, against reading the same inputs.

    python benchmarks/summary_bench.py              # 1,000 units this year and 1,000 last year
    python benchmarks/summary_bench.py --units 50   # quicker

Each unit is a facts file from tests/summary_units.py (the example and nonzero facts, varied). Three runs,
each a fresh process, wall time, CPU time (less sensitive to a busy machine) and peak memory of the whole
process tree:

1. reading: every facts file loaded and validated, one process (``load_facts`` in a loop);
2. reading, in parallel: the same, through ``summary.read.read_units`` with ``--jobs`` processes, no checks;
3. ``drafter summary INPUTS -o OUT --last LAST_INPUTS --jobs N``: read, check (each report drafted and
   every rule run), cross-year checks, sums, workbook, dashboard.

It prints the figures and the ratios of 3 to 1 and to 2, and checks the outputs are there.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench import run_measured  # noqa: E402
from tests.summary_units import write_units  # noqa: E402

READ_ONE = ("import sys\nfrom pathlib import Path\nfrom drafter.facts.load import load_facts\n"
            "print(sum(1 for d in sys.argv[1:] for p in sorted(Path(d).glob('*.yaml')) if load_facts(p)))\n")
READ_PARALLEL = ("import sys\nfrom pathlib import Path\nfrom drafter.summary.read import read_units\n"
                 "paths = sorted(Path(sys.argv[1]).glob('*.yaml')) + sorted(Path(sys.argv[2]).glob('*.yaml'))\n"
                 "units = read_units(paths, int(sys.argv[3]), lambda u: None, check=False)\n"
                 "print(sum(1 for u in units if u.facts is not None))\n")


def _children_cpu() -> float:
    """User + system CPU seconds of every finished child process (and the workers they waited for)."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--units", type=int, default=1000)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        last = write_units(folder / "last", args.units, 2023)
        write_units(folder / "this", args.units, 2024, last)
        py = sys.executable
        runs = {
            "读入（单进程，load_facts 逐个读入并校验，本年+上年）": [py, "-c", READ_ONE, str(folder / "this"),
                                                    str(folder / "last")],
            f"读入（{args.jobs} 个进程，read_units，不检查）": [py, "-c", READ_PARALLEL, str(folder / "this"),
                                                       str(folder / "last"), str(args.jobs)],
            f"drafter summary（{args.jobs} 个进程，含检查、跨年度、合计、工作簿、网页）": [
                py, "-m", "drafter", "summary", str(folder / "this"), "-o", str(folder / "out"),
                "--last", str(folder / "last"), "--name", "示范县", "--jobs", str(args.jobs)],
        }
        figures = []
        for label, cmd in runs.items():
            before = _children_cpu()
            wall, peak_kb, result = run_measured(cmd, folder)
            cpu = _children_cpu() - before
            figures.append((wall, peak_kb, cpu))
            print(f"{label}: {wall:.2f} s（CPU {cpu:.2f} s），峰值内存（进程树合计）{peak_kb / 1024:.0f} MiB，"
                  f"退出码 {result.returncode}")
            if result.returncode not in (0, 1):
                print(result.stderr.decode()[-2000:])
                return 1
        (one, one_kb, one_cpu), (par, par_kb, par_cpu), (summ, summ_kb, summ_cpu) = figures
        print(f"{args.units} 个单位（另有上年 {args.units} 个）：summary / 单进程读入 = 时间 {summ / one:.2f}×，"
              f"CPU {summ_cpu / one_cpu:.2f}×，内存 {summ_kb / one_kb:.1f}×；summary / 并行读入 = 时间 {summ / par:.2f}×，"
              f"CPU {summ_cpu / par_cpu:.2f}×，内存 {summ_kb / par_kb:.1f}×；每个单位 {summ / args.units * 1000:.1f} ms"
              f"（CPU {summ_cpu / args.units * 1000:.1f} ms）")
        outputs = [folder / "out" / name for name in ("审核汇总.xlsx", "全县汇总.yaml", "审核汇总.html")]
        sizes = "，".join(f"{p.name} {p.stat().st_size / 1024:.0f} KiB" for p in outputs if p.exists())
        print(f"输出：{sizes}")
        return 0 if all(p.exists() for p in outputs) else 1


if __name__ == "__main__":
    sys.exit(main())
