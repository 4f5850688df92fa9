"""Read-only access to the live store generation, opened once per process.

Oxigraph is not a per-request connection: the store is opened once and reopened
only when a build publishes a new generation (graph_builder.store explains why).
Pages run their own small, bounded queries here in-process; public /sparql queries
go through the killable worker pool in endpoint/sparql instead.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import cast

import pyoxigraph as ox
from flask import Flask, current_app

from graph_builder.remote import RemoteStore, is_remote
from graph_builder.store import GenerationStore, StoreError, StoreState

from .remote_source import RemoteSource

EXTENSION = "policykg"


class LiveStore:
    """The current generation, reopened when CURRENT changes. Thread-safe."""

    def __init__(self, root: str) -> None:
        remote = is_remote(root)
        self.generations = RemoteStore(root) if remote else GenerationStore(root)
        self._remote = RemoteSource(root) if remote else None
        self._lock = threading.Lock()
        self._version: str | None = None
        self._store: ox.Store | None = None

    def get(self) -> ox.Store:
        """The open store; raises StoreError if there is none (run a build first)."""
        if self._remote is not None:  # duck-typed: the part of ox.Store the endpoint uses
            return cast(ox.Store, self._remote)
        version = self.generations.version()
        with self._lock:
            if self._store is None or version != self._version:
                self._store = cast(GenerationStore, self.generations).open_read_only()
                self._version = version
            return self._store

    def state(self) -> StoreState:
        return self.generations.state()

    @property
    def version(self) -> str | None:
        return self.generations.version()


def init_app(app: Flask) -> None:
    """Attach the store; a missing store is reported by /health and pages, not a crash."""
    app.extensions[EXTENSION] = LiveStore(app.config["STORE_PATH"])


def live_store() -> LiveStore:
    store: LiveStore = current_app.extensions[EXTENSION]
    return store


def get_store() -> ox.Store:
    return live_store().get()


def select(
    query: str, bindings: Mapping[str, ox.NamedNode | ox.Literal] | None = None
) -> list[dict[str, ox.NamedNode | ox.Literal | ox.BlankNode]]:
    """Run an internal SELECT with values bound, never spliced; union default graph."""
    subs: dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple] = {
        ox.Variable(k): v for k, v in (bindings or {}).items()
    }
    solutions = get_store().query(query, substitutions=subs, use_default_graph_as_union=True)
    if not isinstance(solutions, ox.QuerySolutions):
        raise TypeError("select() runs SELECT queries only")
    names = [v.value for v in solutions.variables]
    return [{n: row[n] for n in names if row[n] is not None} for row in solutions]


__all__ = ["LiveStore", "StoreError", "get_store", "init_app", "live_store", "select"]
