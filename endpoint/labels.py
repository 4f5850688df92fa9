"""Labels for IRIs: Vietnamese first, English next, a readable IRI tail last."""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from .store import get_store

RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
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
    """language -> label, from every graph."""
    out: dict[str, str] = {}
    for quad in get_store().quads_for_pattern(node, RDFS_LABEL, None, None):
        obj = quad.object
        if isinstance(obj, ox.Literal):
            out.setdefault(obj.language or "", obj.value)
    return out


def best_label(node: ox.NamedNode | ox.BlankNode | ox.Literal) -> str:
    if isinstance(node, ox.Literal):
        return node.value
    if isinstance(node, ox.BlankNode):
        return f"_:{node.value}"
    labels = labels_of(node)
    return labels.get("vi") or labels.get("en") or labels.get("") or short(node.value)


def short(iri: str) -> str:
    for namespace, prefix in PREFIXES.items():
        if iri.startswith(namespace):
            return prefix + iri[len(namespace) :]
    return iri.rstrip("/").rsplit("/", 1)[-1] or iri


def label_map(nodes: Iterable[ox.NamedNode]) -> dict[str, str]:
    return {n.value: best_label(n) for n in nodes}
