"""Pages for people: the home page and one page per entity (/id/...), with content
negotiation so machines get RDF from the same IRI (Linked Data, as LodView/Pubby do).
"""

from __future__ import annotations

from typing import Any

import pyoxigraph as ox
from flask import Blueprint, Response, abort, current_app, render_template, request

from endpoint.pages.collation import SortKey, sort_key
from endpoint.pages.entity_articles import articles_of, mentions_of
from endpoint.pages.labels import best_label, label_map, labels_of, short
from endpoint.pages.policy_targets import policy_targets
from endpoint.pages.site import VOCAB
from endpoint.pages.terms import TermName, term_name
from endpoint.sources.store import StoreError, get_store, live_store, select
from graph_builder.store.ops import PREFIXES

bp = Blueprint("pages", __name__)
OA = "http://www.w3.org/ns/oa#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
MAX_LINKS = 300
MERGED = ox.DefaultGraph()  # each fact once, not once per article stating it
RDF_FORMATS = {
    "text/turtle": ("ttl", ox.RdfFormat.TURTLE),
    "application/ld+json": ("jsonld", ox.RdfFormat.JSON_LD),
    "application/n-triples": ("nt", ox.RdfFormat.N_TRIPLES),
    "application/rdf+xml": ("rdf", ox.RdfFormat.RDF_XML),
}
JSON_ALIASES = {"application/json": "application/ld+json"}  # JSON clients get JSON-LD
DCTERMS_DATE = ox.NamedNode("http://purl.org/dc/terms/date")
COUNTS = """PREFIX pkg: <https://w3id.org/policykg/ontology#>
SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE {
  VALUES ?class { pkg:Policy pkg:Organisation pkg:Person pkg:Event pkg:Target pkg:Place
                  pkg:NewsArticle }
  ?s a ?class } GROUP BY ?class"""
ARTICLES = """PREFIX pkg: <https://w3id.org/policykg/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?article ?title ?date WHERE { ?article a pkg:NewsArticle .
  OPTIONAL { ?article dcterms:title|rdfs:label ?title }
  OPTIONAL { ?article dcterms:date ?date } }
ORDER BY DESC(?date) LIMIT 20"""


@bp.get("/")
def home() -> str:
    try:
        counts = {r["class"].value: int(r["n"].value) for r in select(COUNTS)}
        articles = select(ARTICLES)
    except StoreError as e:
        return render_template("message.html", title="No data yet", message=str(e)), 503  # type: ignore[return-value]
    cards = sorted(((term_name(c), n) for c, n in counts.items()), key=_card_order)
    return render_template(
        "home.html", cards=cards, articles=articles, generation=live_store().version
    )


def _card_order(card: tuple[TermName, int]) -> SortKey:
    return sort_key(card[0].text)


@bp.get("/id/", defaults={"rest": ""})
@bp.get("/id/<path:rest>")
def entity(rest: str) -> Response | str | tuple[str, int]:
    """:raise 404: no such resource, or a path that cannot name one (not an IRI)."""
    return _describe(_entity_iri(rest))


@bp.get("/vocab/<path:rest>")
def concept(rest: str) -> Response | str | tuple[str, int]:
    """A gazetteer concept (ontology/vocab, in {BASE}graph/vocab): every name it goes by
    and, through skos:exactMatch, the bodies and places of the graph that are it."""
    return _describe(_path_iri(VOCAB, rest, "concept"))


def _describe(iri: ox.NamedNode) -> Response | str | tuple[str, int]:
    """The resource's page, or its RDF when the client asks for RDF; 404 when no triple
    names it."""
    store = get_store()
    as_subject = any(True for _ in store.quads_for_pattern(iri, None, None, MERGED))
    if not as_subject and not any(True for _ in store.quads_for_pattern(None, None, iri, MERGED)):
        return render_template(
            "message.html",
            title="Không tìm thấy / Not found",
            message=f"No resource {iri.value} in the graph.",
        ), 404
    wanted = _negotiate()
    if wanted is not None:
        return _rdf(iri, *wanted)
    response = Response(render_template("entity.html", **_entity_view(iri)), mimetype="text/html")
    response.vary.add("Accept")
    return response


def _entity_iri(rest: str) -> ox.NamedNode:
    """The IRI a path under /id/ names. Every IRI we mint is `{BASE}id/{type}/{slug}`,
    ASCII (graph_builder/iris), so a path that is not a valid IRI names nothing here:
    404 with the reason, in the client's format (endpoint/errors), never a 500."""
    if not rest:
        abort(404, description="/id/ alone names no resource: use /id/{type}/{name}, or /browse.")
    return _path_iri(current_app.config["BASE_IRI"] + "id/", rest, "resource")


def _path_iri(base: str, rest: str, what: str) -> ox.NamedNode:
    """`base` + the rest of the path, or a 404 naming the reason when that is no IRI."""
    try:
        return ox.NamedNode(base + rest)
    except ValueError as e:
        shown = rest if len(rest) <= 80 else rest[:80] + "..."
        abort(404, description=f"No {what} here: {shown!r} is not a valid IRI path ({e}).")


def _negotiate() -> tuple[str, ox.RdfFormat] | None:
    fmt = request.args.get("format")
    if fmt:
        for media, (name, rdf_format) in RDF_FORMATS.items():
            if fmt in (name, media):
                return media, rdf_format
        abort(400, description=f"unknown format {fmt!r}: use ttl, jsonld, nt or rdf")
    offered = ["text/html", *RDF_FORMATS, *JSON_ALIASES]
    best = request.accept_mimetypes.best_match(offered, default="text/html")
    best = JSON_ALIASES.get(best, best)
    return (best, RDF_FORMATS[best][1]) if best in RDF_FORMATS else None


def _rdf(iri: ox.NamedNode, media: str, rdf_format: ox.RdfFormat) -> Response:
    """The entity's triples from the merge of every graph, outgoing and incoming (a
    symmetric bounded description, as LodView and Pubby give): who links to an
    organisation is as much about it as what it links to. Incoming ones stop at
    MAX_LINKS, as on the page."""
    store = get_store()
    own = store.quads_for_pattern(iri, None, None, MERGED)
    triples = {ox.Triple(q.subject, q.predicate, q.object) for q in own}
    incoming = (q for q in store.quads_for_pattern(None, None, iri, MERGED) if q.subject != iri)
    for count, q in enumerate(incoming):
        if count >= MAX_LINKS:
            break
        triples.add(ox.Triple(q.subject, q.predicate, q.object))
    body = ox.serialize(sorted(triples, key=str), format=rdf_format, prefixes=PREFIXES)
    return Response(body, mimetype=media, headers={"Vary": "Accept"})


def _entity_view(iri: ox.NamedNode) -> dict[str, Any]:
    store = get_store()
    outgoing: list[tuple[ox.NamedNode, Any]] = []
    incoming: list[tuple[ox.NamedNode, Any]] = []
    types: list[str] = []
    for q in store.quads_for_pattern(iri, None, None, MERGED):
        if q.predicate == RDF_TYPE and isinstance(q.object, ox.NamedNode):
            types.append(q.object.value)
        elif len(outgoing) < MAX_LINKS:
            outgoing.append((q.predicate, q.object))
    for q in store.quads_for_pattern(None, None, iri, MERGED):
        if len(incoming) < MAX_LINKS and not q.predicate.value.startswith(OA):
            incoming.append((q.predicate, q.subject))
    names = label_map(n for _, n in outgoing + incoming if isinstance(n, ox.NamedNode))
    labels = labels_of(iri)
    return {
        "iri": iri.value,
        "label": labels.get("vi") or best_label(iri),
        "label_en": labels.get("en"),
        "types": _distinct_names(types),
        "date": _date(iri),
        "outgoing": _dedupe([_link(p, node, names) for p, node in outgoing]),
        "incoming": _dedupe([_link(p, node, names) for p, node in incoming]),
        "mentions": mentions_of(iri),
        "articles": articles_of(iri),
        "targets": policy_targets(iri),
    }


def _distinct_names(types: list[str]) -> list[str]:
    """One type per name: pkg:NewsArticle and schema:NewsArticle are both "Bài báo"."""
    by_name: dict[str, str] = {}
    for iri in sorted(set(types), key=short):
        by_name.setdefault(term_name(iri).text, iri)
    return list(by_name.values())


def _date(iri: ox.NamedNode) -> str | None:
    """An article's date, shown under its title."""
    quads = get_store().quads_for_pattern(iri, DCTERMS_DATE, None, MERGED)
    dates = sorted(q.object.value for q in quads if isinstance(q.object, ox.Literal))
    return dates[0] if dates else None


def _link(predicate: ox.NamedNode, node: Any, names: dict[str, str]) -> dict[str, Any]:
    is_iri = isinstance(node, ox.NamedNode)
    return {
        "predicate": predicate.value,
        "value": names[node.value] if is_iri else best_label(node),
        "href": node.value if is_iri else None,
    }


def _dedupe(links: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen, out = set(), []
    for link in sorted(links, key=lambda x: (x["predicate"], x["value"])):
        key = (link["predicate"], link["value"], link["href"])
        if key not in seen:
            seen.add(key)
            out.append(link)
    return out


def render_editor() -> str:
    """GET /sparql from a browser: the query editor (endpoint/pages/editor)."""
    from endpoint.pages.editor import render_editor as render

    return render()
