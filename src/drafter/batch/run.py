"""Running a batch: one report per row, across processes, skipping reports that are up to date (``batch.stamps``).

Reports and stamps are written atomically, so a killed batch leaves only complete files; stale temporary
files of a killed batch are removed at the next start.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from drafter import processes
from drafter.batch import stamps
from drafter.draft import Draft
from drafter.errors import DrafterError
from drafter.facts.atomic import atomic_write_bytes
from drafter.facts.model import Facts

if TYPE_CHECKING:
    from drafter.batch.table import Row


@dataclass
class Job:
    row: int
    agency: str
    facts: Facts | None
    problems: list[str] = field(default_factory=list)
    targets: dict[str, Path] = field(default_factory=dict)  # format → report path
    input_hash: dict[str, str] = field(default_factory=dict)  # format → hash of everything it is made from


@dataclass
class Result:
    row: int
    agency: str
    status: str  # "written" | "skipped" | "failed"
    problems: list[str] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)
    warnings: int = 0  # check warnings (they do not fail the row)


@dataclass(frozen=True)
class Settings:
    out_dir: Path
    formats: tuple[str, ...]
    banks: tuple[str, ...]
    base: Path
    force: bool
    fonts: str = "标准"  # the Word report's font set (``--fonts``)


def plan(jobs: list[Job], settings: Settings) -> None:
    """Fill in each job's targets and input hashes; a second row for the same report fails."""
    from drafter.pipeline import WRITERS, report_filename

    code = stamps.code_digest()
    bank_digests: dict[tuple[str, ...], str] = {}
    claimed: dict[Path, int] = {}
    for job in jobs:
        if job.facts is None:
            continue
        refs = tuple(job.facts.banks or ["national"]) + settings.banks
        try:
            if refs not in bank_digests:
                bank_digests[refs] = stamps.banks_digest(refs, settings.base)
            report_filename(job.facts)  # a name too long for a file fails this row only
        except DrafterError as exc:
            job.problems.append(str(exc))
            job.facts = None
            continue
        canonical = repr(job.facts)  # dataclass repr: every field, deterministic for the same row
        for fmt in settings.formats:
            path = settings.out_dir / report_filename(job.facts, WRITERS[fmt][1])
            if path in claimed:
                job.problems.append(f"与第 {claimed[path]} 行生成同名的报告“{path.name}”。请检查是否重复填写了同一机关同一年度。")
                job.facts = None
                break
            claimed[path] = job.row
            job.targets[fmt] = path
            job.input_hash[fmt] = stamps.sha256("\0".join((code, bank_digests[refs], fmt, settings.fonts, canonical)).encode())


def check_errors(facts: Facts, draft: Draft) -> tuple[list[str], int]:
    """The errors of ``checks.check_report`` (they fail the row, as they stop ``render``) and the count of warnings."""
    from drafter.checks import rules as checks

    problems = checks.sort_problems(checks.check_report(facts, draft))
    errors = [f"[{p.code}] {p.as_json()['message']}" for p in problems if p.severity == checks.ERROR]
    return errors, len(problems) - len(errors)


def process(job: Job, settings: Settings) -> Result:
    """Draft and write one row's reports (runs in a worker process). Never raises for a user mistake."""
    if job.facts is None:
        return Result(job.row, job.agency, "failed", job.problems)
    try:
        return _process(job, job.facts, settings)
    except DrafterError as exc:
        return Result(job.row, job.agency, "failed", [str(exc)])
    except Exception as exc:  # a bug on one row must not cost the other rows their reports
        return Result(job.row, job.agency, "failed", [internal_error(exc)])


def internal_error(exc: BaseException) -> str:
    return f"程序内部错误（{type(exc).__name__}: {exc}），本行未生成。请把这一行和此信息报告给 drafter 的维护者。"


def _process(job: Job, facts: Facts, settings: Settings) -> Result:
    from drafter.pipeline import draft_report, render_format

    actions = {fmt: stamps.decide(path, job.input_hash[fmt], settings.force) for fmt, path in job.targets.items()}
    if all(a == "skip" for a in actions.values()):
        return Result(job.row, job.agency, "skipped", paths=[str(p) for p in job.targets.values()])
    draft = draft_report(facts, extra_banks=list(settings.banks), base=settings.base).draft
    draft.fonts = settings.fonts
    problems, warnings = check_errors(facts, draft)
    if problems:
        return Result(job.row, job.agency, "failed", problems, warnings=warnings)
    written: list[str] = []
    changed = False
    for fmt, path in job.targets.items():
        if actions[fmt] == "skip":
            continue
        data = render_format(fmt, draft)
        if actions[fmt] == "compare" and path.read_bytes() != data:
            problems.append(f"文件“{path.name}”已存在，且不是 drafter batch 生成的（或生成后被修改过），未覆盖。"
                            "如需覆盖，请加上 --force 参数。")
            continue
        if actions[fmt] == "write":
            atomic_write_bytes(path, data)
            changed = True
        stamps.write(path, job.input_hash[fmt], data)
        written.append(str(path))
    if problems:
        return Result(job.row, job.agency, "failed", problems, written, warnings)
    return Result(job.row, job.agency, "written" if changed else "skipped", paths=written, warnings=warnings)


def remove_stale_temporaries(out_dir: Path) -> None:
    """Temporary files a killed batch left behind (the atomic writes' ``.<name>.<random>.tmp``)."""
    from drafter.facts.atomic import remove_temporaries

    for folder in (out_dir, out_dir / stamps.STAMP_DIR):
        remove_temporaries(folder)


def warm_up(settings: Settings) -> None:
    """Import writers and build what they cache before forking, so every worker starts warm."""
    from drafter.pipeline import WRITERS

    for fmt in settings.formats:
        module = importlib.import_module(WRITERS[fmt][0])
        if hasattr(module, "_skeleton"):
            module._skeleton(settings.fonts)


def make_job(row: Row, table_name: str) -> Job:
    """Validate one row into a job: its facts, or the problems that fail it."""
    from drafter.batch.columns import BY_KEY, row_to_facts
    from drafter.errors import FactsError

    agency = str(row.cells.get(BY_KEY["agency.name"]) or "").strip()
    try:
        return Job(row.number, agency, row_to_facts(row.cells, f"表格“{table_name}”第 {row.number} 行"))
    except FactsError as exc:
        return Job(row.number, agency, None, exc.problems)


PARALLEL_PARSE_FROM = 200  # rows; below that, starting processes costs more than it saves


def make_jobs(rows: list[Row], table_name: str, workers: int) -> list[Job]:
    """Every row validated, across ``workers`` processes for a large table (~1 ms a row)."""
    if workers <= 1 or len(rows) < PARALLEL_PARSE_FROM:
        return [make_job(row, table_name) for row in rows]
    with processes.pool(workers) as pool:
        chunk = max(1, len(rows) // (4 * workers))
        return list(pool.map(make_job, rows, [table_name] * len(rows), chunksize=chunk))


def run_jobs(jobs: list[Job], settings: Settings, workers: int, on_result: Callable[[Result], None]) -> list[Result]:
    """Process every job, in ``workers`` processes (1: in this process); ``on_result`` after each. A job whose
    worker died fails, the others go on. The results in the jobs' order (the table's)."""
    warm_up(settings)
    return processes.run_each(process, jobs, (settings,), workers if len(jobs) > 1 else 1, on_result, _died)


def _died(job: Job, exc: Exception) -> Result:
    return Result(job.row, job.agency, "failed", [internal_error(exc)])


def problems_csv(results: Iterable[Result]) -> str:
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(["行号", "机关", "问题"])
    for result in results:
        for problem in result.problems:
            writer.writerow([result.row, spreadsheet_safe(result.agency), spreadsheet_safe(problem)])
    return buffer.getvalue()


def spreadsheet_safe(cell: str) -> str:
    """A cell Excel or WPS will show as text, never run as a formula (a name "=HYPERLINK(…)" from the
    table): OWASP's CSV-injection advice, a leading apostrophe before = + - @, tab and carriage return."""
    return f"'{cell}" if cell[:1] in ("=", "+", "-", "@", "\t", "\r") else cell
