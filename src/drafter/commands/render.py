"""drafter render FACTS.yaml: facts file → report."""

from __future__ import annotations

import argparse
from pathlib import Path

from drafter.errors import UsageError

FORMATS = {"docx": ".docx", "html": ".html", "md": ".md", "txt": ".txt", "pdf": ".pdf"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("render", help="根据事实文件生成报告", description="根据事实文件（YAML）生成年度报告 Word 文档。")
    p.add_argument("facts", metavar="事实文件", help="事实文件路径，例如 二街镇2023.yaml")
    p.add_argument("-o", "--output", metavar="输出文件",
                   help="报告输出路径（默认：事实文件旁的“<机关名称><年度>年政府信息公开工作年度报告.docx”）；"
                        "写“-”则把文本格式的报告输出到屏幕")
    p.add_argument("--format", default="docx", metavar="格式",
                   help=f"输出格式，可用逗号分隔多个：{'、'.join(FORMATS)}（默认 docx；pdf 由 LibreOffice 转换 Word 报告）")
    from drafter.commands.explain import add_bank_options

    add_bank_options(p)
    add_fonts_option(p)
    p.add_argument("--explain", action="store_true", help="生成后逐个槽位列出文字来自哪个短语库、哪个写法（同 drafter explain）")
    p.add_argument("--deadline", metavar="期限",
                   help="报告公布期限：月-日（如 01-31，指报告年度的次年）或完整日期；默认次年1月31日（人民政府本级的报告次年3月31日）")
    p.add_argument("--force", action="store_true", help="覆盖已存在的报告文件；检查发现错误时也强制生成")
    p.set_defaults(run=run)


def add_fonts_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--fonts", default="标准", choices=("标准", "系统"), metavar="字体",
                   help="Word 报告的字体：标准（仿宋_GB2312、楷体_GB2312、方正小标宋简体，默认）"
                        "或 系统（仿宋、楷体、黑体、宋体，Windows 和 WPS 都自带）")


def warn_missing_fonts(fonts: str, formats: list[str] | tuple[str, ...]) -> None:
    """Say so when this computer lacks the fonts the Word report (or its PDF) names."""
    if "docx" in formats or "pdf" in formats:
        from drafter import console
        from drafter.writers.fontcheck import font_warning

        warning = font_warning(fonts)
        if warning:
            console.warn(warning)


def parse_formats(text: str) -> list[str]:
    formats = [f.strip().lower() for f in text.split(",") if f.strip()]
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise UsageError(f"不支持的输出格式“{'、'.join(unknown) or text}”。可用的格式：{'、'.join(FORMATS)}。")
    return formats


def run(args: argparse.Namespace) -> int:
    from drafter import console
    from drafter import pipeline as output
    from drafter.checks import gate
    from drafter.commands.check import parse_deadline_arg
    from drafter.commands.explain import load_last_arg, print_choices
    from drafter.facts.load import load_facts
    from drafter.pipeline import draft_report

    formats = parse_formats(args.format)
    facts_path = Path(args.facts)
    facts = load_facts(facts_path)
    output.require_year(facts, facts_path)
    if args.output == "-" and formats != ["txt"]:
        raise UsageError("只有 txt 格式可以输出到屏幕（-o -）。请加上 --format txt，或给出输出文件名。")
    deadline = parse_deadline_arg(args, facts.year)
    last = load_last_arg(args, facts)
    drafted = draft_report(facts, last=last, extra_banks=args.bank, base=facts_path.parent)
    drafted.draft.fonts = args.fonts
    inputs = tuple(Path(p) for p in (args.last,) if p)
    folder = bool(args.output) and args.output.endswith(("/", "\\"))  # -o 报告/ : a folder, maybe a new one
    if args.output == "-":
        gate.before_render(facts, facts_path, drafted.draft, last=last, force=args.force, deadline=deadline)
        console.out.file.write(output.render_bytes(facts, "txt", drafted=drafted).decode())
        output.warn_unfilled(drafted.draft, facts_path)
        return 0
    paths = output.writable_targets(facts, facts_path, formats, output=Path(args.output) if args.output else None,
                                    banks=args.bank, force=args.force, inputs=inputs, folder=folder)  # before the checks
    gate.before_render(facts, facts_path, drafted.draft, last=last, force=args.force, deadline=deadline)
    written = output.write_files(paths, drafted.draft, force=args.force)
    warn_missing_fonts(args.fonts, formats)
    if args.explain:
        print_choices(drafted.choices, f"{facts.report_title}：各槽位的写法")
    for path in written:
        console.done(f"已生成报告：{path}")
    output.warn_unfilled(drafted.draft, facts_path)
    return 0
