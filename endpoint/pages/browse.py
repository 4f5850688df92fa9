"""/browse: every entity of a class as a table (name, kind, number, date, issuer), sorted
in Vietnamese alphabetical order and paged on the server.

Sorting and paging are query parameters (`?type=Policy&sort=date&order=desc&page=2`),
so a page of the table is a link a researcher can keep, and it works without scripts.
The store cannot sort Vietnamese (SPARQL orders by code point: "Đ" after "Z"), so the
rows of one class are read at once, sorted here with endpoint/pages/collation, and cut.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox
from flask import Blueprint, abort, render_template, request

from endpoint.pages.collation import sort_key
from endpoint.pages.terms import term_name
from endpoint.sources.store import select

bp = Blueprint("browse", __name__)
PKG = "https://w3id.org/policykg/ontology#"
BROWSABLE = ("Policy", "Organisation", "Person", "Event", "Target", "Place", "NewsArticle")
COLUMNS = ("name", "kind", "number", "date", "issuer")
PER_PAGE, MAX_PER_PAGE = 50, 200
ROWS = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX pkg: <https://w3id.org/policykg/ontology#>
SELECT ?class ?s (SAMPLE(COALESCE(?vi, ?any, ?title)) AS ?name)
       (GROUP_CONCAT(DISTINCT STR(?type); separator=" ") AS ?types)
       (SAMPLE(?number_) AS ?number) (MIN(STR(COALESCE(?issued, ?start, ?dated, ?year))) AS ?date)
       (SAMPLE(?who) AS ?issuer) (SAMPLE(?who_name) AS ?issuer_name)
WHERE {
  ?s a ?class . OPTIONAL { ?s a ?type FILTER(STRSTARTS(STR(?type), STR(pkg:))) }
  OPTIONAL { ?s rdfs:label ?vi FILTER(LANG(?vi) = "vi") } OPTIONAL { ?s rdfs:label ?any }
  OPTIONAL { ?s dcterms:title ?title } OPTIONAL { ?s pkg:documentNumber ?number_ }
  OPTIONAL { ?s pkg:issueDate ?issued } OPTIONAL { ?s pkg:startDate ?start }
  OPTIONAL { ?s dcterms:date ?dated } OPTIONAL { ?s pkg:startYear ?year }
  OPTIONAL { { ?s pkg:issuedBy ?who } UNION { ?s pkg:organisedBy ?who }
             OPTIONAL { ?who rdfs:label ?who_name FILTER(LANG(?who_name) = "vi") } }
} GROUP BY ?class ?s LIMIT 5000"""


@dataclass(frozen=True, slots=True)
class Table:
    """One page of rows and what the template needs to draw the pager and headers."""

    kind: str
    rows: list[dict[str, Any]]
    total: int
    page: int
    pages: int
    sort: str
    order: str


@bp.get("/browse")
def browse() -> str:
    """:raise 400: an unknown class, column, order, or a page that is not a number."""
    kind = request.args.get("type", "Policy").removeprefix("pkg:")
    if kind not in BROWSABLE:
        abort(400, description=f"type must be one of {', '.join(BROWSABLE)}")
    sort, order = request.args.get("sort", "name"), request.args.get("order", "asc")
    if sort not in COLUMNS or order not in ("asc", "desc"):
        abort(400, description=f"sort must be one of {', '.join(COLUMNS)}; order asc or desc")
    page, per = _number("page", 1), _number("per", PER_PAGE)
    if per > MAX_PER_PAGE:
        abort(400, description=f"per must be at most {MAX_PER_PAGE}")
    rows = sort_rows(entity_rows(kind), sort, descending=order == "desc")
    shown = [c for c in COLUMNS if c == "name" or any(r[c] for r in rows)]  # none: no column
    pages = max(1, -(-len(rows) // per))
    chosen = rows[(page - 1) * per : page * per]
    table = Table(kind, chosen, len(rows), min(page, pages), pages, sort, order)
    kinds = [(k, term_name(PKG + k).text) for k in BROWSABLE]
    return render_template("browse.html", table=table, kinds=kinds, columns=shown, per=per)


def _number(name: str, default: int) -> int:
    try:
        value = int(request.args.get(name, default))
    except ValueError:
        abort(400, description=f"{name} must be a whole number")
    if value < 1:
        abort(400, description=f"{name} must be 1 or more")
    return value


def entity_rows(kind: str) -> list[dict[str, Any]]:
    """The class's entities, one dict per entity, values as plain strings ('' if none)."""
    out = []
    for row in select(ROWS, {"class": ox.NamedNode(PKG + kind)}):
        types = [t for t in _text(row.get("types")).split() if t != PKG + kind]
        out.append(
            {
                "iri": row["s"].value,
                "name": _text(row.get("name")) or row["s"].value.rsplit("/", 1)[-1],
                "kind": ", ".join(sorted(term_name(t).text for t in types))
                or term_name(PKG + kind).text,
                "number": _text(row.get("number")),
                "date": _text(row.get("date")),
                "issuer": _text(row.get("issuer_name")),
                "issuer_iri": _text(row.get("issuer")),
            }
        )
    return out


def sort_rows(rows: list[dict[str, Any]], column: str, *, descending: bool) -> list[dict[str, Any]]:
    """Vietnamese order on `column`, then on the name; rows without a value go last."""
    filled = [r for r in rows if r[column]]
    empty = [r for r in rows if not r[column]]
    filled.sort(key=lambda r: (sort_key(r[column]), sort_key(r["name"])), reverse=descending)
    empty.sort(key=lambda r: sort_key(r["name"]))
    return filled + empty


def _text(term: Any) -> str:
    return str(term.value) if term is not None else ""
