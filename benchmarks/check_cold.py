"""``drafter check`` wall time in a fresh process, with jieba's dictionary cache cold and then warm.

    python benchmarks/check_cold.py [-n 7]

Cold: a new, empty cache folder (``DRAFTER_CACHE_DIR``), so jieba builds its prefix dictionary from
dict.txt and writes its 9 MB cache; warm: the same folder again. For comparison, ``render --format txt``
(which runs the same checks but never loads jieba) and, in process, jieba's share of each.
Prints medians and minimums of wall time, and CPU time (less sensitive to a busy machine); asserts
nothing about time. "jieba load" is in process, so it has no CPU column.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from drafter.facts.examples import example_text

INIT = ("import time, logging; t = time.perf_counter(); from drafter.checks import narrative; narrative.tokenizer(); "
        "print(time.perf_counter() - t)")


def wall(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(argv, env=env, check=False, capture_output=True)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return elapsed, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=7, help="runs of each measurement")
    n = parser.parse_args().n
    work = Path(tempfile.mkdtemp(prefix="drafter-check-bench-"))
    facts = work / "erjie-2023.yaml"
    facts.write_text(example_text(), encoding="utf-8")
    drafter = [sys.executable, "-m", "drafter"]
    times: dict[str, list[tuple[float, float]]] = {k: [] for k in (
        "check, cache cold", "check, cache warm", "render txt", "jieba load, cache cold", "jieba load, cache warm")}
    for i in range(n):
        cache = work / f"cache{i}"
        cache.mkdir()
        env = {**os.environ, "DRAFTER_CACHE_DIR": str(cache)}
        times["check, cache cold"].append(wall([*drafter, "check", str(facts), "--format", "json"], env))
        times["check, cache warm"].append(wall([*drafter, "check", str(facts), "--format", "json"], env))
        times["render txt"].append(wall([*drafter, "render", str(facts), "--format", "txt", "-o",
                                         str(work / "r.txt"), "--force"], env))
        shutil.rmtree(cache)
        cache.mkdir()
        for key in ("jieba load, cache cold", "jieba load, cache warm"):
            out = subprocess.run([sys.executable, "-c", INIT], env=env, capture_output=True, text=True, check=True)
            times[key].append((float(out.stdout.strip()), float("nan")))
    print(f"{n} runs each, {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} (wall; CPU = user+system)")
    for key, pairs in times.items():
        walls, cpus = [w for w, _ in pairs], [c for _, c in pairs]
        cpu = "" if cpus[0] != cpus[0] else f"   CPU median {statistics.median(cpus):6.3f} s"
        print(f"{key:24s} wall median {statistics.median(walls):6.3f} s  min {min(walls):6.3f} s{cpu}")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
