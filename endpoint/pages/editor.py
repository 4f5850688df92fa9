"""The query editor for browsers at GET /sparql: YASGUI (vendored) with our prefixes,
the example queries of queries/ (vi and en titles), and ontology terms for completion."""

from __future__ import annotations

from functools import cache
from typing import Any

from flask import current_app, render_template, url_for
from rdflib import OWL, RDF, RDFS, Graph

from graph_builder.config import ONTOLOGY_FILE, PROJECT_ROOT
from graph_builder.store.ops import PREFIXES

QUERIES_DIR = PROJECT_ROOT / "queries"


@cache
def examples() -> list[dict[str, str]]:
    """Each queries/*.rq with the titles from its "# vi:" and "# en:" header lines."""
    out = []
    for path in sorted(QUERIES_DIR.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        head = dict(
            line[2:].split(": ", 1)
            for line in text.splitlines()[:2]
            if line.startswith("# ") and ": " in line
        )
        out.append(
            {
                "id": path.stem,
                "vi": head.get("vi", path.stem),
                "en": head.get("en", ""),
                "query": text,
            }
        )
    return out


@cache
def ontology_terms() -> dict[str, list[dict[str, str]]]:
    """pkg: classes and properties with their vi and en labels, for completion that says
    what a term means (the IRI alone is opaque to a reader of Vietnamese)."""
    graph = Graph().parse(ONTOLOGY_FILE, format="turtle")
    pkg = PREFIXES["pkg"]

    def label(term: Any, lang: str) -> str:
        found = (
            str(o) for o in graph.objects(term, RDFS.label) if getattr(o, "language", None) == lang
        )
        return next(found, "")

    def terms(*kinds: Any) -> list[dict[str, str]]:
        found = {s for kind in kinds for s in graph.subjects(RDF.type, kind)}
        return [
            {"iri": str(s), "vi": label(s, "vi"), "en": label(s, "en")}
            for s in sorted(found, key=str)
            if str(s).startswith(pkg)
        ]

    return {
        "classes": terms(OWL.Class),
        "properties": terms(OWL.ObjectProperty, OWL.DatatypeProperty),
    }


def render_editor() -> str:
    return render_template(
        "editor.html",
        examples=examples(),
        prefixes=PREFIXES,
        terms=ontology_terms(),
        endpoint=url_for("sparql.endpoint"),
        search_api=url_for("search.api_search"),
        labels_api=url_for("labels_api.api_labels"),
        base_iri=current_app.config["BASE_IRI"],
    )
