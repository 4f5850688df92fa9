"""The default graph is the set union of the named graphs, kept so write by write."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from graph_builder.store.generations import GenerationStore
from graph_builder.store.merge import MERGED_MARK

EX = "https://example.org/"
A, B = ox.NamedNode(EX + "graph/a"), ox.NamedNode(EX + "graph/b")
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
DISTINCT = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }"


def fact(n: int, graph: ox.NamedNode) -> ox.Quad:
    return ox.Quad(ox.NamedNode(f"{EX}s{n}"), ox.NamedNode(EX + "p"), ox.Literal(str(n)), graph)


def number(store: ox.Store, query: str) -> int:
    return int(next(iter(store.query(query)))["n"].value)  # type: ignore[arg-type, index]


def default_objects(store: ox.Store) -> set[str]:
    return {q.object.value for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())}


def test_a_fact_in_two_graphs_counts_once(tmp_path: Path) -> None:
    store = GenerationStore(tmp_path / "s")
    with store.write() as w:
        w.add([fact(1, A), fact(2, A), fact(1, B)])
    reader = store.open_read_only()
    assert number(reader, COUNT) == number(reader, DISTINCT) == 2
    assert default_objects(reader) == {"1", "2"}


def test_dropping_the_only_graph_with_a_fact_removes_it(tmp_path: Path) -> None:
    store = GenerationStore(tmp_path / "s")
    with store.write() as w:
        w.add([fact(1, A), fact(2, A), fact(1, B)])
    with store.write() as w:
        w.drop_graph(A)
    assert default_objects(store.open_read_only()) == {"1"}  # B still says 1


def test_replacing_a_graph_keeps_what_it_still_says(tmp_path: Path) -> None:
    store = GenerationStore(tmp_path / "s")
    with store.write() as w:
        w.add([fact(1, A), fact(2, A)])
    with store.write() as w:
        w.replace_graph(A, [fact(2, A), fact(3, A)])
    assert default_objects(store.open_read_only()) == {"2", "3"}


def test_remove_about_leaves_the_merge_when_no_graph_has_it(tmp_path: Path) -> None:
    store = GenerationStore(tmp_path / "s")
    with store.write() as w:
        w.add([fact(1, A), fact(2, A), fact(2, B)])
    with store.write() as w:
        w.remove_about(A, [ox.NamedNode(EX + "s1"), ox.NamedNode(EX + "s2")])
    assert default_objects(store.open_read_only()) == {"2"}


def test_an_older_store_is_merged_once(tmp_path: Path) -> None:
    store = GenerationStore(tmp_path / "s")
    with store.write() as w:  # as before: named graphs only, no mark
        w.dirty = True
        w.store.extend([fact(1, A), fact(2, B)])
    assert default_objects(store.open_read_only()) == set()
    with store.write() as w:
        w.ensure_merged()
    assert default_objects(store.open_read_only()) == {"1", "2"}
    assert MERGED_MARK in store.state().info
    with store.write() as w:
        w.ensure_merged()  # already merged: nothing to publish
    assert store.version() == "gen-000002"
