"""Entity lookup by name, and Web Annotation quads for mentions and evidence.

Every mention becomes an `oa:Annotation` whose target selects the span of the NFC
article text (position and quote), so a reader can always get back to the sentence.
Selector nodes are fragment IRIs of the annotation, not blank nodes: Oxigraph blank
nodes are store-wide, and fragment IRIs keep each article graph self-contained.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from rdflib import RDF, XSD, Literal, URIRef
from rdflib.term import Node

from graph_builder.extract.model import EntityKind, Extraction, Mention
from graph_builder.ingest.article import Article
from graph_builder.rdf.iris import Minter, identity
from graph_builder.rdf.vocab import OA

Quad = tuple[Node, Node, Node, URIRef]
CONTEXT_CHARS = 32


def norm_name(name: str) -> str:
    """How names in relations are matched to entities: NFC, case and spacing folded."""
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


@dataclass
class EntityIndex:
    """Names (and aliases) of one extraction to IRIs, per kind."""

    mint: Minter
    by_name: dict[EntityKind, dict[str, URIRef]] = field(default_factory=dict)
    # the Minter's identity (punctuation folded too): a relation naming an entity with a
    # trailing dot or another dash is about that entity, and minting a resource for the
    # name would reuse the entity's IRI with a second label and kind
    by_identity: dict[EntityKind, dict[str, URIRef]] = field(default_factory=dict)
    iris: dict[int, URIRef] = field(default_factory=dict)

    @classmethod
    def build(cls, ex: Extraction, mint: Minter) -> EntityIndex:
        index = cls(mint)
        groups: Iterable[tuple[EntityKind, tuple[object, ...]]] = (
            (EntityKind.POLICY, ex.policies),
            (EntityKind.ORGANISATION, ex.organisations),
            (EntityKind.PERSON, ex.people),
            (EntityKind.EVENT, ex.events),
            (EntityKind.TARGET, ex.targets),
            (EntityKind.PLACE, ex.places),
        )
        for kind, entities in groups:
            names = index.by_name.setdefault(kind, {})
            loose = index.by_identity.setdefault(kind, {})
            for entity in entities:
                also = getattr(entity, "also_known_as", ())
                iri = mint.entity(kind, entity.key, aliases=also)  # type: ignore[attr-defined]
                index.iris[id(entity)] = iri
                for name in _names(entity):
                    names.setdefault(norm_name(name), iri)
                    if identity(name):
                        loose.setdefault(identity(name), iri)
        return index

    def iri_of(self, entity: object) -> URIRef:
        return self.iris[id(entity)]

    def find(self, name: str, kinds: Iterable[EntityKind]) -> tuple[EntityKind, URIRef] | None:
        """The entity of that name, as written first, else with punctuation folded."""
        kinds = tuple(kinds)
        for table, key in ((self.by_name, norm_name(name)), (self.by_identity, identity(name))):
            for kind in kinds:
                iri = table.get(kind, {}).get(key) if key else None
                if iri is not None:
                    return kind, iri
        return None


def _names(entity: object) -> list[str]:
    primary = getattr(entity, "name", None) or getattr(entity, "text", "")
    return [primary, *getattr(entity, "aliases", ())]


def annotation_quads(
    mentions: Iterable[Mention], *, body: URIRef, article: Article, mint: Minter, graph: URIRef
) -> Iterator[Quad]:
    for mention in mentions:
        ann = mint.annotation(article.id, mention.start, mention.end, str(body))
        yield from _annotation(ann, body, mention, article, mint, graph)


def evidence_quads(
    mention: Mention,
    *,
    statement: tuple[URIRef, URIRef, Node],
    article: Article,
    mint: Minter,
    graph: URIRef,
) -> Iterator[Quad]:
    """The span a relation came from: an annotation whose body is the reified statement."""
    s, p, o = statement
    ann = mint.annotation(article.id, mention.start, mention.end, f"{s} {p} {o}")
    body = URIRef(f"{ann}#statement")
    yield body, RDF.type, RDF.Statement, graph
    yield body, RDF.subject, s, graph
    yield body, RDF.predicate, p, graph
    yield body, RDF.object, o, graph
    yield from _annotation(ann, body, mention, article, mint, graph)


def _annotation(
    ann: URIRef, body: URIRef, m: Mention, article: Article, mint: Minter, graph: URIRef
) -> Iterator[Quad]:
    target, position, quote = (URIRef(f"{ann}#{part}") for part in ("target", "pos", "quote"))
    text = article.text
    triples: list[tuple[Node, Node, Node]] = [
        (ann, RDF.type, OA.Annotation),
        (ann, OA.hasBody, body),
        (ann, OA.hasTarget, target),
        (target, RDF.type, OA.SpecificResource),
        (target, OA.hasSource, mint.article(article.id)),
        (target, OA.hasSelector, position),
        (target, OA.hasSelector, quote),
        (position, RDF.type, OA.TextPositionSelector),
        (position, OA.start, Literal(m.start, datatype=XSD.nonNegativeInteger)),
        (position, OA.end, Literal(m.end, datatype=XSD.nonNegativeInteger)),
        (quote, RDF.type, OA.TextQuoteSelector),
        (quote, OA.exact, Literal(m.text)),
        (quote, OA.prefix, Literal(text[max(0, m.start - CONTEXT_CHARS) : m.start])),
        (quote, OA.suffix, Literal(text[m.end : m.end + CONTEXT_CHARS])),
    ]
    for s, p, o in triples:
        yield s, p, o, graph
