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
from typing import Any


class _Pool(multiprocessing.pool.Pool):
    def _get_sentinels(self) -> list[Any]:
        notifier = getattr(self, "_change_notifier", None)
        reader = getattr(notifier, "_reader", None)
        return [reader] if reader is not None else super()._get_sentinels()


def fork_pool(processes: int, **kwargs: Any) -> multiprocessing.pool.Pool:
    """A pool of ``processes`` forked workers (``kwargs``: initializer, maxtasksperchild...)."""
    return _Pool(processes, context=multiprocessing.get_context("fork"), **kwargs)
