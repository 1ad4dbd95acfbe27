"""drafter banks lint [BANK...]: check phrase banks before a district office shares them."""

from __future__ import annotations

import argparse

from drafter.commands.parser import ChineseParser


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("banks", help="短语库工具（检查短语库）",
                       description="短语库工具。drafter banks lint：检查短语库的语法、条件、变量和槽位。")
    inner = p.add_subparsers(title="操作", dest="banks_command", metavar="操作", parser_class=ChineseParser)
    lint = inner.add_parser("lint", help="检查短语库", description=(
        "检查短语库：YAML 和模板语法、每个槽位以不带条件的写法结尾、永远用不到的写法、报告中不存在的槽位、"
        "缺少的槽位、文字和条件中使用的变量是否存在。发现问题时退出码为 1。"))
    lint.add_argument("banks", nargs="*", metavar="短语库",
                      help="短语库名称或 .yaml 路径，可写多个（默认：检查内置的全部短语库）")
    lint.set_defaults(run=run_lint)
    p.set_defaults(run=lambda args: _usage(p))


def _usage(p: argparse.ArgumentParser) -> int:
    p.print_help()
    return 2


def run_lint(args: argparse.Namespace) -> int:
    from drafter import console
    from drafter.wording.banklint import lint
    from drafter.wording.phrasebank import builtin_names

    refs = list(args.banks) or builtin_names()
    problems = lint(refs)
    if not problems:
        console.done(f"短语库检查通过：{'、'.join(refs)}")
        return 0
    console.error(f"短语库检查发现 {len(problems)} 个问题，请逐一修改后再运行 drafter banks lint：")
    for i, problem in enumerate(problems, 1):
        console.item(f"{i}. {problem.sentence()}")
    return 1
