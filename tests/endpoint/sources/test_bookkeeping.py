"""Reading the IRIs of a query as an engine does, to keep the bookkeeping graph out."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from endpoint.sources.bookkeeping import EMPTY_GRAPH, public_dataset, read, visible
from graph_builder.store.remote import STATE_GRAPH

# fmt: off
NAMING: list[str] = [  # each names a bookkeeping IRI
    "SELECT * WHERE { GRAPH <urn:policykg:build-state> { ?s ?p ?o } }",
    "select * from named <urn:policykg:build-state> where { graph ?g { ?s ?p ?o } }",
    "PREFIX u: <urn:policykg:> SELECT * { GRAPH u:build-state { ?s ?p ?o } }",
    "PREFIX u: <urn:po> SELECT * { GRAPH u:licykg:build-state { ?s ?p ?o } }",
    "PREFIX : <urn:policykg:build> SELECT * { :-state ?p ?o }",
    "PREFIX ex.a: <urn:policykg:> SELECT * { ?s ex.a:state ?o }",
    "PREFIX u: <urn:policykg:build> SELECT * { ?s ?p ?o FILTER(?s = u:\\-state) }",
    "SELECT * { GRAPH <urn:policykg:build\\u002Dstate> { ?s ?p ?o } }",
    "SELECT * { GRAPH <urn:policykg:build\\U0000002Dstate> { ?s ?p ?o } }",
    "BASE <urn:a/b> SELECT * { GRAPH <../policykg:build-state> { ?s ?p ?o } }",
    "SELECT * { ?s <urn:policykg:info> ?o FILTER(?o<?b&&?c>?d) }",
    "SELECT * FROM # a comment\n <urn:policykg:build-state> { ?s ?p ?o }",
]
NOT_NAMING: list[str] = [
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?s { ?s rdfs:label 'x'@vi }",
    "SELECT * { ?s ?p ?o } # GRAPH <urn:policykg:build-state>",
    'SELECT * { ?s ?p "<urn:policykg:build-state>" }',
    "SELECT * { ?s ?p '''GRAPH <urn:policykg:build-state>''' }",
    "SELECT * { GRAPH ?g { ?s ?p ?o } }",
    "PREFIX u: <urn:policykg:> SELECT * { ?s u:other ?o }",
    "SELECT * { ?s ?p ?o FILTER(?g = IRI('urn:policykg:build-state')) }",  # see the module
]
# fmt: on


@pytest.mark.parametrize("query", NAMING)
def test_names_of_the_bookkeeping_graph_are_found(query: str) -> None:
    assert read(query).names_hidden


@pytest.mark.parametrize("query", NOT_NAMING)
def test_other_queries_are_left_alone(query: str) -> None:
    assert not read(query).names_hidden
    assert public_dataset(query, None, None, every_graph=lambda: pytest.fail("not needed")) == (
        None,
        None,
    )


def test_from_clauses_become_the_dataset_without_it() -> None:
    query = (
        "SELECT * FROM <urn:g1> FROM NAMED <urn:policykg:build-state> FROM NAMED <urn:g2> "
        "{ ?s ?p ?o }"
    )
    reading = read(query)
    assert reading.from_default == ["urn:g1"]
    assert reading.from_named == [STATE_GRAPH, "urn:g2"]
    assert public_dataset(query, None, None, every_graph=list) == (["urn:g1"], ["urn:g2"])
    only = "SELECT * FROM <urn:policykg:build-state> { ?s ?p ?o }"
    assert public_dataset(only, None, None, every_graph=list) == ([EMPTY_GRAPH], [])


def test_a_protocol_dataset_loses_it() -> None:
    ask = "ASK {}"
    assert public_dataset(ask, [STATE_GRAPH], None, every_graph=list) == ([EMPTY_GRAPH], [])
    assert public_dataset(ask, [STATE_GRAPH], ["urn:g"], every_graph=list) == ([], ["urn:g"])
    assert public_dataset(ask, None, [STATE_GRAPH, "urn:g"], every_graph=list) == (
        [],
        ["urn:g"],
    )


def test_a_query_naming_it_gets_every_other_graph() -> None:
    query = NAMING[0]
    graphs = ["urn:g1", STATE_GRAPH, "urn:g2"]
    expected = ["urn:g1", "urn:g2"]
    assert public_dataset(query, None, None, every_graph=lambda: graphs) == (expected, expected)
    assert public_dataset(query, None, None, every_graph=list) == ([EMPTY_GRAPH], [])


def test_visible() -> None:
    state, other = ox.NamedNode(STATE_GRAPH), ox.NamedNode("urn:x")
    assert visible([other, ox.Literal("x"), None])
    assert not visible([other, state])
    assert not visible([ox.Triple(state, other, other)])
