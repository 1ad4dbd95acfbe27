"""A time budget for running phrase-bank templates, which may come from someone else.

Jinja's sandbox refuses attribute tricks and huge ranges, and ``wording.sandbox`` refuses anything
that grows too big, but neither stops loops nested inside loops that print nothing
(``range(100000)`` twice is 10¹⁰ steps): ``render_budget`` stops such a template after ``SECONDS``
with ``RenderTimeout``, which the engine reports as a ``BankError`` naming the slot.

Where SIGALRM exists (POSIX) an interval timer raises it in the main thread. Elsewhere (Windows) a
watchdog thread interrupts the main thread with ``_thread.interrupt_main``, which a SIGINT handler
installed for the duration turns into ``RenderTimeout``; so the budget holds on every platform. Off
the main thread (nothing in drafter renders there) templates run unbounded in time, bounded in size.
"""

from __future__ import annotations

import _thread
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
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    if not hasattr(signal, "setitimer") or not hasattr(signal, "SIGALRM"):
        with _watchdog(seconds or SECONDS):
            yield
        return
    if signal.getitimer(signal.ITIMER_REAL)[0] != 0:  # another timer is running: leave it alone
        yield
        return
    previous = signal.signal(signal.SIGALRM, _expire)
    signal.setitimer(signal.ITIMER_REAL, seconds or SECONDS)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextlib.contextmanager
def _watchdog(seconds: float) -> Iterator[None]:
    """The budget without SIGALRM: a timer thread interrupts the main thread; Ctrl-C meanwhile stays Ctrl-C."""
    fired = threading.Event()

    def interrupted(_signum: int, _frame: Any) -> None:
        raise RenderTimeout() if fired.is_set() else KeyboardInterrupt()

    def expire() -> None:
        fired.set()
        _thread.interrupt_main()

    previous = signal.signal(signal.SIGINT, interrupted)
    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
        signal.signal(signal.SIGINT, previous)
