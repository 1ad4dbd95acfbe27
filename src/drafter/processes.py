"""Work spread over processes: a pool that forks where the platform can (every worker starts with what the
parent has imported and cached), and one way to run a function over many items with a callback as each
one finishes. Used by ``drafter batch`` (reports) and ``drafter summary`` (units read).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

Item = TypeVar("Item")
Out = TypeVar("Out")


def pool(workers: int) -> ProcessPoolExecutor:
    """A pool of ``workers`` processes, forked where the platform allows it."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    return ProcessPoolExecutor(max_workers=workers,
                               mp_context=multiprocessing.get_context("fork" if "fork" in methods else None))


def run_each(func: Callable[..., Out], items: Sequence[Item], args: tuple[Any, ...], workers: int,
             on_done: Callable[[Out], None], failed: Callable[[Item, Exception], Out]) -> list[Out]:
    """``func(item, *args)`` for every item, in ``workers`` processes (1: in this process), ``on_done`` after
    each as it finishes; the results in the order of ``items``. In processes, an item whose worker died (out
    of memory, killed) gives ``failed(item, exception)`` and the others go on."""
    if workers <= 1:
        results = []
        for item in items:
            results.append(func(item, *args))
            on_done(results[-1])
        return results
    from concurrent.futures import as_completed

    done: dict[int, Out] = {}
    with pool(workers) as executor:
        futures = {executor.submit(func, item, *args): i for i, item in enumerate(items)}
        for future in as_completed(futures):
            i = futures[future]
            try:
                done[i] = future.result()
            except Exception as exc:
                done[i] = failed(items[i], exc)
            on_done(done[i])
    return [done[i] for i in range(len(items))]
