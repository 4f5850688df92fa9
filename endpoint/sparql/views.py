"""/sparql: a read-only SPARQL 1.1 Protocol endpoint that stays up under hostile queries.

What a client gets (all limits are settings in endpoint.DEFAULTS):

- 200 with the result, in the format picked by `format=` or by Accept (endpoint/conneg).
  Without a query: the Service Description (endpoint/bulk/service), or the HTML query
  editor for browsers when endpoint/pages/entity provides `render_editor()`.
- When the result had more than MAX_RESULT_ROWS rows (or triples), or more than
  MAX_RESULT_BYTES of values, the rows up to the limit are sent and the cut is
  reported, never silent: the header `X-PolicyKG-Truncated: <rows sent>` on every
  format, and for SPARQL JSON a top-level member
  `"truncated": {"rows": <rows sent>, "message": "<which limit, what to do>"}`.
  `X-PolicyKG-Rows` always gives the row count sent.
- 400 malformed query or conflicting parameters (two queries, bad graph IRI), text the
  lexer cannot read (endpoint/sparql/lexer), over a complexity limit ("too complex",
  endpoint/sparql/guard), or a query that crashed its worker (not retried; see CRASHED);
  403 update requests (incl. LOAD) and SERVICE: refused by policy, whatever their
  syntax, because the server understood them and will not do them;
  405 other methods; 406 no acceptable format; 413 query over MAX_QUERY_BYTES or
  body over MAX_CONTENT_LENGTH; 415 wrong POST media type or non-UTF-8 body;
  429 over RATE_LIMIT_PER_MINUTE, or a query sent while the same client's previous one
  still runs past CLIENT_WAIT_S (QUERIES_PER_CLIENT; endpoint/sparql/fairness), with
  Retry-After;
  503 query stopped at QUERY_TIMEOUT_S (its worker is killed, or a remote store's
  answer is given up on) or at QUERY_MEMORY_MIB (its worker dies), all workers busy
  or QUERY_WORKERS + QUERY_QUEUE requests already inside (with Retry-After), no store
  built yet, or a remote store that cannot be reached;
  502 a remote store that failed (its 5xx).
"""

from __future__ import annotations

import importlib
import threading
import time
from collections.abc import Iterator

from flask import Blueprint, Flask, Response, current_app, g, request
from werkzeug.exceptions import (
    BadGateway,
    BadRequest,
    HTTPException,
    InternalServerError,
    ServiceUnavailable,
)
from werkzeug.wrappers import Response as BaseResponse

from endpoint import conneg
from endpoint.bulk import service
from endpoint.engine.execute import TIMED_OUT, Job, Outcome
from endpoint.engine.worker import (
    PoolBusyError,
    QueryCrashedError,
    QueryMemoryError,
    QueryPool,
    QueryTimeoutError,
    WorkerLostError,
)
from endpoint.sparql import fairness, limits, protocol

bp = Blueprint("sparql", __name__)
bp.record_once(lambda state: fairness.init_app(state.app))
POOL = "policykg.query_pool"
CHUNK = 64 * 1024
BUSY_RETRY_S = 5
_pool_lock = threading.Lock()
# 400, not 500: the same text kills any worker, so it is the query that must change, and a
# 5xx invites clients and proxies to retry it. The crash is logged for us to look at.
CRASHED = (
    "The query crashed the query engine ({signal}) and was not retried: it is most likely "
    "too complex for the parser (very deep nesting or long operator chains). Simplify it."
)


@bp.route("/sparql", methods=["GET", "POST"])
def endpoint() -> BaseResponse | str:
    """The SPARQL Protocol query operation (GET, POST form, POST direct)."""
    config = current_app.config
    limits.check_rate_limit()
    query = protocol.parse_request(request, max_query_bytes=config["MAX_QUERY_BYTES"])
    if query is None:
        return _without_query()
    form = protocol.query_form(query.text)
    fmt = conneg.choose(request.accept_mimetypes, request.values.get("format"), conneg.TABLES[form])
    job = Job(
        query=query.text,
        form=form,
        fmt=fmt.key,
        base_iri=request.base_url,
        default_graphs=query.default_graphs,
        named_graphs=query.named_graphs,
        max_rows=int(config["MAX_RESULT_ROWS"]),
        max_bytes=int(config["MAX_RESULT_BYTES"]),
        timeout_s=float(config["QUERY_TIMEOUT_S"]),
    )
    with fairness.query_slot():  # 429 or 503 when it is not this client's turn
        outcome = _run(job)
    return _respond(outcome, fmt)


def query_pool() -> QueryPool:
    """This app's pool, created on first use (its processes start on the first query)."""
    extensions = current_app.extensions
    with _pool_lock:
        if POOL not in extensions:
            config = current_app.config
            extensions[POOL] = QueryPool(
                config["STORE_PATH"],
                size=int(config["QUERY_WORKERS"]),
                memory_mib=int(config["QUERY_MEMORY_MIB"] or 0),
            )
        pool: QueryPool = extensions[POOL]
    return pool


def close_pool(app: Flask) -> None:
    """Stop this app's query workers, if any were started (tests, shutdown hooks)."""
    pool: QueryPool | None = app.extensions.get(POOL)
    if pool is not None:
        pool.close()


def _run(job: Job) -> Outcome:
    timeout = float(current_app.config["QUERY_TIMEOUT_S"])
    start = time.perf_counter()
    try:
        outcome = query_pool().run(job, timeout=timeout, wait=timeout)
        if outcome.status == TIMED_OUT:  # a remote store's wait ended just before the kill
            raise QueryTimeoutError(f"the query ran longer than {timeout:g} s and was stopped")
    except QueryTimeoutError as e:
        raise ServiceUnavailable(
            f"Query timed out: {e} (limit QUERY_TIMEOUT_S = {timeout:g} s). "
            "Narrow it down, or add LIMIT."
        ) from e
    except QueryMemoryError as e:
        limit = f"the memory limit of {e.limit_mib} MiB" if e.limit_mib else "the memory"
        raise ServiceUnavailable(
            f"Query exceeded {limit} (QUERY_MEMORY_MIB) and was stopped. "
            "Sort, group or join fewer rows, or add LIMIT."
        ) from e
    except PoolBusyError as e:
        raise _with_retry(ServiceUnavailable(f"The endpoint is busy: {e}. Retry shortly.")) from e
    except QueryCrashedError as e:
        current_app.logger.error("%s; not retried. The query: %.300r", e, job.query)
        raise BadRequest(CRASHED.format(signal=e.signal)) from e
    except WorkerLostError as e:
        raise InternalServerError(f"{e}. Retry; tell us if it happens again.") from e
    finally:
        g.query_seconds = time.perf_counter() - start
    if outcome.status == 400:
        raise BadRequest(outcome.message)
    if outcome.status == 503:
        raise ServiceUnavailable(outcome.message)
    if outcome.status == 502:
        raise BadGateway(outcome.message)
    if outcome.status != 200:
        current_app.logger.error("query worker error: %s", outcome.message)
        raise InternalServerError("The query failed inside the engine.")
    return outcome


def _respond(outcome: Outcome, fmt: conneg.Format) -> Response:
    body = outcome.body
    response = Response(_chunks(body), content_type=fmt.media_type)
    response.content_length = len(body)
    response.vary.add("Accept")
    response.headers["X-PolicyKG-Rows"] = str(outcome.rows)
    if outcome.cut is not None:
        response.headers["X-PolicyKG-Truncated"] = str(outcome.cut.rows)
    g.query_rows = outcome.rows
    return response


def _chunks(body: bytes) -> Iterator[bytes]:
    """Stream the body, so the server writes as it goes instead of one large buffer."""
    view = memoryview(body)
    for start in range(0, len(view), CHUNK):
        yield bytes(view[start : start + CHUNK])


def _without_query() -> BaseResponse | str:
    """Browsers get the query editor when pages provides one; others the description."""
    candidates = [*conneg.GRAPH_FORMATS, "text/html"]
    wants_html = request.accept_mimetypes.best_match(candidates) == "text/html"
    if wants_html and not request.args.get("format"):
        try:
            render_editor = importlib.import_module("endpoint.pages.entity").render_editor
        except (ImportError, AttributeError):
            pass  # the editor is not there yet: fall back to the description
        else:
            editor: BaseResponse | str = render_editor()
            return editor
    return service.description_response()


def _with_retry(error: HTTPException) -> HTTPException:
    response = error.get_response()
    response.headers["Retry-After"] = str(BUSY_RETRY_S)
    error.response = response
    return error
