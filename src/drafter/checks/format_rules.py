"""F1, F2: the tables as the format (国办公开办函〔2021〕30号) prints them, on an imported report.

- F1 the 2019 tables (国办公开办函〔2019〕60号) in a report for 2021 or later: an error, the format is
  mandatory since the 2021 reports (the import maps what it can);
- F2 a label printed otherwise than the format has it ("规范性文件", "本年(2023)制发件数"): a warning
  naming the official label; a year so written that is not the report's ("本年(2022)" in a 2023 report) is
  also E5 (a table kept from last year's report).
"""

from __future__ import annotations

import re

from drafter.checks import inputs as known
from drafter.checks.problem import ERROR, WARNING, Problem
from drafter.facts.imported import TEMPLATE_NOTE_END
from drafter.facts.model import Facts

FORMAT_MANDATORY_FROM = 2021


def check_format(facts: Facts) -> list[Problem]:
    imported = facts.imported
    if imported is None:
        return []
    problems = []
    if imported.format == "2019" and not facts.year:
        problems.append(known.not_checked("F1", "旧格式表格是否适用于本年度", ["year"]))
    elif imported.format == "2019" and facts.year >= FORMAT_MANDATORY_FROM:
        problems.append(Problem(
            "F1", ERROR, "imported.format",
            f"{facts.year}年度报告的表格仍是2019年旧格式（国办公开办函〔2019〕60号：“本年新制作数量”“对外公开总数量”"
            "“其他对外管理服务事项”等），2021年度起必须使用现行格式",
            "按《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）重新制表；"
            "用 drafter import 读出的事实文件补全后，drafter render 可生成现行格式的表格", "表二、表三、表四"))
    problems += [_f2(text) for text in imported.variants if not text.endswith(TEMPLATE_NOTE_END)]
    problems += [Problem("T1", WARNING, "imported.variants",
                         f"表格中留有模板的填写说明：{text.removesuffix(TEMPLATE_NOTE_END)}，像是照模板填写时漏删",
                         "删去标签和表头中的填写说明，按统一格式写标签", "表二")
                 for text in imported.variants if text.endswith(TEMPLATE_NOTE_END)]
    years = {int(y) for text in imported.variants for y in _HEADER_YEAR.findall(text)}
    problems += [Problem("E5", WARNING, "imported.variants", f"表二表头写“本年({year})”，本报告是{facts.year}年度",
                         f"表头按统一格式写“本年制发件数”等（不写年份）；如是沿用{year}年的表格，核对其中的数字", "表二")
                 for year in sorted(years) if facts.year and year != facts.year]
    return problems


_HEADER_YEAR = re.compile(r"本年\s*[(（]\s*(20\d\d)\s*[)）]")
_OFFICIAL = re.compile(r"统一格式为“([^”]+)”|^缺少“([^”]+)”行")


def _f2(text: str) -> Problem:
    """F2 on one variant ``imported.variants`` records; 位置 names the official row or header ("表二 · 规章"), never
    the field path (``imported.variants`` is the import's record, not a field the clerk fills)."""
    official = _OFFICIAL.search(text)
    where = f"表二 · {official.group(1) or official.group(2)}" if official else "表二"
    if text.startswith("缺少"):
        return Problem("F2", WARNING, "imported.variants", f"原报告{text}", "按统一格式补上这一行（没有的填 0）", where)
    return Problem("F2", WARNING, "imported.variants", f"表格标签{text}与统一格式不同", "按统一格式的标签改正", where)
