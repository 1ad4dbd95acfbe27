"""Plain-text rendering of a draft: for reading in a terminal, diffing and tests."""

from __future__ import annotations

from drafter.draft import Draft, Heading, Paragraph, Signature, Table, Title


def table_rows(table: Table) -> list[list[str]]:
    """The grid as rows of texts, each merged cell given once at its top-left position."""
    rows: list[list[str]] = [[] for _ in range(table.n_rows)]
    for cell in sorted(table.cells, key=lambda c: (c.row, c.col)):
        rows[cell.row].append(cell.text)
    return rows


def render_text(draft: Draft) -> str:
    out: list[str] = []
    for block in draft.blocks:
        if isinstance(block, Title | Heading):
            out.append(block.text)
        elif isinstance(block, Paragraph):
            out.append(block.lead + block.text)
        elif isinstance(block, Table):
            out.extend(" | ".join(row) for row in table_rows(block))
        elif isinstance(block, Signature):
            out.extend([block.agency, block.date])
    return "\n".join(out) + "\n"


def render(draft: Draft) -> bytes:
    return render_text(draft).encode("utf-8")
