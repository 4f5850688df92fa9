"""The SPARQL 1.1 Protocol's request rules, and what we refuse before running anything.

Parsing follows https://www.w3.org/TR/sparql11-protocol/#query-operation: a query comes
by GET (`query=` in the URL), by POST form (`query=` in an urlencoded body) or by POST
with an `application/sparql-query` UTF-8 body; `default-graph-uri` and
`named-graph-uri` (repeatable) replace the dataset. Anything ambiguous is a 400.

Refusals (documented in endpoint/sparql/views.py): this endpoint is read-only and never
fetches other servers, so every update request (an `update` parameter, an
`application/sparql-update` body, or update keywords such as INSERT or LOAD in
`query`) and every query using SERVICE is answered 403 Forbidden with the reason,
whatever its syntax and wherever the keyword stands. The embedded store is opened
read-only anyway; the check is for a clear message, for SERVICE because Oxigraph would
otherwise call out over HTTP, and for remote stores (endpoint/sources/remote) because
some servers take updates at their query URL (Virtuoso's /sparql): no query text with
an update keyword is ever sent there.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox
from werkzeug.datastructures import MultiDict
from werkzeug.exceptions import BadRequest, Forbidden, RequestEntityTooLarge, UnsupportedMediaType
from werkzeug.wrappers import Request

from endpoint.sparql import guard, lexer

FORM = "application/x-www-form-urlencoded"
DIRECT = "application/sparql-query"
UPDATE = "application/sparql-update"

READ_ONLY = (
    "This endpoint is read-only: SPARQL Update requests (INSERT, DELETE, LOAD, CLEAR, "
    "DROP, CREATE, ADD, MOVE, COPY) are refused. Download the data from /dumps/ instead."
)
NO_SERVICE = (
    "SERVICE (federated query) is disabled on this public endpoint: it would make the "
    "server fetch other URLs. Run federated queries from your own SPARQL engine."
)


@dataclass(frozen=True, slots=True)
class QueryRequest:
    """A query and its protocol dataset; `None` lists mean "not given" (use the default)."""

    text: str
    default_graphs: tuple[str, ...] | None
    named_graphs: tuple[str, ...] | None


def parse_request(req: Request, *, max_query_bytes: int) -> QueryRequest | None:
    """The query of a protocol request, or None when there is none (a plain GET).

    :raise 400: several queries, a query and an update, a bad graph IRI, a non-UTF-8 body.
    :raise 403: any update request.
    :raise 413: a query longer than `max_query_bytes`.
    :raise 415: a POST body that is neither a form nor application/sparql-query.
    """
    if req.method == "GET":
        params = _Params(req.args)
        _refuse_updates(params.getlist("update"))
        queries = params.getlist("query")
    else:
        params, queries = _post_params(req)
    graphs = (params.getlist("default-graph-uri"), params.getlist("named-graph-uri"))
    if not queries:
        if req.method == "GET":
            return None
        raise BadRequest("No query: send it as `query` (form or URL) or as the request body.")
    if len(queries) > 1:
        raise BadRequest(f"Exactly one query is allowed; got {len(queries)}.")
    text = queries[0]
    if len(text.encode("utf-8")) > max_query_bytes:
        raise RequestEntityTooLarge(f"The query is longer than {max_query_bytes} bytes.")
    if not text.strip():
        raise BadRequest("The query is empty.")
    given = any(graphs)
    return QueryRequest(
        text,
        _graph_iris(graphs[0]) if given else None,
        _graph_iris(graphs[1]) if given else None,
    )


def _post_params(req: Request) -> tuple[_Params, list[str]]:
    mimetype = req.mimetype
    if mimetype == UPDATE:
        raise Forbidden(READ_ONLY)
    if mimetype == FORM:
        merged = _Params(req.args, req.form)
        _refuse_updates(merged.getlist("update"))
        return merged, merged.getlist("query")
    if mimetype == DIRECT:
        charset = req.mimetype_params.get("charset", "utf-8").lower()
        if charset not in ("utf-8", "utf8"):
            raise UnsupportedMediaType(f"{DIRECT} bodies must be UTF-8, not {charset}.")
        try:
            body = req.get_data(cache=False).decode("utf-8")
        except UnicodeDecodeError as e:
            raise BadRequest(f"The query is not valid UTF-8: {e.reason}.") from e
        _refuse_updates(req.args.getlist("update"))
        return _Params(req.args), [body, *req.args.getlist("query")]
    shown = mimetype or "none"
    raise UnsupportedMediaType(
        f"POST needs Content-Type {FORM} or {DIRECT} (got {shown}); "
        f"{UPDATE} is refused: this endpoint is read-only."
    )


class _Params:
    """URL and form parameters together: dataset IRIs may come in either."""

    def __init__(self, *sources: MultiDict[str, str]) -> None:
        self.sources = sources

    def getlist(self, key: str) -> list[str]:
        return [v for s in self.sources for v in s.getlist(key)]


def _refuse_updates(updates: list[str]) -> None:
    if updates:
        raise Forbidden(READ_ONLY)


def _graph_iris(values: list[str]) -> tuple[str, ...]:
    for value in values:
        try:
            ox.NamedNode(value)
        except ValueError as e:
            raise BadRequest(f"Not an absolute IRI for a graph: {value!r}.") from e
    return tuple(values)


def query_form(text: str) -> str:
    """`select`, `ask`, `construct` or `describe`, read from the query's tokens as the
    engine reads them (endpoint/sparql/lexer), after the checks of endpoint/guard.

    :raise 403: an update, or SERVICE anywhere in the query, however it is written.
    :raise 400: text we cannot tokenise, over a complexity limit, no query form keyword.
    """
    try:
        tokens = lexer.tokenize(text)
        return guard.inspect(tokens, no_service=NO_SERVICE, read_only=READ_ONLY)
    except lexer.LexError as e:
        try:
            guard.refuse_service(e.tokens, no_service=NO_SERVICE)
        except guard.RefusedError as refused:
            raise Forbidden(str(refused)) from e
        raise BadRequest(f"{e}. Nothing was run.") from e
    except guard.RefusedError as e:
        raise (Forbidden if e.status == 403 else BadRequest)(str(e)) from e
