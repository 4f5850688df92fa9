"""/ontology: the ontology as HTML documentation for people, and as RDF by negotiation.

The HTML is generated from ontology/policykg.ttl itself (labels and comments in vi and
en, super-classes, domains and ranges), once per process, so it cannot drift from the
Turtle that the builder loads into the `graph/ontology` graph.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pyoxigraph as ox
from flask import Blueprint, Response, abort, render_template, request
from rdflib import OWL, RDF, RDFS, Graph, URIRef

from endpoint.pages.labels import short
from graph_builder.config import ONTOLOGY_FILE
from graph_builder.store.ops import PREFIXES

bp = Blueprint("ontology", __name__)
FORMATS = {
    "text/turtle": ("ttl", ox.RdfFormat.TURTLE),
    "application/rdf+xml": ("rdf", ox.RdfFormat.RDF_XML),
    "application/ld+json": ("jsonld", ox.RdfFormat.JSON_LD),
    "application/n-triples": ("nt", ox.RdfFormat.N_TRIPLES),
}
KINDS = (
    ("Lớp · Classes", OWL.Class),
    ("Thuộc tính quan hệ · Object properties", OWL.ObjectProperty),
    ("Thuộc tính dữ liệu · Datatype properties", OWL.DatatypeProperty),
)


@bp.get("/ontology")
def ontology() -> Response | str:
    fmt = request.args.get("format")
    chosen = next((m for m, (name, _) in FORMATS.items() if fmt in (name, m)), None)
    if fmt and chosen is None:
        abort(400, description=f"unknown format {fmt!r}: use ttl, rdf, jsonld or nt")
    if chosen is None:
        offered = ["text/html", *FORMATS, "application/json"]
        best = request.accept_mimetypes.best_match(offered, default="text/html")
        best = "application/ld+json" if best == "application/json" else best
        chosen = best if best in FORMATS else None
    if chosen is not None:
        quads = ox.parse(path=str(ONTOLOGY_FILE), format=ox.RdfFormat.TURTLE)
        triples = [ox.Triple(q.subject, q.predicate, q.object) for q in quads]
        body = ox.serialize(triples, format=FORMATS[chosen][1], prefixes=PREFIXES)
        return Response(body, mimetype=chosen, headers={"Vary": "Accept"})
    page = render_template("ontology.html", sections=_sections())
    response = Response(page, mimetype="text/html")
    response.vary.add("Accept")
    return response


@cache
def _sections() -> list[tuple[str, list[dict[str, Any]]]]:
    graph = Graph().parse(ONTOLOGY_FILE, format="turtle")
    pkg = "https://w3id.org/policykg/ontology#"
    out = []
    for title, kind in KINDS:
        terms = sorted(
            s
            for s in graph.subjects(RDF.type, kind)
            if isinstance(s, URIRef) and str(s).startswith(pkg)
        )
        out.append((title, [_term(graph, t) for t in terms]))
    return out


def _term(graph: Graph, term: URIRef) -> dict[str, Any]:
    def text(predicate: URIRef, lang: str) -> str:
        return next(
            (
                str(o)
                for o in graph.objects(term, predicate)
                if getattr(o, "language", None) == lang
            ),
            "",
        )

    supers = [*graph.objects(term, RDFS.subClassOf), *graph.objects(term, RDFS.subPropertyOf)]
    return {
        "id": str(term).rsplit("#", 1)[-1],
        "iri": str(term),
        "label_vi": text(RDFS.label, "vi"),
        "label_en": text(RDFS.label, "en"),
        "comment_vi": text(RDFS.comment, "vi"),
        "comment_en": text(RDFS.comment, "en"),
        "supers": sorted((str(s) for s in supers), key=short),  # IRIs: the page names them
        "domain": sorted((str(d) for d in graph.objects(term, RDFS.domain)), key=short),
        "range": sorted((str(r) for r in graph.objects(term, RDFS.range)), key=short),
    }
