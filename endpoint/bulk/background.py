"""Whole-graph work done once per generation (VoID counts, dump files), in a process of
its own that can be killed, and that no request waits on for long.

Counting or dumping walks the whole store: seconds at 10^6 quads, minutes further on,
with memory in proportion (a DISTINCT over every triple). Done in the web server, the
first request after each build waited for it without any limit, and the memory was the
server's. Here a request starts the work, or joins the one under way, and waits at most
BULK_WAIT_S; past that it gets 503 with Retry-After while the work goes on, so a later
request finds the result (callers cache it per generation, as before). The work runs in
a process with the query workers' memory cap (QUERY_MEMORY_MIB) and is killed after
BULK_TIMEOUT_S; one runs at a time, the others wait their turn. A failure is reported
to the requests waiting then, and the next request tries again.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from types import FrameType
from typing import Any

from flask import current_app
from werkzeug.exceptions import ServiceUnavailable

from endpoint.engine.execute import limit_memory
from endpoint.engine.worker_process import (
    worker_context,  # the query workers' forkserver: one, preloaded
)

KEY = "policykg.background"
RETRY_AFTER_S = 10
STOP_GRACE_S = 2.0


class BulkFailedError(ServiceUnavailable):
    """The work was killed: too slow, or over the memory cap. 503: a later try may fit."""


@dataclass
class _Task:
    what: str
    started: float = field(default_factory=time.monotonic)
    done: threading.Event = field(default_factory=threading.Event)
    result: Any = None
    error: BaseException | None = None


class Background:
    """At most one task per (kind, generation); results go to whoever asks next."""

    def __init__(self, *, memory_mib: int | None) -> None:
        self.memory_mib = memory_mib or None
        self._tasks: dict[tuple[str, str], _Task] = {}
        self._lock = threading.Lock()
        self._one_at_a_time = threading.Lock()

    def run(
        self,
        what: str,
        key: tuple[str, str],
        work: Callable[..., Any],
        *args: Any,
        wait: float,
        timeout: float,
    ) -> Any:
        """`work(*args)` in a child process; its result, or the error it ended with.

        `what` names it for people ("the VoID counts"); `key` is (kind, generation).
        :raise ServiceUnavailable: still running after `wait` seconds (Retry-After).
        :raise BulkFailedError: killed at `timeout` seconds or at the memory cap.
        """
        with self._lock:
            task = self._tasks.get(key)
            if task is None:
                self._forget_other_generations(key[1])
                task = self._tasks[key] = _Task(what)
                job = (task, work, args, timeout)
                threading.Thread(target=self._supervise, args=job, daemon=True).start()
        if not task.done.wait(wait):
            since = time.monotonic() - task.started
            raise ServiceUnavailable(
                f"Still preparing {what} (started {since:.0f} s ago, stopped after "
                f"{timeout:g} s at most). Retry in {RETRY_AFTER_S} s.",
                retry_after=RETRY_AFTER_S,
            )
        with self._lock:
            if self._tasks.get(key) is task:
                del self._tasks[key]  # handed over: the caller caches it, or we try again
        if task.error is not None:
            raise task.error
        return task.result

    def _forget_other_generations(self, generation: str) -> None:
        for key in [k for k, t in self._tasks.items() if t.done.is_set() and k[1] != generation]:
            del self._tasks[key]

    def _supervise(
        self, task: _Task, work: Callable[..., Any], args: tuple[Any, ...], timeout: float
    ) -> None:
        with self._one_at_a_time:
            try:
                task.result = self._in_child(task.what, work, args, timeout)
            except BaseException as e:  # handed to the requests waiting, never lost
                task.error = e
            finally:
                task.done.set()

    def _in_child(
        self, what: str, work: Callable[..., Any], args: tuple[Any, ...], timeout: float
    ) -> Any:
        ctx = worker_context()
        conn, child = ctx.Pipe(duplex=False)
        process = ctx.Process(  # type: ignore[attr-defined]
            target=_child,
            args=(child, self.memory_mib, work, args),
            name="policykg-bulk",
            daemon=True,  # killed at exit with the server
        )
        process.start()
        child.close()
        try:
            if not conn.poll(timeout):
                raise BulkFailedError(
                    f"Preparing {what} took longer than {timeout:g} s (BULK_TIMEOUT_S) "
                    "and was stopped."
                )
            ok, value = conn.recv()
        except EOFError:
            ok, value = False, None
        finally:
            _stop(process)
            conn.close()
        if ok:
            return value
        if isinstance(value, MemoryError) or process.exitcode == -signal.SIGABRT:
            limit = f"the memory limit of {self.memory_mib} MiB" if self.memory_mib else "memory"
            raise BulkFailedError(f"Preparing {what} exceeded {limit} (QUERY_MEMORY_MIB).")
        if value is None:
            raise BulkFailedError(f"Preparing {what} failed (exit status {process.exitcode}).")
        raise value


def _stop(process: Any) -> None:
    """SIGTERM first, so a dump being written removes its temporary file; SIGKILL if the
    work is deep in Oxigraph, where Python's handler does not run."""
    process.terminate()
    process.join(STOP_GRACE_S)
    if process.is_alive():
        process.kill()
        process.join()


def _child(conn: Connection, memory_mib: int | None, work: Callable[..., Any], args: Any) -> None:
    """SIGTERM (the timeout, or the server's exit) unwinds like an error: `finally`
    blocks run, so no temporary file is left behind."""
    signal.signal(signal.SIGTERM, _exit)
    limit_memory(memory_mib)
    try:
        result = (True, work(*args))
    except Exception as e:  # the parent re-raises it: StoreError is a 503, as in-process
        result = (False, e)
    try:
        conn.send(result)
    except Exception as e:  # an exception that does not pickle
        conn.send((False, RuntimeError(f"{type(e).__name__}: {e}")))


def _exit(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(1)


def background() -> Background:
    """This app's runner of whole-graph work (no process until the first task)."""
    extensions = current_app.extensions
    if KEY not in extensions:
        memory = int(current_app.config["QUERY_MEMORY_MIB"] or 0)
        extensions.setdefault(KEY, Background(memory_mib=memory))
    runner: Background = extensions[KEY]
    return runner


def run_bulk(what: str, key: tuple[str, str], work: Callable[..., Any], *args: Any) -> Any:
    """`Background.run` with this app's BULK_WAIT_S and BULK_TIMEOUT_S."""
    config = current_app.config
    wait, timeout = float(config["BULK_WAIT_S"]), float(config["BULK_TIMEOUT_S"])
    return background().run(what, key, work, *args, wait=wait, timeout=timeout)
