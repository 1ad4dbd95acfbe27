"""A time budget for running phrase-bank templates, which may come from someone else.

Jinja's sandbox refuses attribute tricks and huge ranges, but not loops nested inside loops
(``range(100000)`` twice is 10¹⁰ steps): ``render_budget`` stops such a template after
``SECONDS`` with ``RenderTimeout``, which the engine reports as a ``BankError`` naming the slot.
It uses SIGALRM, so it applies on POSIX in the main thread (the CLI, batch workers); elsewhere
templates run unbounded.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from typing import Any

SECONDS = 10.0  # a whole report's templates take a few milliseconds


class RenderTimeout(Exception):
    """The templates ran out of their time budget."""


def _expire(_signum: int, _frame: Any) -> None:
    raise RenderTimeout()


@contextlib.contextmanager
def render_budget(seconds: float | None = None) -> Iterator[None]:
    usable = (hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
              and signal.getitimer(signal.ITIMER_REAL)[0] == 0)  # not when another timer is running
    if not usable:
        yield
        return
    previous = signal.signal(signal.SIGALRM, _expire)
    signal.setitimer(signal.ITIMER_REAL, seconds or SECONDS)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
