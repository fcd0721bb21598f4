"""Forked worker processes: multiprocessing's pool, without its worker handler's busy wait, and with workers that
SIGTERM always stops.

The stock pool's worker handler (a thread of the main process) waits for a worker to exit, for the pool to
change, and for a result to arrive on the result pipe, which the result handler thread reads. Each result
wakes it, and until the result handler has read it the pipe stays readable, so the handler loops: about
half a millisecond of the main process's time per task, taken from the workers on a busy machine. Nothing
it does needs the results: workers that exit wake it by their sentinels, and closing, terminating or
draining the pool through its change notifier (as the thread pool already waits).

The pool stops its workers with SIGTERM. A worker forked while the main process has a Python handler for it
(``pipeline.terminate_as_interrupt``) would lose a SIGTERM that arrives before it sets its own disposition (the
interpreter clears signals caught before it resumes after a fork, and replacing a handler drops one caught but not
yet handled), and the pool would wait for it for ever. So SIGTERM is blocked while a worker is forked, and the
worker takes the default disposition before unblocking it: one sent meanwhile stays pending and then ends it.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.pool
import os
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


class _Pool(multiprocessing.pool.Pool):
    def _get_sentinels(self) -> list[Any]:
        notifier = getattr(self, "_change_notifier", None)
        reader = getattr(notifier, "_reader", None)
        return [reader] if reader is not None else super()._get_sentinels()


_pools = 0  # pools of this module alive in this process: other forks are left alone
_TERM = {signal.SIGTERM}


def _before_fork() -> None:
    if _pools:
        signal.pthread_sigmask(signal.SIG_BLOCK, _TERM)


def _after_fork_in_parent() -> None:
    if _pools:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _TERM)


def _after_fork_in_child() -> None:
    if _pools:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        # Ctrl-C reaches the whole process group: the main process alone decides, and stops the workers.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _TERM)


os.register_at_fork(before=_before_fork, after_in_parent=_after_fork_in_parent, after_in_child=_after_fork_in_child)


@contextmanager
def fork_pool(processes: int, **kwargs: Any) -> Iterator[multiprocessing.pool.Pool]:
    """A pool of ``processes`` forked workers (``kwargs``: initializer, maxtasksperchild...), terminated when the
    block ends."""
    global _pools
    _pools += 1
    try:
        with _Pool(processes, context=multiprocessing.get_context("fork"), **kwargs) as pool:
            yield pool
    finally:
        _pools -= 1
