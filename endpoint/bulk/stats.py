"""Counts about the live graph for VoID, the service description and /health.

Counting walks the whole store, so it is done once per generation (a generation never
changes after it is published) and cached on the app; a new build gives new counts.
The full counts (VoID) are our own fixed queries, run in a process of their own with a
time and memory limit (endpoint/bulk/background); /health's two counts are cheap and run
in-process. A remote store's bookkeeping graph (graph_builder.store.remote.STATE_GRAPH) is
not a subset of the data.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

import pyoxigraph as ox
from flask import current_app

from endpoint.bulk.background import run_bulk
from endpoint.sources.store import LiveStore, live_store
from graph_builder.store.remote import STATE_GRAPH

KEY = "policykg.stats"

# Over the default graph, the merge of the named graphs: a set, so no DISTINCT is needed
# and these are the numbers a researcher's COUNT(*) gives.
TRIPLES = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
ENTITIES = "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o FILTER(isIRI(?s)) }"
PER_GRAPH = f"""SELECT ?k (COUNT(*) AS ?n) WHERE {{ GRAPH ?k {{ ?s ?p ?o }}
FILTER(?k != <{STATE_GRAPH}>) }} GROUP BY ?k"""
PER_CLASS = """PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT ?k (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s rdf:type ?k FILTER(isIRI(?k)) } GROUP BY ?k"""
PER_PROPERTY = "SELECT ?k (COUNT(*) AS ?n) WHERE { ?s ?k ?o } GROUP BY ?k"


@dataclass(frozen=True)
class Stats:
    """Counts over one generation; `triples` is the default graph's size (each fact once)."""

    generation: str
    quads: int
    named_graphs: int
    triples: int = 0
    entities: int = 0
    graphs: dict[str, int] = field(default_factory=dict)
    classes: dict[str, int] = field(default_factory=dict)
    properties: dict[str, int] = field(default_factory=dict)


class _Cache:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.small: Stats | None = None
        self.full: Stats | None = None


def quick_stats() -> Stats:
    """Quad and named-graph counts only (cheap enough for /health), cached per generation.

    :raise StoreError: no store.
    """
    live = live_store()
    store, version = live.get(whole_graph=True), live.version or ""
    cache = _cache()
    with cache.lock:
        if cache.small is None or cache.small.generation != version:
            graphs = sum(1 for _ in store.named_graphs())
            cache.small = Stats(generation=version, quads=len(store), named_graphs=graphs)
        return cache.small


def full_stats() -> Stats:
    """Everything VoID reports, cached per generation.

    :raise StoreError: no store. :raise ServiceUnavailable: still counting (Retry-After),
    or stopped at BULK_TIMEOUT_S or QUERY_MEMORY_MIB (endpoint/bulk/background).
    """
    live = live_store()
    live.get(whole_graph=True)  # no store: StoreError now, not from a child process
    version = live.version or ""
    cache = _cache()
    with cache.lock:
        if cache.full is not None and cache.full.generation == version:
            return cache.full
    root = str(current_app.config["STORE_PATH"])
    stats: Stats = run_bulk("the VoID counts", ("void", version), count_store, root, version)
    with cache.lock:
        cache.full = stats
    return stats


def count_store(root: str, version: str) -> Stats:
    """In the child process: open the store afresh (a handle does not cross processes)."""
    return _count(LiveStore(root).get(whole_graph=True), version)


def _count(store: ox.Store, version: str) -> Stats:
    graphs = _pairs(store, PER_GRAPH)
    return Stats(
        generation=version,
        quads=len(store),
        named_graphs=len(graphs),
        triples=_number(store, TRIPLES),
        entities=_number(store, ENTITIES),
        graphs=graphs,
        classes=_pairs(store, PER_CLASS),
        properties=_pairs(store, PER_PROPERTY),
    )


def _number(store: ox.Store, query: str) -> int:
    for row in _select(store, query):
        return int(row["n"].value)
    return 0


def _pairs(store: ox.Store, query: str) -> dict[str, int]:
    """`?k` (an IRI) to `?n` (a count)."""
    return {row["k"].value: int(row["n"].value) for row in _select(store, query)}


def _select(store: ox.Store, query: str) -> ox.QuerySolutions:
    result = store.query(query)
    if not isinstance(result, ox.QuerySolutions):
        raise TypeError("a statistics query must be a SELECT")
    return result


def _cache() -> _Cache:
    cache = current_app.extensions.get(KEY)
    if cache is None:
        cache = current_app.extensions.setdefault(KEY, _Cache())
    return cache
