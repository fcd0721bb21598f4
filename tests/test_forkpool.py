"""The worker pool of build, check and validate: every task done and in order, workers replaced as asked,
a failing task stopping the pool, and no busy wait in the main process while results arrive."""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Callable
from typing import Any

import pytest

from policylabel.forkpool import fork_pool

pytestmark = pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(),
                                reason="worker processes are forked (elsewhere every command runs in one process)")


def _pid_and_square(i: int) -> tuple[int, int]:
    return os.getpid(), i * i


def _nap(i: int) -> int:
    time.sleep(0.001)
    return i


def _fail_at_five(i: int) -> int:
    if i == 5:
        raise ValueError("task five")
    return i


def test_every_task_is_done_in_order_by_replaced_workers() -> None:
    with fork_pool(2, maxtasksperchild=3) as pool:
        out = list(pool.imap(_pid_and_square, range(40), chunksize=1))
    assert [square for _, square in out] == [i * i for i in range(40)]
    workers = {pid for pid, _ in out}
    assert len(workers) >= 14  # a worker does three tasks at most: 40 tasks need 14 of them


def test_a_failing_task_reaches_the_caller_and_stops_the_pool() -> None:
    start = time.monotonic()
    with pytest.raises(ValueError, match="task five"), fork_pool(2) as pool:
        list(pool.imap(_fail_at_five, range(1000), chunksize=1))
    assert time.monotonic() - start < 30


def _main_cpu(make: Callable[[], Any]) -> float:
    start = time.process_time()  # every thread of this process: the pool's handler threads included
    with make() as pool:
        assert list(pool.imap(_nap, range(600), chunksize=1)) == list(range(600))
    return time.process_time() - start


def test_the_main_process_does_not_spin_while_results_arrive() -> None:
    """The stock pool's worker handler wakes for every result and loops until the result thread has read it:
    several times the main process's time of this pool, which handles the results only."""
    stock = min(_main_cpu(lambda: multiprocessing.get_context("fork").Pool(2)) for _ in range(2))
    ours = min(_main_cpu(lambda: fork_pool(2)) for _ in range(2))
    assert ours < 0.5 * stock, (ours, stock)
