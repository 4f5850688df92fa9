"""SHACL validation of each article graph before it is loaded.

A graph that violates the shapes is not loaded: the build reports the article and
the violations and goes on, so the store never holds a silently bad graph.
Shapes and ontology are parsed once per process (parsing is the slow part).

Two engines: the shapes compiled to SPARQL (graph_builder.validate.shacl_sparql) screen a whole
batch in one Oxigraph store, and pySHACL, the reference, judges and reports on the
graphs that the screen flags. pySHACL alone costs 0.1-0.2 s per article.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph
from rdflib.term import Node

from graph_builder.config import ONTOLOGY_FILE, SHAPES_FILE
from graph_builder.validate.shacl_sparql import (
    Check,
    ShapeCompiler,
    UnsupportedShapeError,
    violating_graphs,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ValidationResult:
    conforms: bool
    text: str
    violations: int


class Validator:
    """pySHACL with the ontology mixed in as `ont_graph` and no inference.

    SHACL already follows rdfs:subClassOf for sh:class and sh:targetClass, so subclasses
    count; RDFS inference would go further and type an object from a property's range,
    which would make every `sh:class` check on that property pass vacuously.
    """

    def __init__(self, shapes: Path = SHAPES_FILE, ontology: Path = ONTOLOGY_FILE) -> None:
        self.shapes_path = shapes
        self.ontology_path = ontology

    @cached_property
    def shapes(self) -> Graph:
        return Graph().parse(self.shapes_path, format="turtle")

    @cached_property
    def ontology(self) -> Graph:
        return Graph().parse(self.ontology_path, format="turtle")

    @cached_property
    def checks(self) -> list[Check] | None:
        """The compiled screen, or None when the shapes use a feature it lacks."""
        try:
            return ShapeCompiler(self.shapes, self.ontology).compile()
        except UnsupportedShapeError as e:
            log.warning("SHACL shapes not compiled to SPARQL (%s); pySHACL checks every graph", e)
            return None

    def suspects(self, graphs: Sequence[Sequence[ox.Quad]]) -> set[int]:
        """Indices of the graphs that may violate the shapes; all of them without a screen.

        Each article's quads are already in a named graph of their own (graph_builder/rdf/quads.py),
        so they are loaded as they are, in one call; only graphs whose names are not one
        distinct name per graph are copied under a name of their own, which cost a third
        of the screen."""
        if self.checks is None:
            return set(range(len(graphs)))
        store, index = ox.Store(), _own_names(graphs)
        store.extend(q for i in index.values() for q in graphs[i])
        for i, quads in enumerate(graphs):
            if quads and i not in index.values():
                name = ox.NamedNode(f"urn:policykg:check:{i}")
                store.extend(ox.Quad(q.subject, q.predicate, q.object, name) for q in quads)
                index[name.value] = i
        return {index[iri] for iri in violating_graphs(self.checks, store)}

    def check_graph(self, data: Graph) -> ValidationResult:
        from pyshacl import validate  # slow import; only builds and `validate` need it

        conforms, report, text = validate(
            data,
            shacl_graph=self.shapes,
            ont_graph=self.ontology,
            inference="none",
            abort_on_first=False,
            allow_warnings=True,
        )
        from rdflib.namespace import SH

        violations = sum(1 for _ in report.subjects(SH.resultSeverity, SH.Violation))
        return ValidationResult(bool(conforms), str(text), violations)

    def check_triples(self, triples: Iterable[tuple[Node, Node, Node]]) -> ValidationResult:
        data = Graph()
        for triple in triples:
            data.add(triple)
        return self.check_graph(data)


def _own_names(graphs: Sequence[Sequence[ox.Quad]]) -> dict[str, int]:
    """Graph name -> index, for the graphs whose quads all share one name no other has."""
    owners: dict[str, int | None] = {}
    for i, quads in enumerate(graphs):
        names = {q.graph_name for q in quads}
        for name in names:
            owners[str(name)] = None if str(name) in owners or len(names) > 1 else i
    return {
        name.strip("<>"): i for name, i in owners.items() if i is not None and name.startswith("<")
    }
