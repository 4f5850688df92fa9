"""/health: is there a graph to serve, which one, and can queries run.

For load balancers and people: 200 with "ok", 200 with "degraded" when the graph is
served but something needs a look (the build state is unreadable, the last query
worker failed to start, the embedded store's query workers have no network guard, a
remote store that answers over the union of its graphs or has no merged default graph),
503 "unavailable" when there is no store at all, or a remote one does not answer.
`store` says which store is served (an embedded directory or a remote query endpoint);
`network_guard` what keeps its query workers off the network: "namespace+seccomp",
"namespace", "seccomp", "none", or "remote" (a remote store's workers must reach it).
"""

from __future__ import annotations

from flask import Blueprint, Response, current_app, jsonify

from endpoint.bulk.stats import quick_stats
from endpoint.engine import sandbox
from endpoint.engine.execute import REMOTE
from endpoint.sources.store import StoreError, live_store
from graph_builder.store.remote import is_remote

bp = Blueprint("health", __name__)


@bp.get("/health")
def health() -> tuple[Response, int]:
    live = live_store()
    try:
        stats = quick_stats()
    except StoreError as e:
        return jsonify(status="unavailable", store=live.describe(), error=str(e)), 503
    problems: list[str] = []
    try:
        build = live.build_info()
        problems += live.problems()
    except StoreError as e:
        build, problems = {}, [str(e)]
    pool = current_app.extensions.get("policykg.query_pool")
    workers = pool.status() if pool is not None else {"workers": 0}
    if workers.get("last_error"):
        problems.append(str(workers["last_error"]))
    guard = network_guard(workers)
    if guard == "none":
        problems.append("query workers can reach the network (no guard on this platform)")
    body = {
        "status": "degraded" if problems else "ok",
        "store": live.describe(),
        "generation": stats.generation,
        "triples": stats.quads,
        "named_graphs": stats.named_graphs,
        "last_build": build,
        "query_workers": workers,
        "network_guard": guard,
        "problems": problems,
    }
    return jsonify(body), 200


def network_guard(workers: dict[str, object]) -> str:
    """What keeps the query workers off the network (endpoint/engine/sandbox): as the workers
    reported it, or before the first one starts, what a probe process gets here."""
    if is_remote(str(current_app.config["STORE_PATH"])):
        return REMOTE
    reported = workers.get("network_guard")
    return str(reported) if reported else sandbox.probe()
