"""The meta graph: what each article is, and how and when its graph was made (PROV-O)."""

from __future__ import annotations

from collections.abc import Iterator

from rdflib import DCTERMS, PROV, RDF, RDFS, SDO, XSD, Literal, URIRef

from graph_builder.ingest.article import Article
from graph_builder.rdf.annotations import Quad
from graph_builder.rdf.iris import IRIError, Minter, check_iri
from graph_builder.rdf.quads import RunInfo
from graph_builder.rdf.vocab import PKG


def article_meta_quads(article: Article, *, mint: Minter, run: RunInfo) -> Iterator[Quad]:
    """The article resource and its graph's provenance, in `{BASE}graph/meta`."""
    meta = mint.meta_graph()
    node = mint.article(article.id)
    graph = mint.article_graph(article.id)
    triples: list[tuple[URIRef, URIRef, URIRef | Literal]] = [
        (node, RDF.type, PKG.NewsArticle),
        (node, RDF.type, SDO.NewsArticle),
        (node, PKG.articleId, Literal(article.id)),
        (node, PKG.sha256, Literal(article.sha256)),
        (node, SDO.text, Literal(article.text, lang="vi")),
        (graph, PROV.wasDerivedFrom, node),
        (graph, PROV.wasGeneratedBy, mint.build_activity(run.run_id)),
        (graph, PROV.generatedAtTime, Literal(run.started, datatype=XSD.dateTime)),
    ]
    if article.title:
        triples.append((node, DCTERMS.title, Literal(article.title, lang="vi")))
    elif opening := article_opening(article.text):
        triples.append((node, RDFS.label, Literal(opening, lang="vi")))
    if article.date:
        triples.append((node, DCTERMS.date, Literal(article.date, datatype=XSD.date)))
    if article.url:
        triples.append((node, SDO.url, Literal(article.url, datatype=XSD.anyURI)))
    triples += _page_triples(article, node)
    for s, p, o in triples:
        yield s, p, o, meta


OPENING_WORDS = 14


def article_opening(text: str) -> str | None:
    """The first words of an article with no headline, to name it by: a third of the
    shipped articles (leads stored without their headline) were listed on pages and in
    dumps as "800_9c73915d51ca8f0b". A label, not a title: the article states none."""
    words = next((line.split() for line in text.splitlines() if line.strip()), [])
    if not words:
        return None
    clipped = " ".join(words[:OPENING_WORDS])
    return clipped if len(words) <= OPENING_WORDS else clipped.rstrip(",;:.") + "…"


def _page_triples(article: Article, node: URIRef) -> list[tuple[URIRef, URIRef, URIRef | Literal]]:
    """What a fetched page's sidecar says: when it was published, by which site, from where."""
    triples: list[tuple[URIRef, URIRef, URIRef | Literal]] = []
    if article.issued:
        kind = XSD.dateTime if "T" in article.issued else XSD.date
        triples.append((node, DCTERMS.issued, Literal(article.issued, datatype=kind)))
    if article.publisher:
        triples.append((node, DCTERMS.publisher, Literal(article.publisher)))
    if article.source:
        try:
            source: URIRef | Literal = check_iri(article.source)
        except IRIError:  # a URL with spaces or quotes is still worth keeping, as text
            source = Literal(article.source, datatype=XSD.anyURI)
        triples.append((node, DCTERMS.source, source))
    return triples


def build_activity_quads(*, mint: Minter, run: RunInfo) -> Iterator[Quad]:
    activity = mint.build_activity(run.run_id)
    meta = mint.meta_graph()
    yield activity, RDF.type, PROV.Activity, meta
    yield activity, PKG.builderVersion, Literal(run.version), meta
    yield activity, PROV.startedAtTime, Literal(run.started, datatype=XSD.dateTime), meta
