"""/graph: an interactive view of the entity graph (cytoscape.js, vendored), sized and
coloured by the network analytics computed at build time (graph_builder.analytics).

A remote store has no analytics file (its builds keep no generation directory): they
are computed here, once per generation, over the entities' facts read into memory in
one query (the analytics read each entity's links apart: one request each otherwise).
"""

from __future__ import annotations

import json
import threading
from typing import Any

import pyoxigraph as ox
from flask import Blueprint, abort, jsonify, render_template, request
from flask.typing import ResponseReturnValue

from endpoint.sources.store import LiveStore, StoreError, live_store
from graph_builder.analytics.network import compute_analytics, entity_graph

bp = Blueprint("graphview", __name__)
INITIAL_NODES = 150
_cache: dict[str, Any] = {}
ENTITY_FACTS = """PREFIX pkg: <https://w3id.org/policykg/ontology#>
CONSTRUCT { ?s ?p ?o } WHERE {
  VALUES ?t { pkg:Policy pkg:Organisation pkg:Person pkg:Event pkg:Place } ?s a ?t ; ?p ?o }"""
_lock = threading.Lock()


def analytics() -> dict[str, Any]:
    """The build's analytics file, or computed here once per generation if it is missing."""
    version = live_store().version or ""
    with _lock:
        if _cache.get("version") != version:
            path = live_store().generations.current_path()
            file = path.with_suffix(".analytics.json") if path else None
            store = _analysable(live_store())
            if file is not None and file.exists():
                data = json.loads(file.read_text(encoding="utf-8"))
            else:
                data = compute_analytics(store)
            _cache.update(version=version, data=data, graph=entity_graph(store))
        return dict(_cache)


def _analysable(live: LiveStore) -> ox.Store:
    """The store itself, or for a remote one its entities' facts, read in one query."""
    store = live.get(whole_graph=True)
    if live.remote is None:
        return store
    snapshot = ox.Store()
    triples = store.query(ENTITY_FACTS)
    if isinstance(triples, ox.QuerySolutions | ox.QueryBoolean):
        raise TypeError("the entity facts CONSTRUCT gave no triples")
    # in the snapshot's default graph, where analytics read (the merge, as on the server)
    snapshot.bulk_extend(ox.Quad(t.subject, t.predicate, t.object) for t in triples)
    return snapshot


def _node(iri: str, info: dict[str, Any]) -> dict[str, Any]:
    return {"data": {"id": iri, **info}}


def _edges(graph: Any, nodes: set[str]) -> list[dict[str, Any]]:
    return [
        {"data": {"id": f"{a}|{b}", "source": a, "target": b, "label": d["predicate"]}}
        for a, b, d in graph.edges(data=True)
        if a in nodes and b in nodes
    ]


@bp.get("/api/graph")
def api_graph() -> ResponseReturnValue:
    try:
        state = analytics()
    except StoreError as e:
        return jsonify(error=str(e)), 503
    info = state["data"]["nodes"]
    ranked = sorted(info, key=lambda n: (-info[n]["betweenness"], -info[n]["degree"]))
    chosen = set(ranked[:INITIAL_NODES])
    elements = [_node(n, info[n]) for n in sorted(chosen)] + _edges(state["graph"], chosen)
    return jsonify(
        elements=elements,
        total_nodes=len(info),
        shown=len(chosen),
        communities=state["data"]["communities"],
    )


@bp.get("/api/graph/neighbours")
def api_neighbours() -> ResponseReturnValue:
    """A node and its neighbours in the entity graph. Articles, targets, posts and other
    resources outside that graph have none: an empty list, not a 404 (every entity page
    asks, and a 404 is a console error in the browser).

    :raise 400: no `iri` parameter, or one that is no IRI.
    """
    iri = request.args.get("iri", "")
    if not iri:
        abort(400, description="Give the node as ?iri=...")
    try:
        ox.NamedNode(iri)
    except ValueError as e:
        abort(400, description=f"iri is not a valid IRI: {e}")
    state = analytics()
    graph, info = state["graph"], state["data"]["nodes"]
    if iri not in graph:
        return jsonify(elements=[], in_graph=False)
    nodes = {iri, *graph.neighbors(iri)}
    return jsonify(
        elements=[_node(n, info.get(n, {})) for n in sorted(nodes)] + _edges(graph, nodes),
        in_graph=True,
    )


@bp.get("/graph")
def graph_page() -> ResponseReturnValue:
    try:
        data = analytics()["data"]
    except StoreError as e:
        return render_template("message.html", title="No data yet", message=str(e)), 503
    info = data["nodes"]
    central = {
        kind: sorted(
            ((n, d) for n, d in info.items() if d["type"] == kind),
            key=lambda nd: -nd[1]["betweenness"],
        )[:10]
        for kind in ("Organisation", "Policy")
    }
    stale = int(data.get("stale_articles", 0))  # see graph_builder.analytics.refresh
    return render_template("graph.html", central=central, stale=stale)
