"""Label search with and without Vietnamese diacritics ("bo lao dong" finds "Bộ Lao động").

One in-memory index per store generation (rebuilt when a build publishes a new one),
so a search is a scan of a small list, not a SPARQL FILTER over the whole store.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from flask import Blueprint, abort, jsonify, render_template, request
from flask.typing import ResponseReturnValue

from endpoint.pages.labels import short
from endpoint.sources.store import StoreError, live_store, select
from graph_builder.textnorm import fold

bp = Blueprint("search", __name__)
LABELS = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX pkg: <https://w3id.org/policykg/ontology#>
SELECT DISTINCT ?s ?name ?label ?type WHERE {
  VALUES ?type { pkg:Policy pkg:Organisation pkg:Person pkg:Event pkg:Target pkg:Place }
  ?s a ?type . { ?s rdfs:label ?label } UNION { ?s skos:altLabel ?label }
  OPTIONAL { ?s rdfs:label ?name FILTER(langMatches(lang(?name), "vi")) } }"""
MAX_LIMIT = 100


@dataclass(frozen=True)
class Entry:
    iri: str
    label: str  # the form searched: the resource's label or one of its altLabels
    type: str
    folded: str
    name: str  # the resource's own label, shown whichever form matched


class Index:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._version: str | None = None
        self._entries: list[Entry] = []

    def entries(self) -> list[Entry]:
        version = live_store().version
        with self._lock:
            if version != self._version:
                rows = select(LABELS)
                self._entries = [
                    Entry(
                        r["s"].value,
                        r["label"].value,
                        short(r["type"].value),
                        _fold(r["label"].value),
                        (r["name"] or r["label"]).value,
                    )
                    for r in rows
                ]
                self._version = version
            return self._entries


INDEX = Index()


def _fold(text: str) -> str:
    return " ".join(fold(text).casefold().replace("-", " ").split())


@dataclass(frozen=True)
class Hits:
    """One page of a search and how many matched in all: a list cut at its limit says so
    ("1-20 of 57") and links on, rather than passing for every match there is."""

    results: list[dict[str, str]]
    total: int
    offset: int
    limit: int

    @property
    def truncated(self) -> bool:
        return self.offset + len(self.results) < self.total


def search(query: str, *, kind: str | None = None, limit: int = 20, offset: int = 0) -> Hits:
    """Ranked: exact, then prefix, then all words, then substring; shorter labels first."""
    ranked = _ranked(_fold(query), kind)
    page = ranked[offset : offset + limit]
    return Hits([_found(e) for e in page], len(ranked), offset, limit)


def _ranked(needle: str, kind: str | None) -> list[Entry]:
    if not needle:
        return []
    words = needle.split()
    best: dict[str, tuple[int, int, Entry]] = {}
    for e in INDEX.entries():
        if kind and e.type != kind:
            continue
        if e.folded == needle:
            rank = 0
        elif e.folded.startswith(needle):
            rank = 1
        elif all(w in e.folded.split() for w in words):
            rank = 2
        elif needle in e.folded:
            rank = 3
        else:
            continue
        score = (rank, len(e.label), e)
        if e.iri not in best or score[:2] < best[e.iri][:2]:
            best[e.iri] = score
    return [e for _, _, e in sorted(best.values(), key=lambda t: (t[0], t[1], t[2].label))]


def _found(e: Entry) -> dict[str, str]:
    """The resource by its own label; the form that matched too when it was another."""
    found = {"iri": e.iri, "label": e.name, "type": e.type}
    if e.label != e.name:
        found["matched"] = e.label
    return found


def _args() -> tuple[str, str | None, int, int]:
    query = request.args.get("q", "")[:200]
    kind = request.args.get("type") or None
    limit = _whole("limit", 20)
    if not 1 <= limit <= MAX_LIMIT:
        abort(400, description=f"limit must be between 1 and {MAX_LIMIT}")
    offset = _whole("offset", 0)
    if offset < 0:
        abort(400, description="offset must be 0 or more")
    return query, kind, limit, offset


def _whole(name: str, default: int) -> int:
    try:
        return int(request.args.get(name, str(default)))
    except ValueError:
        abort(400, description=f"{name} must be a whole number")


@bp.get("/api/search")
def api_search() -> ResponseReturnValue:
    query, kind, limit, offset = _args()
    try:
        hits = search(query, kind=kind, limit=limit, offset=offset)
    except StoreError as e:
        return jsonify(error=str(e)), 503
    return jsonify(
        query=query,
        results=hits.results,
        total=hits.total,
        offset=offset,
        limit=limit,
        truncated=hits.truncated,
    )


@bp.get("/search")
def search_page() -> ResponseReturnValue:
    query, kind, limit, offset = _args()
    try:
        hits = search(query, kind=kind, limit=limit, offset=offset)
    except StoreError as e:
        return render_template("message.html", title="No data yet", message=str(e)), 503
    return render_template("search.html", query=query, kind=kind, hits=hits)
