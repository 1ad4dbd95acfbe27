"""Reading every unit's facts file or published report, checked, in parallel; one unit failing never
stops the rest (its failure is kept, in Chinese, and the unit is not summed)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from drafter import processes
from drafter.checks.problem import ERROR, WARNING, Problem, count
from drafter.errors import DrafterError
from drafter.facts.model import Facts

FACTS_SUFFIXES = (".yaml", ".yml")
PARALLEL_FROM = 16  # units; below that, starting processes costs more than it saves


@dataclass
class Unit:
    """One unit's report as read: its facts (None when it could not be read at all) and its problems."""

    source: str  # the input file
    facts: Facts | None = None
    problems: list[Problem] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)  # Chinese: what could not be read from it
    failure: str = ""  # Chinese: why the unit could not be read at all
    excluded: str = ""  # Chinese: why it is not in the county's sums ("" when it is)
    title: str = ""  # the name of a unit known only from last year (no facts this year)
    duplicate_of: str = ""  # the input file of the same unit that is summed instead of this one
    accepted: list[str] = field(default_factory=list)  # Chinese: warnings accepted with drafter check --accept

    @property
    def name(self) -> str:
        """The unit's name: its agency's full name, else short name, else the file's name."""
        if self.title:
            return self.title
        if self.facts is not None and (self.facts.agency.name or self.facts.agency.short_name):
            return self.facts.agency.name or self.facts.agency.short_name
        return Path(self.source).stem

    @property
    def key(self) -> str:
        """What identifies the same unit across files and years ("二街镇人民政府" ~ "二街镇")."""
        return unit_key(self.name)

    @property
    def missing(self) -> list[str]:
        """Field paths the import could not read (summed as unknown, never as 0)."""
        if self.facts is None or self.facts.imported is None:
            return []
        return self.facts.imported.missing

    @property
    def errors(self) -> int:
        return count(self.problems, ERROR) + (1 if self.failure else 0)

    @property
    def warnings(self) -> int:
        return count(self.problems, WARNING)

    @property
    def summed(self) -> bool:
        return self.facts is not None and not self.failure and not self.excluded and not self.duplicate_of


def unit_key(name: str) -> str:
    from drafter.facts.values import nfkc

    key = re.sub(r"\s+", "", nfkc(name))
    return re.sub(r"(人民政府|办事处)$", "", key) or key


def gather(inputs: list[Path], skip: Path | None = None) -> list[Path]:
    """Every facts file and report among ``inputs`` (folders are searched, sorted by name); files under
    ``skip`` (the output folder) are left out, so a second run does not read its own sums."""
    from drafter.checks.reviewed import SIDE_SUFFIX
    from drafter.importers.source import SUFFIXES

    wanted = (*FACTS_SUFFIXES, *SUFFIXES)
    skip_dir = skip.resolve() if skip is not None else None
    found: list[Path] = []
    for path in inputs:
        if not path.exists():
            raise DrafterError(f"找不到“{path}”。请检查路径是否正确（可以是事实文件、报告文件或包含它们的文件夹）。")
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            # hidden files, and the "~$报告.docx" Word keeps beside a document it has open
            hidden = path.is_dir() and any(part.startswith((".", "~$")) for part in file.relative_to(path).parts)
            inside_out = skip_dir is not None and skip_dir in file.resolve().parents
            side = file.name.endswith(SIDE_SUFFIX)  # drafter check --accept's record beside a report
            if file.suffix.lower() in wanted and not (hidden or inside_out or side) and file not in found:
                found.append(file)
    return found


def read_unit(path: Path, check: bool = True) -> Unit:
    """One unit, never raising for a user's mistake or a bug: what failed is kept in ``failure``."""
    unit = Unit(str(path))
    try:
        _read(path, unit)
    except DrafterError as exc:
        unit.failure = str(exc)
        return unit
    except Exception as exc:  # a bug on one unit must not cost the others their review
        unit.failure = f"程序内部错误（{type(exc).__name__}: {exc}），未能读入。请把该文件和此信息报告给 drafter 的维护者。"
        return unit
    if check and unit.facts is not None and not unit.failure:
        _reviewed(unit, _checks(unit.facts, path), path)
    return unit


def _read(path: Path, unit: Unit) -> None:
    from drafter.importers.report import import_report, is_report

    if is_report(path):
        result = import_report(path)
        unit.facts = result.facts  # a row the report leaves out is its F2 problem, not also unread
        unit.unread = result.unread
    else:
        from drafter.facts.load import load_facts

        unit.facts = load_facts(path)
        unit.unread = [f"未填写：{_where(p)}" for p in unit.missing]
    if "year" in unit.missing or not unit.facts.year:
        unit.failure = f"未能从“{path.name}”中读出报告年度，无法确定属于哪一年，未计入汇总。请核对原报告的标题。"


def _where(path: str) -> str:
    from drafter.tables import cell_where

    where = cell_where(path)
    return f"{where}（{path}）" if where else path


def _checks(facts: Facts, path: Path) -> list[Problem]:
    """``drafter check``'s rules that need no jieba, on the published text when the facts carry it."""
    from drafter.checks import rules

    try:
        draft = None
        if facts.imported is None:  # a report is checked on its own text, a facts file on the text it makes
            from drafter.pipeline import draft_report

            draft = draft_report(facts, base=path.parent).draft
        problems = rules.check_report(facts, draft, published=True)
    except DrafterError:  # the text cannot be drafted (a phrase bank it names is missing): tables only
        problems = rules.check_facts(facts)
    if facts.imported is not None and "signing_date" in facts.imported.missing:
        problems = [p for p in problems if p.path != "signing_date"]  # unread, said under 未能读出
    return rules.sort_problems(problems)


def _reviewed(unit: Unit, problems: list[Problem], path: Path) -> None:
    """Warnings accepted with ``drafter check --accept`` (whose figures have not changed since) are listed
    apart, not counted; everything else is the unit's problems."""
    from drafter.checks import reviewed

    try:
        reviews = reviewed.load_reviews(path)
    except DrafterError as exc:
        unit.problems, unit.unread = problems, [*unit.unread, str(exc)]
        return
    for (ident, accepted, _stale), problem in zip(reviewed.status(problems, reviews), problems, strict=True):
        if accepted is None:
            unit.problems.append(problem)
        else:
            unit.accepted.append(f"{ident}：{problem.message}（{accepted.note()}）")


def warm_up() -> None:
    """Import and cache what every unit needs before forking, so every worker starts warm."""
    from drafter.checks import rules  # noqa: F401
    from drafter.facts.load import load_facts  # noqa: F401
    from drafter.importers.report import import_report  # noqa: F401
    from drafter.pipeline import draft_report  # noqa: F401


def read_units(paths: list[Path], workers: int, on_done: Callable[[Unit], None], check: bool = True) -> list[Unit]:
    """Every path read (in ``workers`` processes for many units), in the order given; a unit whose worker died
    fails, the others go on."""
    warm_up()
    parallel = workers if len(paths) >= PARALLEL_FROM else 1
    return processes.run_each(read_unit, paths, (check,), parallel, on_done, _died)


def _died(path: Path, exc: Exception) -> Unit:
    return Unit(str(path), failure=f"读入时程序中断（{type(exc).__name__}），未能读入。")
