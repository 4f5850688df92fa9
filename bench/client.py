"""The benchmark's SPARQL client: one keep-alive connection per server, one query at a time.

Keep-alive, so that what is timed is the server's work and not TCP set-up on loopback
(the same for every server). A request that fails on a connection the server closed
while idle (uvicorn closes them after 5 s) is retried once on a new one; any other
failure is a result, reported in the table rather than hidden.
"""

from __future__ import annotations

import http.client
import json
import statistics
import time
import urllib.parse
from dataclasses import dataclass, field

ACCEPT = {"Accept": "application/sparql-results+json"}
SLOW_S = 5.0  # a query this slow (after warm-up) is timed once: the table says so
_STALE = (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError)


class QueryFailedError(Exception):
    """The server answered with an error status, or not within the client timeout."""


@dataclass
class Measurement:
    """Timings in seconds and the row count, or no timings and why (`failure`)."""

    timings: list[float] = field(default_factory=list)
    rows: int = -1
    failure: str = ""

    @property
    def timed_out(self) -> bool:
        return self.failure == "timeout"

    def median_ms(self) -> float | None:
        return statistics.median(self.timings) * 1000 if self.timings else None

    def cell(self) -> str:
        """ "median / p95" in ms; one run is marked; a failure says what it was."""
        if not self.timings:
            return self.failure
        median = statistics.median(self.timings) * 1000
        if len(self.timings) == 1:
            return f"{median:,.0f} (1 run)"
        p95 = sorted(self.timings)[max(0, round(0.95 * len(self.timings)) - 1)] * 1000
        return f"{median:,.1f} / {p95:,.1f}"


class Client:
    """GET `endpoint?query=...` with Accept: SPARQL JSON results, over keep-alive."""

    def __init__(self, endpoint: str, timeout: float) -> None:
        parts = urllib.parse.urlsplit(endpoint)
        self.host, self.port = parts.hostname or "127.0.0.1", parts.port or 80
        self.path = parts.path or "/"
        self.timeout = timeout
        self._conn: http.client.HTTPConnection | None = None

    def ask(self, query: str) -> tuple[float, int]:
        """Seconds from sending to the last byte, and the number of result rows.

        :raise QueryFailedError: an HTTP error status, a timeout or a broken connection.
        """
        target = self.path + "?" + urllib.parse.urlencode({"query": query})
        for attempt in (1, 2):
            conn = self._connection()
            started = time.perf_counter()
            try:
                conn.request("GET", target, headers=ACCEPT)
                response = conn.getresponse()
                body = response.read()
            except _STALE:
                self.close()
                if attempt == 2:
                    raise QueryFailedError("connection lost") from None
                continue
            except TimeoutError:
                self.close()  # the answer may still come on this connection: drop it
                raise QueryFailedError("timeout") from None
            except OSError as e:
                self.close()
                raise QueryFailedError(type(e).__name__) from None
            took = time.perf_counter() - started
            if response.status != 200:
                raise QueryFailedError(f"HTTP {response.status}")
            return took, _rows(body)
        raise AssertionError("unreachable")

    def _connection(self) -> http.client.HTTPConnection:
        if self._conn is None:
            self._conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
        return self._conn

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def _rows(body: bytes) -> int:
    try:
        answer = json.loads(body)
        return len(answer["results"]["bindings"]) if "results" in answer else -1
    except (ValueError, KeyError, TypeError):
        raise QueryFailedError("bad JSON") from None


def measure(client: Client, query: str, *, repeat: int, warm: int) -> Measurement:
    """`warm` untimed runs, then `repeat` timed ones (one when the query is slow)."""
    result = Measurement()
    try:
        took = 0.0
        for _ in range(max(1, warm)):
            took, result.rows = client.ask(query)
        runs = 1 if took > SLOW_S else repeat
        result.timings = [client.ask(query)[0] for _ in range(runs)]
    except QueryFailedError as e:
        result.timings, result.failure = [], str(e)
    return result
