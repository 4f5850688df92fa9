"""SHACL shapes compiled to SPARQL, run by Oxigraph over a whole batch of article graphs.

Why: pySHACL (the reference, still used for reports and `policykg validate`) costs
0.1-0.2 s per article graph, several times the rest of the pipeline. The build gate only
needs to know *which* graphs violate a shape; one SPARQL query per constraint over a
batch held in an in-memory Oxigraph store answers that in milliseconds.

Only the value constraints of shacl_values and the counts, pairs and sh:sparql here are
compiled. A shape using anything else raises UnsupportedShapeError when the shapes are
loaded, so a constraint is never silently skipped; the caller then falls back to pySHACL
for everything. Semantics follow SHACL Core with the ontology mixed in: sh:class and
sh:targetClass follow the ontology's rdfs:subClassOf.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH
from rdflib.term import BNode, Node

from graph_builder.validate.shacl_values import (
    VALUE_CONSTRAINTS,
    UnsupportedShapeError,
    sparql_term,
)

V = "?v"
IGNORED = {RDF.type, RDFS.label, RDFS.comment, SH.message, SH.name, SH.description, SH.order}
IGNORED.add(SH.flags)  # read together with sh:pattern


@dataclass(frozen=True)
class Check:
    shape: str
    message: str
    query: str  # SELECT DISTINCT ?g ?this: focus nodes that violate, with their graph


class ShapeCompiler:
    """Turns each constraint of each node shape into one violation query."""

    def __init__(self, shapes: Graph, ontology: Graph) -> None:
        self.g = shapes
        self.ontology = ontology
        self.checks: list[Check] = []

    def compile(self) -> list[Check]:
        node_shapes = {s for s in self.g.subjects(RDF.type, SH.NodeShape)}
        for shape in sorted(node_shapes, key=str):
            if self._active(shape):
                self._node_shape(shape)
        return self.checks

    # -- targets ------------------------------------------------------------------
    def subclasses(self, cls: Node) -> list[Node]:
        found, todo = {cls}, [cls]
        while todo:
            for sub in self.ontology.subjects(RDFS.subClassOf, todo.pop()):
                if sub not in found:
                    found.add(sub)
                    todo.append(sub)
        return sorted(found, key=str)

    def _focus(self, shape: Node) -> str:
        parts = []
        for cls in self.g.objects(shape, SH.targetClass):
            types = " ".join(sparql_term(c) for c in self.subclasses(cls))
            parts.append(f"{{ VALUES ?tcls {{ {types} }} GRAPH ?g {{ ?this a ?tcls }} }}")
        for p in self.g.objects(shape, SH.targetSubjectsOf):
            parts.append(f"{{ GRAPH ?g {{ ?this {sparql_term(p)} [] }} }}")
        for p in self.g.objects(shape, SH.targetObjectsOf):
            parts.append(f"{{ GRAPH ?g {{ [] {sparql_term(p)} ?this }} }}")
        if (shape, SH.targetNode, None) in self.g or (shape, RDF.type, RDFS.Class) in self.g:
            raise UnsupportedShapeError(f"{shape}: sh:targetNode / implicit class targets")
        return " UNION ".join(parts)

    # -- shapes -------------------------------------------------------------------
    def _active(self, shape: Node) -> bool:
        deactivated = self.g.value(shape, SH.deactivated)
        severity = self.g.value(shape, SH.severity, default=SH.Violation)
        return str(deactivated).lower() != "true" and severity == SH.Violation

    def _node_shape(self, shape: Node) -> None:
        focus = self._focus(shape)
        if not focus:
            return
        known = {SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.property, SH.sparql}
        expr = self.value_expr(shape, "?this", skip=known | {SH.severity, SH.deactivated})
        if expr:
            self._add(shape, f"{focus} FILTER (!({expr}))", what=expr)
        for sparql in self.g.objects(shape, SH.sparql):
            where = f"{focus} GRAPH ?g {{ {self._sparql_body(sparql)} }}"
            self._add(shape, where, what="SPARQL constraint", source=sparql)
        for prop in self.g.objects(shape, SH.property):
            if self._active(prop):
                self._property_shape(prop, focus)

    def _property_shape(self, prop: Node, focus: str) -> None:
        path = self.path(self.g.value(prop, SH.path))
        counted = {SH.minCount, SH.maxCount, SH.qualifiedValueShape, SH.qualifiedMinCount}
        pairs = {SH.lessThan, SH.lessThanOrEquals}
        skip: set[Node] = {*counted, *pairs, SH.path, SH.severity, SH.deactivated}
        expr = self.value_expr(prop, V, skip=skip)
        if expr:
            where = f"{focus} GRAPH ?g {{ ?this {path} {V} }} FILTER (!({expr}))"
            self._add(prop, where, what=f"{path}: {expr}")
        for bound, op in ((SH.minCount, "<"), (SH.maxCount, ">")):
            for limit in self.g.objects(prop, bound):
                where = self._count(focus, path, "true", f"?n {op} {int(str(limit))}")
                self._add(prop, where, what=f"{path}: {bound.fragment} {limit}")
        qualified = self.g.value(prop, SH.qualifiedValueShape)
        if qualified is not None:
            least = int(str(self.g.value(prop, SH.qualifiedMinCount, default=Literal(0))))
            inner = self.value_expr(qualified, V, skip=set()) or "true"
            where = self._count(focus, path, inner, f"?n < {least}")
            self._add(prop, where, what=f"{path}: at least {least} value(s) with {inner}")
        for pair, op in ((SH.lessThan, "<"), (SH.lessThanOrEquals, "<=")):
            for other in self.g.objects(prop, pair):
                where = f"GRAPH ?g {{ ?this {path} {V} . ?this {sparql_term(other)} ?w }}"
                where += f" FILTER (!COALESCE({V} {op} ?w, false))"
                self._add(prop, where, what=f"{path} {op} {sparql_term(other)}")

    def _count(self, focus: str, path: str, condition: str, violation: str) -> str:
        return (
            f"{{ SELECT ?g ?this (COUNT(DISTINCT ?c) AS ?n) WHERE {{ {focus} OPTIONAL {{ "
            f"GRAPH ?g {{ ?this {path} {V} }} BIND (IF({condition}, {V}, ?unbound) AS ?c) }} }}"
            f" GROUP BY ?g ?this }} FILTER ({violation})"
        )

    def _add(self, shape: Node, where: str, *, what: str, source: Node | None = None) -> None:
        """One check; its message is the shape's sh:message, or what the check tests."""
        message = self.g.value(source or shape, SH.message) or self.g.value(shape, SH.message)
        query = f"SELECT DISTINCT ?g ?this WHERE {{ {where} }}"
        self.checks.append(Check(str(shape), str(message or what), query))

    # -- paths, values, SPARQL constraints ---------------------------------------
    def path(self, node: Node | None) -> str:
        if isinstance(node, URIRef):
            return sparql_term(node)
        if isinstance(node, BNode):
            if (node, RDF.first, None) in self.g:
                return "/".join(self.path(step) for step in Collection(self.g, node))
            for key, wrap in PATH_FORMS.items():
                inner = self.g.value(node, key)
                if inner is not None:
                    return wrap(self, inner)
        raise UnsupportedShapeError(f"unsupported sh:path {node!r}")

    def value_expr(self, shape: Node, var: str, *, skip: set[Node]) -> str:
        """A SPARQL boolean that is true when `var` meets the shape's value constraints."""
        terms = []
        for p, o in sorted(self.g.predicate_objects(shape), key=str):
            if p in skip or p in IGNORED:
                continue
            build = VALUE_CONSTRAINTS.get(p)
            if build is None:
                raise UnsupportedShapeError(f"{shape}: constraint {p} is not compiled")
            terms.append(build(self, shape, var, o))
        return " && ".join(f"({t})" for t in terms)

    def _sparql_body(self, constraint: Node) -> str:
        select = str(self.g.value(constraint, SH.select) or "")
        found = re.fullmatch(r"\s*SELECT\s+\$this\s+WHERE\s*\{(.*)\}\s*", select, re.S | re.I)
        if not found or (constraint, SH.prefixes, None) in self.g:
            raise UnsupportedShapeError(
                f"{constraint}: only 'SELECT $this WHERE {{...}}' is compiled"
            )
        return found.group(1).replace("$this", "?this")

    def items(self, node: Node) -> list[Node]:
        return list(Collection(self.g, node))


PATH_FORMS: dict[Node, Callable[[ShapeCompiler, Node], str]] = {
    SH.inversePath: lambda c, p: f"^({c.path(p)})",
    SH.alternativePath: lambda c, p: "(" + "|".join(c.path(x) for x in c.items(p)) + ")",
    SH.zeroOrMorePath: lambda c, p: f"({c.path(p)})*",
    SH.oneOrMorePath: lambda c, p: f"({c.path(p)})+",
    SH.zeroOrOnePath: lambda c, p: f"({c.path(p)})?",
}


def violating_graphs(checks: Iterable[Check], store: ox.Store) -> dict[str, list[str]]:
    """Graph IRI -> messages of the checks it fails, for every named graph in `store`."""
    found: dict[str, list[str]] = {}
    for check in checks:
        for row in store.query(check.query):  # type: ignore[union-attr]
            found.setdefault(row["g"].value, []).append(f"{check.message} ({row['this']})")
    return found
