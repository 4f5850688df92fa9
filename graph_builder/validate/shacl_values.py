"""SPARQL tests for SHACL value constraints (sh:datatype, sh:in, sh:or ...), one per component.

Why a module of its own: each component is a small function from a shape's value to a
SPARQL boolean over one variable; ShapeCompiler (shacl_sparql) looks them up here by
predicate, so adding a component touches this table and nothing else.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SH, XSD
from rdflib.term import Node

from graph_builder.rdf.oxconvert import to_ox_term

WELL_FORMED = {XSD.decimal, XSD.integer, XSD.double, XSD.float, XSD.boolean, XSD.date}


class UnsupportedShapeError(ValueError):
    """The shapes use a SHACL feature this compiler does not implement."""


def sparql_term(node: Node) -> str:
    if isinstance(node, URIRef | Literal):
        return str(to_ox_term(node))  # N-Triples syntax, escaped, is valid SPARQL
    raise UnsupportedShapeError(f"blank node {node} used as a value in a shape")


class ShapeCompiler(Protocol):
    """What a component asks of the compiler (shacl_sparql.ShapeCompiler): the shapes
    graph, a class's subclasses, an RDF list's items, a nested shape's test."""

    g: Graph

    def subclasses(self, cls: Node) -> list[Node]: ...

    def items(self, node: Node) -> list[Node]: ...

    def value_expr(self, shape: Node, var: str, *, skip: set[Node]) -> str: ...


Build = Callable[[ShapeCompiler, Node, str, Node], str]  # (compiler, shape, var, value)


def _datatype(c: ShapeCompiler, shape: Node, var: str, dt: Node) -> str:
    test = f"isLiteral({var}) && DATATYPE({var}) = {sparql_term(dt)}"
    if dt in WELL_FORMED:  # "abc"^^xsd:decimal has the datatype but is not well formed
        test += f" && COALESCE({sparql_term(dt)}(STR({var})) = {var}, false)"
    return test


def _node_kind(c: ShapeCompiler, shape: Node, var: str, kind: Node) -> str:
    tests = {
        SH.IRI: "isIRI({0})",
        SH.Literal: "isLiteral({0})",
        SH.BlankNode: "isBlank({0})",
        SH.BlankNodeOrIRI: "!isLiteral({0})",
        SH.BlankNodeOrLiteral: "!isIRI({0})",
        SH.IRIOrLiteral: "!isBlank({0})",
    }
    return tests[kind].format(var)  # type: ignore[index]


def _class(c: ShapeCompiler, shape: Node, var: str, cls: Node) -> str:
    types = " ".join(sparql_term(t) for t in c.subclasses(cls))
    return f"EXISTS {{ VALUES ?vcls {{ {types} }} GRAPH ?g {{ {var} a ?vcls }} }}"


def _compare(op: str) -> Build:
    return lambda c, shape, var, limit: f"COALESCE({var} {op} {sparql_term(limit)}, false)"


def _length(op: str) -> Build:
    return lambda c, shape, var, n: f"!isBlank({var}) && STRLEN(STR({var})) {op} {int(str(n))}"


def _pattern(c: ShapeCompiler, shape: Node, var: str, pattern: Node) -> str:
    flags = sparql_term(c.g.value(shape, SH.flags) or Literal(""))
    return f"!isBlank({var}) && REGEX(STR({var}), {sparql_term(pattern)}, {flags})"


def _in(c: ShapeCompiler, shape: Node, var: str, items: Node) -> str:
    return " || ".join(f"sameTerm({var}, {sparql_term(t)})" for t in c.items(items)) or "false"


def _language_in(c: ShapeCompiler, shape: Node, var: str, items: Node) -> str:
    tags = [f"langMatches(LANG({var}), {sparql_term(Literal(str(t)))})" for t in c.items(items)]
    return f"isLiteral({var}) && (" + (" || ".join(tags) or "false") + ")"


def _or(c: ShapeCompiler, shape: Node, var: str, items: Node) -> str:
    return " || ".join(f"({c.value_expr(s, var, skip=set()) or 'true'})" for s in c.items(items))


VALUE_CONSTRAINTS: dict[Node, Build] = {
    SH.datatype: _datatype,
    SH.nodeKind: _node_kind,
    URIRef(f"{SH}class"): _class,
    SH.minInclusive: _compare(">="),
    SH.maxInclusive: _compare("<="),
    SH.minExclusive: _compare(">"),
    SH.maxExclusive: _compare("<"),
    SH.minLength: _length(">="),
    SH.maxLength: _length("<="),
    SH.pattern: _pattern,
    URIRef(f"{SH}in"): _in,
    SH.languageIn: _language_in,
    URIRef(f"{SH}or"): _or,
}
