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

import re
from dataclasses import dataclass

import pyoxigraph as ox
from werkzeug.datastructures import MultiDict
from werkzeug.exceptions import BadRequest, Forbidden, RequestEntityTooLarge, UnsupportedMediaType
from werkzeug.wrappers import Request

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

QUERY_FORMS = {"SELECT": "select", "ASK": "ask", "CONSTRUCT": "construct", "DESCRIBE": "describe"}
UPDATE_WORDS = {
    "INSERT",
    "DELETE",
    "LOAD",
    "CLEAR",
    "DROP",
    "CREATE",
    "ADD",
    "MOVE",
    "COPY",
    "WITH",
}

# One token at a time, alternatives in SPARQL's own precedence: comments, strings and
# IRIs first, so a keyword inside them is never taken for one; prefixed names and
# variables whole, so `ex:service` or `?service` are not the SERVICE keyword.
_TOKEN = re.compile(
    r"""
    (?P<comment>\#[^\r\n]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*''' | \"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
              | '(?:[^'\\\r\n]|\\.)*' | "(?:[^"\\\r\n]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][\w\u00b7\u203f\u2040]+)
  | (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
  | (?P<pname>(?:[^\W\d][\w.\-\u00b7]*)?:(?:[\w.:%\-\u00b7]|\\[^\s])*)
  | (?P<word>[^\W\d]\w*)
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)
_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


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
    """`select`, `ask`, `construct` or `describe`, read from the query's first keyword.

    Both the text and its \\u-unescaped form are checked (SPARQL allows codepoint
    escapes anywhere, and a parser may apply them before tokenising).

    :raise 403: an update, or SERVICE anywhere in the query.
    :raise 400: no query form keyword at all.
    """
    unescaped = _CODEPOINT.sub(_codepoint, text)
    forms = {_inspect(t) for t in {text, unescaped}}
    if len(forms) != 1:
        raise BadRequest("The query's \\u escapes change its form; write the keywords plainly.")
    return forms.pop()


MAX_NESTING = 64  # a parser recursing on "{ { { ..." must not be handed unbounded depth


def _inspect(text: str) -> str:
    form = None
    depth = 0
    for match in _TOKEN.finditer(text):
        if match.lastgroup == "other":
            char = match.group()
            depth += char in "{(["
            depth -= char in "})]"
            if depth > MAX_NESTING:
                raise BadRequest(f"The query nests groups more than {MAX_NESTING} levels deep.")
        if match.lastgroup != "word":
            continue
        word = match.group().upper()
        if word == "SERVICE":
            raise Forbidden(NO_SERVICE)
        if word in UPDATE_WORDS:  # anywhere: `SELECT ... ; INSERT ...` is refused too
            raise Forbidden(READ_ONLY)
        if form is None and word in QUERY_FORMS:
            form = QUERY_FORMS[word]
    if form is None:
        raise BadRequest("Not a SPARQL query: expected SELECT, ASK, CONSTRUCT or DESCRIBE.")
    return form


def _codepoint(match: re.Match[str]) -> str:
    try:
        return chr(int(match.group(1) or match.group(2), 16))
    except ValueError:  # beyond U+10FFFF: the parser leaves it as is, and so do we
        return match.group()
