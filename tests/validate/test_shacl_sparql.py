"""The SHACL-to-SPARQL screen agrees with pySHACL: it flags every graph pySHACL rejects
(the shape tests' mutations, and small shapes per constraint) and passes valid graphs."""

from __future__ import annotations

from collections.abc import Callable

import pyoxigraph as ox
import pytest
from rdflib import Graph

from graph_builder.rdf.oxconvert import to_ox_term
from graph_builder.validate.shacl import Validator
from graph_builder.validate.shacl_sparql import (
    ShapeCompiler,
    UnsupportedShapeError,
    violating_graphs,
)
from tests.validate.test_shapes import FAILING, valid_graph

PREFIXES = """@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://ex/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
"""
ONTOLOGY = Graph().parse(data=PREFIXES + "ex:Sub rdfs:subClassOf ex:Thing .", format="turtle")


@pytest.fixture(scope="module")
def validator() -> Validator:
    return Validator()


def flagged(checks: list, graph: Graph) -> bool:
    store = ox.Store()
    name = ox.NamedNode("urn:g")
    store.extend(ox.Quad(to_ox_term(s), to_ox_term(p), to_ox_term(o), name) for s, p, o in graph)  # type: ignore[arg-type]
    return "urn:g" in violating_graphs(checks, store)


def quads_in(graph: Graph, name: str | None) -> list[ox.Quad]:
    g = ox.NamedNode(name) if name else ox.DefaultGraph()
    return [ox.Quad(to_ox_term(s), to_ox_term(p), to_ox_term(o), g) for s, p, o in graph]  # type: ignore[arg-type]


def test_a_batch_is_screened_graph_by_graph_whatever_the_graph_names(
    validator: Validator,
) -> None:
    """Own names are used as they are; shared or default graph names get a copy each."""
    good, bad = valid_graph(), valid_graph()
    FAILING[0][2](bad)
    halves = quads_in(bad, "urn:e"), quads_in(bad, "urn:f")
    split = halves[0][: len(halves[0]) // 2] + halves[1][len(halves[1]) // 2 :]
    batch = [
        quads_in(good, "urn:a"),
        quads_in(bad, "urn:b"),
        quads_in(bad, None),  # the default graph
        quads_in(good, "urn:c"),
        quads_in(bad, "urn:c"),  # the same name as the graph before it
        [],
        split,  # one graph under two names: judged as one graph
    ]
    assert validator.suspects(batch) == {1, 2, 4, 6}


def test_valid_graph_passes(validator: Validator) -> None:
    assert validator.checks is not None
    assert not flagged(validator.checks, valid_graph())


@pytest.mark.parametrize(("shape", "why", "mutate"), FAILING, ids=[w for _, w, _ in FAILING])
def test_screen_flags_what_pyshacl_rejects(
    validator: Validator, shape: str, why: str, mutate: Callable[[Graph], None]
) -> None:
    graph = valid_graph()
    mutate(graph)
    assert validator.checks is not None
    assert flagged(validator.checks, graph), why


def agree(shape: str, data: str) -> bool:
    """Compiled screen and pySHACL give the same verdict; returns 'conforms'."""
    from pyshacl import validate

    shapes = Graph().parse(data=PREFIXES + shape, format="turtle")
    graph = Graph().parse(data=PREFIXES + data, format="turtle")
    conforms = bool(validate(graph, shacl_graph=shapes, ont_graph=ONTOLOGY, inference="none")[0])
    assert flagged(ShapeCompiler(shapes, ONTOLOGY).compile(), graph) is not conforms
    return conforms


SHAPE = "ex:S a sh:NodeShape ; sh:targetClass ex:Thing ; sh:property [ sh:path ex:p ; {} ] ."
CASES = [  # (constraint, data, conforms)
    ("sh:datatype xsd:decimal", 'ex:a a ex:Sub ; ex:p "1.50"^^xsd:decimal .', True),
    ("sh:datatype xsd:decimal", 'ex:a a ex:Sub ; ex:p "abc"^^xsd:decimal .', False),
    ("sh:datatype xsd:decimal", 'ex:a a ex:Thing ; ex:p "1.5" .', False),
    ("sh:in ( 1 2 )", "ex:a a ex:Thing ; ex:p 2 .", True),
    ("sh:in ( 1 2 )", 'ex:a a ex:Thing ; ex:p "2" .', False),
    ('sh:languageIn ( "vi" )', 'ex:a a ex:Thing ; ex:p "x"@vi-VN .', True),
    ('sh:languageIn ( "vi" )', 'ex:a a ex:Thing ; ex:p "x"@en .', False),
    ("sh:minCount 2", "ex:a a ex:Thing ; ex:p 1, 2 .", True),
    ("sh:minCount 2", "ex:a a ex:Thing ; ex:p 1 .", False),
    ("sh:maxCount 1", "ex:a a ex:Thing ; ex:p 1, 2 .", False),
    ("sh:class ex:Thing", "ex:a a ex:Thing ; ex:p ex:b . ex:b a ex:Sub .", True),
    ("sh:class ex:Thing", "ex:a a ex:Thing ; ex:p ex:b .", False),
    ('sh:pattern "^A" ; sh:flags "i"', 'ex:a a ex:Thing ; ex:p "abc" .', True),
    ('sh:pattern "^A"', 'ex:a a ex:Thing ; ex:p "abc" .', False),
    ("sh:minInclusive 0", 'ex:a a ex:Thing ; ex:p "x" .', False),
    ("sh:lessThan ex:q", "ex:a a ex:Thing ; ex:p 1 ; ex:q 2 .", True),
    ("sh:lessThan ex:q", "ex:a a ex:Thing ; ex:p 3 ; ex:q 2 .", False),
    (
        "sh:or ( [ sh:datatype xsd:integer ] [ sh:nodeKind sh:IRI ] )",
        "ex:a a ex:Thing ; ex:p ex:z .",
        True,
    ),
    (
        "sh:or ( [ sh:datatype xsd:integer ] [ sh:nodeKind sh:IRI ] )",
        'ex:a a ex:Thing ; ex:p "z" .',
        False,
    ),
    ("sh:minLength 2", 'ex:a a ex:Thing ; ex:p "z" .', False),
    ("sh:deactivated true ; sh:minCount 1", "ex:a a ex:Thing .", True),
]


@pytest.mark.parametrize(("constraint", "data", "conforms"), CASES)
def test_each_constraint_agrees_with_pyshacl(constraint: str, data: str, conforms: bool) -> None:
    assert agree(SHAPE.replace("{}", constraint), data) is conforms


def test_paths_and_other_targets_agree_with_pyshacl() -> None:
    inverse = (
        "ex:S a sh:NodeShape ; sh:targetObjectsOf ex:p ; "
        "sh:property [ sh:path [ sh:inversePath ex:p ] ; sh:maxCount 1 ] ."
    )
    assert agree(inverse, "ex:a ex:p ex:c . ex:b ex:p ex:c .") is False
    sequence = (
        "ex:S a sh:NodeShape ; sh:targetSubjectsOf ex:p ; "
        "sh:property [ sh:path ( ex:p ex:q ) ; sh:minCount 1 ] ."
    )
    assert agree(sequence, "ex:a ex:p ex:b . ex:b ex:q 1 .") is True
    assert agree(sequence, "ex:a ex:p ex:b .") is False


def test_unsupported_feature_is_refused_and_pyshacl_checks_everything(tmp_path) -> None:
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text(PREFIXES + SHAPE.replace("{}", "sh:equals ex:q"), encoding="utf-8")
    with pytest.raises(UnsupportedShapeError, match="equals"):
        ShapeCompiler(Graph().parse(shapes), ONTOLOGY).compile()
    fallback = Validator(shapes=shapes)
    assert fallback.checks is None
    assert fallback.suspects([[], []]) == {0, 1}
