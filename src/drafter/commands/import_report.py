"""drafter import REPORT: a published report (.docx/.pdf/.html/.md/.txt) → facts file."""

from __future__ import annotations

import argparse
from pathlib import Path

from drafter.errors import EXIT_OK, EXIT_PROBLEMS


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "import", help="从已发布的报告（.docx/.pdf/.html/.md/.txt）读出事实文件",
        description="读取已发布的年度报告（Word .docx、PDF、网页 .html，或从网页复制的 .txt/.md 文字），"
                    "按标签找出表二、表三、表四的每一格和年度、机关、落款日期、主动公开数量及各部分文字，"
                    "写成事实文件。读不出的内容逐项列出，不会当作 0；有整张表读不出时退出码为 1。")
    p.add_argument("report", metavar="报告文件", help="报告文件路径，例如 二街镇2023年报告.docx")
    p.add_argument("-o", "--output", metavar="事实文件",
                   help="事实文件输出路径（默认：报告旁的同名 .yaml）；写 - 则输出到屏幕（提示写到标准错误）")
    p.add_argument("--force", action="store_true", help="覆盖已存在的事实文件")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """The facts file beside the report (or at ``-o``; ``-o -``: on standard output, all else on stderr)."""
    from drafter import console
    from drafter.checks.reviewed import with_kept_reviews
    from drafter.facts.atomic import atomic_write_text
    from drafter.facts.dump import dump_facts
    from drafter.facts.files import check_writable
    from drafter.importers.report import import_report

    report = Path(args.report)
    to_screen = args.output == "-"
    target = Path(args.output) if args.output else report.with_suffix(".yaml")
    if not to_screen:
        if target.resolve() == report.resolve():
            from drafter.errors import UsageError

            raise UsageError(f"输出文件不能是报告文件本身（“{report}”）。请用 -o 指定另一个 .yaml 文件。")
        check_writable(target, force=args.force)
    result = import_report(report)
    bank_note = region_bank(result.facts)
    if to_screen:
        result.say()
        console.out.file.write(dump_facts(result.facts))
        console.err.print(result.summary(), bank_note, sep="\n", markup=False)
    else:
        atomic_write_text(target, with_kept_reviews(target, dump_facts(result.facts)))
        result.say()
        console.done(f"已从“{report}”读出事实文件：{target}")
        console.info(result.summary())
        console.info(bank_note)
    if result.unread_tables:
        console.error(f"{'、'.join(result.unread_tables)}整张未能读出，请核对原报告后在事实文件中补填。")
        return EXIT_PROBLEMS
    return EXIT_OK


def region_bank(facts) -> str:  # facts: Facts
    """The bank of the region the report names (``banks:``), said; national otherwise, said too."""
    from drafter.wording.regions import bank_for_place

    a = facts.agency
    found = bank_for_place(f"{a.name} {a.title_name} {a.report_name}")
    if found is None:
        return "报告中没有短语库对应的地名，事实文件使用全国通用短语库（national）；本地区有短语库时请在 banks: 中写明。"
    facts.banks = [found[0]]
    return f"报告署名含“{found[1]}”：事实文件使用短语库 {found[0]}（{found[2]}）。"

