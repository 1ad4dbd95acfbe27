"""drafter interview: answer about 20 questions in the terminal → facts file and report."""

from __future__ import annotations

import argparse
from pathlib import Path

from drafter.errors import UsageError
from drafter.interview import DEFAULT_FACTS


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "interview", help="逐题问答，生成事实文件和报告（推荐）",
        description="在终端中用中文逐题回答（约 20 题），全为 0 的表格整表跳过；每答一题自动保存，"
                    "中断后可用 --resume 继续。最后核对要点，生成事实文件和 Word 报告。",
        epilog="示例：drafter interview -o 二街镇2024.yaml --from 二街镇2023.yaml")
    p.add_argument("-o", "--output", metavar="事实文件",
                   help=f"要写入的事实文件（默认：./{DEFAULT_FACTS}；加 --fill 时为补填的事实文件本身）；"
                        "进度保存在同名的 .partial 文件中")
    p.add_argument("--from", dest="from_path", metavar="上年事实文件",
                   help="以上年的事实文件（或上年发布的报告 .docx/.pdf/.html/.md/.txt）为基础：年度加一，上年结转自动填入，只重填有变化的部分")
    p.add_argument("--fill", dest="fill_path", metavar="导入的事实文件",
                   help="补填 drafter import 从报告读出的事实文件（或直接给报告）：只询问原报告中未读出的数字"
                        "（表二至表四的格、信息处理费、年度、落款日期、机关名称）和原报告没有写的一（三）至（五）、五"
                        "（勾选标准做法），填好后写回该文件并生成报告")
    p.add_argument("--resume", action="store_true", help="继续上次中断的问答（已回答的内容全部保留）")
    p.add_argument("--no-render", action="store_true", help="只写事实文件，不生成报告")
    p.add_argument("--force", action="store_true", help="覆盖已存在的事实文件和报告")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from drafter.interview import terminal as interview
    from drafter.interview.session import Options

    if args.fill_path and args.from_path:
        raise UsageError("--fill 与 --from 不能同时使用：--fill 补填本年读入的报告，--from 以上年为基础起草下一年。")
    opts = Options(facts_path=Path(args.output or DEFAULT_FACTS), from_path=Path(args.from_path) if args.from_path else None,
                   resume=args.resume, render=not args.no_render, force=args.force,
                   fill_path=Path(args.fill_path) if args.fill_path else None,
                   output=Path(args.output) if args.output else None)
    result = interview.run(opts)
    return result if isinstance(result, int) else 0
