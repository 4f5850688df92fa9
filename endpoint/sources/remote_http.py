"""One SPARQL Protocol request to a remote store, and what can go wrong with it.

Answers are not read here: the caller gets the open response as a file and pyoxigraph
parses it as it arrives, so a result cut at MAX_RESULT_ROWS stops the download there
and a worker never holds more than it sends. Failures become exceptions that say
whose fault they are, because the client's answer differs:

- RemoteRefusedError (the server answered 4xx): the query's fault, a 400 on /sparql;
- RemoteFailedError (5xx): the server's fault, 502 Bad Gateway;
- RemoteUnreachableError (refused, reset, unknown host): 503;
- RemoteTimeoutError (no answer within the timeout): 503 like a local timeout.

The timeout is a socket timeout (each connect or read), not a total: /sparql's hard
wall-clock limit remains the worker pool's kill (endpoint/engine/worker.py).
"""

from __future__ import annotations

import io
import urllib.error
import urllib.parse
import urllib.request
from http.client import HTTPResponse

from graph_builder.store.generations import StoreError

ACCEPT = (
    "application/sparql-results+json, application/n-triples;q=0.9, "
    "application/sparql-results+xml;q=0.8, text/turtle;q=0.7"
)


class RemoteError(StoreError):
    """The remote store could not answer; `status` is the HTTP status to give clients."""

    status = 503


class RemoteUnreachableError(RemoteError):
    pass


class RemoteTimeoutError(RemoteError):
    pass


class RemoteFailedError(RemoteError):
    status = 502


class RemoteRefusedError(ValueError):
    """The remote server answered 4xx: as a /sparql answer, a 400 with its message."""


class ResponseBody(io.RawIOBase):
    """The response as a file for pyoxigraph's parsers; read errors become RemoteErrors
    (pyoxigraph passes a reader's exception through unchanged)."""

    def __init__(self, response: HTTPResponse, url: str, timeout: float) -> None:
        self.response = response
        self.media_type = response.headers.get_content_type()
        self._url = url
        self._timeout = timeout

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        try:
            return self.response.readinto(buffer)
        except TimeoutError as e:
            raise _timed_out(self._url, self._timeout) from e
        except OSError as e:
            raise RemoteUnreachableError(f"the remote store at {self._url} broke off: {e}") from e

    def close(self) -> None:
        self.response.close()
        super().close()


def post_query(url: str, params: list[tuple[str, str]], *, timeout: float) -> ResponseBody:
    """POST an urlencoded query request (SPARQL 1.1 Protocol, "query via POST")."""
    data = urllib.parse.urlencode(params).encode()
    request = urllib.request.Request(url, data=data, headers={"Accept": ACCEPT})  # noqa: S310 - http(s) only, see graph_builder.store.remote.Endpoints.parse
    try:
        response = urllib.request.urlopen(request, timeout=timeout)  # noqa: S310
    except urllib.error.HTTPError as e:
        raise _answered(url, e) from e
    except TimeoutError as e:
        raise _timed_out(url, timeout) from e
    except urllib.error.URLError as e:
        if isinstance(e.reason, TimeoutError):
            raise _timed_out(url, timeout) from e
        raise RemoteUnreachableError(f"cannot reach the remote store at {url}: {e.reason}") from e
    except OSError as e:
        raise RemoteUnreachableError(f"cannot reach the remote store at {url}: {e}") from e
    return ResponseBody(response, url, timeout)


def _answered(url: str, error: urllib.error.HTTPError) -> Exception:
    detail = error.read(2000).decode("utf-8", "replace").strip()
    error.close()
    if 400 <= error.code < 500:
        return RemoteRefusedError(f"the remote server refused the query ({error.code}): {detail}")
    return RemoteFailedError(f"the remote store at {url} failed ({error.code}): {detail}")


def _timed_out(url: str, timeout: float) -> RemoteTimeoutError:
    return RemoteTimeoutError(f"the remote store at {url} did not answer within {timeout:g} s")
