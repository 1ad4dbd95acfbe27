"""Rendering a facts file to report files: choose writers, check targets, write atomically."""

from __future__ import annotations

import importlib
from pathlib import Path

from drafter.errors import UsageError
from drafter.facts import Facts
from drafter.fileio import atomic_write_many, check_writable
from drafter.report import Drafted, default_output, draft_report

# format → (writer module, suffix)
WRITERS = {
    "docx": ("drafter.writers.docx", ".docx"),
    "html": ("drafter.writers.html", ".html"),
    "md": ("drafter.writers.markdown", ".md"),
    "txt": ("drafter.writers.text", ".txt"),
}


def targets(facts: Facts, facts_path: Path, formats: list[str], output: Path | None) -> dict[str, Path]:
    if output is not None and len(formats) > 1:
        base = output.with_suffix("")
        return {fmt: base.with_suffix(WRITERS[fmt][1]) for fmt in formats}
    if output is not None:
        return {formats[0]: output}
    return {fmt: default_output(facts_path, facts, WRITERS[fmt][1]) for fmt in formats}


def render_bytes(facts: Facts, fmt: str, *, banks: list[str] | None = None, base: Path | None = None,
                 last: Facts | None = None, drafted: Drafted | None = None) -> bytes:
    """One format in memory (for "-o -")."""
    if drafted is None:
        drafted = draft_report(facts, last=last, extra_banks=banks, base=base)
    return bytes(importlib.import_module(WRITERS[fmt][0]).render(drafted.draft))


def render_files(facts: Facts, facts_path: Path, formats: list[str], *, output: Path | None = None,
                 banks: list[str] | None = None, force: bool = False, last: Facts | None = None,
                 drafted: Drafted | None = None) -> list[Path]:
    """Draft once (or use ``drafted``), write each format. Nothing is written unless every target may be written."""
    for fmt in formats:
        if fmt not in WRITERS:
            raise UsageError(f"不支持的输出格式“{fmt}”。可用的格式：{'、'.join(WRITERS)}。")
    paths = targets(facts, facts_path, formats, output)
    for path in paths.values():
        check_writable(path, force=force)
    if drafted is None:
        drafted = draft_report(facts, last=last, extra_banks=banks, base=facts_path.parent)
    rendered = {fmt: importlib.import_module(WRITERS[fmt][0]).render(drafted.draft) for fmt in formats}
    atomic_write_many({path: rendered[fmt] for fmt, path in paths.items()})  # all formats or none
    return list(paths.values())
