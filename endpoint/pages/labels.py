"""Labels for IRIs: Vietnamese first, English next, a readable IRI tail last.

Articles have a `dcterms:title` and no `rdfs:label` (one without a headline is labelled by
its opening words); the title is their label, so that "Mentioned in" and links to an
article read as its title, not as its id. Gazetteer
concepts (ontology/vocab) are named by their `skos:prefLabel`.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from endpoint.sources.store import get_store, live_store, select

RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
DCTERMS_TITLE = ox.NamedNode("http://purl.org/dc/terms/title")
SKOS_PREF_LABEL = ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
PREFIXES = {
    "https://w3id.org/policykg/ontology#": "pkg:",
    "http://www.w3.org/2000/01/rdf-schema#": "rdfs:",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf:",
    "http://www.w3.org/2004/02/skos/core#": "skos:",
    "http://www.w3.org/ns/org#": "org:",
    "http://www.w3.org/ns/oa#": "oa:",
    "http://www.w3.org/ns/prov#": "prov:",
    "https://schema.org/": "schema:",
    "http://purl.org/dc/terms/": "dcterms:",
    "http://data.europa.eu/eli/ontology#": "eli:",
    "http://xmlns.com/foaf/0.1/": "foaf:",
    "http://www.w3.org/2006/time#": "time:",
    "http://www.w3.org/2001/XMLSchema#": "xsd:",
    "http://www.w3.org/2002/07/owl#": "owl:",
}


def labels_of(node: ox.NamedNode) -> dict[str, str]:
    """language -> label, from the merge of every graph (the default graph); the title
    when there is no label, the prefLabel of a concept."""
    for predicate in (RDFS_LABEL, DCTERMS_TITLE, SKOS_PREF_LABEL):
        out: dict[str, str] = {}
        for quad in get_store().quads_for_pattern(node, predicate, None, ox.DefaultGraph()):
            obj = quad.object
            if isinstance(obj, ox.Literal):
                out.setdefault(obj.language or "", obj.value)
        if out:
            return out
    return {}


def best_label(node: ox.NamedNode | ox.BlankNode | ox.Literal) -> str:
    if isinstance(node, ox.Literal):
        return node.value
    if isinstance(node, ox.BlankNode):
        return f"_:{node.value}"
    return _best(labels_of(node)) or short(node.value)


def short(iri: str) -> str:
    for namespace, prefix in PREFIXES.items():
        if iri.startswith(namespace):
            return prefix + iri[len(namespace) :]
    return iri.rstrip("/").rsplit("/", 1)[-1] or iri


def label_map(nodes: Iterable[ox.NamedNode]) -> dict[str, str]:
    """IRI -> best label, like best_label, for many nodes: an entity page links hundreds,
    and a remote store answers them in one query rather than one request each."""
    unique = {node.value: node for node in nodes}
    if live_store().remote is None:  # embedded: a pattern per node beats parsing a query
        return {iri: best_label(node) for iri, node in unique.items()}
    found: dict[str, dict[str, str]] = {}
    for row in select(_labels_query(unique.values())):  # titles sort after labels
        label = row["label"]
        if isinstance(label, ox.Literal):
            found.setdefault(row["s"].value, {}).setdefault(label.language or "", label.value)
    return {iri: _best(found.get(iri, {})) or short(iri) for iri in unique}


def _labels_query(nodes: Iterable[ox.NamedNode]) -> str:
    values = " ".join(str(node) for node in nodes)  # IRIs as pyoxigraph writes them: validated
    return (
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
        "PREFIX dcterms: <http://purl.org/dc/terms/>\n"
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
        f"SELECT ?s ?label WHERE {{ VALUES ?s {{ {values} }} "
        "{ ?s rdfs:label ?label BIND(0 AS ?rank) } UNION "
        "{ ?s dcterms:title ?label BIND(1 AS ?rank) } UNION "
        "{ ?s skos:prefLabel ?label BIND(2 AS ?rank) } } ORDER BY ?rank"
    )


def _best(labels: dict[str, str]) -> str | None:
    return labels.get("vi") or labels.get("en") or labels.get("")
