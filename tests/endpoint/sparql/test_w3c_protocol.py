"""The W3C SPARQL 1.1 Protocol test suite, read from its manifest and run against the app.

Every test of tests/data/w3c/protocol/manifest.ttl becomes one case, run twice: through
Flask's test client, and over real HTTP to the app behind waitress (what `policykg
serve` runs), with the suite's data files in their named graphs. Query tests must
pass as the manifest says (status class, result kind, boolean). Update tests must be
refused, because the endpoint is read-only: their update request gets a 4xx (403 when
it is a well-formed update request), and the follow-up ASK, which would be true had
the update run, is false.
"""

from __future__ import annotations

import functools
import http.client
from collections.abc import Callable
from dataclasses import dataclass

import pyoxigraph as ox
import pytest
from flask import Flask
from flask.testing import FlaskClient

from tests.conftest import W3C_PROTOCOL

MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#"
HT = "http://www.w3.org/2011/http#"
CNT = "http://www.w3.org/2011/content#"
HTS = "http://www.w3.org/2011/http-statusCodes#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
BASE = "http://www.w3.org/2009/sparql/docs/tests/data-sparql11/protocol/manifest#"

RESULT_TYPES = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}


@dataclass(frozen=True)
class HttpRequest:
    method: str
    path: str
    body: bytes | None
    headers: dict[str, str]
    statuses: frozenset[int]  # accepted status classes: 2, 3, 4, 5
    kind: str | None  # boolean | tabular | RDF
    boolean: bool | None

    @property
    def is_query(self) -> bool:
        content_type = self.headers.get("content-type", "")
        return "sparql-query" in content_type or "query=" in self.path + str(self.body)


@dataclass(frozen=True)
class ProtocolTest:
    name: str
    requests: tuple[HttpRequest, ...]

    @property
    def is_update(self) -> bool:
        """The suite names each test after the operation it exercises."""
        return "update" in self.name


def _load_manifest() -> list[ProtocolTest]:
    store = ox.Store()
    store.load(path=str(W3C_PROTOCOL / "manifest.ttl"), base_iri=BASE)
    manifest = ox.NamedNode(BASE.removesuffix("#"))
    entries = _list(store, _one(store, manifest, MF + "entries"))
    return [_test(store, entry) for entry in entries]


def _test(store: ox.Store, entry: ox.NamedNode) -> ProtocolTest:
    action = _one(store, entry, MF + "action")
    requests = _list(store, _one(store, action, HT + "requests"))
    return ProtocolTest(entry.value.removeprefix(BASE), tuple(_request(store, r) for r in requests))


def _request(store: ox.Store, node: ox.BlankNode) -> HttpRequest:
    body = _maybe(store, node, HT + "body")
    headers = _maybe(store, node, HT + "headers")
    resp = _one(store, node, HT + "resp")
    statuses = [
        q.object.value for q in store.quads_for_pattern(resp, _n(MF + "expectedStatus"), None)
    ]
    kind = _maybe(store, resp, MF + "expectedFormat")
    boolean = _maybe(store, resp, MF + "expectedBoolean")
    return HttpRequest(
        method=_one(store, node, HT + "methodName").value,
        path=_one(store, node, HT + "absolutePath").value,
        body=_body(store, body) if body else None,
        headers=dict(_header(store, h) for h in _list(store, headers)) if headers else {},
        statuses=frozenset(int(s.removeprefix(HTS + "StatusCode")[0]) for s in statuses),
        kind=kind.value if kind else None,
        boolean=boolean.value == "true" if boolean else None,
    )


def _body(store: ox.Store, node: ox.Term) -> bytes:
    encoding = _one(store, node, CNT + "characterEncoding").value
    return _one(store, node, CNT + "chars").value.encode(encoding)


def _header(store: ox.Store, node: ox.Term) -> tuple[str, str]:
    name = _one(store, node, HT + "fieldName").value.lower()
    return name, _one(store, node, HT + "fieldValue").value


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def _maybe(store: ox.Store, subject: ox.Term, predicate: str) -> ox.Term | None:
    return next((q.object for q in store.quads_for_pattern(subject, _n(predicate), None)), None)


def _one(store: ox.Store, subject: ox.Term, predicate: str) -> ox.Term:
    value = _maybe(store, subject, predicate)
    if value is None:
        raise LookupError(f"{subject} has no {predicate}")
    return value


def _list(store: ox.Store, head: ox.Term) -> list[ox.Term]:
    items = []
    while head != _n(RDF + "nil"):
        items.append(_one(store, head, RDF + "first"))
        head = _one(store, head, RDF + "rest")
    return items


COUNT_QUADS = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
TESTS = _load_manifest()
QUERY_TESTS = [t for t in TESTS if not t.is_update]
UPDATE_TESTS = [t for t in TESTS if t.is_update]


@dataclass(frozen=True)
class Answer:
    status: int
    mimetype: str
    data: bytes


Send = Callable[[HttpRequest], Answer]


def path_of(req: HttpRequest) -> str:
    """The manifest's paths start with /sparql/; ours is /sparql (the manifest allows this)."""
    return req.path.replace("/sparql/", "/sparql", 1)


def through_wsgi(client: FlaskClient, req: HttpRequest) -> Answer:
    headers = dict(req.headers)
    content_type = headers.pop("content-type", None)
    response = client.open(
        path_of(req), method=req.method, data=req.body, headers=headers, content_type=content_type
    )
    return Answer(response.status_code, response.mimetype, response.data)


def through_http(address: str, req: HttpRequest) -> Answer:
    """Real HTTP to waitress; http.client adds no Content-Type of its own."""
    connection = http.client.HTTPConnection(address, timeout=30)
    try:
        connection.request(req.method, path_of(req), body=req.body, headers=req.headers)
        response = connection.getresponse()
        mimetype = (response.getheader("Content-Type") or "").split(";")[0].strip()
        return Answer(response.status, mimetype, response.read())
    finally:
        connection.close()


@pytest.fixture(params=["wsgi", "http"])
def send(request: pytest.FixtureRequest, w3c_app: Flask) -> Send:
    """Each case runs through Flask's test client and through waitress over HTTP."""
    if request.param == "wsgi":
        return functools.partial(through_wsgi, w3c_app.test_client())
    return functools.partial(through_http, request.getfixturevalue("w3c_server"))


def check_result(response: Answer, kind: str | None, expected: bool | None) -> None:
    if kind in ("boolean", "tabular"):
        assert response.mimetype in RESULT_TYPES, response.mimetype
        parsed = ox.parse_query_results(response.data, RESULT_TYPES[response.mimetype])
        if kind == "boolean":
            assert isinstance(parsed, ox.QueryBoolean)
            if expected is not None:
                assert bool(parsed) is expected
        else:
            assert isinstance(parsed, ox.QuerySolutions)
            assert list(parsed)
    elif kind == "RDF":
        rdf_format = ox.RdfFormat.from_media_type(response.mimetype)
        assert rdf_format is not None, response.mimetype
        list(ox.parse(response.data, rdf_format))  # parses, or raises


def test_manifest_has_the_whole_suite() -> None:
    assert len(TESTS) == 34
    assert len(QUERY_TESTS) == 20
    assert all(not r.is_query for t in UPDATE_TESTS for r in t.requests[:1])
    assert all(t.requests for t in TESTS)


@pytest.mark.parametrize("case", QUERY_TESTS, ids=lambda t: t.name)
def test_query(case: ProtocolTest, send: Send) -> None:
    for req in case.requests:
        response = send(req)
        assert response.status // 100 in req.statuses, response.data
        check_result(response, req.kind, req.boolean)


@pytest.mark.parametrize("case", UPDATE_TESTS, ids=lambda t: t.name)
def test_update_refused(case: ProtocolTest, send: Send, w3c_app: Flask) -> None:
    client = w3c_app.test_client()
    before = client.get("/sparql", query_string={"query": COUNT_QUADS}).data
    for req in case.requests:
        response = send(req)
        if not req.is_query:
            assert response.status // 100 == 4
            if 2 in req.statuses:  # a valid update request: refused by policy, not as malformed
                assert response.status == 403
                assert b"read-only" in response.data
        else:  # the check that the update happened: it must not have
            assert response.status == 200
            check_result(response, req.kind, False if req.boolean else req.boolean)
    assert client.get("/sparql", query_string={"query": COUNT_QUADS}).data == before
