"""One HTTP exchange at a time, bounded in every way, with retries and a per-host pause.

urllib3 directly rather than `trafilatura.fetch_response`: trafilatura returns None on a
timeout, a connection error or a refused address alike (we must say why a URL failed),
cuts an oversized page short instead of refusing it, blocks loopback addresses (our tests
serve pages on 127.0.0.1), follows redirects where robots.txt cannot be checked, and
retries on its own schedule. Here urllib3 keeps the connections alive and decodes gzip;
redirects, retries and limits are ours, so each of them is visible and tested.
Proxies from the environment are not used: library code does not read os.environ.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

import urllib3

from .. import __version__
from ..config import (
    FETCH_BACKOFF_S,
    FETCH_CONNECT_TIMEOUT_S,
    FETCH_DELAY_S,
    FETCH_MAX_BACKOFF_S,
    FETCH_MAX_BYTES,
    FETCH_MAX_REDIRECTS,
    FETCH_READ_TIMEOUT_S,
    FETCH_RETRIES,
    FETCH_TOTAL_TIMEOUT_S,
    PROJECT_URL,
)

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})  # 429: the server asks us to come back
CHUNK = 64 * 1024
USER_AGENT = f"PolicyKG/{__version__} (+{PROJECT_URL})"


class FetchError(Exception):
    """A URL that gave no usable answer; the message is the reason, for the report."""


class _TransientError(Exception):
    """A failure worth another try: a timeout, a dropped connection."""


@dataclass(frozen=True, kw_only=True)
class FetchConfig:
    """How polite and how patient the downloader is (the CLI fills it from flags)."""

    delay: float = FETCH_DELAY_S
    connect_timeout: float = FETCH_CONNECT_TIMEOUT_S
    read_timeout: float = FETCH_READ_TIMEOUT_S
    total_timeout: float = FETCH_TOTAL_TIMEOUT_S
    max_bytes: int = FETCH_MAX_BYTES
    retries: int = FETCH_RETRIES
    backoff: float = FETCH_BACKOFF_S
    max_backoff: float = FETCH_MAX_BACKOFF_S
    max_redirects: int = FETCH_MAX_REDIRECTS
    user_agent: str = USER_AGENT


@dataclass(frozen=True, kw_only=True)
class Reply:
    """One answer: the body is read only for a 200 the caller accepted."""

    url: str
    status: int
    headers: dict[str, str]  # lower-case names
    body: bytes = b""


Check = Callable[[dict[str, str]], None]  # raises FetchError to refuse a 200 before its body


class Throttle:
    """Waits so that two requests to one host are at least `delay` seconds apart."""

    def __init__(self, *, sleep: Callable[[float], None], clock: Callable[[], float]) -> None:
        self._sleep, self._clock = sleep, clock
        self._last: dict[str, float] = {}

    def wait(self, host: str, delay: float) -> None:
        last = self._last.get(host)
        if last is not None:
            pause = last + delay - self._clock()
            if pause > 0:
                self._sleep(pause)
        self._last[host] = self._clock()


class HttpClient:
    """GET with timeouts, a size cap, bounded retries and a pause per host; no redirects.

    Redirects are returned as they are (3xx), so the caller can check robots.txt for the
    new location before following it.
    """

    def __init__(
        self,
        config: FetchConfig,
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.config = config
        self._sleep, self._clock = sleep, clock
        self._throttle = Throttle(sleep=sleep, clock=clock)
        self._pool = urllib3.PoolManager(
            num_pools=20,
            headers={"User-Agent": config.user_agent, "Accept-Encoding": "gzip, deflate"},
            timeout=urllib3.Timeout(connect=config.connect_timeout, read=config.read_timeout),
            retries=False,
        )

    def close(self) -> None:
        """Close the kept-alive connections (each pool holds sockets)."""
        self._pool.clear()

    def request(self, url: str, *, check: Check | None = None, delay: float | None = None) -> Reply:
        """The reply to the first try that is not a 5xx/429 or a connection failure."""
        check_url(url)
        tries = self.config.retries + 1
        for attempt in range(tries):
            self._throttle.wait(host_of(url), self.config.delay if delay is None else delay)
            try:
                reply = self._once(url, check)
            except _TransientError as e:
                reason, retry_after = str(e), None
            else:
                if reply.status not in RETRY_STATUSES:
                    return reply
                reason, retry_after = f"HTTP {reply.status}", reply.headers.get("retry-after")
            if attempt + 1 < tries:
                self._sleep(self._backoff(attempt, retry_after))
        raise FetchError(f"{reason} (tried {tries} times)" if tries > 1 else reason)

    def _backoff(self, attempt: int, retry_after: str | None) -> float:
        """Exponential, or what Retry-After says in seconds; never over max_backoff."""
        wait = self.config.backoff * 2**attempt
        if retry_after and retry_after.strip().isdigit():
            wait = max(wait, float(retry_after.strip()))
        return min(wait, self.config.max_backoff)

    def _once(self, url: str, check: Check | None) -> Reply:
        started = self._clock()
        try:
            response = self._pool.request("GET", url, redirect=False, preload_content=False)
        except urllib3.exceptions.NewConnectionError as e:  # a subclass of TimeoutError
            raise _TransientError(f"connection failed: {_cause(e)}") from e
        except urllib3.exceptions.TimeoutError as e:
            raise _TransientError("timed out") from e
        except urllib3.exceptions.HTTPError as e:
            raise _TransientError(f"connection failed: {_cause(e)}") from e
        headers = {k.lower(): v for k, v in response.headers.items()}
        body, complete = b"", False
        try:
            if response.status == 200:
                self._check_length(headers)
                if check is not None:
                    check(headers)
                body, complete = self._read(response, started), True
            return Reply(url=url, status=response.status, headers=headers, body=body)
        finally:
            if not complete:
                response.close()  # an unread body: drop the connection rather than read it
            response.release_conn()

    def _check_length(self, headers: dict[str, str]) -> None:
        length = headers.get("content-length", "").strip()
        if length.isdigit() and int(length) > self.config.max_bytes:
            raise FetchError(
                f"too large: {int(length)} bytes is over the {self.config.max_bytes}-byte limit"
            )

    def _read(self, response: urllib3.BaseHTTPResponse, started: float) -> bytes:
        """The decoded body, refused as soon as it passes the cap or the total time."""
        chunks, size = [], 0
        try:
            for chunk in response.stream(CHUNK, decode_content=True):
                size += len(chunk)
                if size > self.config.max_bytes:
                    raise FetchError(f"too large: over the {self.config.max_bytes}-byte limit")
                if self._clock() - started > self.config.total_timeout:
                    total = self.config.total_timeout
                    raise _TransientError(f"timed out (over {total:g} s in all)")
                chunks.append(chunk)
        except urllib3.exceptions.TimeoutError as e:
            raise _TransientError("timed out") from e
        except urllib3.exceptions.DecodeError as e:
            raise FetchError(f"cannot decode the body: {_cause(e)}") from e
        except urllib3.exceptions.HTTPError as e:
            raise _TransientError(f"connection failed: {_cause(e)}") from e
        return b"".join(chunks)


def check_url(url: str) -> None:
    """Refuse what is not a web address before anything is asked of anyone."""
    try:
        parsed = urllib3.util.parse_url(url)
        urlsplit(url).port  # noqa: B018  (the stdlib's parser is the one host_of uses)
    except (urllib3.exceptions.LocationParseError, ValueError) as e:
        raise FetchError(f"not a valid URL: {url}") from e
    if parsed.scheme not in {"http", "https"} or not parsed.host:
        raise FetchError(f"not an http(s) URL: {url}")


def host_of(url: str) -> str:
    """scheme://host:port, the unit robots.txt and the pause apply to."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.lower()}"


def _cause(error: Exception) -> str:
    reason = getattr(error, "reason", None)
    return str(reason or error)
