"""drafter batch TABLE.xlsx|TABLE.csv: one report per row; drafter batch --template OUT.xlsx: the empty table."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING

from drafter.errors import EXIT_PROBLEMS, UsageError

if TYPE_CHECKING:
    from drafter.batch.run import Job, Result, Settings

PROBLEMS_FILE = "problems.csv"
SHOWN_FAILURES = 20  # failed rows listed on screen; problems.csv has them all
PDF_JOBS = 2  # LibreOffice conversions at once (each takes ~200 MB and a core for a second or two)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "batch", help="按表格批量生成多个机关的报告",
        description="按表格（.xlsx 或 .csv，每行一个机关）批量生成年度报告。有问题的行不影响其他行，"
                    "结束时列出失败的行并写入输出文件夹中的 problems.csv。已是最新的报告会跳过。",
        epilog="示例：drafter batch --template 模板.xlsx（生成模板）；drafter batch 全区.xlsx -o 报告 --format docx,html")
    p.add_argument("table", nargs="?", metavar="表格", help="填好的表格：.xlsx，或 UTF-8 / GBK 编码的 .csv")
    p.add_argument("--template", metavar="模板文件", help="生成空白模板（.xlsx，含填写说明和一行示例）后退出")
    p.add_argument("-o", "--output", default="reports", metavar="文件夹", help="报告输出文件夹（默认：./reports/）")
    p.add_argument("--bank", action="append", default=[], metavar="短语库",
                   help="为每一行追加一个短语库（名称或 .yaml 路径），可重复使用")
    p.add_argument("--jobs", type=int, default=0, metavar="进程数", help="同时运行的进程数（默认：全部 CPU 核心）")
    p.add_argument("--format", default="docx", metavar="格式",
                   help="输出格式，可用逗号分隔多个：docx、html、md、txt、pdf（默认 docx；pdf 需要 LibreOffice）")
    p.add_argument("--pdf-jobs", type=int, default=PDF_JOBS, metavar="进程数",
                   help=f"生成 PDF 时最多同时运行的进程数（每个进程启动一次 LibreOffice，默认 {PDF_JOBS}）")
    from drafter.commands.render import add_fonts_option

    add_fonts_option(p)
    p.add_argument("--force", action="store_true", help="重新生成全部报告，并覆盖不是由本命令生成的同名文件")
    p.set_defaults(run=run)


def cpu_count() -> int:
    affinity = getattr(os, "sched_getaffinity", None)
    return len(affinity(0)) if affinity else (os.cpu_count() or 1)


def run(args: argparse.Namespace) -> int:

    if args.template:
        return _template(Path(args.template), args.force)
    if not args.table:
        raise UsageError("请给出表格文件，例如 drafter batch 全区.xlsx；或用 --template 模板.xlsx 生成模板。")
    if args.jobs < 0 or args.pdf_jobs < 1:
        raise UsageError("--jobs 和 --pdf-jobs 应为正整数（同时运行的进程数）。")
    from drafter.commands.render import parse_formats

    formats = tuple(parse_formats(args.format))
    if "pdf" in formats:
        from drafter.writers.pdf import require_libreoffice

        require_libreoffice()  # said once, not once per row
    table = Path(args.table)
    jobs, workers = _jobs(table, args.jobs)
    if "pdf" in formats:
        workers = min(workers, args.pdf_jobs)
    from drafter.batch import run as batchrun

    out_dir = Path(args.output)
    settings = batchrun.Settings(out_dir, formats, tuple(args.bank), table.parent, args.force, args.fonts)
    if args.bank:  # a wrong --bank would fail every row the same way: say it once, before starting
        from drafter.wording.phrasebank import load_chain

        load_chain(list(args.bank), table.parent)
    from drafter.facts.atomic import check_folder_writable

    check_folder_writable(out_dir)  # an unwritable folder is said once, not once per row
    batchrun.remove_stale_temporaries(out_dir)
    batchrun.plan(jobs, settings)
    from drafter.commands.render import warn_missing_fonts

    warn_missing_fonts(args.fonts, formats)
    return _finish(_run_with_progress(jobs, settings, workers), out_dir)


def _finish(results: list[Result], out_dir: Path) -> int:
    """Summary on screen; problems.csv listing the failed rows (or removed when none failed)."""
    from drafter import console
    from drafter.batch import run as batchrun

    failed = [r for r in results if r.status == "failed"]
    _summary(results, failed)
    problems = out_dir / PROBLEMS_FILE
    if failed:
        from drafter.facts.atomic import atomic_write_bytes

        atomic_write_bytes(problems, batchrun.problems_csv(failed).encode("utf-8-sig"))
        console.warn(f"失败的行及原因已写入：{problems}")
        return EXIT_PROBLEMS
    if problems.exists():
        problems.unlink()  # the problems of an earlier run are fixed
    return 0


def _template(path: Path, force: bool) -> int:
    from drafter import console
    from drafter.batch.template import write_template
    from drafter.facts.examples import example_text
    from drafter.facts.load import parse_facts, parse_yaml

    example = parse_facts(parse_yaml(example_text(), "示例"), "示例")
    write_template(path, example, force=force)
    console.done(f"已生成模板：{path}（第 2 行是示例，可删去）")
    console.info(f"填好后运行：drafter batch {path} -o 报告文件夹")
    return 0


def _jobs(table: Path, jobs_arg: int) -> tuple[list[Job], int]:
    """The table's rows as jobs, and how many processes to use for them."""
    from drafter.batch.run import make_jobs
    from drafter.batch.table import read_rows

    rows = read_rows(table)
    if not rows:
        raise UsageError(f"表格“{table}”中没有数据行。第 1 行是列名，从第 2 行起每行填写一个机关。")
    workers = min(jobs_arg or cpu_count(), len(rows))
    return make_jobs(rows, table.name, workers), workers


def _run_with_progress(jobs: list[Job], settings: Settings, workers: int) -> list[Result]:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from drafter import console
    from drafter.batch import run as batchrun

    columns = (TextColumn("生成报告"), BarColumn(), MofNCompleteColumn(), TextColumn("剩余"), TimeRemainingColumn())
    # No refresh thread (auto_refresh=False): the pool forks its workers while the bar is shown, and a
    # fork must not copy a thread that may hold the console's lock. The bar is redrawn after each report.
    with Progress(*columns, console=console.err, transient=False, auto_refresh=False) as progress:
        task = progress.add_task("batch", total=len(jobs))

        def advance(_result: Result) -> None:
            progress.advance(task)
            progress.refresh()

        return batchrun.run_jobs(jobs, settings, workers, advance)


STATUS = {"written": "已生成", "skipped": "已是最新，跳过", "failed": "失败"}


def _summary(results: list[Result], failed: list[Result]) -> None:
    from rich.table import Table

    from drafter import console

    counts = Table(title="批量生成结果", show_header=True)
    counts.add_column("结果")
    counts.add_column("行数", justify="right")
    for status, label in STATUS.items():
        counts.add_row(label, str(sum(1 for r in results if r.status == status)))
    console.show(counts)
    warned = sum(1 for r in results if r.warnings and r.status != "failed")
    if warned:
        console.warn(f"{warned} 份报告有检查提示（不影响生成），请对相应事实运行 drafter check 逐条核实。")
    if failed:
        table = Table(title="失败的行", show_header=True, show_lines=True)
        for name in ("行号", "机关", "问题"):
            table.add_column(name, overflow="fold")
        for result in failed[:SHOWN_FAILURES]:
            table.add_row(str(result.row), result.agency or "（未填机关全称）", "\n".join(result.problems))
        console.show(table)
        if len(failed) > SHOWN_FAILURES:
            console.warn(f"另有 {len(failed) - SHOWN_FAILURES} 行失败，未在屏幕上列出，全部见 {PROBLEMS_FILE}。")
