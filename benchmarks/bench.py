"""drafter's performance in one run: render against a floor, a batch of townships, cold start, memory, and
reading 表四 cells run together.

    python benchmarks/bench.py            # full: 200 renders, 1,000 townships, 5 cold starts
    python benchmarks/bench.py --quick    # CI: a few of each; checks results, asserts nothing about time

The floor is a minimal hand-written WordprocessingML zip of the same paragraphs and table cells (no
styles, no fonts, no page setup): what writing the report's words into a .docx costs at the least.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from drafter.batch.columns import COLUMNS, facts_to_row
from drafter.draft import Draft, Heading, Paragraph, Signature, Table, Title
from drafter.facts.examples import example_text
from drafter.facts.load import parse_facts, parse_yaml
from drafter.facts.model import Facts
from drafter.pipeline import draft_report
from drafter.tables import T3_ROWS

FORBIDDEN = ("jieba", "questionary", "openpyxl")
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="word/document.xml"/></Relationships>'
)


# ---- the floor ---------------------------------------------------------------------------------------

def _p(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def _floor_table(table: Table) -> str:
    owner = {}
    for cell in table.cells:
        for r in range(cell.row, cell.row + cell.rowspan):
            for c in range(cell.col, cell.col + cell.colspan):
                owner[(r, c)] = cell
    rows = []
    for r in range(table.n_rows):
        tcs, c = [], 0
        while c < table.n_cols:
            cell = owner[(r, c)]
            span = f'<w:gridSpan w:val="{cell.colspan}"/>' if cell.colspan > 1 else ""
            merge = "" if cell.rowspan == 1 else ('<w:vMerge w:val="restart"/>' if cell.row == r else "<w:vMerge/>")
            tcs.append(f"<w:tc><w:tcPr>{span}{merge}</w:tcPr>{_p(cell.text if cell.row == r else '')}</w:tc>")
            c += cell.colspan
        rows.append("<w:tr>" + "".join(tcs) + "</w:tr>")
    grid = "".join("<w:gridCol/>" for _ in range(table.n_cols))
    return f"<w:tbl><w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl><w:p/>"


def floor_docx(draft: Draft) -> bytes:
    """The same paragraphs and table cells as a bare .docx: three parts, no formatting at all."""
    body = []
    for block in draft.blocks:
        if isinstance(block, Title | Heading):
            body.append(_p(block.text))
        elif isinstance(block, Paragraph):
            body.append(_p(block.lead + block.text))
        elif isinstance(block, Table):
            body.append(_floor_table(block))
        elif isinstance(block, Signature):
            body += [_p(block.agency), _p(block.date)]
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W_NS}"><w:body>'
    document += "".join(body) + "</w:body></w:document>"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("_rels/.rels", RELS)
        zf.writestr("word/document.xml", document)
    return buffer.getvalue()


def median_ms(fn, repeat: int, clock=time.perf_counter) -> float:
    fn()  # warm
    times = []
    for _ in range(repeat):
        start = clock()
        fn()
        times.append(clock() - start)
    return statistics.median(times) * 1000


# ---- generated townships ---------------------------------------------------------------------------

def example() -> Facts:
    return parse_facts(parse_yaml(example_text(), "example"), "example")


def township(i: int, rng: random.Random) -> list[object]:
    """One consistent row: 表三 balances per column, the proactive total is the sum of its channels."""
    facts = example()
    facts.agency.name = f"示范县第{i + 1:04d}镇人民政府"
    facts.agency.short_name = f"第{i + 1:04d}镇"
    for channel in facts.overview.proactive.channels:
        channel.count = rng.randint(0, 400)
    facts.overview.proactive.total = sum(c.count for c in facts.overview.proactive.channels)
    rows: dict[str, tuple[int, ...]] = {}
    if rng.random() < 0.5:
        skip = ("new_received", "carried_over", "carried_forward", "total", "other_handling.overdue_fee")  # D6: fees
        leaves = [r.key for r in T3_ROWS if r.key not in skip]
        for key in rng.sample(leaves, 4):
            rows[key] = tuple(rng.randint(0, 5) for _ in range(6))
        outcome = [sum(rows[k][c] for k in rows) for c in range(6)]
        rows["carried_over"] = tuple(min(o, rng.randint(0, 2)) for o in outcome)
        rows["new_received"] = tuple(o - co for o, co in zip(outcome, rows["carried_over"], strict=True))
    facts.applications.rows = rows
    facts.proactive_table.licensing = rng.randint(0, 300)
    facts.proactive_table.penalties = rng.randint(0, 50)
    return facts_to_row(facts)


def write_table(path: Path, n: int) -> None:
    rng = random.Random(20240117)
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow([c.header for c in COLUMNS])
        writer.writerows([["" if v is None else v for v in township(i, rng)] for i in range(n)])


# ---- processes --------------------------------------------------------------------------------------

def _tree_rss_kb(pid: int) -> int:
    """Resident memory of a process and all its descendants (Linux /proc), in KiB."""
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        try:
            status = Path(f"/proc/{p}/status").read_text()
            total += int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:")))
            for task in Path(f"/proc/{p}/task").iterdir():
                stack += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, StopIteration, ValueError):
            continue
    return total


def run_measured(cmd: list[str], cwd: Path) -> tuple[float, int, subprocess.CompletedProcess]:
    """Wall time, peak summed RSS of the process tree (sampled every 20 ms, KiB), and the result."""
    peak = 0
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.wait(0.02):
            peak = max(peak, _tree_rss_kb(proc.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - start
    done.set()
    sampler.join()
    return wall, peak, subprocess.CompletedProcess(cmd, proc.returncode, out, err)


IMPORT_PROBE = (
    "import sys, json\nfrom drafter.cli import main\ncode = main(sys.argv[1:])\n"
    "mods = sorted(m for m in sys.modules if m.split('.')[0] in {forbidden!r})\n"
    "print(json.dumps({{'code': code, 'forbidden': mods, 'modules': len(sys.modules)}}), file=sys.stderr)\n"
)


def measure_render(repeat: int) -> None:
    """The docx writer against the floor (wall and CPU time), and the whole facts → docx path."""
    from drafter.writers import docx as docx_writer

    facts = example()
    draft = draft_report(facts).draft
    for clock, name in ((time.perf_counter, "墙钟时间"), (time.process_time, "CPU 时间，不受其他进程干扰")):
        writer_ms = median_ms(lambda: docx_writer.render(draft), repeat, clock)
        floor_ms = median_ms(lambda: floor_docx(draft), repeat, clock)
        print(f"渲染（docx 写出，{repeat} 次中位数，{name}）: {writer_ms:.2f} ms；下限（最简 WordprocessingML 压缩包）: "
              f"{floor_ms:.2f} ms；比值 {writer_ms / floor_ms:.2f}×（目标 ≤ 3×）")
    full_ms = median_ms(lambda: docx_writer.render(draft_report(facts).draft), repeat)
    print(f"完整生成（事实 → 起草 → docx，热启动）: {full_ms:.2f} ms/份")


def measure_batch(folder: Path, n: int, jobs: int) -> bool:
    """A batch of ``n`` generated townships, then the same batch again (everything up to date)."""
    table = folder / "townships.csv"
    write_table(table, n)
    cmd = [sys.executable, "-m", "drafter", "batch", str(table), "-o", str(folder / "out"), "--jobs", str(jobs)]
    wall, peak_kb, result = run_measured(cmd, folder)
    written = len(list((folder / "out").glob("*.docx")))
    print(f"批量 {n} 个乡镇（--jobs {jobs}，{os.cpu_count()} 核）: {wall:.2f} s，{n / wall:.1f} 份/秒，"
          f"峰值内存（进程树合计）{peak_kb / 1024:.0f} MiB；生成 {written} 份（目标：1000 份 < 30 s）")
    ok = result.returncode == 0 and written == n
    if not ok:
        print(f"批量失败：退出码 {result.returncode}\n{result.stdout.decode()[-2000:]}{result.stderr.decode()[-2000:]}")
    again, _, rerun = run_measured(cmd, folder)
    print(f"再次运行（全部已是最新，跳过）: {again:.2f} s，退出码 {rerun.returncode}")
    return ok and rerun.returncode == 0


def measure_cold(folder: Path, runs: int) -> bool:
    """Cold ``drafter render`` wall time, and which of the forbidden libraries the render path loads."""
    facts_path = folder / "demo.yaml"
    facts_path.write_text(example_text(), encoding="utf-8")
    colds, ok = [], True
    for _ in range(runs):
        cold, _, res = run_measured([sys.executable, "-m", "drafter", "render", str(facts_path), "-o",
                                     str(folder / "cold.docx"), "--force"], folder)
        colds.append(cold)
        ok = ok and res.returncode == 0
    probe = IMPORT_PROBE.format(forbidden=FORBIDDEN)
    res = subprocess.run([sys.executable, "-c", probe, "render", str(facts_path), "-o", str(folder / "p.docx"),
                          "--force"], capture_output=True, text=True, cwd=folder)
    info = json.loads(res.stderr.strip().splitlines()[-1])
    print(f"冷启动 drafter render（{runs} 次中位数）: {statistics.median(colds):.3f} s（目标 < 0.6 s）；"
          f"载入模块 {info['modules']} 个，其中 jieba/questionary/openpyxl: {info['forbidden'] or '无'}")
    return ok and info["code"] == 0 and not info["forbidden"]


def measure_prompts(folder: Path) -> bool:
    """The clerk's time: prompts asked by ``drafter interview`` for the seed scenario, from scratch and
    from last year's facts (the scripted answers and targets of tests/interview_script.py)."""
    import contextlib

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tests.interview_script import FROM_TARGET, SEED_TARGET, ScriptedAsk, from_script, seed_script

    from drafter.interview.session import Options, run_session

    last = folder / "prompts-last.yaml"
    last.write_text(example_text(), encoding="utf-8")
    counts = []
    for name, script, source in (("seed", seed_script(), None), ("from", from_script(), last)):
        ask = ScriptedAsk(script)
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            run_session(Options(folder / f"prompts-{name}.yaml", from_path=source, render=False), ask)
        counts.append(ask.count)
    print(f"问答提问次数：示例（二街镇2023）从头回答 {counts[0]} 次（目标 ≤ {SEED_TARGET}）；"
          f"以上年为基础只改几个数 {counts[1]} 次（目标 ≤ {FROM_TARGET}）")
    return counts[0] <= SEED_TARGET and counts[1] <= FROM_TARGET


# ---- run-together digits -------------------------------------------------------------------------

TABLE4_RUNS = (("151 的表四（17 位，一组总计不符）", "00202000001324015"),
               ("构造的 35 位（怎样拆分都加不出总计）", "29141777631706690743915000806360837"))


def measure_digit_splits(repeat: int) -> bool:
    """表四's cells run together: ``one_group_off`` (all groups but one add up) against ``splits`` (all add up)
    on the same digits, as a ratio; checks 151's reading."""
    from drafter.importers.digit_splits import one_group_off, splits

    for name, digits in TABLE4_RUNS:
        off_ms = median_ms(lambda d=digits: one_group_off(d, 3, 5), repeat)
        all_ms = median_ms(lambda d=digits: splits(d, 3, 5, limit=2), repeat)
        print(f"表四连写数字 {name}：一组不符的读法 {off_ms:.2f} ms，全部相符的拆分 {all_ms:.2f} ms；"
              f"比值 {off_ms / all_ms:.0f}×")
    return one_group_off(TABLE4_RUNS[0][1], 3, 5) == ((0, 0, 2, 0, 2), (0, 0, 0, 0, 0), "1324015")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="few repetitions and 20 townships (CI)")
    ap.add_argument("--townships", type=int, help="batch size (default 1000, quick 20)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args()
    repeat, cold_runs = (5, 1) if args.quick else (200, 5)
    measure_render(repeat)
    with tempfile.TemporaryDirectory() as tmp:
        ok = measure_batch(Path(tmp), args.townships or (20 if args.quick else 1000), args.jobs)
        ok = measure_cold(Path(tmp), cold_runs) and ok
        ok = measure_prompts(Path(tmp)) and ok
    ok = measure_digit_splits(min(repeat, 20)) and ok
    print("结果：通过" if ok else "结果：失败")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
