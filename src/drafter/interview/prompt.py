"""What the interview shows and how it is answered: a ``Prompt`` given to one injected ``ask`` function.

``ask`` receives a ``Prompt`` (what to show) and returns the raw answer: text for text prompts, the chosen
value for ``select``, the list of values for ``checkbox``, or ``BACK`` when the clerk presses the go-back key.
Tests pass a fake; the terminal version lives in ``drafter.interview.terminal``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Validate = Callable[[Any], "str | None"]


def validate_by(parse: Callable[[Any], Any]) -> Validate:
    """The prompt's check made of a parser: ``None`` when ``parse`` takes the text, else its Chinese reason."""

    def check(text: Any) -> str | None:
        try:
            parse(text)
        except ValueError as exc:
            return str(exc)
        return None

    return check

BACK_KEY = "Esc"  # named in every prompt's help line (the terminal binds it)


class _Back:
    """What ``ask`` returns when the clerk presses the go-back key."""

    def __repr__(self) -> str:
        return "BACK"


BACK: Any = _Back()


@dataclass(frozen=True)
class Prompt:
    """What one prompt shows. ``kind``: text, select (one of ``choices``), checkbox (several).
    ``note``: lines kept under a text prompt while typing, given the text typed so far."""

    kind: str
    message: str
    default: Any = None
    choices: tuple[tuple[str, str], ...] = ()  # (value, label)
    validate: Validate | None = None
    help: str = ""
    key: str = ""
    note: Callable[[str], str] | None = None


Ask = Callable[[Prompt], Any]
