"""Service Description (GET /sparql without a query) and VoID (/void, /.well-known/void),
checked against counts computed here from the sample data itself."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest
from flask.testing import FlaskClient

import endpoint.pages.entity as entity_pages
from tests.conftest import endpoint_app

SD = "http://www.w3.org/ns/sparql-service-description#"
VOID = "http://rdfs.org/ns/void#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


def n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def load(data: bytes, fmt: ox.RdfFormat = ox.RdfFormat.TURTLE) -> ox.Store:
    store = ox.Store()
    store.load(data, fmt)
    return store


def objects(store: ox.Store, subject: ox.Term | None, predicate: str) -> list[ox.Term]:
    return [q.object for q in store.quads_for_pattern(subject, n(predicate), None)]


def the(store: ox.Store, subject: ox.Term | None, predicate: str) -> ox.Term:
    [value] = objects(store, subject, predicate)
    return value


def number(store: ox.Store, subject: ox.Term, predicate: str) -> int:
    return int(the(store, subject, predicate).value)


def test_service_description(sparql_client: FlaskClient, sample_quads: list[ox.Quad]) -> None:
    response = sparql_client.get("/sparql")
    assert response.mimetype == "text/turtle"
    sd = load(response.data)
    [service] = [q.subject for q in sd.quads_for_pattern(None, RDF_TYPE, n(SD + "Service"))]
    assert the(sd, service, SD + "endpoint") == n("http://localhost/sparql")
    assert the(sd, service, SD + "supportedLanguage") == n(SD + "SPARQL11Query")
    assert n(SD + "UnionDefaultGraph") in objects(sd, service, SD + "feature")
    formats = {f.value.rsplit("/", 1)[1] for f in objects(sd, service, SD + "resultFormat")}
    assert {"SPARQL_Results_JSON", "SPARQL_Results_CSV", "SPARQL_Results_TSV"} <= formats
    assert {"Turtle", "RDF_XML", "JSON-LD", "N-Triples", "TriG", "N-Quads"} <= formats
    dataset = the(sd, service, SD + "defaultDataset")
    per_graph = Counter(q.graph_name.value for q in sample_quads)
    named = {}
    for entry in objects(sd, dataset, SD + "namedGraph"):
        graph = the(sd, entry, SD + "graph")
        named[the(sd, entry, SD + "name").value] = number(sd, graph, VOID + "triples")
    assert named == dict(per_graph)
    default = the(sd, dataset, SD + "defaultGraph")
    assert number(sd, default, VOID + "triples") == len({q.triple for q in sample_quads})


def test_count_star_is_the_described_triple_count(sparql_client: FlaskClient) -> None:
    """The default graph is a set: a researcher's COUNT(*) is the number we publish."""
    sd = load(sparql_client.get("/sparql").data)
    [service] = [q.subject for q in sd.quads_for_pattern(None, RDF_TYPE, n(SD + "Service"))]
    default = the(sd, the(sd, service, SD + "defaultDataset"), SD + "defaultGraph")
    count = sparql_client.get(
        "/sparql",
        query_string={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"},
        headers={"Accept": "application/sparql-results+json"},
    ).get_json()["results"]["bindings"][0]["n"]["value"]
    void = load(sparql_client.get("/void").data)
    [dataset] = [s.subject for s in void.quads_for_pattern(None, RDF_TYPE, n(VOID + "Dataset"))
                 if s.subject.value.endswith("/dataset")]  # fmt: skip
    assert (
        int(count)
        == number(sd, default, VOID + "triples")
        == number(void, dataset, VOID + "triples")
    )


@pytest.mark.parametrize(
    ("headers", "query", "fmt"),
    [
        ({"Accept": "application/ld+json"}, {}, ox.RdfFormat.JSON_LD),
        ({"Accept": "application/rdf+xml"}, {}, ox.RdfFormat.RDF_XML),
        ({"Accept": "text/turtle"}, {"format": "nt"}, ox.RdfFormat.N_TRIPLES),
        ({"Accept": BROWSER}, {"format": "ttl"}, ox.RdfFormat.TURTLE),
    ],
)
def test_service_description_formats(
    sparql_client: FlaskClient, headers: dict[str, str], query: dict[str, str], fmt: ox.RdfFormat
) -> None:
    turtle = load(sparql_client.get("/sparql").data)
    response = sparql_client.get("/sparql", headers=headers, query_string=query)
    assert response.mimetype == fmt.media_type
    assert len(load(response.data, fmt)) == len(turtle)


def test_browsers_get_the_description_until_pages_has_an_editor(
    sparql_client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delattr(entity_pages, "render_editor", raising=False)
    assert sparql_client.get("/sparql", headers={"Accept": BROWSER}).mimetype == "text/turtle"
    monkeypatch.setattr(entity_pages, "render_editor", lambda: "the editor", raising=False)
    assert sparql_client.get("/sparql", headers={"Accept": BROWSER}).data == b"the editor"
    machine = sparql_client.get("/sparql", headers={"Accept": "text/turtle, */*;q=0.1"})
    assert machine.mimetype == "text/turtle"


def test_void_counts(sparql_client: FlaskClient, sample_quads: list[ox.Quad]) -> None:
    void = load(sparql_client.get("/void").data)
    [dataset] = [s.subject for s in void.quads_for_pattern(None, RDF_TYPE, n(VOID + "Dataset"))
                 if s.subject.value.endswith("/dataset")]  # fmt: skip
    triples = {q.triple for q in sample_quads}
    types = {(t.subject, t.object) for t in triples if t.predicate == RDF_TYPE}
    classes = Counter(c.value for _, c in types)
    assert number(void, dataset, VOID + "triples") == len(triples)
    iri_subjects = {t.subject for t in triples if isinstance(t.subject, ox.NamedNode)}
    assert number(void, dataset, VOID + "entities") == len(iri_subjects)
    assert number(void, dataset, VOID + "classes") == len(classes)
    partitions = {
        the(void, p, VOID + "class").value: number(void, p, VOID + "entities")
        for p in objects(void, dataset, VOID + "classPartition")
    }
    assert partitions == dict(classes)
    subsets = {
        s.value: number(void, s, VOID + "triples") for s in objects(void, dataset, VOID + "subset")
    }
    assert subsets == dict(Counter(q.graph_name.value for q in sample_quads))
    properties = Counter(t.predicate.value for t in triples)
    assert number(void, dataset, VOID + "properties") == len(properties)


def test_void_links_resolve(sparql_client: FlaskClient) -> None:
    void = load(sparql_client.get("/void").data)
    endpoint = the(void, None, VOID + "sparqlEndpoint")
    assert endpoint == n("http://localhost/sparql")
    dumps = objects(void, None, VOID + "dataDump")
    assert len(dumps) == 4
    for dump in dumps:
        with sparql_client.head(dump.value.removeprefix("http://localhost")) as response:
            assert response.status_code == 200


def test_void_carries_the_licence(sparql_client: FlaskClient) -> None:
    void = load(sparql_client.get("/void").data)
    licence = the(void, None, "http://purl.org/dc/terms/license")
    assert licence == n(sparql_client.application.config["DATA_LICENSE"])


def test_well_known_void_is_the_same_description(sparql_client: FlaskClient) -> None:
    one = load(sparql_client.get("/void").data)
    two = load(sparql_client.get("/.well-known/void").data)

    def ground(store: ox.Store) -> set[ox.Quad]:
        return {q for q in store if not any(isinstance(t, ox.BlankNode) for t in q.triple)}

    assert ground(one) == ground(two)
    assert len(one) == len(two)


def test_without_a_store(tmp_path: Path) -> None:
    client = endpoint_app(tmp_path / "nothing-here").test_client()
    assert client.get("/void").status_code == 503
    sd = load(client.get("/sparql").data)
    assert objects(sd, None, SD + "endpoint")
    assert not objects(sd, None, SD + "defaultDataset")
