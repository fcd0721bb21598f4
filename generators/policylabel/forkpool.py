"""Forked worker processes that share no lock with the main process, so that stopping them never waits on one.

multiprocessing's pool feeds its workers through two queues, each guarded by a lock the workers share: a worker
stopped while it holds one (sending a result larger than the pipe holds, while the pool stops reading) keeps it
for ever, and the pool's own stop then waits on that lock for ever: a build stopped by Ctrl-C or SIGTERM hung.
Here each worker has a socket of its own to the main process, which hands it at most ``_AHEAD`` tasks at a time
and reads the results: no lock, no helper thread, no busy wait. A worker that dies is a clear error, not a hang;
one whose main process dies reads the end of its socket and exits.

Workers are stopped with SIGTERM. One forked while the main process has a Python handler for it
(``pipeline.terminate_as_interrupt``) would lose a SIGTERM that arrives before it sets its own disposition, and
Ctrl-C (sent to the whole process group) would interrupt it as it starts. So both are blocked while a worker is
forked: the worker takes SIGTERM's default, ignores SIGINT (the main process alone decides), then unblocks them.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from policylabel.diagnostics import WORKER_NOTE, raised_at

_AHEAD = 2  # tasks handed to a worker before its first result is back: it never waits for the main process
_STOPPING = {signal.SIGTERM, signal.SIGINT}
_STOP_WAIT = 5.0  # seconds a worker told to stop may take to end before it is killed


class WorkerLost(RuntimeError):
    """A worker process ended while it had work (killed, out of memory, a crash in native code)."""


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection
    tasks: deque[int] = field(default_factory=deque)  # indexes of the tasks it holds, in the order it does them
    given: int = 0
    retiring: bool = False  # told to exit after the tasks it holds


def _serve(conn: Connection, inherited: list[Connection], initializer: Callable[[], Any] | None) -> None:
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOPPING)
    for other in inherited:  # the main process's ends: held here, they would hide its exit from the others
        other.close()
    if initializer is not None:
        initializer()
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return  # the main process has gone
        if message is None:
            return
        func, items = message
        try:
            reply: tuple[bool, Any] = (True, [func(item) for item in items])
        except Exception as exc:
            # where it was raised: the traceback stays in this process, and the main one raises it anew
            exc.add_note(WORKER_NOTE + raised_at(exc))
            reply = (False, exc)
        try:
            conn.send(reply)
        except (EOFError, OSError):
            return
        except Exception as exc:  # a result or an exception that does not pickle
            conn.send((False, RuntimeError(f"a worker's result could not be sent back: {exc!r}")))


class ForkPool:
    """``processes`` forked workers; ``initializer`` runs in each as it starts, and a worker is replaced after
    ``maxtasksperchild`` tasks (so that no cache inside one grows with the work)."""

    def __init__(self, processes: int, initializer: Callable[[], Any] | None = None,
                 maxtasksperchild: int | None = None) -> None:
        self._context = multiprocessing.get_context("fork")
        self._initializer = initializer
        self._limit = maxtasksperchild
        self._workers: list[_Worker] = []
        try:
            for _ in range(processes):
                self._start()
        except BaseException:
            self.terminate()
            raise

    def _start(self) -> _Worker:
        mine, theirs = self._context.Pipe()
        inherited = [w.conn for w in self._workers] + [mine]
        process = self._context.Process(target=_serve, args=(theirs, inherited, self._initializer), daemon=True)
        old = signal.pthread_sigmask(signal.SIG_BLOCK, _STOPPING)
        try:
            process.start()
            worker = _Worker(process, mine)
            self._workers.append(worker)  # before a pending signal can interrupt: terminate() must see it
        finally:
            theirs.close()
            signal.pthread_sigmask(signal.SIG_SETMASK, old)
        return worker

    def _retire(self, worker: _Worker) -> None:
        _end(worker)
        self._workers.remove(worker)
        self._start()

    def imap(self, func: Callable[[Any], Any], iterable: Iterable[Any], chunksize: int = 1) -> Iterator[Any]:
        """``func`` of every item, in the order of ``iterable``; the first task to fail raises its exception."""
        items = iter(iterable)
        done: dict[int, tuple[bool, Any]] = {}
        sent = emitted = 0
        more = True
        while True:
            while more:
                idle = [w for w in self._workers if not w.retiring and len(w.tasks) < _AHEAD]
                if not idle:
                    break
                worker = min(idle, key=lambda w: len(w.tasks))
                chunk = list(islice(items, chunksize))
                if not chunk:
                    more = False
                    break
                self._send(worker, (func, chunk))
                worker.tasks.append(sent)
                sent += 1
                worker.given += 1
                if self._limit is not None and worker.given >= self._limit:
                    self._send(worker, None)
                    worker.retiring = True
            while emitted in done:
                ok, value = done.pop(emitted)
                emitted += 1
                if not ok:
                    raise value
                yield from value
            if not more and emitted == sent:
                return
            busy: dict[Any, _Worker] = {w.conn: w for w in self._workers if w.tasks}
            for ready in multiprocessing.connection.wait(list(busy)):
                worker = busy[ready]
                try:
                    reply = worker.conn.recv()
                except (EOFError, OSError):
                    raise _lost(worker) from None
                done[worker.tasks.popleft()] = reply
                if worker.retiring and not worker.tasks:
                    self._retire(worker)

    def map(self, func: Callable[[Any], Any], iterable: Iterable[Any], chunksize: int = 1) -> list[Any]:
        return list(self.imap(func, iterable, chunksize))

    @staticmethod
    def _send(worker: _Worker, message: Any) -> None:
        try:
            worker.conn.send(message)
        except (EOFError, OSError):
            raise _lost(worker) from None

    def close(self) -> None:
        """Stop the workers, once they have done what they hold if nothing is left unread."""
        if any(w.tasks for w in self._workers):  # results nobody reads could fill a socket and block its worker
            self.terminate()
            return
        for worker in self._workers:
            if not worker.retiring:
                try:
                    worker.conn.send(None)
                except OSError:
                    pass
        for worker in self._workers:
            _end(worker)
        self._workers = []

    def terminate(self) -> None:
        """Stop the workers now: SIGTERM, which no lock or pending write delays; SIGKILL if one lingers."""
        for worker in self._workers:
            if worker.process.exitcode is None:
                worker.process.terminate()
        for worker in self._workers:
            _end(worker)
        self._workers = []


def _lost(worker: _Worker) -> WorkerLost:
    """The error for a worker whose socket ended while it had work: its exit code once it has been reaped."""
    worker.process.join(_STOP_WAIT)
    return WorkerLost(f"a worker process ended while working (exit code {worker.process.exitcode})")


def _end(worker: _Worker) -> None:
    """Wait for a worker told to stop (asked, or sent SIGTERM); kill it if it lingers."""
    worker.process.join(_STOP_WAIT)
    if worker.process.exitcode is None:
        worker.process.kill()
        worker.process.join()
    worker.conn.close()


@contextmanager
def fork_pool(processes: int, initializer: Callable[[], Any] | None = None,
              maxtasksperchild: int | None = None) -> Iterator[ForkPool]:
    """A pool of ``processes`` forked workers: stopped when the block ends, at once if it ends by an exception."""
    pool = ForkPool(processes, initializer, maxtasksperchild)
    try:
        yield pool
    except BaseException:
        pool.terminate()
        raise
    pool.close()
