"""The one place (with ``cli``) that prints: rich consoles for results and for messages."""

from __future__ import annotations

import re

from rich.console import Console, ConsoleOptions, JustifyMethod, OverflowMethod
from rich.measure import Measurement
from rich.text import Lines, Text

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
_CLOSING = "[，。、；：”’）》」』！？,.;:)]*"
_CHAR = re.compile(r"[“‘（《「『(]*(?:[\x21-\x7e]+|.)" + _CLOSING)
# Kept whole too, where it fits: a short term of an official label after its " · " ("表二 · 行政规范性文件",
# "规章 · 本年制发件数"), and a short quoted label ("“行政规范性文件”") unless that leaves its line less than half full.
_WRAP_UNIT = re.compile(r"(?P<term>(?<=· )[\u4e00-\u9fff]{2,10}(?![\u4e00-\u9fff])" + _CLOSING
                        + r")|(?P<quote>“[^“”\s]{1,12}”" + _CLOSING + ")|" + _CHAR.pattern)


def wrap(text: str, width: int) -> str:
    """Lines folded at ``width`` terminal cells (CJK counted double) so nothing is cut at the edge, and
    numbers, words and closing punctuation are never split from what they belong to."""
    width = max(width - 1, 20)
    return "\n".join(piece for line in text.split("\n") for piece in fold(line, width))


def fold(line: str, width: int) -> list[str]:
    """One line folded at ``width`` cells by ``breaks`` (a space at a fold is dropped)."""
    starts = [0, *breaks(line, width), len(line)]
    return [line[a:b].rstrip() for a, b in zip(starts, starts[1:], strict=False)] if line else [""]


def breaks(line: str, width: int) -> list[int]:
    """Where ``line`` folds at ``width`` cells: between characters of Chinese text (where Chinese breaks),
    never inside a run of ASCII ("2,110", "E1", "--resume") nor before closing punctuation or after an opening
    mark; a short term or label (``_WRAP_UNIT``) stays whole. A space ends its line; a unit wider than a line
    is cut."""
    from rich.cells import cell_len

    out: list[int] = []
    used = 0
    units = [(m.group(), m.start(), m.lastgroup or "") for m in _WRAP_UNIT.finditer(line)]
    while units:
        unit, start, kind = units.pop(0)
        if unit.isspace():  # stays at the end of its line (dropped there)
            used += cell_len(unit)
            continue
        if kind and used + cell_len(unit) > width and (cell_len(unit) > width or kind == "quote" and used * 2 < width):
            units[:0] = [(m.group(), m.start(), "") for m in _CHAR.finditer(line, start, start + len(unit))]
            continue  # broken where Chinese breaks
        if used and used + cell_len(unit) > width:
            out.append(start)
            used = 0
        while cell_len(unit) > width:
            cut = next((i for i in range(len(unit), 0, -1) if cell_len(unit[:i]) <= width), 1)
            start, unit = start + cut, unit[cut:]
            out.append(start)
        used += cell_len(unit)
    return out


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

    grid = Table(title=title, show_lines=True, title_justify="left")
    for i, header in enumerate(headers):
        ratio = ratios[i] if ratios else 1
        grid.add_column(header, overflow="fold", no_wrap=ratio == 0, ratio=ratio or None)
    for row in rows:
        grid.add_row(*(_Folded(printable(cell)) for cell in row))
    (err if to_err else out).print(grid)


class _Folded(Text):
    """A table cell folded as Chinese text is (``breaks``): rich would break only at spaces, moving a whole run
    of Chinese to the next line or cutting it at the edge inside a label, a number or before "，"."""

    def wrap(self, console: Console, width: int, *, justify: JustifyMethod | None = None,
             overflow: OverflowMethod | None = None, tab_size: int = 8, no_wrap: bool | None = None) -> Lines:
        if no_wrap or self.no_wrap:
            return super().wrap(console, width, justify=justify, overflow=overflow, tab_size=tab_size, no_wrap=no_wrap)
        lines = Lines()
        for line in self.split(allow_blank=True):
            folded = line.divide(breaks(line.plain, width))
            for piece in folded:
                piece.rstrip_end(width)
                piece.rstrip()
            lines.extend(folded)
        return lines

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        """At least as wide as its widest unbreakable unit (a Chinese character, an ASCII run), not its widest
        space-separated run."""
        from rich.cells import cell_len

        widest = max((cell_len(unit) for unit in _CHAR.findall(self.plain)), default=0)
        return Measurement(widest, super().__rich_measure__(console, options).maximum)


def plain(text: str) -> None:
    """Exactly ``text`` on standard output (machine-readable output such as JSON)."""
    text = printable(text)
    out.file.write(text if text.endswith("\n") else text + "\n")
