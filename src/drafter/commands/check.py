"""drafter check FACTS.yaml: every 勾稽 rule, text against tables, year against year, narrative lint."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    from drafter.commands.explain import add_bank_options

    p = sub.add_parser(
        "check", help="检查事实文件和报告文字：表格勾稽、正文与表格、跨年度、年份、文号、重复字词、雷同",
        description="一次列出全部问题：表格勾稽关系、正文数字与表格是否一致、与上年报告的衔接、年份和文号、"
                    "重复字词、与上年内容雷同。由 drafter import 读入的报告，检查其原文；否则检查将生成的报告。"
                    "退出码：发现“错误”时为 1，只有“提示”或没有问题时为 0；读不出报告（文件不存在、是文件夹、已损坏、"
                    "扫描版 PDF 没有文字层、不是年度报告、事实文件有误，--last 的文件也一样）或参数用法错误时为 2。")
    p.add_argument("facts", metavar="事实文件",
                   help="事实文件路径，例如 二街镇2023.yaml；也可以直接给已发布的报告（.docx、.html、.txt），先读入再检查")
    p.add_argument("--format", choices=("text", "json"), default="text", metavar="格式",
                   help="输出格式：text（表格，默认）或 json（列表，每个问题含 code、severity、path、message）")
    p.add_argument("--deadline", metavar="期限",
                   help="报告公布期限：月-日（如 01-31，指报告年度的次年）或完整日期；默认次年1月31日（人民政府本级的报告次年3月31日）")
    p.add_argument("--accept", nargs="+", metavar="编号",
                   help="把这些“提示”记为已核实（编号见检查结果的“编号”列，如 D4-3f2a1c）：记在事实文件的 reviewed: 中，"
                        "检查报告时记在“报告文件名.reviewed.yaml”中；以后检查列为“已核实”，所涉数字变化后重新提示。“错误”不能核实")
    p.add_argument("--by", metavar="姓名", help="与 --accept 同用：核实人（默认为当前登录用户名）")
    p.add_argument("--why", metavar="理由", default="", help="与 --accept 同用：核实的理由，如“原报告如此，已向镇政府核实”")
    add_bank_options(p)
    p.set_defaults(run=run)


def parse_deadline_arg(args: argparse.Namespace, year: int):  # -> dt.date | None
    from drafter.checks import rules as checks
    from drafter.errors import UsageError

    try:
        return checks.parse_deadline(getattr(args, "deadline", None), year)
    except ValueError as exc:
        raise UsageError(f"参数 --deadline：{exc}。") from None


def run(args: argparse.Namespace) -> int:
    """0: no error; 1: errors found in the report; 2: no report could be read (missing, a folder, corrupt,
    a scanned PDF, not a report, a facts file that does not load, the same for ``--last``) or bad usage."""
    from drafter import console
    from drafter.errors import EXIT_USAGE, DrafterError
    from drafter.facts.files import describe

    try:
        facts, last, deadline = _inputs(args)
    except (DrafterError, OSError) as exc:
        reason = str(exc) if isinstance(exc, DrafterError) else describe(exc)
        console.error(reason)
        if args.format == "json":
            _json_out(args.facts, [], [], reason=reason)  # scripts always get JSON, people read stderr
        return EXIT_USAGE
    return _check(args, facts, last, deadline)


def _inputs(args: argparse.Namespace) -> tuple:  # -> (Facts, Facts | None, date | None)
    """The report or facts file, last year's (``--last``) and the deadline: whatever could not be read raises."""
    from drafter.commands.explain import load_last_arg
    from drafter.errors import UsageError
    from drafter.importers.report import load_facts_or_report

    if Path(args.facts).is_dir():
        raise UsageError(f"“{args.facts}”是一个文件夹。drafter check 检查一个事实文件或报告；要检查文件夹中各单位的报告，"
                         f"请运行 drafter summary {args.facts} -o 审核。")
    facts = load_facts_or_report(Path(args.facts), partial=True)
    deadline = parse_deadline_arg(args, facts.year) if facts.year else None
    return facts, load_last_arg(args, facts, partial=True), deadline


def _check(args: argparse.Namespace, facts, last, deadline) -> int:  # facts, last: Facts; deadline: date | None
    from drafter.checks import narrative as lint
    from drafter.checks import rules as checks
    from drafter.checks.gate import show
    from drafter.checks.units import imported_units, recorded_units, report_units
    from drafter.errors import EXIT_OK, EXIT_PROBLEMS
    from drafter.pipeline import draft_report

    facts_path = Path(args.facts)
    imported = facts.imported is not None
    draft = None if imported else draft_report(facts, last=last, extra_banks=args.bank, base=facts_path.parent).draft
    problems = checks.check_report(facts, draft, last=last, deadline=deadline, published=True)
    last_text = recorded_units(facts) or None  # last_year: in the facts file, when no --last is given
    if last is not None:
        last_text = (imported_units(last) if last.imported is not None
                     else report_units(last, draft_report(last, base=Path(args.last).parent).draft))
    text = report_units(facts, draft) if draft is not None else imported_units(facts)
    problems += lint.lint_text(facts, text, last=last, last_text=last_text)
    problems = checks.sort_problems(problems)
    reviews = _reviews(args, facts_path, problems)
    if args.format == "json":
        _json_out(str(facts_path), problems, reviews)
    else:
        show(problems, str(facts_path), reviews=reviews, report=imported)
    return EXIT_PROBLEMS if checks.has_errors(problems) else EXIT_OK


def _reviews(args: argparse.Namespace, facts_path: Path, problems: list) -> list:  # -> list[Review]
    """The acceptances on record, with ``--accept``'s added and saved first."""
    import getpass

    from drafter import console
    from drafter.checks import reviewed
    from drafter.errors import UsageError

    reviews = reviewed.load_reviews(facts_path)
    if not args.accept:
        if args.by or args.why:
            raise UsageError("参数 --by、--why 只能与 --accept 一起使用。")
        return reviews
    by = args.by or getpass.getuser()
    reviews = reviewed.accept(problems, args.accept, by, args.why, reviews)
    store = reviewed.save_reviews(facts_path, reviews)
    console.done(f"已把 {'、'.join(args.accept)} 记为已核实（核实人：{by}），记录在“{store}”。")
    return reviews


def _json(problems: list, reviews: list) -> list[dict[str, object]]:
    """Each problem's JSON with its id; an accepted one with "reviewed": {by, why, when}."""
    from drafter.checks.reviewed import status

    out: list[dict[str, object]] = []
    for p, (ident, review, stale) in zip(problems, status(problems, reviews), strict=True):
        item: dict[str, object] = {**p.as_json(), "id": ident}
        if review is not None:
            item["reviewed"] = {"by": review.by, "why": review.why, "when": review.when}
        elif stale is not None:
            item["reviewed_before"] = {"by": stale.by, "why": stale.why, "when": stale.when, "figures": stale.figures}
        out.append(item)
    return out


def _json_out(source: str, problems: list, reviews: list, reason: str = "") -> None:
    """{"file", "problems": [errors and warnings], "not_checked": [notices]} (+ "error" when the file could not be read)."""
    import json

    from drafter import console
    from drafter.checks.problem import NOTICE

    out: dict[str, object] = {
        "file": source,
        "problems": _json([p for p in problems if p.severity != NOTICE], reviews),
        "not_checked": [p.as_json() for p in problems if p.severity == NOTICE],
    }
    if reason:
        out["error"] = reason
        out["not_checked"] = [{"code": "", "severity": NOTICE, "path": "", "message": reason}]
    console.plain(json.dumps(out, ensure_ascii=False, indent=2))
