"""The one family of user-facing errors. Messages are Chinese sentences naming file, field and fix."""

from __future__ import annotations

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2
MAX_LISTED = 200  # problems listed on screen; the rest are counted


def listed(items: list[str]) -> tuple[list[str], str]:
    """At most ``MAX_LISTED`` items, and the note saying how many there are when some were left out."""
    if len(items) <= MAX_LISTED:
        return items, ""
    return items[:MAX_LISTED], f"共 {len(items)} 个问题，只列出前 {MAX_LISTED} 个。"


class DrafterError(Exception):
    """A mistake the user can fix. ``cli`` prints it without a traceback and exits with ``exit_code``."""

    exit_code = EXIT_PROBLEMS

    def __init__(self, message: str, *, hint: str | None = None, exit_code: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        if exit_code is not None:
            self.exit_code = exit_code

    def __str__(self) -> str:
        return self.message if not self.hint else f"{self.message}\n{self.hint}"


class UsageError(DrafterError):
    """Wrong command-line usage (exit code 2)."""

    exit_code = EXIT_USAGE


class FactsError(DrafterError):
    """A facts file that cannot be read or does not validate. ``problems``: each problem on its own."""

    def __init__(self, message: str, *, problems: list[str] | None = None, **kwargs: object) -> None:
        super().__init__(message, **kwargs)  # type: ignore[arg-type]
        self.problems = list(problems or [message])


class BankError(DrafterError):
    """A phrase bank that cannot be loaded, compiled or rendered."""


class OutputError(DrafterError):
    """An output file that cannot or may not be written."""


class ChecksFailed(DrafterError):
    """The checks found errors, so the report was not rendered (``--force`` renders anyway)."""
