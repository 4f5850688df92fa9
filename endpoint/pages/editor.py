"""The query editor for browsers at GET /sparql: YASGUI (vendored) with our prefixes,
the example queries of queries/ (vi and en titles), and ontology terms for completion."""

from __future__ import annotations

from functools import cache
from typing import Any

from flask import render_template, url_for
from rdflib import OWL, RDF, Graph

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
def ontology_terms() -> dict[str, list[str]]:
    graph = Graph().parse(ONTOLOGY_FILE, format="turtle")
    pkg = PREFIXES["pkg"]

    def terms(kind: Any) -> list[str]:
        return sorted(str(s) for s in graph.subjects(RDF.type, kind) if str(s).startswith(pkg))

    return {
        "classes": terms(OWL.Class),
        "properties": terms(OWL.ObjectProperty) + terms(OWL.DatatypeProperty),
    }


def render_editor() -> str:
    return render_template(
        "editor.html",
        examples=examples(),
        prefixes=PREFIXES,
        terms=ontology_terms(),
        endpoint=url_for("sparql.endpoint"),
    )
