"""rdflib terms <-> pyoxigraph terms, for the few places both libraries meet.

Extraction output is built with rdflib terms (validated with pySHACL), then written to
Oxigraph; `policykg validate` reads Oxigraph graphs back into rdflib for pySHACL.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def to_ox_term(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"cannot convert {term!r} to an Oxigraph term")


def to_ox_quads(quads: Iterable[tuple[Node, Node, Node, Node]]) -> list[ox.Quad]:
    out = []
    for s, p, o, g in quads:
        graph = to_ox_term(g)
        if isinstance(graph, ox.Literal):
            raise TypeError("a graph name cannot be a literal")
        subject = to_ox_term(s)
        if isinstance(subject, ox.Literal):
            raise TypeError("a subject cannot be a literal")
        out.append(ox.Quad(subject, ox.NamedNode(str(p)), to_ox_term(o), graph))
    return out


def from_ox_term(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == XSD_STRING:  # RDF 1.1: a plain literal is an xsd:string
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise TypeError(f"cannot convert {term!r} to an rdflib term")


def graph_from_ox(quads: Iterable[ox.Quad]) -> Graph:
    """One named graph's quads as an rdflib Graph (for pySHACL)."""
    graph = Graph()
    for q in quads:
        graph.add((from_ox_term(q.subject), from_ox_term(q.predicate), from_ox_term(q.object)))
    return graph


def triples_of(quads: Iterable[tuple[Node, Node, Node, Node]]) -> Iterator[tuple[Node, Node, Node]]:
    for s, p, o, _ in quads:
        yield s, p, o
