"""A problem found by the checks, and the official labels that say where it is.

``checks`` (table rules), ``textchecks`` (text rules) and ``lint`` (jieba) all return ``Problem``s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafter.tables import DOC_COLUMNS, DOC_ROWS, T3_COLUMNS, T3_ROWS, T4_GROUPS, T4_RESULTS, T4_TOTAL

ERROR, WARNING = "error", "warning"


@dataclass(frozen=True)
class Problem:
    code: str  # rule code of FORMAT.md §4 ("A1", "D4") or of lint ("L1", "L2")
    severity: str  # "error" | "warning"
    # facts field path: "applications.carried_over[2]" (row, column 2), "applications[2]" (column 2 of 表三),
    # or "banks:<slot>" for text that comes from the phrase bank rather than from the facts
    path: str
    message: str  # what is wrong, in Chinese, with the official labels
    fix: str = ""  # how to fix it, in Chinese
    where: str = ""  # official table, row and column labels ("表三 · 二、上年结转… · 商业企业")

    def as_json(self) -> dict[str, str]:
        """The JSON shape of ``drafter check --format json``: code, severity, path, message (fix included)."""
        message = f"{self.where}：{self.message}" if self.where else self.message
        return {"code": self.code, "severity": self.severity, "path": self.path,
                "message": f"{message}{'。修改：' + self.fix if self.fix else ''}"}


def has_errors(problems: list[Problem]) -> bool:
    return any(p.severity == ERROR for p in problems)


def sort_problems(problems: list[Problem]) -> list[Problem]:
    """Errors first, then by rule code; the order within a code is the report's order."""
    return sorted(problems, key=lambda p: (p.severity != ERROR, p.code))


# ---- where: official labels -------------------------------------------------------------------------------------
T3_BY_KEY = {row.key: row for row in T3_ROWS}


def t3_row_label(key: str) -> str:
    """"（三）不予公开 1.属于国家秘密", "一、本年新收政府信息公开申请数量"."""
    labels = T3_BY_KEY[key].labels
    return " ".join(labels[1:]) if len(labels) > 1 else labels[0]


def t3_where(key: str, col: int) -> str:
    return f"表三 · {t3_row_label(key)} · {T3_COLUMNS[col]}"


def doc_where(row: str, col: str) -> str:
    return f"表二 · {dict(DOC_ROWS)[row]} · {dict(DOC_COLUMNS)[col]}"


def t4_where(group: str, col: str) -> str:
    label = dict(T4_GROUPS)[group]
    head = label if group == "review" else f"行政诉讼 · {label}"
    return f"表四 · {head} · {dict(T4_RESULTS).get(col, T4_TOTAL)}"


def cell_where(path: str) -> str:
    match = re.fullmatch(r"applications\.([\w.]+)\[(\d)\]", path)
    if match and match.group(1) in T3_BY_KEY and 1 <= int(match.group(2)) <= 7:
        return t3_where(match.group(1), int(match.group(2)) - 1)
    match = re.fullmatch(r"reviews_and_lawsuits\.(\w+)\.(\w+)", path)
    if match and match.group(1) in dict(T4_GROUPS):
        return t4_where(match.group(1), match.group(2))
    match = re.fullmatch(r"proactive_table\.(\w+)\.(\w+)", path)
    if match and match.group(1) in dict(DOC_ROWS) and match.group(2) in dict(DOC_COLUMNS):
        return doc_where(match.group(1), match.group(2))
    return ""
