"""A problem found by the checks (its ``where`` comes from ``drafter.tables.cell_where`` and friends).

``checks.rules`` (table rules), ``checks.text`` (text rules) and ``checks.narrative`` (jieba) all return ``Problem``s.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

ERROR, WARNING = "error", "warning"
_FIGURE = re.compile(r"\d+(?:\.\d+)?")
NOTICE = "notice"  # not a fault of the report: a rule not run, a cell not read (``checks.inputs``)


@dataclass(frozen=True)
class Problem:
    code: str  # rule code of FORMAT.md §4 ("A1", "D4") or of lint ("L1", "L2")
    severity: str  # "error" | "warning" | "notice"
    # facts field path: "applications.carried_over[2]" (row, column 2), "applications[2]" (column 2 of 表三),
    # or "banks:<slot>" for text that comes from the phrase bank rather than from the facts
    path: str
    message: str  # what is wrong, in Chinese, with the official labels
    fix: str = ""  # how to fix it, in Chinese
    where: str = ""  # official table, row and column labels ("表三 · 二、上年结转… · 商业企业")

    @property
    def figures(self) -> str:
        """The figures the problem is about, in the order its message gives them ("558 478 118 356 4 80")."""
        return " ".join(_FIGURE.findall(self.message))

    @property
    def ident(self) -> str:
        """A stable id: the rule, then a digest of the rule, the location and the figures ("D4-3f2a1c").
        The same finding gets the same id on every run; a changed figure gives a new one."""
        digest = hashlib.sha1(f"{self.code}|{self.path}|{self.where}|{self.figures}".encode()).hexdigest()
        return f"{self.code}-{digest[:6]}"

    def as_json(self) -> dict[str, str]:
        """The JSON shape of ``drafter check --format json``: id, code, severity, path, message (fix included)."""
        message = f"{self.where}：{self.message}" if self.where else self.message
        return {"id": self.ident, "code": self.code, "severity": self.severity, "path": self.path,
                "message": f"{message}{'。修改：' + self.fix if self.fix else ''}"}


def has_errors(problems: list[Problem]) -> bool:
    return any(p.severity == ERROR for p in problems)


def count(problems: list[Problem], severity: str) -> int:
    """How many of ``problems`` are of ``severity`` (ERROR, WARNING or NOTICE)."""
    return sum(1 for p in problems if p.severity == severity)


def sort_problems(problems: list[Problem]) -> list[Problem]:
    """Errors first, then warnings, then notices, each by rule code; the order within a code is the report's order."""
    rank = {ERROR: 0, WARNING: 1, NOTICE: 2}
    return sorted(problems, key=lambda p: (rank.get(p.severity, 1), p.code))


def faults(problems: list[Problem]) -> list[Problem]:
    """Errors and warnings: what is wrong with the report (notices say what could not be checked)."""
    return [p for p in problems if p.severity != NOTICE]
