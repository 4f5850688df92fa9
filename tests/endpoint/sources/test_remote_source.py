"""endpoint/sources/remote.py and remote_http.py without a real server: bound values in the
query text, and a recording stub on loopback for what is sent and how failures answer."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import pyoxigraph as ox
import pytest
from flask import Flask
from flask.testing import FlaskClient

from endpoint import create_app
from endpoint.pages.browse import ROWS as BROWSE
from endpoint.pages.entity_articles import MENTIONS
from endpoint.pages.policy_targets import TARGETS
from endpoint.sources.remote_values import bind_values
from endpoint.sparql.views import close_pool, query_pool
from graph_builder.store.generations import GenerationStore

ID = "https://w3id.org/policykg/id/"
PKG = "https://w3id.org/policykg/ontology#"
JSON = {"Accept": "application/sparql-results+json"}


# fmt: off
PLACES = [  # (query, the query with ?s bound to <x:a>)
    ("SELECT ?o WHERE { ?s ?p ?o }", "SELECT ?o WHERE { VALUES (?s) { (<x:a>) }  ?s ?p ?o }"),
    ("ASK { ?s ?p ?o }", "ASK { VALUES (?s) { (<x:a>) }  ?s ?p ?o }"),
    ('# WHERE { no\nSELECT ("where {" AS ?k) where{ ?s ?p ?o }',
     '# WHERE { no\nSELECT ("where {" AS ?k) where{ VALUES (?s) { (<x:a>) }  ?s ?p ?o }'),
    ("DESCRIBE ?s", "DESCRIBE ?s\n VALUES (?s) { (<x:a>) } "),
]
UPDATES = [
    {"method": "GET", "query_string": {"update": "DROP ALL"}},
    {"method": "POST", "data": {"update": "INSERT DATA { <x:a> <x:b> <x:c> }"}},
    {"method": "POST", "data": b"CLEAR ALL", "content_type": "application/sparql-update"},
    {"method": "GET", "query_string": {"query": "DELETE WHERE { ?s ?p ?o }"}},
    {"method": "GET", "query_string": {"query": "SELECT * {} ; INSERT DATA { <x:a> <x:b> <x:c> }"}},
    {"method": "POST", "data": b"ASK {} LOAD <http://x/y>",
     "content_type": "application/sparql-query"},
    {"method": "POST", "data": {"query": "SELECT * { SERVICE <http://x/> { ?s ?p ?o } }"}},
]
# fmt: on


@pytest.mark.parametrize(("query", "expected"), PLACES)
def test_values_open_the_where_group(query: str, expected: str) -> None:
    assert bind_values(query, {ox.Variable("s"): ox.NamedNode("x:a")}) == expected


def test_bound_literals_are_escaped_not_spliced() -> None:
    nasty = ox.Literal('a"b } \\u0022 } INSERT DATA { <x:a> <x:b> <x:c> }\n', language="vi")
    query = bind_values("SELECT ?x WHERE { }", {ox.Variable("x"): nasty})
    assert [row["x"] for row in ox.Store().query(query)] == [nasty]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("query", "name", "term"),
    [
        (MENTIONS, "entity", ID + "organisation/cuc-tre-em"),
        (TARGETS, "policy", ID + "policy/de-an-tro-giup-tre-em"),
        (BROWSE, "class", PKG + "Policy"),
    ],
)
def test_pages_queries_bound_in_text_give_what_substitutions_give(
    sample_store: GenerationStore, query: str, name: str, term: str
) -> None:
    store = sample_store.open_read_only()
    bound = {ox.Variable(name): ox.NamedNode(term)}
    expected = list(store.query(query, substitutions=bound, use_default_graph_as_union=True))  # type: ignore[arg-type]
    got = list(store.query(bind_values(query, bound), use_default_graph_as_union=True))  # type: ignore[arg-type]
    assert expected and [list(r) for r in got] == [list(r) for r in expected]


@dataclass
class Stub:
    """A SPARQL server stand-in: records every request, answers `status`/`body` after `delay`."""

    url: str
    requests: list[tuple[str, str, dict[str, list[str]]]] = field(default_factory=list)
    status: int = 200
    body: bytes = b""
    delay: float = 0.0

    def rows(self, count: int) -> None:
        bindings = [{"x": {"type": "literal", "value": str(n)}} for n in range(count)]
        answer = {"head": {"vars": ["x"]}, "results": {"bindings": bindings}}
        self.body = json.dumps(answer).encode()


def _handler(stub: Stub) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self._answer(b"")

        def do_POST(self) -> None:
            self._answer(self.rfile.read(int(self.headers.get("Content-Length", 0))))

        def _answer(self, body: bytes) -> None:
            stub.requests.append((self.command, self.path, parse_qs(body.decode())))
            time.sleep(stub.delay)
            kind = "application/sparql-results+json" if stub.status == 200 else "text/plain"
            self.send_response(stub.status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(stub.body)))
            self.end_headers()
            self.wfile.write(stub.body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


@pytest.fixture
def stub() -> Iterator[Stub]:
    recorder = Stub(url="")
    recorder.rows(1)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(recorder))
    server.daemon_threads = True
    recorder.url = f"sparql+http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield recorder
    server.shutdown()
    server.server_close()


@pytest.fixture
def stub_app(stub: Stub) -> Iterator[Callable[..., Flask]]:
    apps: list[Flask] = []

    def make(**config: object) -> Flask:
        settings = {"TESTING": True, "QUERY_WORKERS": 1, "RATE_LIMIT_PER_MINUTE": 0}
        apps.append(create_app({**settings, "STORE_PATH": stub.url, **config}))
        return apps[-1]

    yield make
    for app in apps:
        close_pool(app)


def test_no_update_ever_reaches_the_remote_server(
    stub: Stub, stub_app: Callable[..., Flask]
) -> None:
    client = stub_app().test_client()
    for request in UPDATES:
        response = client.open("/sparql", **request)  # type: ignore[arg-type]
        assert response.status_code == 403, request
    assert stub.requests == []
    assert client.get("/sparql", query_string={"query": "SELECT ?x {}"}).status_code == 200
    [(method, path, form)] = stub.requests
    assert (method, path, sorted(form)) == ("POST", "/query", ["query"])


def _sparql(client: FlaskClient, query: str = "SELECT ?x WHERE { ?x ?p ?o }") -> tuple[int, str]:
    response = client.get("/sparql", query_string={"query": query}, headers=JSON)
    return response.status_code, response.get_data(as_text=True)


def test_remote_failures_are_clear_answers(stub: Stub, stub_app: Callable[..., Flask]) -> None:
    client = stub_app().test_client()
    stub.status, stub.body = 500, b"disk on fire"
    status, text = _sparql(client)
    assert status == 502 and "failed (500): disk on fire" in text
    stub.status, stub.body = 400, b"Parser error at 1:3"
    status, text = _sparql(client)
    assert status == 400 and "refused the query (400): Parser error at 1:3" in text
    page = client.get("/id/policy/x", headers={"Accept": "text/plain"})
    assert page.status_code in (502, 503) and "Traceback" not in page.get_data(as_text=True)
    assert "remote" in page.get_data(as_text=True)


def test_a_slow_remote_server_times_out_before_the_worker_is_killed(
    stub: Stub, stub_app: Callable[..., Flask]
) -> None:
    app = stub_app(QUERY_TIMEOUT_S=1.0)
    client = app.test_client()
    assert _sparql(client)[0] == 200  # the worker is up
    stub.delay = 3.0
    started = time.monotonic()
    status, text = _sparql(client)
    assert status == 503 and "Query timed out" in text and "QUERY_TIMEOUT_S = 1 s" in text
    assert time.monotonic() - started < 2.0
    with app.app_context():
        assert query_pool().timeouts == 0  # the worker gave up waiting itself: not killed


def test_a_long_remote_result_is_cut_and_reported(
    stub: Stub, stub_app: Callable[..., Flask]
) -> None:
    stub.rows(50_000)
    client = stub_app(MAX_RESULT_ROWS=10).test_client()
    response = client.get("/sparql", query_string={"query": "SELECT ?x {}"}, headers=JSON)
    assert response.status_code == 200
    assert response.headers["X-PolicyKG-Truncated"] == "10"
    assert len(response.get_json()["results"]["bindings"]) == 10
