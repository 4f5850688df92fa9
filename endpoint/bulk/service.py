"""Self-descriptions for machines: the SPARQL Service Description and VoID.

A crawler or a query client (YASGUI, Comunica) learns from GET /sparql (no query)
what the endpoint speaks (W3C SPARQL 1.1 Service Description: languages, result
formats, the union default graph, the named graphs), and from /void (also at
/.well-known/void, RFC 5785) what the dataset holds (VoID: counts, classes,
properties, one subset per named graph, where the endpoint and dumps are).
Both are built per request from cached per-generation counts (endpoint/bulk/stats) and
served in any RDF format by content negotiation (Turtle first). While the counts of a
new generation are being made, /void answers 503 with Retry-After and the service
description leaves the dataset out.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pyoxigraph as ox
from flask import Blueprint, Response, current_app, request, url_for
from werkzeug.exceptions import ServiceUnavailable

from endpoint import conneg
from endpoint.bulk import dumps
from endpoint.bulk.stats import Stats, full_stats
from endpoint.engine.results import serialize_triples
from endpoint.sources.store import StoreError, live_store

bp = Blueprint("service", __name__)

SD = "http://www.w3.org/ns/sparql-service-description#"
VOID = "http://rdfs.org/ns/void#"
FORMATS = "http://www.w3.org/ns/formats/"
DCTERMS = "http://purl.org/dc/terms/"
FOAF = "http://xmlns.com/foaf/0.1/"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
A = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
ONTOLOGY = "https://w3id.org/policykg/ontology#"

# W3C format IRIs (https://www.w3.org/ns/formats/) of what the endpoint can answer in.
RESULT_FORMAT_IRIS = (
    *("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV"),
    *("Turtle", "N-Triples", "RDF_XML", "JSON-LD", "TriG", "N-Quads"),
)

Triples = Iterator[ox.Triple]


def _n(namespace: str, name: str) -> ox.NamedNode:
    return ox.NamedNode(namespace + name)


def _int(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=_n(XSD, "integer"))


def description_response() -> Response:
    """The Service Description of /sparql, in a negotiated RDF format."""
    return rdf_response(list(service_description()))


def rdf_response(triples: list[ox.Triple]) -> Response:
    fmt = conneg.choose(request.accept_mimetypes, request.args.get("format"), conneg.GRAPH_FORMATS)
    response = Response(serialize_triples(triples, fmt.key), content_type=fmt.media_type)
    response.vary.add("Accept")
    return response


def service_description() -> Triples:
    endpoint = ox.NamedNode(url_for("sparql.endpoint", _external=True))
    service = ox.NamedNode(endpoint.value + "#service")
    yield ox.Triple(service, A, _n(SD, "Service"))
    yield ox.Triple(service, _n(SD, "endpoint"), endpoint)
    yield ox.Triple(service, _n(SD, "supportedLanguage"), _n(SD, "SPARQL11Query"))
    for name in RESULT_FORMAT_IRIS:
        yield ox.Triple(service, _n(SD, "resultFormat"), _n(FORMATS, name))
    yield ox.Triple(service, _n(SD, "feature"), _n(SD, "UnionDefaultGraph"))
    entailment = ox.NamedNode("http://www.w3.org/ns/entailment/Simple")
    yield ox.Triple(service, _n(SD, "defaultEntailmentRegime"), entailment)
    yield ox.Triple(service, _n(RDFS, "comment"), ox.Literal(_limits_note(), language="en"))
    try:
        stats = full_stats()
    except (StoreError, ServiceUnavailable):
        return  # no store yet, or still counting: describe the service, not a dataset
    dataset = ox.BlankNode()
    yield ox.Triple(service, _n(SD, "defaultDataset"), dataset)
    yield from _sd_dataset(dataset, stats)


def _sd_dataset(dataset: ox.BlankNode, stats: Stats) -> Triples:
    yield ox.Triple(dataset, A, _n(SD, "Dataset"))
    default = ox.BlankNode()
    yield ox.Triple(dataset, _n(SD, "defaultGraph"), default)
    yield ox.Triple(default, A, _n(SD, "Graph"))
    yield ox.Triple(default, _n(VOID, "triples"), _int(stats.triples))
    for name, count in sorted(stats.graphs.items()):
        named, graph = ox.BlankNode(), ox.BlankNode()
        yield ox.Triple(dataset, _n(SD, "namedGraph"), named)
        yield ox.Triple(named, A, _n(SD, "NamedGraph"))
        yield ox.Triple(named, _n(SD, "name"), ox.NamedNode(name))
        yield ox.Triple(named, _n(SD, "graph"), graph)
        yield ox.Triple(graph, A, _n(SD, "Graph"))
        yield ox.Triple(graph, _n(VOID, "triples"), _int(count))


def _limits_note() -> str:
    config = current_app.config
    return (
        "Read-only SPARQL 1.1 Query endpoint; the default graph is the merge of the named "
        "graphs, each fact once (COUNT(*) counts facts). "
        f"Queries stop after {config['QUERY_TIMEOUT_S']:g} s; results are cut at "
        f"{config['MAX_RESULT_ROWS']} rows (reported in the X-PolicyKG-Truncated header). "
        "Updates, LOAD and SERVICE are refused."
    )


@bp.get("/.well-known/void")
@bp.get("/void")
def void() -> Response:
    """VoID description of the dataset. :raise 503: no store (see errors)."""
    return rdf_response(list(void_description(full_stats())))


def void_description(stats: Stats) -> Triples:
    dataset = ox.NamedNode(current_app.config["BASE_IRI"] + "dataset")
    document = ox.NamedNode(url_for("service.void", _external=True))
    yield ox.Triple(document, A, _n(VOID, "DatasetDescription"))
    yield ox.Triple(document, _n(FOAF, "primaryTopic"), dataset)
    yield ox.Triple(dataset, A, _n(VOID, "Dataset"))
    yield ox.Triple(dataset, _n(DCTERMS, "title"), ox.Literal("PolicyKG", language="en"))
    licence = ox.NamedNode(current_app.config["DATA_LICENSE"])
    yield ox.Triple(dataset, _n(DCTERMS, "license"), licence)
    endpoint = ox.NamedNode(url_for("sparql.endpoint", _external=True))
    yield ox.Triple(dataset, _n(VOID, "sparqlEndpoint"), endpoint)
    for name in dumps.DUMPS:
        dump = ox.NamedNode(url_for("dumps.dump", name=name, _external=True))
        yield ox.Triple(dataset, _n(VOID, "dataDump"), dump)
    uri_space = ox.Literal(current_app.config["BASE_IRI"] + "id/")
    yield ox.Triple(dataset, _n(VOID, "uriSpace"), uri_space)
    yield ox.Triple(dataset, _n(VOID, "vocabulary"), ox.NamedNode(ONTOLOGY))
    yield from _modified(dataset)
    yield from _void_counts(dataset, stats)


def _modified(dataset: ox.NamedNode) -> Triples:
    built = live_store().build_info().get("built_at")
    try:
        when = datetime.fromisoformat(str(built))
    except ValueError:
        return
    literal = ox.Literal(when.isoformat(), datatype=_n(XSD, "dateTime"))
    yield ox.Triple(dataset, _n(DCTERMS, "modified"), literal)


def _void_counts(dataset: ox.NamedNode, stats: Stats) -> Triples:
    yield ox.Triple(dataset, _n(VOID, "triples"), _int(stats.triples))
    yield ox.Triple(dataset, _n(VOID, "entities"), _int(stats.entities))
    yield ox.Triple(dataset, _n(VOID, "classes"), _int(len(stats.classes)))
    yield ox.Triple(dataset, _n(VOID, "properties"), _int(len(stats.properties)))
    for cls, count in sorted(stats.classes.items()):
        part = ox.BlankNode()
        yield ox.Triple(dataset, _n(VOID, "classPartition"), part)
        yield ox.Triple(part, _n(VOID, "class"), ox.NamedNode(cls))
        yield ox.Triple(part, _n(VOID, "entities"), _int(count))
    for prop, count in sorted(stats.properties.items()):
        part = ox.BlankNode()
        yield ox.Triple(dataset, _n(VOID, "propertyPartition"), part)
        yield ox.Triple(part, _n(VOID, "property"), ox.NamedNode(prop))
        yield ox.Triple(part, _n(VOID, "triples"), _int(count))
    for graph, count in sorted(stats.graphs.items()):
        subset = ox.NamedNode(graph)
        yield ox.Triple(dataset, _n(VOID, "subset"), subset)
        yield ox.Triple(subset, A, _n(VOID, "Dataset"))
        yield ox.Triple(subset, _n(SD, "name"), subset)
        yield ox.Triple(subset, _n(VOID, "triples"), _int(count))
