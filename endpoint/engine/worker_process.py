"""One query worker process: start it, hear it say it runs, ask it to stop, kill it.

Why apart from the pool (endpoint/engine/worker): the pool's concern is who gets a worker
and when one is replaced; this module's is the life of one process and its pipe, and the
forkserver context that bulk jobs (endpoint/bulk/background) share with the queries.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess

from endpoint.engine.execute import serve

START_TIMEOUT_S = 30.0  # for a worker to say it runs: a fork, an import, the guard


class WorkerProcess:
    """One query process and our end of its pipe; the pool decides when to reuse or kill it."""

    def __init__(self, ctx: BaseContext, root: str, memory_mib: int | None) -> None:
        self.conn, child = ctx.Pipe()
        self.process: BaseProcess = ctx.Process(  # type: ignore[attr-defined]
            target=serve, args=(child, root, memory_mib), name="policykg-query", daemon=True
        )
        self.process.start()
        child.close()
        self.guard = self._hello()

    def _hello(self) -> str:
        """The worker's first word: which network guard it runs under (endpoint/engine/sandbox)."""
        try:
            if self.conn.poll(START_TIMEOUT_S):
                guard: str = self.conn.recv()
                return guard
        except (EOFError, OSError):
            pass
        self.kill()
        raise OSError(f"the query worker did not start (exit code {self.process.exitcode})")

    def usable(self) -> bool:
        """Alive, and silent: an idle worker has nothing to say, so a readable pipe
        means its end was closed (the process died or is dying)."""
        try:
            return self.process.is_alive() and not self.conn.poll(0)
        except (OSError, ValueError):  # our end is closed already
            return False

    def kill(self) -> None:
        self.process.kill()
        self.process.join(timeout=5)
        self.conn.close()

    def stop(self) -> None:
        """Ask politely (None ends the loop), then kill if it does not go."""
        with contextlib.suppress(OSError, ValueError):
            self.conn.send(None)
        self.process.join(timeout=2)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(timeout=5)
        self.conn.close()


def worker_context() -> BaseContext:
    """The forkserver context, preloading the worker module once for fast restarts."""
    try:
        ctx = mp.get_context("forkserver")
    except ValueError:  # platforms without forkserver
        return mp.get_context("spawn")
    ctx.set_forkserver_preload(["__main__", "endpoint.engine.execute"])
    return ctx
