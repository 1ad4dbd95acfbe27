"""The pipeline in one place: facts → context → rules + phrase bank → draft."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from drafter.context import build_context
from drafter.draft import Draft
from drafter.engine import Choice, Engine, build_draft
from drafter.errors import FactsError
from drafter.facts import Facts
from drafter.phrasebank import load_chain


@dataclass
class Drafted:
    draft: Draft
    choices: list[Choice]


def draft_report(facts: Facts, *, last: Facts | None = None, extra_banks: list[str] | None = None,
                 base: Path | None = None) -> Drafted:
    """Draft the report. Banks: those named in the facts file (relative to ``base``), then ``extra_banks``.

    ``last`` is last year's facts: when given, the banks can word year-over-year changes.
    """
    refs = list(facts.banks or ["national"]) + list(extra_banks or [])
    engine = Engine(load_chain(refs, base))
    draft = build_draft(facts, build_context(facts, last), engine)
    return Drafted(draft, engine.choices)


def load_last(path: Path, facts: Facts) -> Facts:
    """Last year's facts file (or published report, imported), for year-over-year wording.
    Refuses one that is not from an earlier year."""
    from drafter.importers.report import load_facts_or_report

    last = load_facts_or_report(path)
    if last.year >= facts.year:
        raise FactsError(f"上年事实文件“{path}”的年度是 {last.year} 年，不早于本年（{facts.year} 年）。"
                         f"请用 --last 指定 {facts.year - 1} 年的事实文件。")
    return last


def default_output(facts_path: Path, facts: Facts, suffix: str = ".docx") -> Path:
    """``<机关名称><年度>年政府信息公开工作年度报告.docx`` beside the facts file."""
    return facts_path.parent / report_filename(facts, suffix)


def report_filename(facts: Facts, suffix: str = ".docx") -> str:
    """The report's title as a file name (an agency name with "/" must not make a subfolder)."""
    from drafter.errors import OutputError
    from drafter.fileio import safe_filename

    name = safe_filename(facts.report_title) + suffix
    if len(name.encode("utf-8")) > 200:  # file systems stop at 255 bytes; the temporary name adds some
        raise OutputError(f"机关名称“{facts.agency.report_name[:20]}……”过长（{len(facts.agency.report_name)} 字），"
                          "不能用作报告的文件名。请核对机关名称或简称。")
    return name
