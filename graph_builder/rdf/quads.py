"""Pure conversion of one article's `Extraction` to quads in its own named graph.

No I/O, no store, no clock: `RunInfo` carries time and version, so the same input
gives the same quads (golden tests compare them as isomorphic graphs). The shape of
the output is documented in ontology/MAPPING.md and checked by ontology/shapes.ttl.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from rdflib import RDF, RDFS, SKOS, XSD, Literal, URIRef
from rdflib.term import Node

from graph_builder.extract.model import (
    EntityKind,
    Event,
    Extraction,
    Organisation,
    Person,
    Place,
    Policy,
    Target,
    all_relations,
)
from graph_builder.ingest.article import Article
from graph_builder.rdf.annotations import EntityIndex, Quad, annotation_quads
from graph_builder.rdf.iris import Minter
from graph_builder.rdf.kinds import event_class, organisation_class, policy_class
from graph_builder.rdf.labels import one_label
from graph_builder.rdf.relations import relation_quads
from graph_builder.rdf.vocab import PKG


@dataclass(frozen=True, kw_only=True)
class RunInfo:
    """What varies between builds; fixed in tests."""

    run_id: str
    started: str  # xsd:dateTime
    version: str


_NUMBER_GAP = re.compile(r"\s*([/-])\s*")


def document_number(written: str) -> str:
    """The number in its standard form: articles write "1179/ QĐ BGDĐT" or "1848/LĐTBXH- TE"
    for "1179/QĐ-BGDĐT" and "1848/LĐTBXH-TE" (the gold-json keeps what was written)."""
    return re.sub(r"\s+", "-", _NUMBER_GAP.sub(r"\1", written.strip()))


def vi(text: str) -> Literal:
    return Literal(text, lang="vi")


def extraction_to_quads(ex: Extraction, *, article: Article, mint: Minter) -> Iterator[Quad]:
    """All facts of one article, in `{BASE}graph/{article-id}`."""
    graph = mint.article_graph(article.id)
    index = EntityIndex.build(ex, mint)
    source = mint.article(article.id)
    entities: tuple[Policy | Organisation | Person | Event | Target | Place, ...] = (
        *ex.policies,
        *ex.organisations,
        *ex.people,
        *ex.events,
        *ex.targets,
        *ex.places,
    )
    for entity in entities:
        iri = index.iri_of(entity)
        for s, p, o in one_label(WRITERS[type(entity)](entity, iri), mint):
            yield s, p, o, graph
        yield iri, PKG.mentionedIn, source, graph
        yield from annotation_quads(
            entity.mentions, body=iri, article=article, mint=mint, graph=graph
        )
    yield from relation_quads(
        all_relations(ex), index=index, article=article, mint=mint, graph=graph
    )


Triples = Iterator[tuple[Node, Node, Node]]


def _labels(iri: URIRef, name: str, aliases: Iterable[str] = ()) -> Triples:
    yield iri, RDFS.label, vi(name)
    for alias in sorted(set(aliases) - {name}):
        yield iri, SKOS.altLabel, vi(alias)


def _policy(p: Policy, iri: URIRef) -> Triples:
    yield iri, RDF.type, PKG.Policy
    if (cls := policy_class(p.kind)) is not None:
        yield iri, RDF.type, cls
    yield from _labels(iri, p.name, p.aliases)
    yield iri, PKG.policyKind, vi(p.kind)
    if p.number:
        yield iri, PKG.documentNumber, Literal(document_number(p.number))
    if p.date:
        yield iri, PKG.issueDate, Literal(p.date, datatype=XSD.date)
    if p.period_start:
        yield iri, PKG.startYear, Literal(str(p.period_start), datatype=XSD.gYear)
    if p.period_end:
        yield iri, PKG.endYear, Literal(str(p.period_end), datatype=XSD.gYear)


def _organisation(o: Organisation, iri: URIRef) -> Triples:
    yield iri, RDF.type, PKG.Organisation
    if (cls := organisation_class(o.kind)) is not None:
        yield iri, RDF.type, cls
    label = o.canonical or o.name  # the same body keeps one label in every article graph
    yield from _labels(iri, label, (o.name, *o.aliases))
    if o.english:
        yield iri, RDFS.label, Literal(o.english, lang="en")
    if o.concept:
        yield iri, SKOS.exactMatch, URIRef(o.concept)
    yield iri, PKG.organisationKind, Literal(o.kind)


def _person(p: Person, iri: URIRef) -> Triples:
    yield iri, RDF.type, PKG.Person
    yield from _labels(iri, p.name)
    if p.title:
        yield iri, PKG.title, Literal(p.title)


def _event(e: Event, iri: URIRef) -> Triples:
    yield iri, RDF.type, PKG.Event
    if (cls := event_class(e.kind)) is not None:
        yield iri, RDF.type, cls
    yield from _labels(iri, e.name)
    yield iri, PKG.eventKind, vi(e.kind)
    if e.date:
        yield iri, PKG.startDate, Literal(e.date, datatype=XSD.date)
    if e.date_end:
        yield iri, PKG.endDate, Literal(e.date_end, datatype=XSD.date)


def _target(t: Target, iri: URIRef) -> Triples:
    yield iri, RDF.type, PKG.Target
    yield iri, RDFS.label, vi(t.text)
    yield iri, PKG.targetText, vi(t.text)
    yield iri, PKG.value, Literal(_decimal(t.value), datatype=XSD.decimal)
    if t.value_max is not None:
        yield iri, PKG.maxValue, Literal(_decimal(t.value_max), datatype=XSD.decimal)
    yield iri, PKG.unit, Literal(t.unit)
    if t.beneficiary:
        yield iri, PKG.beneficiaryText, vi(t.beneficiary)
    if t.group:
        yield iri, PKG.beneficiary, URIRef(t.group)
    if t.deadline:
        yield iri, PKG.deadline, Literal(t.deadline, datatype=XSD.gYear)


def _place(p: Place, iri: URIRef) -> Triples:
    yield iri, RDF.type, PKG.Place
    yield from _labels(iri, p.label or p.key, (p.name,))
    if p.english:
        yield iri, RDFS.label, Literal(p.english, lang="en")
    if p.concept:  # the gazetteer's concept, in {BASE}graph/vocab: all its names, its kind
        yield iri, SKOS.exactMatch, URIRef(p.concept)


WRITERS: dict[type, Callable[[Any, URIRef], Triples]] = {
    Policy: _policy,
    Organisation: _organisation,
    Person: _person,
    Event: _event,
    Target: _target,
    Place: _place,
}


def _decimal(value: float) -> str:
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return text or "0"


__all__ = ["EntityKind", "RunInfo", "extraction_to_quads"]
