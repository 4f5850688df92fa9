"""A pool of query worker processes that can be killed: the only real query timeout.

pyoxigraph cannot interrupt a running query, and a thread cannot be killed, so every
public query runs in a separate process (endpoint/engine/execute.py). When a query outlives
its wall-clock limit, its worker is SIGKILLed and a fresh one takes its place on the
next request; the store is read-only, so killing a reader loses nothing. Time is not
enough: a query can allocate gigabytes in a second, so each worker also has a memory
cap (endpoint/engine/execute.limit_memory); a worker that hits it dies or is replaced, never
the server, which has no cap.

Workers come from a "forkserver" context (fork of a clean, single-threaded server
process, which preloads pyoxigraph), never plain fork: the web server is threaded
(waitress) and forking a threaded process can deadlock. As with any multiprocessing
program, the server's main module must be safe to import (`if __name__ == "__main__"`),
which the policykg CLI, waitress-serve and pytest are. The pool is lazy (no process
until the first query), thread-safe, and closed at interpreter exit; a worker whose
parent dies exits on its own (its pipe closes).
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import queue
import signal
import threading
import time
import weakref

from endpoint.engine import sandbox
from endpoint.engine.execute import OUT_OF_MEMORY, REMOTE, Job, Outcome
from endpoint.engine.worker_errors import (
    PoolBusyError,
    QueryCrashedError,
    QueryMemoryError,
    QueryTimeoutError,
    WorkerLostError,
)
from endpoint.engine.worker_process import WorkerProcess, worker_context

__all__ = [
    "PoolBusyError",
    "QueryCrashedError",
    "QueryMemoryError",
    "QueryPool",
    "QueryTimeoutError",
    "WorkerLostError",
]

log = logging.getLogger(__name__)
_POOLS: weakref.WeakSet[QueryPool] = weakref.WeakSet()
CRASHES = frozenset({signal.SIGSEGV, signal.SIGBUS, signal.SIGILL, signal.SIGFPE})


class QueryPool:
    """At most `size` workers over the store at `root`, started on demand, each with at
    most `memory_mib` MiB of data (None: no cap)."""

    def __init__(self, root: str, *, size: int, memory_mib: int | None = None) -> None:
        self.root = root
        self.size = max(1, size)
        self.memory_mib = memory_mib or None
        self._slots = threading.BoundedSemaphore(self.size)
        self._idle: queue.LifoQueue[WorkerProcess] = queue.LifoQueue()
        self._lock = threading.Lock()
        self._workers: set[WorkerProcess] = set()
        self.timeouts = 0
        self.memory_kills = 0
        self.crashes = 0
        self.network_guard: str | None = None  # as the last worker started reported it
        self.last_error: str | None = None
        self._closes = 0  # a query that began before a close() is not retried after it
        _POOLS.add(self)

    def run(self, job: Job, *, timeout: float, wait: float) -> Outcome:
        """Run `job` on a worker, killing it after `timeout` seconds.

        :raise PoolBusyError: no worker became free within `wait` seconds.
        :raise QueryTimeoutError: the query was stopped at the limit.
        :raise QueryMemoryError: the query hit the memory cap.
        :raise QueryCrashedError: the query crashed its worker; not retried.
        :raise WorkerLostError: the worker died under the query (killed from outside).
        """
        if not self._slots.acquire(timeout=wait):
            raise PoolBusyError(f"all {self.size} query workers stayed busy for {wait:g} s")
        try:
            closes = self._closes
            worker, reused = self._take()
            start = time.monotonic()
            try:
                return self._run_on(worker, job, timeout)
            except WorkerLostError:
                if not reused or self._closes != closes:
                    raise
            # An idle worker can die unnoticed (killed from outside): one more try on a
            # fresh one, within what is left of the time limit.
            left = timeout - (time.monotonic() - start)
            return self._run_on(self._start(), job, max(left, 0.0))
        finally:
            self._slots.release()

    def _run_on(self, worker: WorkerProcess, job: Job, timeout: float) -> Outcome:
        try:
            worker.conn.send(job)
            if not worker.conn.poll(timeout):
                self._discard(worker)
                with self._lock:
                    self.timeouts += 1
                raise QueryTimeoutError(f"the query ran longer than {timeout:g} s and was stopped")
            outcome: Outcome = worker.conn.recv()
        except (EOFError, OSError) as e:
            self._discard(worker)
            exitcode = worker.process.exitcode or 0
            if self.memory_mib and exitcode == -signal.SIGABRT:
                raise self._over_memory() from e  # how Rust and C++ fail an allocation
            if -exitcode in CRASHES or exitcode == -signal.SIGABRT:
                with self._lock:
                    self.crashes += 1
                raise QueryCrashedError(-exitcode) from e
            raise WorkerLostError("the query worker died while running the query") from e
        if outcome.status == OUT_OF_MEMORY:  # Python's MemoryError: start afresh anyway
            self._discard(worker)
            raise self._over_memory()
        self._idle.put(worker)
        return outcome

    def _over_memory(self) -> QueryMemoryError:
        with self._lock:
            self.memory_kills += 1
        return QueryMemoryError(self.memory_mib)

    def _take(self) -> tuple[WorkerProcess, bool]:
        """An idle live worker (True), or a new one (False); our slot keeps the size."""
        while True:
            try:
                worker = self._idle.get_nowait()
            except queue.Empty:
                return self._start(), False
            if worker.usable():
                return worker, True
            self._discard(worker)

    def _start(self) -> WorkerProcess:
        """A new worker; not under the lock: it waits for the worker to say it runs."""
        try:
            worker = WorkerProcess(worker_context(), self.root, self.memory_mib)
        except OSError as e:
            with self._lock:
                self.last_error = f"cannot start a query worker: {e}"
            raise WorkerLostError(f"cannot start a query worker: {e}") from e
        with self._lock:
            self._workers.add(worker)
            first, self.network_guard = self.network_guard is None, worker.guard
        if first and worker.guard != REMOTE:
            sandbox.report(worker.guard)
        return worker

    def _discard(self, worker: WorkerProcess) -> None:
        worker.kill()
        with self._lock:
            self._workers.discard(worker)

    def pids(self) -> list[int]:
        with self._lock:
            return [w.process.pid for w in self._workers if w.process.pid is not None]

    def status(self) -> dict[str, object]:
        return {
            "workers": len(self.pids()),
            "size": self.size,
            "timeouts": self.timeouts,
            "memory_limit_mib": self.memory_mib,
            "memory_kills": self.memory_kills,
            "crashes": self.crashes,
            "network_guard": self.network_guard,
            "last_error": self.last_error,
        }

    def close(self) -> None:
        """Stop every worker (a later query starts new ones); safe to call twice.

        Idle workers are asked to stop. A busy one is killed at once, its pipe left to the
        thread waiting on it, which alone may close it: closing it here as well would
        close whatever file reuses the number (waitress's trigger, at shutdown)."""
        with self._lock:
            workers, self._workers = self._workers, set()
            self._closes += 1
        idle = set()
        with contextlib.suppress(queue.Empty):
            while True:
                idle.add(self._idle.get_nowait())
        for worker in workers:
            if worker in idle:
                worker.stop()
            else:
                worker.process.kill()


@atexit.register
def close_all_pools() -> None:
    """Stop every pool of this process (registered at exit; tests call it too)."""
    for pool in list(_POOLS):
        pool.close()
