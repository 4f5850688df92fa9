"""/sparql over HTTP: the three ways to ask, datasets, formats, refusals and errors."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

G = "https://w3id.org/policykg/graph/"
ID = "https://w3id.org/policykg/id/"
LABELS = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?label WHERE { <https://w3id.org/policykg/id/place/ha-noi> rdfs:label ?label }
ORDER BY ?label"""
SUBJECTS = "SELECT DISTINCT ?s WHERE { ?s ?p ?o } ORDER BY ?s"


def values(response: TestResponse, var: str) -> list[str]:
    assert response.status_code == 200, response.get_data(as_text=True)
    doc = json.loads(response.data)
    return [b[var]["value"] for b in doc["results"]["bindings"] if var in b]


def test_get_post_form_and_post_direct_agree(sparql_client: FlaskClient) -> None:
    by_get = sparql_client.get("/sparql", query_string={"query": LABELS})
    by_form = sparql_client.post("/sparql", data={"query": LABELS})
    by_body = sparql_client.post(
        "/sparql", data=LABELS.encode(), content_type="application/sparql-query"
    )
    assert values(by_get, "label") == ["Hanoi", "Hà Nội"]
    assert by_form.data == by_get.data == by_body.data


def test_default_graph_is_the_union_of_all_graphs(sparql_client: FlaskClient) -> None:
    subjects = values(sparql_client.get("/sparql", query_string={"query": SUBJECTS}), "s")
    assert ID + "article/a1" in subjects  # from the meta graph
    assert ID + "place/xa-thu" in subjects  # from article graph a2
    assert ID + "target/90-tre-em" in subjects  # from article graph a1


def test_protocol_default_graph_replaces_the_union(sparql_client: FlaskClient) -> None:
    params = {"query": SUBJECTS, "default-graph-uri": G + "a2"}
    subjects = values(sparql_client.get("/sparql", query_string=params), "s")
    assert ID + "place/xa-thu" in subjects
    assert ID + "target/90-tre-em" not in subjects


def test_protocol_named_graphs_are_the_only_graphs(sparql_client: FlaskClient) -> None:
    query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g"
    params = {"query": query, "named-graph-uri": [G + "a1", G + "meta"]}
    graphs = values(sparql_client.post("/sparql", data=params), "g")
    assert graphs == [G + "a1", G + "meta"]
    # and with only named graphs given, the default graph is empty
    params = {"query": SUBJECTS, "named-graph-uri": G + "a1"}
    assert values(sparql_client.get("/sparql", query_string=params), "s") == []


def test_protocol_dataset_overrides_from(sparql_client: FlaskClient) -> None:
    query = "SELECT DISTINCT ?s FROM <https://w3id.org/policykg/graph/a1> WHERE { ?s ?p ?o }"
    from_query = values(sparql_client.get("/sparql", query_string={"query": query}), "s")
    assert ID + "target/90-tre-em" in from_query
    params = {"query": query, "default-graph-uri": G + "a2"}
    overridden = values(sparql_client.get("/sparql", query_string=params), "s")
    assert ID + "target/90-tre-em" not in overridden
    assert ID + "place/xa-thu" in overridden


def test_relative_iris_resolve_against_the_endpoint(sparql_client: FlaskClient) -> None:
    response = sparql_client.get(
        "/sparql", query_string={"query": "CONSTRUCT { <s> <p> 1 } WHERE {}", "format": "nt"}
    )
    assert response.status_code == 200
    assert b"<http://localhost/s> <http://localhost/p>" in response.data


def test_describe_gives_the_resource(sparql_client: FlaskClient) -> None:
    response = sparql_client.get(
        "/sparql",
        query_string={"query": f"DESCRIBE <{ID}place/ha-noi>"},
        headers={"Accept": "application/n-triples"},
    )
    assert response.mimetype == "application/n-triples"
    triples = list(ox.parse(response.data, ox.RdfFormat.N_TRIPLES))
    assert {t.object.value for t in triples} >= {"Hà Nội", "Hanoi"}
    assert all(t.subject == ox.NamedNode(ID + "place/ha-noi") for t in triples)


# fmt: off
SELECT_FORMATS = [
    (None, "application/sparql-results+json", ox.QueryResultsFormat.JSON),
    ("*/*", "application/sparql-results+json", ox.QueryResultsFormat.JSON),
    ("application/sparql-results+xml", "application/sparql-results+xml", ox.QueryResultsFormat.XML),
    ("text/tab-separated-values", "text/tab-separated-values", ox.QueryResultsFormat.TSV),
    ("application/json", "application/sparql-results+json", ox.QueryResultsFormat.JSON),
    ("application/sparql-results+xml;q=0.5, text/tab-separated-values",
     "text/tab-separated-values", ox.QueryResultsFormat.TSV),
    ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
     "application/sparql-results+xml", ox.QueryResultsFormat.XML),
]
GRAPH_FORMATS = [
    (None, "text/turtle", ox.RdfFormat.TURTLE),
    ("application/n-triples", "application/n-triples", ox.RdfFormat.N_TRIPLES),
    ("application/rdf+xml", "application/rdf+xml", ox.RdfFormat.RDF_XML),
    ("application/ld+json", "application/ld+json", ox.RdfFormat.JSON_LD),
    ("application/trig", "application/trig", ox.RdfFormat.TRIG),
    ("application/n-quads", "application/n-quads", ox.RdfFormat.N_QUADS),
    ("text/plain;q=0.9, application/rdf+xml;q=0.8", "application/rdf+xml", ox.RdfFormat.RDF_XML),
]
# fmt: on


@pytest.mark.parametrize(("accept", "mimetype", "fmt"), SELECT_FORMATS)
def test_select_formats(
    sparql_client: FlaskClient, accept: str | None, mimetype: str, fmt: ox.QueryResultsFormat
) -> None:
    headers = {"Accept": accept} if accept else {}
    response = sparql_client.get("/sparql", query_string={"query": LABELS}, headers=headers)
    assert response.mimetype == mimetype
    assert "Accept" in response.vary
    solutions = ox.parse_query_results(response.data, fmt)
    assert isinstance(solutions, ox.QuerySolutions)
    assert sorted(s["label"].value for s in solutions) == ["Hanoi", "Hà Nội"]


def test_csv_results(sparql_client: FlaskClient) -> None:
    response = sparql_client.get(
        "/sparql", query_string={"query": LABELS}, headers={"Accept": "text/csv"}
    )
    assert response.content_type == "text/csv; charset=utf-8"
    assert response.get_data(as_text=True) == "label\r\nHanoi\r\nHà Nội\r\n"


@pytest.mark.parametrize(("accept", "mimetype", "fmt"), GRAPH_FORMATS)
def test_construct_formats(
    sparql_client: FlaskClient, accept: str | None, mimetype: str, fmt: ox.RdfFormat
) -> None:
    query = f"CONSTRUCT WHERE {{ <{ID}place/ha-noi> ?p ?o }}"
    headers = {"Accept": accept} if accept else {}
    response = sparql_client.get("/sparql", query_string={"query": query}, headers=headers)
    assert response.mimetype == mimetype
    parsed = list(ox.parse(response.data, fmt))
    assert len(parsed) == 3  # a type and two labels


@pytest.mark.parametrize(
    ("fmt", "mimetype"), [("xml", "application/sparql-results+xml"), ("json", None)]
)
def test_ask_formats(sparql_client: FlaskClient, fmt: str, mimetype: str | None) -> None:
    response = sparql_client.get("/sparql", query_string={"query": "ASK {}", "format": fmt})
    assert response.mimetype == (mimetype or "application/sparql-results+json")
    result_format = ox.QueryResultsFormat.from_media_type(response.mimetype)
    assert result_format is not None
    assert bool(ox.parse_query_results(response.data, result_format))


def test_format_parameter_overrides_accept(sparql_client: FlaskClient) -> None:
    json_accept = {"Accept": "application/sparql-results+json"}
    for fmt in ("tsv", "text/tab-separated-values"):
        params = {"query": LABELS, "format": fmt}
        response = sparql_client.get("/sparql", query_string=params, headers=json_accept)
        assert response.mimetype == "text/tab-separated-values"
    params = {"query": f"CONSTRUCT WHERE {{ <{ID}place/ha-noi> ?p ?o }}", "format": "json"}
    assert sparql_client.get("/sparql", query_string=params).mimetype == "application/ld+json"


@pytest.mark.parametrize(
    ("query", "params", "status"),
    [
        (LABELS, {"format": "ttl"}, 406),  # a table is not a graph
        ("ASK {}", {"format": "csv"}, 406),  # CSV has no booleans
        (LABELS, {"format": "yaml"}, 400),
        (LABELS, {"format": "image/png"}, 400),
    ],
)
def test_unsuitable_or_unknown_format(
    sparql_client: FlaskClient, query: str, params: dict[str, str], status: int
) -> None:
    response = sparql_client.get("/sparql", query_string={"query": query, **params})
    assert response.status_code == status


def test_nothing_acceptable_is_406_listing_what_is(sparql_client: FlaskClient) -> None:
    response = sparql_client.get(
        "/sparql", query_string={"query": LABELS}, headers={"Accept": "image/png"}
    )
    assert response.status_code == 406
    assert "text/csv" in response.get_data(as_text=True)


@pytest.mark.parametrize(
    "request_kwargs",
    [
        {"method": "GET", "query_string": {"update": "CLEAR ALL"}},
        {"method": "POST", "data": {"update": "INSERT DATA { <x:a> <x:b> <x:c> }"}},
        {"method": "POST", "data": b"CLEAR ALL", "content_type": "application/sparql-update"},
        {"method": "GET", "query_string": {"query": "LOAD <http://example.org/x.ttl>"}},
        {"method": "POST", "data": {"query": "DROP ALL"}},
        {"method": "GET", "query_string": {"query": "SELECT * { SERVICE <http://a/> {} }"}},
    ],
)
def test_updates_load_and_service_are_refused(
    sparql_client: FlaskClient, request_kwargs: dict[str, object]
) -> None:
    response = sparql_client.open("/sparql", **request_kwargs)
    assert response.status_code == 403
    text = response.get_data(as_text=True)
    assert "read-only" in text or "SERVICE" in text
    assert "Traceback" not in text


@pytest.mark.parametrize(
    ("request_kwargs", "status", "says"),
    [
        ({"query_string": {"query": "SELECT * {"}}, 400, "1:"),
        ({"query_string": {"query": ["ASK {}", "ASK {}"]}}, 400, "one query"),
        ({"query_string": {"query": "  "}}, 400, "empty"),
        ({"query_string": {"query": "ASK {}", "default-graph-uri": "not an iri"}}, 400, "IRI"),
        ({"method": "POST", "data": {"default-graph-uri": G + "a1"}}, 400, "No query"),
        ({"method": "POST", "data": b"ASK {}", "content_type": "text/plain"}, 415, "Content-Type"),
        (
            {"method": "POST", "data": "ASK {}".encode("utf-16"),
             "content_type": "application/sparql-query; charset=UTF-16"},
            415, "UTF-8",
        ),
        (
            {"method": "POST", "data": b"ASK { \xff }", "content_type": "application/sparql-query"},
            400, "UTF-8",
        ),
        ({"method": "PUT", "query_string": {"query": "ASK {}"}}, 405, "not allowed"),
    ],
)  # fmt: skip
def test_bad_requests_get_a_status_and_a_reason(
    sparql_client: FlaskClient, request_kwargs: dict[str, object], status: int, says: str
) -> None:
    response = sparql_client.open("/sparql", **request_kwargs)
    assert response.status_code == status
    assert says in response.get_data(as_text=True)


def test_errors_in_json_for_clients_that_prefer_it(sparql_client: FlaskClient) -> None:
    response = sparql_client.get(
        "/sparql", query_string={"query": "SELECT * {"}, headers={"Accept": "application/json"}
    )
    assert response.status_code == 400
    body = response.get_json()
    assert body["status"] == 400
    assert body["error"] == "Bad Request"
    assert "Query error" in body["message"]
