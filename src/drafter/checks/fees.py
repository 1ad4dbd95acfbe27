"""D6 on the text: what it says of 信息处理费 (none collected, the 收费通知, the amount) against the facts."""

from __future__ import annotations

import re
from decimal import Decimal

from drafter.checks import inputs as known
from drafter.checks.problem import ERROR, Problem
from drafter.checks.text_figures import Context
from drafter.checks.units import Unit, locate, quote
from drafter.facts.model import Facts
from drafter.facts.values import format_amount

NO_FEES = re.compile(r"(?:未|没有|无)收取(?:任何)?(?:政府信息公开)?信息处理费")
NO_NOTICES = re.compile(r"(?:未|没有)(?:发出|开具)[^。；，]{0,8}收费通知")
NOTICES = re.compile(r"(?:发出|开具)(?:了)?(?:信息处理费)?收费通知(?:书)?(\d+)件")
COLLECTED = re.compile(r"收取(?:了)?(?:政府信息公开)?信息处理费(?:共计|合计|共)?(\d+(?:\.\d+)?)(万元|元)")
FEES_WHERE = "六、其他需要报告的事项 · 信息处理费"


def d6(facts: Facts, ctx: Context, unit: Unit, sentence: str) -> list[Problem]:
    """"未收取信息处理费", "未发出收费通知", the notices and the amount stated against the facts."""
    fees, problems = facts.fees, []
    overdue = facts.applications.total("other_handling.overdue_fee")
    collected = fees.collected_10k_yuan

    def wrong(message: str, fix: str, path: str) -> None:
        problems.append(Problem("D6", ERROR, locate(facts, sentence, unit.slot, path),
                                f"正文“{quote(sentence)}”{message}", fix, FEES_WHERE))

    lost = known.missing(facts)
    if NO_FEES.search(sentence) and collected and "fees.collected_10k_yuan" not in lost:
        wrong(f"，但实际收取信息处理费{format_amount(collected)}万元", "使正文与收费情况一致", "fees.collected_10k_yuan")
    overdue_lost = bool(known.unknown(facts, "applications.other_handling.overdue_fee"))
    if NO_NOTICES.search(sentence) and (fees.notices and "fees.notices" not in lost or overdue and not overdue_lost):
        wrong(f"，但收费通知为{fees.notices}件、表三（六）2 为{overdue}件", "写明发出收费通知的件数和金额", "fees.notices")
    for match in NOTICES.finditer(sentence):
        if int(match.group(1)) != fees.notices and "fees.notices" not in lost:
            wrong(f"写收费通知{match.group(1)}件，但 fees.notices 为{fees.notices}件", "使两者一致", "fees.notices")
    for match in COLLECTED.finditer(sentence):
        amount = Decimal(match.group(1)) / (10000 if match.group(2) == "元" else 1)
        if amount != collected and "fees.collected_10k_yuan" not in lost:
            wrong(f"写收取{match.group(1)}{match.group(2)}，但实际收取金额为{format_amount(collected)}万元",
                  "使两者一致", "fees.collected_10k_yuan")
    return problems
