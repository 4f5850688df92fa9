"""`policykg serve --store sparql+http://...`: the endpoint and pages read a real Oxigraph
server (with its union default graph) that a build wrote into, on loopback."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from endpoint import create_app
from endpoint.sources.remote import RemoteSource
from endpoint.sources.store import StoreError, check_servable
from endpoint.sparql.views import close_pool
from graph_builder.build.builder import build
from graph_builder.config import BuildConfig
from graph_builder.store.remote import STATE_GRAPH, RemoteStore
from tests.build.test_build import RUN, FakeExtractor
from tests.factories import TEXT
from tests.store.test_remote import free_port, oxigraph_server

JSON = {"Accept": "application/sparql-results+json"}
DECISIONS = "SELECT DISTINCT ?d WHERE { ?d a <https://w3id.org/policykg/ontology#Decision> }"
GRAPH = "https://w3id.org/policykg/graph/"


def remote_app(address: str, **config: object) -> Flask:
    settings = {"TESTING": True, "QUERY_WORKERS": 1, "RATE_LIMIT_PER_MINUTE": 0}
    return create_app({**settings, "STORE_PATH": address, **config})


def build_into(address: str, folder: Path) -> None:
    raw = folder / "raw"
    raw.mkdir()
    for n in range(2):
        (raw / f"a{n}.txt").write_text(TEXT + f" Câu {n}.", encoding="utf-8")
    config = BuildConfig(store_path=address, validate=False)
    build([raw], config, extractor=FakeExtractor(), run=RUN)


@pytest.fixture(scope="module")
def remote(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("remote")
    # --timeout-s: the server stops, on its own, a query the endpoint gave up waiting for
    with oxigraph_server(folder / "ox", "--timeout-s", "5") as address:  # its own default graph
        build_into(address, folder)
        yield address


@pytest.fixture(scope="module")
def client(remote: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[FlaskClient]:
    dumps = tmp_path_factory.mktemp("dumps")
    app = remote_app(remote, QUERY_TIMEOUT_S=1.5, DUMPS_DIR=str(dumps))
    yield app.test_client()
    close_pool(app)


def rows(client: FlaskClient, **params: str) -> list[dict[str, dict[str, str]]]:
    response = client.get("/sparql", query_string=params, headers=JSON)
    assert response.status_code == 200, response.get_data(as_text=True)
    return response.get_json()["results"]["bindings"]


def test_sparql_reads_the_remote_graph_and_its_datasets(client: FlaskClient) -> None:
    assert len(rows(client, query=DECISIONS)) == 1  # one decision, in both article graphs
    named = rows(client, query="SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert {GRAPH + "a0", GRAPH + "a1"} <= {r["g"]["value"] for r in named}
    only_a0 = rows(
        client,
        query="SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
        **{"default-graph-uri": GRAPH + "a0"},
    )
    total = rows(client, query="SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert 0 < int(only_a0[0]["n"]["value"]) < int(total[0]["n"]["value"])
    turtle = client.get(
        "/sparql",
        query_string={"query": "CONSTRUCT WHERE { ?s a ?c } LIMIT 3"},
        headers={"Accept": "text/turtle"},
    )
    assert turtle.status_code == 200 and turtle.get_data(as_text=True).strip()
    relative = rows(client, query="SELECT ?x WHERE { BIND(<x> AS ?x) }")  # our base IRI
    assert relative == [{"x": {"type": "uri", "value": "http://localhost/x"}}]


# fmt: off
STATE_READS = [  # each reads the build's bookkeeping graph on the server itself
    "SELECT ?o WHERE { GRAPH <urn:policykg:build-state> { ?s ?p ?o } }",
    "SELECT ?o FROM NAMED <urn:policykg:build-state> WHERE { GRAPH ?g { ?s ?p ?o } }",
    "SELECT ?o FROM <urn:policykg:build-state> WHERE { ?s ?p ?o }",
    "PREFIX u: <urn:policykg:> SELECT ?o WHERE { GRAPH u:build-state { ?s ?p ?o } }",
    "SELECT ?o WHERE { GRAPH <urn:policykg:build\\u002Dstate> { ?s ?p ?o } }",
    "SELECT ?o WHERE { <urn:policykg:build-state> ?p ?o }",
    "SELECT ?o WHERE { ?s <urn:policykg:info> ?o }",
]
# fmt: on


@pytest.mark.parametrize("query", STATE_READS)
def test_sparql_does_not_read_the_bookkeeping_graph(
    client: FlaskClient, remote: str, query: str
) -> None:
    """As on the embedded store, which keeps it in files: the graph is not there. The
    server's own default graph never holds it (the merge leaves it out); a query naming
    the graph reaches it on the server itself, not through /sparql."""
    on_server = list(RemoteSource.parse(remote).query(query))  # type: ignore[arg-type]
    assert bool(on_server) == ("GRAPH" in query or "FROM" in query)
    assert rows(client, query=query) == []


def test_a_dataset_naming_the_bookkeeping_graph_leaves_it_out(client: FlaskClient) -> None:
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    state = {"default-graph-uri": STATE_GRAPH}
    assert rows(client, query=count, **state) == [{"n": {"type": "literal", "value": "0",
            "datatype": "http://www.w3.org/2001/XMLSchema#integer"}}]  # fmt: skip
    a0 = rows(client, query=count, **{"default-graph-uri": GRAPH + "a0"})
    with_state = count.replace("WHERE", f"FROM <{GRAPH}a0> FROM <{STATE_GRAPH}> WHERE")
    assert rows(client, query=with_state) == a0
    names = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    both = client.get(
        "/sparql",
        query_string={"query": names, "named-graph-uri": [STATE_GRAPH, GRAPH + "a0"]},
        headers=JSON,
    ).get_json()["results"]["bindings"]
    assert [r["g"]["value"] for r in both] == [GRAPH + "a0"]


def test_graph_lists_and_scans_leave_the_bookkeeping_out(client: FlaskClient) -> None:
    names = rows(client, query="SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    graphs = {r["g"]["value"] for r in names}
    assert GRAPH + "a0" in graphs and STATE_GRAPH not in graphs
    for query, accept in (
        ("SELECT * WHERE { ?s ?p ?o }", "application/sparql-results+json"),
        ("CONSTRUCT WHERE { ?s ?p ?o }", "application/n-triples"),
        ("DESCRIBE <urn:policykg:build-state>", "application/n-triples"),
    ):
        response = client.get("/sparql", query_string={"query": query}, headers={"Accept": accept})
        assert response.status_code == 200
        assert "urn:policykg:" not in response.get_data(as_text=True), query


def test_updates_never_reach_the_remote_server(client: FlaskClient, remote: str) -> None:
    before = RemoteStore(remote).quad_count()
    assert client.post("/sparql", data={"update": "DROP ALL"}).status_code == 403
    assert client.get("/sparql", query_string={"query": "DROP ALL"}).status_code == 403
    sneaky = "ASK {} ; INSERT DATA { <x:a> <x:b> <x:c> }"
    assert client.get("/sparql", query_string={"query": sneaky}).status_code == 403
    assert RemoteStore(remote).quad_count() == before  # the stub test checks what is sent


def test_pages_search_and_health_over_the_remote_store(client: FlaskClient) -> None:
    iri = rows(client, query=DECISIONS)[0]["d"]["value"]
    page = client.get("/id/" + iri.split("/id/", 1)[1], headers={"Accept": "text/html"})
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and ">Thủ tướng Chính phủ</a>" in html  # a link's label
    assert "Ngày 12/5/2020, Thủ tướng Chính phủ ký <mark>Quyết định số 99" in html  # mentions
    found = client.get("/api/search", query_string={"q": "thu tuong"}).get_json()
    assert any("Thủ tướng" in hit["label"] for hit in found["results"])
    browse = client.get("/browse", query_string={"type": "Policy"}).get_data(as_text=True)
    assert "Quyết định số 99/2020/QĐ-TTg" in browse
    assert "2020-05-12" in client.get("/timeline").get_data(as_text=True)
    assert client.get("/api/graph").get_json()["elements"]  # analytics computed here
    assert client.get("/").status_code == 200
    health = client.get("/health").get_json()
    assert health["status"] == "ok" and health["triples"] > 0, health
    assert health["generation"] == "1" and health["store"]["kind"] == "remote"


def test_query_errors_and_timeouts_over_the_remote_store(client: FlaskClient) -> None:
    bad = client.get("/sparql", query_string={"query": "SELECT ?x WHERE { ?x <p> }"})
    assert bad.status_code == 400
    runaway = (
        "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o }"
    )
    slow = client.get("/sparql", query_string={"query": runaway}, headers=JSON)
    assert slow.status_code == 503 and "timed out" in slow.get_data(as_text=True)


def test_a_remote_store_that_is_down_is_a_clear_503() -> None:
    app = remote_app(f"sparql+http://127.0.0.1:{free_port()}")
    down = app.test_client()
    for path in ("/sparql?query=ASK%20%7B%7D", "/health", "/", "/id/policy/x", "/api/search?q=x"):
        response = down.get(path, headers=JSON)
        text = response.get_data(as_text=True)
        assert response.status_code == 503, path
        assert "cannot reach" in text and "Traceback" not in text, path
    close_pool(app)


def test_void_and_dumps_over_the_remote_store(client: FlaskClient) -> None:
    void = client.get("/void", headers={"Accept": "text/turtle"})
    assert void.status_code == 200 and "void:triples" in void.get_data(as_text=True)
    assert STATE_GRAPH not in void.get_data(as_text=True)
    for name in ("policykg.trig", "policykg.ttl"):
        dump = client.get(f"/dumps/{name}")
        body = dump.get_data(as_text=True)
        dump.close()
        assert dump.status_code == 200, name
        assert "99-2020-qd-ttg" in body and STATE_GRAPH not in body


def test_serve_refuses_to_start_on_an_unreachable_remote_store() -> None:
    from click.testing import CliRunner

    from graph_builder.cli import main

    address = f"sparql+http://127.0.0.1:{free_port()}"
    result = CliRunner().invoke(main, ["serve", "--store", address])
    assert result.exit_code != 0 and "cannot reach" in result.output


def test_a_server_answering_over_the_union_of_its_graphs_is_refused(tmp_path: Path) -> None:
    with oxigraph_server(tmp_path / "ox", "--union-default-graph") as union:  # facts repeated
        build_into(union, tmp_path)
        app = remote_app(union)
        health = app.test_client().get("/health").get_json()
        assert health["status"] == "degraded"
        assert "without --union-default-graph" in health["problems"][0]
        with pytest.raises(StoreError, match="union of its graphs"):
            check_servable(app)
