"""The one place (with ``cli``) that prints: rich consoles for results and for messages."""

from __future__ import annotations

import re

from rich.console import Console

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


def error(message: str) -> None:
    _say(err, "错误：", "bold red", message)


def item(message: str) -> None:
    """One line of a list of problems, under an ``error`` line (stderr)."""
    _say(err, "  ", "", message)


def warn(message: str) -> None:
    _say(err, "提示：", "yellow", message)


def info(message: str) -> None:
    _say(out, "", "", message)


def done(message: str, *, to_err: bool = False) -> None:
    _say(err if to_err else out, "✓ ", "green", message)


def _say(console: Console, prefix: str, style: str, message: str) -> None:
    """``prefix`` (in ``style``) and ``message``, folded by ``wrap`` when printed to a terminal (which would
    otherwise break a line inside "2,110" or before "，"); redirected output keeps each message on one line."""
    text = printable(prefix + message)
    if console.is_terminal:
        text = wrap(text, console.width)
    head, rest = text[:len(prefix)], text[len(prefix):]
    console.print((f"[{style}]{_escape(head)}[/]" if style and head else _escape(head)) + _escape(rest))


# A unit never broken over two lines: a run of ASCII ("2,110", "--resume"), or one character, with the
# opening marks before it and the closing punctuation after it (no line starts with "”" or "，").
_WRAP_UNIT = re.compile(r"[“‘（《「『(]*(?:[\x21-\x7e]+|.)[，。、；：”’）》」』！？,.;:)]*")


def wrap(text: str, width: int) -> str:
    """Lines folded at ``width`` terminal cells (CJK counted double) so nothing is cut at the edge, and
    numbers, words and closing punctuation are never split from what they belong to."""
    from rich.cells import cell_len

    width = max(width - 1, 20)
    lines: list[str] = []
    for line in text.split("\n"):
        current = ""
        for unit in _WRAP_UNIT.findall(line):
            if current and cell_len(current + unit) > width:
                lines.append(current)
                current = unit.lstrip()
            else:
                current += unit
            while cell_len(current) > width:  # a unit wider than the line: cut it, as before
                cut = next(i for i in range(len(current), 0, -1) if cell_len(current[:i]) <= width)
                lines.append(current[:cut])
                current = current[cut:]
        lines.append(current)
    return "\n".join(lines)


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
