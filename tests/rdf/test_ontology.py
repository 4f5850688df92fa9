"""The ontology: parses, is documented in vi and en, matches vocab.py, is OWL 2 RL consistent."""

from __future__ import annotations

import owlrl
import pytest
from rdflib import OWL, RDF, RDFS, Graph, URIRef

from graph_builder.config import ONTOLOGY_FILE
from graph_builder.rdf.iris import Minter
from graph_builder.rdf.quads import extraction_to_quads
from graph_builder.rdf.vocab import PKG, PKG_IRI
from tests.factories import sample_article, sample_extraction

KINDS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_FILE, format="turtle")


def declared_terms(g: Graph) -> set[str]:
    return {
        str(s).removeprefix(PKG_IRI)
        for kind in KINDS
        for s in g.subjects(RDF.type, kind)
        if str(s).startswith(PKG_IRI)
    }


def test_ontology_header(ontology: Graph) -> None:
    header = URIRef("https://w3id.org/policykg/ontology")
    assert (header, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(header, OWL.versionIRI) is not None


def test_vocab_module_and_ontology_declare_the_same_terms(ontology: Graph) -> None:
    assert declared_terms(ontology) == set(PKG.__annotations__)


@pytest.mark.parametrize("predicate", [RDFS.label, RDFS.comment])
def test_every_term_is_documented_in_vietnamese_and_english(
    ontology: Graph, predicate: URIRef
) -> None:
    missing = []
    for term in declared_terms(ontology):
        languages = {o.language for o in ontology.objects(PKG[term], predicate)}  # type: ignore[attr-defined]
        if not {"vi", "en"} <= languages:
            missing.append(term)
    assert not missing, f"{predicate} without vi+en: {sorted(missing)}"


def test_alignments_to_standard_vocabularies(ontology: Graph) -> None:
    namespaces = {
        str(o).rsplit("#", 1)[0].rsplit("/", 1)[0]
        for p in (RDFS.subClassOf, RDFS.subPropertyOf, OWL.equivalentClass)
        for o in ontology.objects(None, p)
    }
    for expected in (
        "http://www.w3.org/ns/org",
        "http://www.w3.org/ns/prov",
        "http://data.europa.eu/eli/ontology",
        "https://schema.org",
        "http://www.w3.org/2004/02/skos/core",
        "http://purl.org/dc/terms",
        "http://xmlns.com/foaf/0.1",
        "http://www.w3.org/2006/time",
    ):
        assert any(ns.startswith(expected.rsplit("/", 1)[0]) for ns in namespaces), expected


def test_owl_rl_closure_of_ontology_and_built_graph_is_consistent(ontology: Graph) -> None:
    data = Graph()
    for s, p, o, _ in extraction_to_quads(
        sample_extraction(), article=sample_article(), mint=Minter("https://w3id.org/policykg/")
    ):
        data.add((s, p, o))
    closure = ontology + data
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(closure)
    assert not list(closure.subjects(RDF.type, OWL.Nothing))
    errors = list(
        closure.objects(None, URIRef("http://www.daml.org/2002/03/agents/agent-ont#error"))
    )
    assert not errors, errors[:3]
    # the alignments do their job: a decision is an ELI legal resource, a ministry an org
    decision = URIRef("https://w3id.org/policykg/id/policy/99-2020-qd-ttg")
    assert (
        decision,
        RDF.type,
        URIRef("http://data.europa.eu/eli/ontology#LegalResource"),
    ) in closure
