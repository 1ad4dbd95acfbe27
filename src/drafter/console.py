"""The one place (with ``cli``) that prints: rich consoles for results and for messages."""

from __future__ import annotations

from rich.console import Console

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


def error(message: str) -> None:
    err.print(f"[bold red]错误：[/]{_escape(message)}")


def item(message: str) -> None:
    """One line of a list of problems, under an ``error`` line (stderr)."""
    err.print(f"  {_escape(message)}")


def warn(message: str) -> None:
    err.print(f"[yellow]提示：[/]{_escape(message)}")


def info(message: str) -> None:
    out.print(_escape(message))


def done(message: str, *, to_err: bool = False) -> None:
    (err if to_err else out).print(f"[green]✓[/] {_escape(message)}")


def show(renderable: object) -> None:
    """A rich renderable (table, panel) on standard output."""
    out.print(renderable)


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(printable(text))


def printable(text: str) -> str:
    """Text any terminal can take: a file name that is not UTF-8 (Python keeps its bytes as lone
    surrogates) is shown as ``\\udcff`` instead of failing to print."""
    return text if text.isprintable() else text.encode("utf-8", "backslashreplace").decode("utf-8")


def table(title: str, headers: list[str], rows: list[list[str]], ratios: list[int] | None = None,
          *, to_err: bool = False) -> None:
    """A rich table on stdout (stderr with ``to_err``); cell texts are printed literally (no markup).

    ``ratios``: per column, 0 keeps the column as narrow as its content, n > 0 shares the rest of the width.
    """
    from rich.table import Table
    from rich.text import Text

    grid = Table(title=title, show_lines=True, title_justify="left")
    for i, header in enumerate(headers):
        ratio = ratios[i] if ratios else 1
        grid.add_column(header, overflow="fold", no_wrap=ratio == 0, ratio=ratio or None)
    for row in rows:
        grid.add_row(*(Text(printable(cell)) for cell in row))
    (err if to_err else out).print(grid)


def plain(text: str) -> None:
    """Exactly ``text`` on standard output (machine-readable output such as JSON)."""
    text = printable(text)
    out.file.write(text if text.endswith("\n") else text + "\n")
