"""The W3C SPARQL 1.1 Protocol test suite, read from its manifest and run against the app.

Every test of tests/data/w3c/protocol/manifest.ttl becomes one case. Query tests must
pass as the manifest says (status class, result kind, boolean). Update tests must be
refused, because the endpoint is read-only: their update request gets a 4xx (403 when
it is a well-formed update request), and the follow-up ASK, which would be true had
the update run, is false.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox
import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

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


TESTS = _load_manifest()
QUERY_TESTS = [t for t in TESTS if not t.is_update]
UPDATE_TESTS = [t for t in TESTS if t.is_update]


def send(client: FlaskClient, req: HttpRequest) -> TestResponse:
    """The manifest's paths start with /sparql/; ours is /sparql (the manifest allows this)."""
    headers = dict(req.headers)
    content_type = headers.pop("content-type", None)
    path = req.path.replace("/sparql/", "/sparql", 1)
    return client.open(
        path, method=req.method, data=req.body, headers=headers, content_type=content_type
    )


def check_result(response: TestResponse, kind: str | None, expected: bool | None) -> None:
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
def test_query(case: ProtocolTest, w3c_app: Flask) -> None:
    client = w3c_app.test_client()
    for req in case.requests:
        response = send(client, req)
        assert response.status_code // 100 in req.statuses, response.get_data(as_text=True)
        check_result(response, req.kind, req.boolean)


@pytest.mark.parametrize("case", UPDATE_TESTS, ids=lambda t: t.name)
def test_update_refused(case: ProtocolTest, w3c_app: Flask) -> None:
    client = w3c_app.test_client()
    before = client.get("/sparql", query_string={"query": "SELECT (COUNT(*) AS ?n) {?s ?p ?o}"})
    for req in case.requests:
        response = send(client, req)
        if not req.is_query:
            assert response.status_code // 100 == 4
            if 2 in req.statuses:  # a valid update request: refused by policy, not as malformed
                assert response.status_code == 403
                assert "read-only" in response.get_data(as_text=True)
        else:  # the check that the update happened: it must not have
            assert response.status_code == 200
            check_result(response, req.kind, False if req.boolean else req.boolean)
    after = client.get("/sparql", query_string={"query": "SELECT (COUNT(*) AS ?n) {?s ?p ?o}"})
    assert after.data == before.data
