"""drafter import REPORT: a published report (.docx/.html/.txt) → facts file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from drafter.errors import EXIT_OK, EXIT_PROBLEMS

if TYPE_CHECKING:
    from drafter.facts import Facts


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "import", help="从已发布的报告（.docx/.html/.txt）读出事实文件",
        description="读取已发布的年度报告（Word .docx、网页 .html，或从网页复制的 .txt 文字），"
                    "按标签找出表二、表三、表四的每一格和年度、机关、落款日期、主动公开数量及各部分文字，"
                    "写成事实文件。读不出的内容逐项列出，不会当作 0；有整张表读不出时退出码为 1。")
    p.add_argument("report", metavar="报告文件", help="报告文件路径，例如 二街镇2023年报告.docx")
    p.add_argument("-o", "--output", metavar="事实文件", help="事实文件输出路径（默认：报告旁的同名 .yaml）")
    p.add_argument("--force", action="store_true", help="覆盖已存在的事实文件")
    p.set_defaults(run=run)


def report_lines(result: object) -> list[tuple[str, str]]:
    """(kind, message) lines about an import: "warn" for unread items and the old format, "info" for notes."""
    from drafter.importers.report import ImportResult

    assert isinstance(result, ImportResult)
    lines: list[tuple[str, str]] = []
    if result.old_format:
        lines.append(("warn", "该报告使用 2019 年旧格式（国办公开办函〔2019〕60号）的表格，已尽量对应到现行格式；"
                              "2022 年及以后的报告应使用国办公开办函〔2021〕30号格式。"))
    lines += [("info", note) for note in result.notes]
    if result.problems:
        lines.append(("warn", f"有 {len(result.problems)} 处未能读出，已在事实文件中留空（null），请对照原报告填写："))
        lines += [("warn", f"  {i}. {p}") for i, p in enumerate(result.problems, 1)]
    return lines


def run(args: argparse.Namespace) -> int:
    from drafter import console
    from drafter.factsdump import dump_facts
    from drafter.fileio import atomic_write_text, check_writable
    from drafter.importers.report import import_report

    report = Path(args.report)
    target = Path(args.output) if args.output else report.with_suffix(".yaml")
    if target.resolve() == report.resolve():
        from drafter.errors import UsageError

        raise UsageError(f"输出文件不能是报告文件本身（“{report}”）。请用 -o 指定另一个 .yaml 文件。")
    check_writable(target, force=args.force)
    result = import_report(report)
    atomic_write_text(target, dump_facts(result.facts))
    for kind, message in report_lines(result):
        (console.warn if kind == "warn" else console.info)(message)
    console.done(f"已从“{report}”读出事实文件：{target}")
    if result.unread_tables:
        console.error(f"{'、'.join(result.unread_tables)}整张未能读出，请核对原报告后在事实文件中补填。")
        return EXIT_PROBLEMS
    return EXIT_OK


def facts_for_check(path: Path) -> Facts:
    """``drafter check REPORT``: import in memory (nothing written), say what could not be read."""
    from drafter import console
    from drafter.importers.report import usable_import

    result = usable_import(path)
    for kind, message in report_lines(result):
        (console.warn if kind == "warn" else console.info)(message)
    return result.facts
