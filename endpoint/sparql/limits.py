"""What a public endpoint needs around each request: rate limits, CORS, an access log.

- Rate limit: a token bucket per client address (RATE_LIMIT_PER_MINUTE tokens, refilled
  continuously; 0 disables). Over the limit: 429 with Retry-After. Only /sparql draws on
  it (`check_rate_limit()`); pages and dumps are cheap. Behind a reverse proxy, wrap the
  app in werkzeug's ProxyFix so `remote_addr` is the client, not the proxy.
- CORS: every response is readable from any origin (`Access-Control-Allow-Origin: *`,
  never with credentials), and preflight OPTIONS requests are answered for any route.
- Access log: method, path, status, total time and query time, on the
  `policykg.access` logger; query time also goes out as a `Server-Timing` header.
Body size limits are Flask's MAX_CONTENT_LENGTH (413); query length is checked in
endpoint/sparql/protocol (MAX_QUERY_BYTES, 413).
"""

from __future__ import annotations

import logging
import math
import threading
import time

from flask import Flask, current_app, g, request
from werkzeug.exceptions import TooManyRequests
from werkzeug.wrappers import Response

access_log = logging.getLogger("policykg.access")
KEY = "policykg.rate_limiter"
EXPOSED = "X-PolicyKG-Truncated, X-PolicyKG-Rows, Retry-After, Server-Timing, ETag, Content-Length"
MAX_CLIENTS = 10_000  # buckets kept; full ones are dropped first when there are more


class RateLimiter:
    """Token buckets keyed by client; thread-safe, with bounded memory."""

    def __init__(self, per_minute: float) -> None:
        self.capacity = float(per_minute)
        self.rate = per_minute / 60.0
        self._buckets: dict[str, tuple[float, float]] = {}  # client -> (tokens, time)
        self._lock = threading.Lock()

    def take(self, client: str, now: float | None = None) -> float:
        """0.0 if the request may go on, else seconds until a token is back."""
        now = time.monotonic() if now is None else now
        with self._lock:
            tokens, last = self._buckets.get(client, (self.capacity, now))
            tokens = min(self.capacity, tokens + (now - last) * self.rate)
            if tokens >= 1.0:
                self._buckets[client] = (tokens - 1.0, now)
                self._trim(now)
                return 0.0
            self._buckets[client] = (tokens, now)
            return (1.0 - tokens) / self.rate

    def _trim(self, now: float) -> None:
        if len(self._buckets) <= MAX_CLIENTS:
            return
        full = [
            c
            for c, (t, last) in self._buckets.items()
            if t + (now - last) * self.rate >= self.capacity
        ]
        for client in full or list(self._buckets)[: len(self._buckets) - MAX_CLIENTS]:
            del self._buckets[client]


def check_rate_limit() -> None:
    """:raise 429: this client used up its requests; Retry-After says when to come back."""
    limiter: RateLimiter | None = current_app.extensions.get(KEY)
    if limiter is None:
        return
    wait = limiter.take(request.remote_addr or "unknown")
    if wait > 0:
        retry = max(1, math.ceil(wait))
        limit = current_app.config["RATE_LIMIT_PER_MINUTE"]
        raise TooManyRequests(
            f"Rate limit: {limit} queries per minute per client. Retry in {retry} s.",
            retry_after=retry,
        )


def init_app(app: Flask) -> None:
    if float(app.config.get("RATE_LIMIT_PER_MINUTE") or 0) > 0:
        app.extensions[KEY] = RateLimiter(float(app.config["RATE_LIMIT_PER_MINUTE"]))
    app.before_request(_start_clock)
    app.after_request(_cors)
    app.after_request(_log)


def _start_clock() -> None:
    g.request_start = time.perf_counter()


def _cors(response: Response) -> Response:
    headers = response.headers
    headers["Access-Control-Allow-Origin"] = "*"
    headers["Access-Control-Expose-Headers"] = EXPOSED
    if request.method == "OPTIONS" and "Access-Control-Request-Method" in request.headers:
        allowed = response.headers.get("Allow") or "GET, HEAD, POST, OPTIONS"
        headers["Access-Control-Allow-Methods"] = allowed
        asked = request.headers.get("Access-Control-Request-Headers")
        headers["Access-Control-Allow-Headers"] = asked or "Accept, Content-Type"
        headers["Access-Control-Max-Age"] = "86400"
    return response


def _log(response: Response) -> Response:
    total_ms = (time.perf_counter() - g.get("request_start", time.perf_counter())) * 1000
    query_s = g.get("query_seconds")
    if query_s is not None:
        response.headers["Server-Timing"] = f"query;dur={query_s * 1000:.1f}"
    access_log.info(
        "%s %s %s %d %.1fms query=%s rows=%s",
        request.remote_addr,
        request.method,
        request.path,
        response.status_code,
        total_ms,
        f"{query_s * 1000:.1f}ms" if query_s is not None else "-",
        g.get("query_rows", "-"),
    )
    return response
