"""The one place (with ``cli``) that prints: rich consoles for results and for messages."""

from __future__ import annotations

from rich.console import Console

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


def error(message: str) -> None:
    err.print(f"[bold red]错误：[/]{_escape(message)}")


def warn(message: str) -> None:
    err.print(f"[yellow]提示：[/]{_escape(message)}")


def info(message: str) -> None:
    out.print(_escape(message))


def done(message: str) -> None:
    out.print(f"[green]✓[/] {_escape(message)}")


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)
