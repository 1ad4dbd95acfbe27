"""The pipeline in one place: facts → context → rules + phrase bank → draft → report files.

Drafting (``draft_report``) and writing (``render_files``: choose writers, check targets, write all
formats atomically) are the two steps every command, the interview and the batch share.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path

from drafter import console
from drafter.draft import Draft, Paragraph
from drafter.errors import FactsError, OutputError, UsageError
from drafter.facts.atomic import atomic_write_many, remove_temporaries
from drafter.facts.files import check_writable, safe_filename
from drafter.facts.journal import undo_interrupted
from drafter.facts.model import Facts
from drafter.wording.context import build_context
from drafter.wording.engine import Choice, Engine, build_draft
from drafter.wording.phrasebank import load_chain


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
    texts = recorded_texts(facts) if last is None else last_texts(last, extra_banks=extra_banks, base=base)
    draft = build_draft(facts, build_context(facts, last), engine, texts)
    return Drafted(draft, engine.choices)


def require_year(facts: Facts, source: Path) -> None:
    """An imported facts file whose year was not read cannot be drafted, even with --force: the title, the
    statistics period and nearly every sentence say the year."""
    if facts.unknown("year"):
        raise FactsError(f"事实文件“{source}”中的报告年度（year）是空的：原报告中没有读出年度。标题、统计期限和正文各处"
                         f"都要用到年度，无法起草报告（加 --force 也不行）。请在事实文件的 year: 中填写报告年度，"
                         f"例如 year: 2023，或运行 drafter interview --fill {source}，只询问未读出的内容。")


def recorded_texts(facts: Facts) -> tuple[str, ...] | None:
    """Last year's report text as the facts file records it (``last_year:``), None when it does not."""
    if facts.last_year is None or facts.last_year.year != facts.year - 1:
        return None
    return tuple(line for line in facts.last_year.text.split("\n") if line.strip())


def last_texts(last: Facts, *, extra_banks: list[str] | None = None, base: Path | None = None) -> tuple[str, ...]:
    """Last year's report as text: what an imported report published, else last year's facts drafted (as
    ``render`` drafts them alone: with the text of the year before, where their facts file records it)."""
    if last.imported is not None and last.imported.sections:
        return tuple(last.imported.sections.values())
    refs = list(last.banks or ["national"]) + list(extra_banks or [])
    draft = build_draft(last, build_context(last), Engine(load_chain(refs, base)), recorded_texts(last))
    return tuple(block.text for block in draft.blocks if isinstance(block, Paragraph))


def load_last(path: Path, facts: Facts, *, partial: bool = False) -> Facts:
    """Last year's facts file (or published report, imported), for year-over-year wording; with
    ``partial`` (``drafter check``) a report however little was read but its year, without listing what
    was not (the rules that need it say they were not run). Refuses one that is not from an earlier year."""
    from drafter.importers.report import load_facts_or_report

    last = load_facts_or_report(path, partial=partial, quiet=partial)
    if not last.year:
        raise FactsError(f"未能从上年报告“{path}”中读出年度，无法与本年比较。"
                         f"请先运行 drafter import {path}，在生成的事实文件中补填年度后用 --last 指定该事实文件。")
    if last.year >= facts.year:
        raise FactsError(f"上年事实文件“{path}”的年度是 {last.year} 年，不早于本年（{facts.year} 年）。"
                         f"请用 --last 指定 {facts.year - 1} 年的事实文件。")
    return last


def default_output(facts_path: Path, facts: Facts, suffix: str = ".docx") -> Path:
    """``<机关名称><年度>年政府信息公开工作年度报告.docx`` beside the facts file (not beside ``/dev/stdin``)."""
    folder = facts_path.absolute().parent
    if folder.parts[1:2] in (("dev",), ("proc",)) or not facts_path.name:
        raise UsageError(f"事实文件“{facts_path}”不在普通文件夹中，报告不能默认写在它旁边。"
                         "请用 -o 指定报告的文件名，例如 -o 报告.docx。")
    return facts_path.parent / report_filename(facts, suffix)


def report_filename(facts: Facts, suffix: str = ".docx") -> str:
    """The report's title as a file name (an agency name with "/" must not make a subfolder)."""
    name = safe_filename(facts.report_title) + suffix
    if len(name.encode("utf-8")) > 200:  # file systems stop at 255 bytes; the temporary name adds some
        raise OutputError(f"机关名称“{facts.agency.report_name[:20]}……”过长（{len(facts.agency.report_name)} 字），"
                          "不能用作报告的文件名。请核对机关名称或简称。")
    return name


# format → (writer module, suffix)
WRITERS = {
    "docx": ("drafter.writers.docx", ".docx"),
    "html": ("drafter.writers.html", ".html"),
    "md": ("drafter.writers.markdown", ".md"),
    "txt": ("drafter.writers.text", ".txt"),
    "pdf": ("drafter.writers.pdf", ".pdf"),  # the .docx converted by LibreOffice
}


def targets(facts: Facts, facts_path: Path, formats: list[str], output: Path | None,
            folder: bool = False) -> dict[str, Path]:
    """Where each format goes. An ``output`` that is a folder (``folder``: it was written ``-o 报告/``, or it
    is an existing folder) gets the default file names inside it."""
    if output is not None and (folder or output.is_dir()):
        return {fmt: output / report_filename(facts, WRITERS[fmt][1]) for fmt in formats}
    if output is not None and len(formats) > 1:
        base = output.with_suffix("")
        return {fmt: base.with_suffix(WRITERS[fmt][1]) for fmt in formats}
    if output is not None:
        return {formats[0]: output}
    return {fmt: default_output(facts_path, facts, WRITERS[fmt][1]) for fmt in formats}


def render_format(fmt: str, draft: Draft) -> bytes:
    """One format's bytes, its writer imported only when asked for (render never loads the others)."""
    return bytes(importlib.import_module(WRITERS[fmt][0]).render(draft))


def render_bytes(facts: Facts, fmt: str, *, banks: list[str] | None = None, base: Path | None = None,
                 last: Facts | None = None, drafted: Drafted | None = None) -> bytes:
    """One format in memory (for "-o -")."""
    if drafted is None:
        drafted = draft_report(facts, last=last, extra_banks=banks, base=base)
    return render_format(fmt, drafted.draft)


def writable_targets(facts: Facts, facts_path: Path, formats: list[str], *, output: Path | None = None,
                     banks: list[str] | None = None, force: bool = False, inputs: tuple[Path, ...] = (),
                     folder: bool = False) -> dict[str, Path]:
    """Each format's target, once every one is known to be writable: no target may be an input (the facts
    file, ``inputs``: banks, last year's file), ``--force`` or not; without ``force`` none may exist.
    Called before the checks too, so a refusal comes before the check table, not after it."""
    for fmt in formats:
        if fmt not in WRITERS:
            raise UsageError(f"不支持的输出格式“{fmt}”。可用的格式：{'、'.join(WRITERS)}。")
    paths = targets(facts, facts_path, formats, output, folder)
    sources = (facts_path, *inputs, *(Path(b) for b in banks or ()))
    for where in dict.fromkeys(path.parent if str(path.parent) else Path(".") for path in paths.values()):
        removed, restored = undo_interrupted(where)  # what a killed render put in place without the rest
        for undone in removed:
            console.warn(f"上次生成被强行中断，只写入了部分格式，已删除：{undone}")
        for undone in restored:
            console.warn(f"上次生成被强行中断，已恢复被覆盖前的文件：{undone}")
    for path in paths.values():
        remove_temporaries(path.parent if str(path.parent) else Path("."), path.name)  # left by a killed run
        check_writable(path, force=force, inputs=sources)
    if "pdf" in formats:
        from drafter.writers.pdf import require_libreoffice

        require_libreoffice()
    return paths


def render_files(facts: Facts, facts_path: Path, formats: list[str], *, output: Path | None = None,
                 banks: list[str] | None = None, force: bool = False, last: Facts | None = None,
                 drafted: Drafted | None = None, inputs: tuple[Path, ...] = (), folder: bool = False) -> list[Path]:
    """Draft once (or use ``drafted``), write each format. Nothing is written unless every target may be
    written (``writable_targets``); without ``force`` a name another process takes meanwhile is refused,
    not replaced."""
    paths = writable_targets(facts, facts_path, formats, output=output, banks=banks, force=force, inputs=inputs,
                             folder=folder)
    if drafted is None:
        drafted = draft_report(facts, last=last, extra_banks=banks, base=facts_path.parent)
    return write_files(paths, drafted.draft, force=force)


def write_files(paths: dict[str, Path], draft: Draft, *, force: bool = False) -> list[Path]:
    """Each format of ``draft`` to its target (from ``writable_targets``), all or none."""
    rendered = {fmt: render_format(fmt, draft) for fmt in paths}
    atomic_write_many({path: rendered[fmt] for fmt, path in paths.items()}, exclusive=not force)
    return list(paths.values())


MAX_UNFILLED = 30  # entries listed; the rest counted


def warn_unfilled(draft: Draft, facts_path: Path) -> None:
    """List what a forced draft left to fill in (figures not read from the published report): each cell
    printed "待填" and each sentence replaced by "【待补充：…】", both highlighted yellow in the report."""
    if not draft.unfilled:
        return
    console.warn(f"报告中有 {len(draft.unfilled)} 处留待填写（原报告中未读出，报告中为黄底的“待填”或“【待补充：…】”，"
                 "没有当作 0）：")
    for entry in draft.unfilled[:MAX_UNFILLED]:
        console.item(entry)
    if len(draft.unfilled) > MAX_UNFILLED:
        console.item(f"……另有 {len(draft.unfilled) - MAX_UNFILLED} 处")
    console.warn(f"请对照原报告在事实文件“{facts_path}”中填写这些内容（表格中的 null 改为实际的数，确实为 0 的填 0）后重新生成"
                 f"（或运行 drafter interview --fill {facts_path}，逐项询问未读出的数字、落款和没有写的部分），也可以直接在报告中改写；"
                 "发布前报告中不能留有“待填”“待补充”。")
