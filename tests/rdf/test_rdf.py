"""Extraction -> quads: the mapping of ontology/MAPPING.md, checked triple by triple."""

from __future__ import annotations

from dataclasses import replace

from rdflib import RDF, RDFS, XSD, Dataset, Literal, URIRef
from rdflib.namespace import ORG

from graph_builder.extract.model import Extraction, Predicate, Relation
from graph_builder.rdf.iris import Minter
from graph_builder.rdf.quads import extraction_to_quads
from graph_builder.rdf.vocab import OA, PKG
from tests.factories import sample_article, sample_extraction

BASE = "https://w3id.org/policykg/"
ID = BASE + "id/"


def build_dataset(ex: Extraction | None = None) -> Dataset:
    ds = Dataset()
    for s, p, o, g in extraction_to_quads(
        ex or sample_extraction(), article=sample_article(), mint=Minter(BASE)
    ):
        ds.graph(g).add((s, p, o))
    return ds


def article_graph(ds: Dataset):  # type: ignore[no-untyped-def]
    return ds.graph(URIRef(BASE + "graph/a1"))


def test_every_quad_is_in_the_article_graph() -> None:
    ds = build_dataset()
    names = {g.identifier for g in ds.graphs() if len(g)}
    assert names == {URIRef(BASE + "graph/a1")}


def test_decision_is_typed_numbered_and_dated() -> None:
    g = article_graph(build_dataset())
    decision = URIRef(ID + "policy/99-2020-qd-ttg")
    assert (decision, RDF.type, PKG.Decision) in g
    assert (decision, RDF.type, PKG.Policy) in g
    assert (decision, PKG.documentNumber, Literal("99/2020/QĐ-TTg")) in g
    assert (decision, PKG.issueDate, Literal("2020-05-12", datatype=XSD.date)) in g
    issuer = URIRef(ID + "organisation/thu-tuong-chinh-phu")
    assert (decision, PKG.issuedBy, issuer) in g


def test_scheme_period_alias_and_approval() -> None:
    g = article_graph(build_dataset())
    scheme = next(g.subjects(RDF.type, PKG.Scheme))
    assert (scheme, PKG.startYear, Literal("2021", datatype=XSD.gYear)) in g
    assert (scheme, PKG.endYear, Literal("2030", datatype=XSD.gYear)) in g
    assert Literal("Đề án 99", lang="vi") in set(g.objects(scheme, None))
    assert (scheme, PKG.approvedBy, URIRef(ID + "policy/99-2020-qd-ttg")) in g


def test_target_values_and_inverse_link() -> None:
    g = article_graph(build_dataset())
    target = next(g.subjects(RDF.type, PKG.Target))
    assert (target, PKG.value, Literal("90", datatype=XSD.decimal)) in g
    assert (target, PKG.unit, Literal("%")) in g
    scheme = next(g.subjects(RDF.type, PKG.Scheme))
    assert (scheme, PKG.hasTarget, target) in g
    assert (target, PKG.targetOf, scheme) in g


def test_person_post_membership_and_units() -> None:
    g = article_graph(build_dataset())
    person = URIRef(ID + "person/tran-van-an")
    unit = URIRef(ID + "organisation/cuc-tre-em")
    ministry = URIRef(ID + "organisation/bo-lao-dong-thuong-binh-va-xa-hoi")
    assert (person, ORG.memberOf, unit) in g
    post = next(g.objects(person, PKG.holdsPost))
    assert (post, PKG.roleLabel, Literal("Cục trưởng Cục Trẻ em", lang="vi")) in g
    assert (post, ORG.organization, unit) in g
    assert (unit, ORG.subOrganizationOf, ministry) in g
    assert (person, PKG.participatedIn, URIRef(ID + "event/hoi-thao-bao-ve-tre-em")) in g


def test_mentions_select_the_exact_text() -> None:
    ds = build_dataset()
    g = article_graph(ds)
    text = sample_article().text
    checked = 0
    for selector in g.subjects(RDF.type, OA.TextPositionSelector):
        start = int(g.value(selector, OA.start))  # type: ignore[arg-type]
        end = int(g.value(selector, OA.end))  # type: ignore[arg-type]
        quote = URIRef(str(selector).replace("#pos", "#quote"))
        assert str(g.value(quote, OA.exact)) == text[start:end]
        checked += 1
    assert checked >= 8


def test_relation_evidence_is_a_reified_statement() -> None:
    g = article_graph(build_dataset())
    statements = set(g.subjects(RDF.type, RDF.Statement))
    assert any(g.value(s, RDF.predicate) == PKG.approvedBy for s in statements)


def test_unknown_relation_argument_is_dropped_not_invented() -> None:
    ex = sample_extraction()
    bad = Relation("Không có chính sách này", Predicate.IMPLEMENTS, "Cũng không có")
    ds = build_dataset(replace(ex, relations=(bad,)))
    assert not set(article_graph(ds).subject_objects(PKG.implements))


def test_labels_keep_vietnamese_diacritics() -> None:
    g = article_graph(build_dataset())
    labels = {str(o) for o in g.objects(None, RDFS.label)}
    assert "Bộ Lao động - Thương binh và Xã hội" in labels
    assert "Hội thảo bảo vệ trẻ em" in labels


def test_a_relation_naming_an_entity_with_other_punctuation_links_that_entity() -> None:
    """'Bộ Lao động – Thương binh và Xã hội.' (another dash, a full stop) is the ministry
    extracted as 'Bộ Lao động - Thương binh và Xã hội': no second resource of kind
    'other' under the ministry's IRI, which would break its one-kind shape."""
    ex = sample_extraction()
    written = Relation(
        "Quyết định số 99/2020/QĐ-TTg", Predicate.ISSUED_BY, "Bộ Lao động – Thương binh và Xã hội."
    )
    g = article_graph(build_dataset(replace(ex, relations=(written,))))
    ministry = next(s for s, o in g.subject_objects(PKG.organisationKind) if str(o) == "ministry")
    assert ministry in set(g.objects(None, PKG.issuedBy))
    assert {str(o) for o in g.objects(ministry, PKG.organisationKind)} == {"ministry"}
