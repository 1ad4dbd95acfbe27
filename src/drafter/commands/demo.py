"""drafter demo: write the bundled example (二街镇 2023) and its report, no questions asked."""

from __future__ import annotations

import argparse
from pathlib import Path

EDITED = "修改后的报告.docx"  # what the suggested render writes beside the demo's own report


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="生成内置示例（二街镇2023年）的事实文件和报告",
                       description="把内置示例（昆明市晋宁区二街镇2023年）的事实文件和报告写入指定文件夹，不需要联网。")
    p.add_argument("-o", "--output", default="drafter-demo", metavar="文件夹", help="输出文件夹（默认：./drafter-demo/）")
    p.add_argument("--force", action="store_true", help="覆盖文件夹中已存在的示例文件")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from drafter import console
    from drafter import pipeline as output
    from drafter.checks import gate
    from drafter.facts.atomic import atomic_write_text
    from drafter.facts.examples import EXAMPLE, example_text
    from drafter.facts.files import check_writable
    from drafter.facts.load import parse_facts, parse_yaml
    from drafter.pipeline import draft_report

    folder = Path(args.output)
    facts_path = folder / EXAMPLE
    text = example_text()
    facts = parse_facts(parse_yaml(text, EXAMPLE), EXAMPLE)
    report = output.targets(facts, facts_path, ["docx"], None)["docx"]
    for path in (facts_path, report):
        check_writable(path, force=args.force)
    drafted = draft_report(facts, base=facts_path.parent)
    # The example keeps the published report's real mistake (558 ≠ 118+356+4): show what the checks
    # find, as drafter render would, and write the report anyway (a demo always succeeds).
    gate.before_render(facts, facts_path, drafted.draft, stop=False)
    atomic_write_text(facts_path, text)
    output.render_files(facts, facts_path, ["docx"], force=True, drafted=drafted)
    console.done(f"事实文件：{facts_path}")
    console.done(f"报告：{report}")
    # The report just written stands where render would write: the plain command names a new file. Not
    # --force: it would overwrite, but would also write a report the checks stop (an error made while editing).
    console.info(f"可以修改事实文件后运行：drafter render {facts_path} -o {folder / EDITED}"
                 "（示例报告保留不动；检查发现错误时不会生成）")
    return 0
