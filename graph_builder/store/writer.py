"""The writer of a new store generation: every write keeps the default graph the merge.

A Writer is what GenerationStore.write() yields (graph_builder/store/generations.py). Its
named-graph writes also maintain the merged default graph (graph_builder/store/merge.py),
so no caller can leave the two apart.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from graph_builder.store.merge import (
    MERGED_MARK,
    MERGED_VALUE,
    merge_all,
    unmerge_request,
    with_merge,
)
from graph_builder.store.state import StoreError, StoreState

BULK_FROM = 2_000  # quads: below this a transaction is cheaper than the bulk loader


class Writer:
    """A new generation being written; becomes live only when the `write()` block ends."""

    def __init__(self, store: ox.Store, state: StoreState, path: Path) -> None:
        self._store: ox.Store | None = store
        self.state = state
        self.path = path
        self.dirty = False  # nothing written: the clone is discarded, not published

    def close(self) -> None:
        """Drop our handle so RocksDB closes the files (pyoxigraph has no explicit close)."""
        if self._store is not None:
            self._store.flush()
        self._store = None

    @property
    def store(self) -> ox.Store:
        if self._store is None:
            raise StoreError("this generation is closed")
        return self._store

    def _writable(self) -> ox.Store:
        self.dirty = True
        return self.store

    def replace_graph(self, graph: ox.NamedNode, quads: list[ox.Quad]) -> None:
        """Drop a named graph and write its new quads (each step one transaction)."""
        self.drop_graph(graph)
        self.add(quads)

    def add(self, quads: list[ox.Quad]) -> None:
        """Named quads and their triples in the merged default graph (store/merge.py).

        Large batches by the bulk loader (3x faster, not transactional: the generation is
        private until published); small ones in a transaction (the bulk loader's fixed
        cost is about 20 ms)."""
        merged = with_merge(quads)
        if len(merged) >= BULK_FROM:
            self._writable().bulk_extend(merged)
        else:
            self._writable().extend(merged)

    def drop_graph(self, graph: ox.NamedNode) -> None:
        """Drop a named graph; its facts leave the default graph unless another graph has them."""
        self._writable().update(unmerge_request(graph))
        self.store.remove_graph(graph)

    def remove_about(self, graph: ox.NamedNode, subjects: list[ox.NamedNode]) -> None:
        """Remove every quad of `graph` whose subject is one of `subjects`."""
        for subject in subjects:
            self._writable().update(unmerge_request(graph, str(subject)))
            for quad in list(self.store.quads_for_pattern(subject, None, None, graph)):
                self.store.remove(quad)

    def load_file(self, path: Path, fmt: ox.RdfFormat, graph: ox.NamedNode | None) -> None:
        """Bulk load (fast, not transactional: the generation swap makes it atomic), then
        the graph's triples into the merged default graph."""
        self._writable().bulk_load(path=str(path), format=fmt, to_graph=graph)
        if graph is not None:
            self.store.extend(with_merge(self.store.quads_for_pattern(None, None, None, graph)))

    def ensure_merged(self) -> None:
        """A store built before the default graph was the merge gets it now, once."""
        if self.state.info.get(MERGED_MARK) != MERGED_VALUE:
            merge_all(self._writable())
            self.state.info[MERGED_MARK] = MERGED_VALUE
