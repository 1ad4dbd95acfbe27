"""drafter explain FACTS.yaml: which bank and variant produced each sentence of the report, and why."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from drafter.facts.model import Facts
    from drafter.wording.engine import Choice


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("explain", help="逐个槽位说明报告文字来自哪个短语库、哪个写法",
                       description="不写文件，逐个槽位列出：使用的短语库、第几个写法、成立的条件和生成的文字。")
    p.add_argument("facts", metavar="事实文件", help="事实文件路径，例如 二街镇2023.yaml")
    add_bank_options(p)
    p.set_defaults(run=run)


def add_bank_options(p: argparse.ArgumentParser, *, bank: bool = True) -> None:
    """``--bank`` and ``--last``, shared by render and explain."""
    if bank:
        p.add_argument("--bank", action="append", default=[], metavar="短语库",
                       help="追加一个短语库（名称或 .yaml 路径），可重复使用；覆盖事实文件中指定的短语库的同名槽位")
    p.add_argument("--last", metavar="上年事实文件",
                   help="上一年度的事实文件（也可以是上年发布的报告 .docx/.pdf/.html/.md/.txt）；给出后，报告写明与上年相比的增减（例如“较上年增加80条，增长16.7%%”）")


def load_last_arg(args: argparse.Namespace, facts: Facts, *, partial: bool = False) -> Facts | None:
    """Last year's facts from ``--last``, with a warning when it is not the year just before; with
    ``partial`` (check) last year's published report is taken however little was read but its year."""
    if not getattr(args, "last", None):
        return None
    from drafter import console
    from drafter.pipeline import load_last

    last = load_last(Path(args.last), facts, partial=partial)
    if last.year != facts.year - 1:
        console.warn(f"上年事实文件“{args.last}”是 {last.year} 年的，不是 {facts.year - 1} 年；报告中的“较上年”将与 {last.year} 年比较。")
    return last


def print_choices(choices: list[Choice], title: str) -> None:
    """One row per slot: bank, variant, the condition that held, the text. Narrow terminals get two columns."""
    from drafter import console

    rows = []
    for c in choices:
        condition = c.condition if c.condition is not None else "（无条件）"
        bank = c.bank if Path(c.bank_path).stem == c.bank else f"{c.bank}（{Path(c.bank_path).name}）"
        rows.append([c.slot, bank, f"第 {c.variant} 个", condition, c.text or "（空）"])
    if console.out.width >= 110:
        console.table(title, ["槽位", "短语库", "写法", "成立的条件", "生成的文字"], rows, ratios=[0, 0, 0, 2, 5])
        return
    narrow = [[f"{slot}\n{bank} {variant}\n条件：{condition}", text] for slot, bank, variant, condition, text in rows]
    console.table(title, ["槽位 / 短语库 / 写法 / 成立的条件", "生成的文字"], narrow, ratios=[2, 3])


def run(args: argparse.Namespace) -> int:
    from drafter.facts.load import load_facts
    from drafter.pipeline import draft_report, require_year

    facts_path = Path(args.facts)
    facts = load_facts(facts_path)
    require_year(facts, facts_path)
    last = load_last_arg(args, facts)
    drafted = draft_report(facts, last=last, extra_banks=args.bank, base=facts_path.parent)
    print_choices(drafted.choices, f"{facts.report_title}：各槽位的写法")
    return 0
