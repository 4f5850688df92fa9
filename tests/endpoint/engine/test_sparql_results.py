"""Our SELECT writers against pyoxigraph's own: the same results, byte for byte where the
format is exact (CSV, TSV), and the same solutions after parsing (JSON, XML)."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest

from endpoint.engine.results import Cut, serialize_solutions, serialize_triples, used_prefixes

EX = "http://example.org/"
XSD = "http://www.w3.org/2001/XMLSchema#"
QUERY = "SELECT ?s ?o ?unbound WHERE { ?s ?p ?o } ORDER BY ?s ?o"
NATIVE = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}

# fmt: off
OBJECTS = [
    ox.NamedNode(EX + "o?x=1&y=%3C2%3E#f"),
    ox.BlankNode("b0"),
    ox.Literal("Bộ Lao động - Thương binh và Xã hội", language="vi"),
    ox.Literal("plain, with \"quotes\" and a, comma"),
    ox.Literal("tab\there\nnewline\r\nand \\ backslash"),
    ox.Literal("42", datatype=ox.NamedNode(XSD + "integer")),
    ox.Literal("-7", datatype=ox.NamedNode(XSD + "integer")),
    ox.Literal("3.5", datatype=ox.NamedNode(XSD + "decimal")),
    ox.Literal("3", datatype=ox.NamedNode(XSD + "decimal")),
    ox.Literal("1.5E-3", datatype=ox.NamedNode(XSD + "double")),
    ox.Literal("NaN", datatype=ox.NamedNode(XSD + "double")),
    ox.Literal("true", datatype=ox.NamedNode(XSD + "boolean")),
    ox.Literal("2030", datatype=ox.NamedNode(XSD + "gYear")),
    ox.Literal("<script>&amp;</script>"),
    ox.Literal(""),
]
# fmt: on


@pytest.fixture(scope="module")
def store() -> ox.Store:
    store = ox.Store()
    for i, obj in enumerate(OBJECTS):
        subject = ox.BlankNode("s1") if i == 1 else ox.NamedNode(f"{EX}s{i:02d}")
        store.add(ox.Quad(subject, ox.NamedNode(EX + "p"), obj))
    return store


def ours(store: ox.Store, key: str, cut: Cut | None = None) -> bytes:
    solutions = store.query(QUERY)
    assert isinstance(solutions, ox.QuerySolutions)
    names = [v.value for v in solutions.variables]
    rows = [[s[n] for n in names] for s in solutions]
    return serialize_solutions(names, rows, key, cut=cut)


def native(store: ox.Store, key: str) -> bytes:
    solutions = store.query(QUERY)
    assert isinstance(solutions, ox.QuerySolutions)
    return solutions.serialize(format=NATIVE[key]) or b""


def parsed(data: bytes, key: str) -> list[list[str | None]]:
    solutions = ox.parse_query_results(data, NATIVE[key])
    assert isinstance(solutions, ox.QuerySolutions)
    names = [v.value for v in solutions.variables]
    return [[str(s[n]) if s[n] is not None else None for n in names] for s in solutions]


@pytest.mark.parametrize("key", ["csv", "tsv"])
def test_delimited_formats_match_pyoxigraph_byte_for_byte(store: ox.Store, key: str) -> None:
    assert ours(store, key) == native(store, key)


@pytest.mark.parametrize("key", ["json", "xml"])
def test_structured_formats_parse_to_the_same_solutions(store: ox.Store, key: str) -> None:
    expected = parsed(native(store, key), key)
    assert parsed(ours(store, key), key) == expected
    assert len(expected) == len(OBJECTS)


def test_json_matches_pyoxigraph_structure(store: ox.Store) -> None:
    assert json.loads(ours(store, "json")) == json.loads(native(store, "json"))


def test_truncation_is_a_top_level_json_member_clients_can_ignore(store: ox.Store) -> None:
    data = ours(store, "json", cut=Cut(11, "cut at 11 rows: use LIMIT"))
    doc = json.loads(data)
    assert doc["truncated"] == {"rows": 11, "message": "cut at 11 rows: use LIMIT"}
    assert parsed(data, "json") == parsed(native(store, "json"), "json")


def test_xml_replaces_characters_xml_cannot_carry() -> None:
    row = [ox.Literal("bell\x07here")]
    data = serialize_solutions(["x"], [row], "xml", cut=None)
    assert parsed(data, "xml") == [['"bell\ufffdhere"']]


def test_rdf_star_triples_in_json_and_xml() -> None:
    quoted = ox.Triple(ox.NamedNode(EX + "a"), ox.NamedNode(EX + "b"), ox.Literal("c"))
    for key in ("json", "xml"):
        data = serialize_solutions(["t"], [[quoted]], key, cut=None)
        assert parsed(data, key) == [[str(quoted)]]


def test_graph_output_declares_only_prefixes_it_uses() -> None:
    rdfs_label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    triples = [ox.Triple(ox.NamedNode(EX + "a"), rdfs_label, ox.Literal("a"))]
    assert used_prefixes(triples) == {"rdfs": "http://www.w3.org/2000/01/rdf-schema#"}
    turtle = serialize_triples(triples, "ttl").decode()
    assert "@prefix rdfs:" in turtle
    assert "@prefix skos:" not in turtle


@pytest.mark.parametrize("key", ["ttl", "nt", "rdf", "jsonld", "trig", "nq"])
def test_graph_formats_round_trip(key: str) -> None:
    triples = [ox.Triple(ox.NamedNode(EX + "a"), ox.NamedNode(EX + "p"), o) for o in OBJECTS[2:]]
    data = serialize_triples(triples, key)
    fmt = {"ttl": "TURTLE", "nt": "N_TRIPLES", "rdf": "RDF_XML", "jsonld": "JSON_LD"}
    fmt |= {"trig": "TRIG", "nq": "N_QUADS"}
    back = list(ox.parse(data, getattr(ox.RdfFormat, fmt[key])))
    assert {q.triple if isinstance(q, ox.Quad) else q for q in back} == set(triples)
