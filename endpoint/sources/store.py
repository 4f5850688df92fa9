"""Read-only access to the live store generation, opened once per process.

Oxigraph is not a per-request connection: the store is opened once and reopened
only when a build publishes a new generation (graph_builder.store explains why).
Pages run their own small, bounded queries here in-process; public /sparql queries
go through the killable worker pool in endpoint/sparql/views instead. A remote store
(`sparql+http://...`, endpoint/sources/remote.py) has nothing to open: each query is a
request, given up on after QUERY_TIMEOUT_S for pages, later for whole-graph reads.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import Any, cast

import pyoxigraph as ox
from flask import Flask, current_app

from endpoint.sources.remote import BULK_TIMEOUT_S, RemoteSource, default_graph_problem
from graph_builder.store.generations import GenerationStore, StoreError, StoreState
from graph_builder.store.remote import RemoteStore, is_remote

EXTENSION = "policykg"
UNVERSIONED = "unversioned"


class LiveStore:
    """The current generation, reopened when CURRENT changes. Thread-safe."""

    def __init__(self, root: str, *, page_timeout: float = BULK_TIMEOUT_S) -> None:
        self.generations: GenerationStore | RemoteStore = GenerationStore(root)
        self.remote: RemoteSource | None = None
        self._pages: RemoteSource | None = None
        if is_remote(root):
            self.generations = RemoteStore(root, timeout=page_timeout)
            self.remote = RemoteSource.parse(root)
            self._pages = self.remote.with_timeout(page_timeout)
        self._lock = threading.Lock()
        self._version: str | None = None
        self._store: ox.Store | None = None

    def get(self, *, whole_graph: bool = False) -> ox.Store:
        """The open store; raises StoreError if there is none (run a build first).

        `whole_graph`: for reads of everything (counts, dumps), which a remote store may
        take minutes over; pages' own queries are given up on after QUERY_TIMEOUT_S.
        """
        if self.remote is not None and self._pages is not None:  # the part of ox.Store we use
            return cast(ox.Store, self.remote if whole_graph else self._pages)
        version = self.generations.version()
        with self._lock:
            if self._store is None or version != self._version:
                self._store = cast(GenerationStore, self.generations).open_read_only()
                self._version = version
            return self._store

    def state(self) -> StoreState:
        return self.generations.state()

    def build_info(self) -> dict[str, Any]:
        """The last build's info; from a remote store without reading its whole state."""
        if isinstance(self.generations, RemoteStore):
            return self.generations.info()
        return self.generations.state().info

    def describe(self) -> dict[str, str]:
        """Which store this is, for /health."""
        if self.remote is not None:
            return {"kind": "remote", "query_endpoint": self.remote.url}
        return {"kind": "embedded", "path": str(self.generations.root)}

    def problems(self) -> list[str]:
        """What makes the served graph look wrong although it answers."""
        problem = default_graph_problem(self._pages) if self._pages is not None else None
        return [problem] if problem else []

    @property
    def version(self) -> str | None:
        """Changes with each build: caches (search index, counts, dumps) key on it. A
        remote graph that `policykg build` did not write has none: it is read once."""
        version = self.generations.version()
        if version is None and self.remote is not None:
            return UNVERSIONED
        return version


def init_app(app: Flask) -> None:
    """Attach the store; a missing store is reported by /health and pages, not a crash."""
    timeout = float(app.config["QUERY_TIMEOUT_S"])
    app.extensions[EXTENSION] = LiveStore(app.config["STORE_PATH"], page_timeout=timeout)


def check_servable(app: Flask) -> None:
    """Before serving: the store opens, or a remote one answers with the merged default
    graph. :raise StoreError: with the reason (a missing build, a server that is down,
    one that answers over the union of its graphs or has no merged default graph)."""
    live: LiveStore = app.extensions[EXTENSION]
    live.get()
    live.build_info()
    problems = live.problems()
    if problems:
        raise StoreError(problems[0])


def live_store() -> LiveStore:
    store: LiveStore = current_app.extensions[EXTENSION]
    return store


def get_store() -> ox.Store:
    return live_store().get()


def select(
    query: str, bindings: Mapping[str, ox.NamedNode | ox.Literal] | None = None
) -> list[dict[str, ox.NamedNode | ox.Literal | ox.BlankNode]]:
    """Run an internal SELECT with values bound, never spliced, over the merged default graph."""
    subs: dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple] = {
        ox.Variable(k): v for k, v in (bindings or {}).items()
    }
    solutions = get_store().query(query, substitutions=subs)
    if not isinstance(solutions, ox.QuerySolutions):
        raise TypeError("select() runs SELECT queries only")
    names = [v.value for v in solutions.variables]
    return [{n: row[n] for n in names if row[n] is not None} for row in solutions]


__all__ = ["LiveStore", "StoreError", "get_store", "init_app", "live_store", "select"]
