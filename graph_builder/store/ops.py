"""Read-side operations on a store for the CLI: query, export, stats, validation."""

from __future__ import annotations

from typing import IO, Any

import pyoxigraph as ox

from graph_builder.rdf.oxconvert import graph_from_ox
from graph_builder.store.generations import StoreState
from graph_builder.validate.shacl import Validator

RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS = {
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nq": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdf": ox.RdfFormat.RDF_XML,
}
PREFIXES = {
    "pkg": "https://w3id.org/policykg/ontology#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "org": "http://www.w3.org/ns/org#",
    "oa": "http://www.w3.org/ns/oa#",
    "prov": "http://www.w3.org/ns/prov#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "schema": "https://schema.org/",
    "dcterms": "http://purl.org/dc/terms/",
}


def run_query(store: ox.Store, sparql: str, fmt: str) -> bytes:
    """Serialise any query form; the format must suit the form (a clear error otherwise)."""
    result = store.query(sparql)
    if isinstance(result, ox.QueryTriples):
        if fmt not in GRAPH_FORMATS:
            raise ValueError(f"graph results need one of {sorted(GRAPH_FORMATS)}, not {fmt!r}")
        return result.serialize(format=GRAPH_FORMATS[fmt]) or b""
    if fmt not in RESULT_FORMATS:
        raise ValueError(f"SELECT/ASK results need one of {sorted(RESULT_FORMATS)}, not {fmt!r}")
    return result.serialize(format=RESULT_FORMATS[fmt]) or b""


def export_store(store: ox.Store, fmt: str, out: IO[bytes]) -> None:
    """Quad formats keep every graph; triple formats give the default graph (the merge)."""
    rdf_format = GRAPH_FORMATS[fmt]
    if rdf_format.supports_datasets:
        store.dump(out, rdf_format, prefixes=PREFIXES if fmt == "trig" else None)
        return
    union = store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
    if not isinstance(union, ox.QueryTriples):
        raise TypeError("CONSTRUCT gave no triples")
    out.write(union.serialize(format=rdf_format) or b"")


def store_stats(store: ox.Store, state: StoreState) -> dict[str, Any]:
    classes = store.query(
        "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c ORDER BY DESC(?n)"
    )
    if not isinstance(classes, ox.QuerySolutions):
        raise TypeError("SELECT gave no solutions")
    triples = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    if not isinstance(triples, ox.QuerySolutions):
        raise TypeError("SELECT gave no solutions")
    return {
        "quads": len(store),
        "triples": int(next(iter(triples))["n"].value),  # the default graph: each fact once
        "named_graphs": sum(1 for _ in store.named_graphs()),
        "articles": len(state.articles),
        "classes": {row["c"].value: int(row["n"].value) for row in classes},
        "last_build": state.info,
    }


def validate_store(store: ox.Store, validator: Validator | None = None) -> list[tuple[str, str]]:
    """SHACL per article graph (not the ontology, vocabulary or meta graphs)."""
    validator = validator or Validator()
    failures = []
    for graph in store.named_graphs():
        name = graph.value if isinstance(graph, ox.NamedNode) else str(graph)
        if name.rsplit("/", 1)[-1] in {"meta", "ontology", "vocab"}:
            continue
        result = validator.check_graph(
            graph_from_ox(store.quads_for_pattern(None, None, None, graph))
        )
        if not result.conforms:
            failures.append((name, result.text))
    return failures
