"""SHACL shapes: the built sample conforms; each shape rejects a graph that breaks it.

Every failing case is a small mutation of a valid graph, and must fail ON THE SHAPE
IT TARGETS (checked through sh:sourceShape), not somewhere else by accident.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from rdflib import DCTERMS, RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import ORG, SH

from graph_builder.rdf.iris import Minter
from graph_builder.rdf.oxconvert import triples_of
from graph_builder.rdf.provenance import article_meta_quads
from graph_builder.rdf.quads import RunInfo, extraction_to_quads
from graph_builder.rdf.vocab import OA, PKG
from graph_builder.validate.shacl import Validator
from tests.factories import sample_article, sample_extraction

PKGSH = Namespace("https://w3id.org/policykg/shapes#")
ID = Namespace("https://w3id.org/policykg/id/")
DECISION = ID["policy/99-2020-qd-ttg"]
UNIT = ID["organisation/cuc-tre-em"]
EVENT = ID["event/hoi-thao-bao-ve-tre-em"]
PLACE = ID["place/ha-noi"]
PERSON = ID["person/tran-van-an"]
ARTICLE = ID["article/a1"]
RUN = RunInfo(run_id="t", started="2024-01-01T00:00:00+00:00", version="t")


@pytest.fixture(scope="module")
def validator() -> Validator:
    return Validator()


def valid_graph() -> Graph:
    mint = Minter("https://w3id.org/policykg/")
    graph = Graph()
    article = sample_article()
    quads = [
        *extraction_to_quads(sample_extraction(), article=article, mint=mint),
        *article_meta_quads(article, mint=mint, run=RUN),
    ]
    for triple in triples_of(quads):
        graph.add(triple)
    return graph


def first(g: Graph, cls: URIRef) -> URIRef:
    return next(s for s in g.subjects(RDF.type, cls) if isinstance(s, URIRef))


def set_value(
    p: URIRef, value: Literal, cls: URIRef | None = None, subject: URIRef | None = None
) -> Callable[[Graph], None]:
    def mutate(g: Graph) -> None:
        s = subject or first(g, cls)  # type: ignore[arg-type]
        g.remove((s, p, None))
        g.add((s, p, value))

    return mutate


def drop(p: URIRef, cls: URIRef) -> Callable[[Graph], None]:
    def mutate(g: Graph) -> None:
        g.remove((first(g, cls), p, None))

    return mutate


def add(s: URIRef, p: URIRef, o: URIRef | Literal) -> Callable[[Graph], None]:
    return lambda g: g.add((s, p, o))


# fmt: off
FAILING: list[tuple[str, str, Callable[[Graph], None]]] = [
    ("PolicyShape", "no policy kind", drop(PKG.policyKind, PKG.Decision)),
    ("PolicyShape", "number not a legal number",
     set_value(PKG.documentNumber, Literal("số 99 năm nay"), subject=DECISION)),
    ("PolicyShape", "issue date not a date",
     set_value(PKG.issueDate, Literal("12/5/2020"), subject=DECISION)),
    ("PolicyShape", "period ends before it starts",
     set_value(PKG.endYear, Literal("2001", datatype=XSD.gYear), cls=PKG.Scheme)),
    ("PolicyShape", "issuer is a place", add(DECISION, PKG.issuedBy, PLACE)),
    ("VietnameseLabel", "policy with only an English label",
     set_value(RDFS.label, Literal("A decision", lang="en"), subject=DECISION)),
    ("OrganisationShape", "unknown organisation kind",
     set_value(PKG.organisationKind, Literal("company"), subject=UNIT)),
    ("OrganisationShape", "parent is an event", add(UNIT, ORG.subOrganizationOf, EVENT)),
    ("PersonShape", "member of a place", add(PERSON, ORG.memberOf, PLACE)),
    ("PostShape", "post without a member", drop(ORG.member, PKG.Post)),
    ("EventShape", "event date not a date",
     set_value(PKG.startDate, Literal("hôm nay"), subject=EVENT)),
    ("EventShape", "event in an organisation", add(EVENT, PKG.locatedIn, UNIT)),
    ("TargetShape", "target without a value", drop(PKG.value, PKG.Target)),
    ("TargetShape", "value not a decimal",
     set_value(PKG.value, Literal("chín mươi"), cls=PKG.Target)),
    ("TargetShape", "empty unit", set_value(PKG.unit, Literal(""), cls=PKG.Target)),
    ("PlaceShape", "place with no label", drop(RDFS.label, PKG.Place)),
    ("NewsArticleShape", "bad hash",
     set_value(PKG.sha256, Literal("not-a-hash"), subject=ARTICLE)),
    ("NewsArticleShape", "issued date as written",
     add(ARTICLE, DCTERMS.issued, Literal("05/03/2024"))),
    ("AnnotationShape", "annotation without body", drop(OA.hasBody, OA.Annotation)),
    ("PositionSelectorShape", "start after end",
     set_value(OA.start, Literal(10_000, datatype=XSD.nonNegativeInteger),
               cls=OA.TextPositionSelector)),
    ("SubjectsAreLabelled", "unlabelled subject of a fact",
     add(URIRef("https://example.org/x"), PKG.locatedIn, PLACE)),
]
# fmt: on


def test_the_built_sample_conforms(validator: Validator) -> None:
    result = validator.check_graph(valid_graph())
    assert result.conforms, result.text


@pytest.mark.parametrize(
    ("shape", "why", "mutate"), FAILING, ids=[f"{s}: {w}" for s, w, _ in FAILING]
)
def test_shape_rejects(
    validator: Validator, shape: str, why: str, mutate: Callable[[Graph], None]
) -> None:
    from pyshacl import validate

    graph = valid_graph()
    mutate(graph)
    conforms, report, text = validate(
        graph, shacl_graph=validator.shapes, ont_graph=validator.ontology, inference="none"
    )
    assert not conforms, why
    sources = set(report.objects(None, SH.sourceShape))
    parents = {s for src in sources for s in validator.shapes.subjects(SH.property, src)}
    assert PKGSH[shape] in sources | parents, text


def test_every_shape_has_a_failing_case(validator: Validator) -> None:
    shapes = {
        str(s).removeprefix(str(PKGSH)) for s in validator.shapes.subjects(RDF.type, SH.NodeShape)
    }
    tested = {shape for shape, _, _ in FAILING}
    assert shapes <= tested


@pytest.mark.parametrize(
    "number",
    ["32/2010/QĐ-TTg", "513/QĐ-UBND", "01-CT/TW", "29-NQ/TW", "05-NQ/TU", "36a/NQ-CP", "149-TTg"],
)
def test_legal_and_party_document_numbers_conform(validator: Validator, number: str) -> None:
    """Party documents number themselves "01-CT/TW" (Chỉ thị 01 of the Central Committee)."""
    graph = valid_graph()
    set_value(PKG.documentNumber, Literal(number), subject=DECISION)(graph)
    result = validator.check_graph(graph)
    assert result.conforms, result.text
