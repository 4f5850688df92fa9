"""Fair service: one client cannot hold every query worker, and /sparql cannot hold
every server thread.

- Per client (by address, as the rate limit): at most QUERIES_PER_CLIENT queries run or
  wait at once. Another one from the same client waits up to CLIENT_WAIT_S for its own
  earlier query to end, then gets 429 with Retry-After. Two clients sending heavy
  queries hold two workers at most, and the other QUERY_WORKERS - 2 stay free for
  everyone else's cheap ones.
- Admission: at most QUERY_WORKERS + QUERY_QUEUE requests are inside /sparql at once
  (running or waiting for a worker); one more gets 503 with Retry-After at once. The
  server's threads are then never all parked waiting for a worker, so pages, dumps
  and /health, which never touch a query worker, keep answering.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator

from flask import current_app, request
from flask.sansio.app import App
from werkzeug.exceptions import ServiceUnavailable, TooManyRequests

KEY = "policykg.query_gate"
RETRY_S = 2


class ClientBusyError(Exception):
    """This client already has its share of queries running."""


class GateFullError(Exception):
    """As many requests as the endpoint admits are inside /sparql."""


class QueryGate:
    """Counts of queries per client and in all; thread-safe, waits on one condition."""

    def __init__(self, *, per_client: int, admitted: int) -> None:
        self.per_client = per_client
        self.admitted = admitted
        self._cond = threading.Condition()
        self._running: dict[str, int] = {}
        self._inside = 0

    @contextlib.contextmanager
    def slot(self, client: str, *, wait: float) -> Iterator[None]:
        """Hold one of this client's query slots while the block runs.

        :raise GateFullError: the endpoint admits no more requests right now.
        :raise ClientBusyError: the client's own queries still ran after `wait` s.
        """
        with self._cond:
            if self._inside >= self.admitted:
                raise GateFullError
            self._inside += 1
            try:
                self._wait_for_turn(client, wait)
            except ClientBusyError:
                self._inside -= 1
                raise
            self._running[client] = self._running.get(client, 0) + 1
        try:
            yield
        finally:
            with self._cond:
                self._release(client)

    def _wait_for_turn(self, client: str, wait: float) -> None:
        deadline = time.monotonic() + wait
        while self._running.get(client, 0) >= self.per_client:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise ClientBusyError
            self._cond.wait(remaining)

    def _release(self, client: str) -> None:
        self._inside -= 1
        left = self._running[client] - 1
        if left:
            self._running[client] = left
        else:
            del self._running[client]
        self._cond.notify_all()

    def status(self) -> dict[str, int]:
        with self._cond:
            return {"inside": self._inside, "clients": len(self._running)}


def gate() -> QueryGate:
    found: QueryGate = current_app.extensions[KEY]
    return found


@contextlib.contextmanager
def query_slot() -> Iterator[None]:
    """The current request's turn at the query workers, or 429/503 saying why not."""
    config = current_app.config
    client = request.remote_addr or "unknown"
    try:
        with gate().slot(client, wait=float(config["CLIENT_WAIT_S"])):
            yield
    except ClientBusyError as e:
        raise TooManyRequests(
            f"You already have {config['QUERIES_PER_CLIENT']} query running: this endpoint "
            "runs one query at a time per client (QUERIES_PER_CLIENT). Send the next when "
            "it has answered.",
            retry_after=RETRY_S,
        ) from e
    except GateFullError as e:
        error = ServiceUnavailable(
            f"The endpoint is busy: {gate().admitted} queries are running or waiting "
            "(QUERY_WORKERS + QUERY_QUEUE). Retry shortly."
        )
        response = error.get_response()
        response.headers["Retry-After"] = str(RETRY_S)
        error.response = response
        raise error from e


def init_app(app: App) -> None:
    """One gate per app, sized from its settings."""
    config = app.config
    app.extensions[KEY] = QueryGate(
        per_client=int(config["QUERIES_PER_CLIENT"]),
        admitted=int(config["QUERY_WORKERS"]) + int(config["QUERY_QUEUE"]),
    )
