"""How a query can fail in the worker pool (endpoint/worker); endpoint/sparql turns each
into an HTTP status."""

from __future__ import annotations

import signal


class QueryTimeoutError(Exception):
    """The query ran past the wall-clock limit; its worker was killed."""


class PoolBusyError(Exception):
    """Every worker stayed busy for the whole wait."""


class WorkerLostError(Exception):
    """The worker died while running the query (a crash, or killed from outside)."""


class QueryCrashedError(Exception):
    """The query killed its worker with a crash signal (SIGSEGV: the parser's stack
    overflowed on a query nested too deep for the checks). Never retried: it would kill
    the next worker too."""

    def __init__(self, signum: int) -> None:
        self.signal = signal.Signals(signum).name
        super().__init__(f"the query crashed the query engine ({self.signal})")


class QueryMemoryError(Exception):
    """The query hit the worker's memory cap; the worker was replaced. Not a
    WorkerLostError: that one is retried, and this query would only fail again."""

    def __init__(self, limit_mib: int | None) -> None:
        self.limit_mib = limit_mib
        limit = f"the memory limit of {limit_mib} MiB" if limit_mib else "the memory"
        super().__init__(f"the query exceeded {limit}")
