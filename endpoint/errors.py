"""Error responses a client can read: a status, a reason, never a stack trace.

API clients (curl, SPARQL libraries) get text/plain by default, or JSON
(`{"status", "error", "message"}`) when they prefer it; browsers asking for HTML keep
werkzeug's small HTML page (or the handler a blueprint registers for its own pages).
Headers an error carries (Retry-After, Allow) are kept. Unexpected exceptions are
logged with their traceback by Flask and answered with a plain 500.
"""

from __future__ import annotations

import json

from flask import Flask, current_app, request
from werkzeug.exceptions import (
    BadGateway,
    HTTPException,
    InternalServerError,
    RequestEntityTooLarge,
    ServiceUnavailable,
)
from werkzeug.wrappers import Response

from endpoint.sources.remote_http import RemoteError, RemoteRefusedError
from endpoint.sources.store import StoreError

JSON_TYPES = ("application/json", "application/sparql-results+json", "application/ld+json")


def init_app(app: Flask) -> None:
    app.register_error_handler(HTTPException, http_error)
    app.register_error_handler(StoreError, store_error)
    app.register_error_handler(RemoteError, remote_error)
    app.register_error_handler(RemoteRefusedError, remote_refused)
    app.register_error_handler(InternalServerError, internal_error)
    app.register_error_handler(RequestEntityTooLarge, too_large)


def http_error(error: HTTPException) -> Response | HTTPException:
    best = request.accept_mimetypes.best_match(["text/plain", *JSON_TYPES, "text/html"])
    if best == "text/html" and request.accept_mimetypes.quality("text/html") > 0:
        return error
    response = error.get_response()
    message = error.description or ""
    if best in JSON_TYPES:
        body = {"status": error.code, "error": error.name, "message": message}
        response.set_data(json.dumps(body, ensure_ascii=False))
        response.content_type = "application/json"
    else:
        response.set_data(f"{error.code} {error.name}: {message}\n")
        response.content_type = "text/plain; charset=utf-8"
    return response


def store_error(error: StoreError) -> Response | HTTPException:
    """No store yet (or an unreadable one): the service is unavailable, not broken."""
    return http_error(ServiceUnavailable(f"No graph to serve: {error}"))


def remote_error(error: RemoteError) -> Response | HTTPException:
    """A remote store that failed (502) or did not answer (503): the message says which."""
    kind = BadGateway if error.status == 502 else ServiceUnavailable
    return http_error(kind(f"The remote store could not answer: {error}"))


def remote_refused(error: RemoteRefusedError) -> Response | HTTPException:
    """A remote store refused one of the pages' own queries: its fault, not the client's
    (on /sparql the same refusal is the query's fault, a 400: endpoint/engine/execute)."""
    return http_error(BadGateway(f"The remote store refused a query of this page: {error}"))


def internal_error(error: InternalServerError) -> Response | HTTPException:
    """Flask has logged the original exception; the client gets no internals."""
    if error.original_exception is not None:
        error = InternalServerError("An unexpected error occurred; it has been logged.")
    return http_error(error)


def too_large(error: RequestEntityTooLarge) -> Response | HTTPException:
    """werkzeug's own words ("exceeds the capacity limit") name no limit: say which one."""
    if error.description == RequestEntityTooLarge.description:
        limit = current_app.config.get("MAX_CONTENT_LENGTH")
        error = RequestEntityTooLarge(
            f"The request body is larger than the {limit} bytes this server accepts "
            "(MAX_CONTENT_LENGTH)."
        )
    return http_error(error)
