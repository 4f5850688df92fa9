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
from endpoint.pages.labels import label_map
from endpoint.pages.terms import term_name
from endpoint.sources.store import select

bp = Blueprint("browse", __name__)
PKG = "https://w3id.org/policykg/ontology#"
BROWSABLE = ("Policy", "Organisation", "Person", "Event", "Target", "Place", "NewsArticle")
COLUMNS = ("name", "kind", "number", "date", "issuer")
PER_PAGE, MAX_PER_PAGE = 50, 200
# One flat query: an entity's values for the columns, a row per value. With OPTIONALs
# and aggregates instead, Oxigraph took minutes over the 300 organisations of data/raw.
ROWS = """PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX pkg: <https://w3id.org/policykg/ontology#>
SELECT ?class ?s ?p ?o WHERE {
  ?s a ?class .
  VALUES ?p { rdf:type rdfs:label dcterms:title pkg:documentNumber pkg:issueDate pkg:startDate
              dcterms:date pkg:startYear pkg:issuedBy pkg:organisedBy }
  ?s ?p ?o
} ORDER BY ?s ?p ?o LIMIT 100000"""  # ordered: a cut at the limit is the same each time
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
NAMES = ("http://www.w3.org/2000/01/rdf-schema#label", "http://purl.org/dc/terms/title")
NUMBER = PKG + "documentNumber"
DATES = (PKG + "issueDate", PKG + "startDate", "http://purl.org/dc/terms/date", PKG + "startYear")
ISSUERS = (PKG + "issuedBy", PKG + "organisedBy")


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
    values: dict[str, dict[str, list[ox.NamedNode | ox.Literal]]] = {}
    for row in select(ROWS, {"class": ox.NamedNode(PKG + kind)}):
        term = row["o"]
        if isinstance(term, ox.NamedNode | ox.Literal):
            entity = values.setdefault(row["s"].value, {})
            entity.setdefault(row["p"].value, []).append(term)
    issuers = [i for v in values.values() for p in ISSUERS for i in v.get(p, [])]
    names = label_map(i for i in issuers if isinstance(i, ox.NamedNode))
    return [_row(iri, found, kind, names) for iri, found in values.items()]


def _row(
    iri: str, found: dict[str, list[ox.NamedNode | ox.Literal]], kind: str, names: dict[str, str]
) -> dict[str, Any]:
    types = [t.value for t in found.get(RDF_TYPE, []) if t.value.startswith(PKG)]
    kinds = sorted({term_name(t).text for t in types if t != PKG + kind})
    issuer = next((i.value for p in ISSUERS for i in found.get(p, [])), "")
    return {
        "iri": iri,
        "name": _name(found) or iri.rsplit("/", 1)[-1],
        "kind": ", ".join(kinds) or term_name(PKG + kind).text,
        "number": min((n.value for n in found.get(NUMBER, [])), default=""),
        "date": next((min(d.value for d in found[p]) for p in DATES if p in found), ""),
        "issuer": names.get(issuer, ""),
        "issuer_iri": issuer,
    }


def _name(found: dict[str, list[ox.NamedNode | ox.Literal]]) -> str:
    """A Vietnamese label first, then any label, then a title (articles have one)."""
    literals = [t for p in NAMES for t in found.get(p, []) if isinstance(t, ox.Literal)]
    vietnamese = [t.value for t in literals if t.language == "vi"]
    return min(vietnamese, default="") or next((t.value for t in literals), "")


def sort_rows(rows: list[dict[str, Any]], column: str, *, descending: bool) -> list[dict[str, Any]]:
    """Vietnamese order on `column`, then on the name; rows without a value go last."""
    filled = [r for r in rows if r[column]]
    empty = [r for r in rows if not r[column]]
    filled.sort(key=lambda r: (sort_key(r[column]), sort_key(r["name"])), reverse=descending)
    empty.sort(key=lambda r: sort_key(r["name"]))
    return filled + empty
