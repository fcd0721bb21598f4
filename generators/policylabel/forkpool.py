"""Forked worker processes: multiprocessing's pool, without its worker handler's busy wait.

The stock pool's worker handler (a thread of the main process) waits for a worker to exit, for the pool to
change, and for a result to arrive on the result pipe, which the result handler thread reads. Each result
wakes it, and until the result handler has read it the pipe stays readable, so the handler loops: about
half a millisecond of the main process's time per task, taken from the workers on a busy machine. Nothing
it does needs the results: workers that exit wake it by their sentinels, and closing, terminating or
draining the pool through its change notifier (as the thread pool already waits).
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.pool
import pickle
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

T = TypeVar("T")


class _Pool(multiprocessing.pool.Pool):
    def _get_sentinels(self) -> list[Any]:
        notifier = getattr(self, "_change_notifier", None)
        reader = getattr(notifier, "_reader", None)
        return [reader] if reader is not None else super()._get_sentinels()


def fork_pool(processes: int, **kwargs: Any) -> multiprocessing.pool.Pool:
    """A pool of ``processes`` forked workers (``kwargs``: initializer, maxtasksperchild...)."""
    return _Pool(processes, context=multiprocessing.get_context("fork"), **kwargs)


# A result the pool's result-handler thread cannot unpickle stops that thread and leaves the caller waiting for
# ever. Workers pickle their results themselves and the caller unpickles them, so such a result raises an error
# where it is read instead of hanging the command.


def _pickled(task: tuple[Callable[[int], Any], int]) -> bytes:
    fn, index = task
    return pickle.dumps(fn(index), protocol=pickle.HIGHEST_PROTOCOL)


def map_indices(pool: multiprocessing.pool.Pool, fn: Callable[[int], T], count: int, chunksize: int = 1) -> list[T]:
    """``[fn(i) for i in range(count)]`` in the pool's workers (``fn`` a module-level function)."""
    return [pickle.loads(b) for b in pool.map(_pickled, [(fn, i) for i in range(count)], chunksize=chunksize)]


def imap_indices(pool: multiprocessing.pool.Pool, fn: Callable[[int], T], count: int,
                 chunksize: int = 1) -> Iterator[T]:
    """``fn(i)`` for each ``i`` in ``range(count)``, in order, as the pool's workers finish them."""
    for b in pool.imap(_pickled, ((fn, i) for i in range(count)), chunksize=chunksize):
        yield pickle.loads(b)
