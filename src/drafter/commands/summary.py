"""drafter summary INPUTS… -o OUTDIR: every unit's report checked, summed and compared."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from drafter.errors import EXIT_OK, EXIT_PROBLEMS, UsageError

if TYPE_CHECKING:
    from drafter.summary.read import Unit

WORKBOOK, SUMS, DASHBOARD = "审核汇总.xlsx", "全县汇总.yaml", "审核汇总.html"
SHOWN_UNITS = 15  # units with errors listed on screen; the workbook has them all
HEADLINE = 48  # characters of a unit's first problem shown on screen


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "summary", help="汇总审核：逐个检查各单位的报告，求全县合计，与上年比较",
        description="读入各单位的事实文件或已发布的报告（.docx/.pdf/.html/.md/.txt，或包含它们的文件夹），逐个检查"
                    f"（同 drafter check，不含重复字词和雷同检查），在输出文件夹中写出：{WORKBOOK}（每个单位一行，"
                    f"每类问题一个工作表）、{SUMS}（全县各项数字之和，可直接用于 drafter render）、{DASHBOARD}"
                    "（图表和问题清单，可打印）。某个单位读不出不影响其他单位；有单位存在错误时退出码为 1。"
                    "输出文件夹中已有的这三个文件会被替换。",
        epilog="示例：drafter summary 各单位报告/ -o 审核 --last 上年报告/ --name 晋宁区 --year 2025")
    p.add_argument("inputs", nargs="+", metavar="输入",
                   help="事实文件（.yaml）、报告文件（.docx/.pdf/.html/.md/.txt）或包含它们的文件夹，可给多个")
    p.add_argument("-o", "--output", required=True, metavar="输出文件夹", help="写出审核汇总和全县汇总的文件夹")
    p.add_argument("--last", nargs="+", metavar="上年输入",
                   help="上年各单位的事实文件、报告或文件夹：核对上年结转、缺报和新增的单位、数字的大幅变化")
    p.add_argument("--name", default="全县", metavar="名称", help="汇总的名称，如 晋宁区（默认：全县）")
    p.add_argument("--year", type=int, metavar="年度", help="汇总的年度（默认：多数单位报告的年度）")
    p.add_argument("--jobs", type=int, default=0, metavar="进程数", help="同时运行的进程数（默认：全部 CPU 核心）")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from drafter.summary import crossyear
    from drafter.summary.read import gather

    if args.jobs < 0:
        raise UsageError("--jobs 应为正整数（同时运行的进程数）。")
    out_dir = Path(args.output)
    paths = gather([Path(p) for p in args.inputs], skip=out_dir)
    if not paths:
        raise UsageError(f"在“{'、'.join(args.inputs)}”中没有找到事实文件（.yaml）或报告（.docx/.pdf/.html/.md/.txt）。")
    last_paths = gather([Path(p) for p in args.last], skip=out_dir) if args.last else []
    from drafter.facts.atomic import check_folder_writable

    check_folder_writable(out_dir)  # said once, before reading hundreds of reports
    units, last_units = _read_all(paths, last_paths, args.jobs)
    year = args.year or _common_year(units)
    crossyear.within_year(units, year)
    if args.last:
        units += crossyear.against_last(units, last_units, year)
    return _write(units, last_units, args, out_dir, year)


def _common_year(units: list[Unit]) -> int:
    from collections import Counter

    years = Counter(u.facts.year for u in units if u.facts is not None and not u.failure)
    if not years:
        raise UsageError("没有一个单位的报告能读出年度，无法确定汇总年度。请用 --year 指定，例如 --year 2025。")
    return years.most_common(1)[0][0]


def _read_all(paths: list[Path], last_paths: list[Path], jobs: int) -> tuple[list[Unit], list[Unit]]:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from drafter import console
    from drafter.commands.batch import cpu_count
    from drafter.summary.read import read_units

    workers = jobs or cpu_count()
    columns = (TextColumn("读入和检查"), BarColumn(), MofNCompleteColumn(), TextColumn("剩余"), TimeRemainingColumn())
    # No refresh thread: the pool forks its workers while the bar is shown (see drafter batch).
    with Progress(*columns, console=console.err, transient=False, auto_refresh=False) as progress:
        task = progress.add_task("summary", total=len(paths) + len(last_paths))

        def advance(_unit: Unit) -> None:
            progress.advance(task)
            progress.refresh()

        units = read_units(paths, workers, advance)
        last_units = read_units(last_paths, workers, advance, check=False) if last_paths else []
    return units, last_units


def _write(units: list[Unit], last_units: list[Unit], args: argparse.Namespace, out_dir: Path, year: int) -> int:
    from drafter.facts.atomic import atomic_write_many
    from drafter.summary.dashboard import dashboard_html
    from drafter.summary.sums import county_sum, dump_sum
    from drafter.summary.workbook import workbook_bytes

    result = county_sum(units, args.name, year)
    last: dict[str, Unit] = {}
    for unit in last_units:
        if unit.facts is not None and not unit.failure and unit.facts.year == year - 1:
            last.setdefault(unit.key, unit)
    atomic_write_many({
        out_dir / WORKBOOK: workbook_bytes(units, result),
        out_dir / SUMS: dump_sum(result).encode("utf-8"),
        out_dir / DASHBOARD: dashboard_html(units, result, last, bool(args.last)).encode("utf-8"),
    })
    _say(units, result, out_dir)
    return EXIT_PROBLEMS if any(u.errors for u in units) else EXIT_OK


def _say(units: list[Unit], result: object, out_dir: Path) -> None:
    from drafter import console
    from drafter.summary.sums import CountySum
    from drafter.summary.workbook import ordered

    assert isinstance(result, CountySum)
    bad = [u for u in ordered(units) if u.errors]
    rows = [[u.name, str(u.errors), str(u.warnings), _headline(u)] for u in bad[:SHOWN_UNITS]]
    if rows:
        console.table("有错误的单位", ["单位", "错误", "提示", "主要问题"], rows, ratios=[2, 0, 0, 5])
    if len(bad) > SHOWN_UNITS:
        console.warn(f"另有 {len(bad) - SHOWN_UNITS} 个单位有错误，未在屏幕上列出，全部见 {WORKBOOK}。")
    warned = sum(1 for u in units if u.warnings and not u.errors)
    console.info(f"共 {len(units)} 个单位：{len(bad)} 个有错误，{warned} 个只有提示；计入合计 {len(result.summed)} 个。")
    if not result.complete:
        console.warn(f"全县合计不完整：{len(result.left_out)} 个单位未计入，{len(result.partial)} 格合计未知"
                     f"（见 {SUMS} 开头的说明）。")
    for name in (WORKBOOK, SUMS, DASHBOARD):
        console.done(f"已写出：{out_dir / name}")


def _headline(unit: Unit) -> str:
    """The unit's first problem, short (the workbook has them all in full)."""
    from drafter.checks.problem import ERROR

    first = next((p for p in unit.problems if p.severity == ERROR), None)
    text = (unit.failure or unit.excluded).split("\n")[0] or (f"{first.code} {first.message}" if first else "")
    return text if len(text) <= HEADLINE else text[:HEADLINE] + "……"
