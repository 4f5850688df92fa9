"""/graph: an interactive view of the entity graph (cytoscape.js, vendored), sized and
coloured by the network analytics computed at build time (graph_builder.analytics)."""

from __future__ import annotations

import json
import threading
from typing import Any

from flask import Blueprint, abort, jsonify, render_template, request
from flask.typing import ResponseReturnValue

from graph_builder.analytics import compute_analytics, entity_graph

from .store import StoreError, get_store, live_store

bp = Blueprint("graphview", __name__)
INITIAL_NODES = 150
_cache: dict[str, Any] = {}
_lock = threading.Lock()


def analytics() -> dict[str, Any]:
    """The build's analytics file, or computed here once per generation if it is missing."""
    version = live_store().version or ""
    with _lock:
        if _cache.get("version") != version:
            path = live_store().generations.current_path()
            file = path.with_suffix(".analytics.json") if path else None
            if file is not None and file.exists():
                data = json.loads(file.read_text(encoding="utf-8"))
            else:
                data = compute_analytics(get_store())
            _cache.update(version=version, data=data, graph=entity_graph(get_store()))
        return dict(_cache)


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
    iri = request.args.get("iri", "")
    state = analytics()
    graph, info = state["graph"], state["data"]["nodes"]
    if iri not in graph:
        abort(404, description="no such node in the entity graph")
    nodes = {iri, *graph.neighbors(iri)}
    return jsonify(
        elements=[_node(n, info.get(n, {})) for n in sorted(nodes)] + _edges(graph, nodes)
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
    stale = int(data.get("stale_articles", 0))  # see graph_builder.analytics_refresh
    return render_template("graph.html", central=central, stale=stale)
