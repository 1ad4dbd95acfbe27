"""Reading published reports (.docx / .html / .txt / .md / .pdf) back into facts.

What a published report's file looks like is known here without importing the readers, so the render path
(which only asks whether a path is a report) stays light."""

from __future__ import annotations

from pathlib import Path

SUFFIXES = (".docx", ".html", ".htm", ".txt", ".md", ".pdf")


def is_report(path: Path) -> bool:
    """A published report (imported before use) rather than a facts file."""
    return path.suffix.lower() in SUFFIXES
