"""One interview question as data, and the conditions questions are asked under.

Answers live in a flat mapping ``key → value`` (plain YAML values). A condition reads that mapping; a question
whose condition is false is never asked.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

Answers = Mapping[str, Any]
MODE = "_mode"  # "scratch" or "from" (kept among the automatic answers)


@dataclass(frozen=True)
class Question:
    """One question. ``type`` decides the prompt and the parser (see ``interview.values``)."""

    key: str
    prompt: str
    type: str  # text, list, count, amount, date, year, choice, yesno, entries, pick, numbers
    section: str
    help: str = ""
    default: Any = None  # a value, or a function of the answers so far
    condition: Callable[[Answers], bool] | None = None
    choices: tuple[tuple[str, str], ...] | Callable[[Answers], tuple[tuple[str, str], ...]] = ()  # (value, label)
    fields: tuple[str, ...] = ()  # labels of the numbers of one table row
    optional: bool = False  # text/list may be left empty
    narrative: bool = False  # report prose: warn when copied unchanged from last year

    def applies(self, answers: Answers) -> bool:
        return self.condition is None or bool(self.condition(answers))

    def options(self, answers: Answers | None = None) -> tuple[tuple[str, str], ...]:
        """The choices offered given the answers so far (all of them when ``answers`` is None)."""
        return self.choices(answers or {}) if callable(self.choices) else self.choices

    def static_default(self, answers: Answers) -> Any:
        return self.default(answers) if callable(self.default) else self.default



def is_set(key: str) -> Callable[[Answers], bool]:
    return lambda a: bool(a.get(key))


def picked(rows_key: str, row: str, gate: Callable[[Answers], bool] | None = None) -> Callable[[Answers], bool]:
    """Asked when ``row`` is among the rows picked in ``rows_key`` (and ``gate`` holds)."""
    return lambda a: (gate is None or gate(a)) and row in (a.get(rows_key) or ())
