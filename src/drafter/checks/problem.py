"""A problem found by the checks (its ``where`` comes from ``drafter.tables.cell_where`` and friends).

``checks.rules`` (table rules), ``checks.text`` (text rules) and ``checks.narrative`` (jieba) all return ``Problem``s.
"""

from __future__ import annotations

from dataclasses import dataclass

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
