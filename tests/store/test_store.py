"""The generation store: publish on success, never half-written, readers see old data."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from graph_builder.store.generations import GenerationStore, StoreError

G = ox.NamedNode("https://example.org/g")


def quad(n: int) -> ox.Quad:
    return ox.Quad(
        ox.NamedNode("https://example.org/s"),
        ox.NamedNode("https://example.org/p"),
        ox.Literal(str(n)),
        G,
    )


def test_new_store_has_no_generation(tmp_path: Path) -> None:
    store = GenerationStore(tmp_path / "s")
    assert not store.exists()
    with pytest.raises(StoreError, match="run `policykg build`"):
        store.open_read_only()


def test_write_publishes_a_generation(tmp_path: Path) -> None:
    store = GenerationStore(tmp_path / "s")
    with store.write() as w:
        w.replace_graph(G, [quad(1)])
        w.state.articles["a"] = "hash"
    assert store.version() == "gen-000001"
    reader = store.open_read_only()
    assert len(list(reader.quads_for_pattern(None, None, None, G))) == 1
    assert len(reader) == 2  # and its fact in the merged default graph
    assert store.state().articles == {"a": "hash"}


def test_failed_write_leaves_previous_generation(tmp_path: Path) -> None:
    store = GenerationStore(tmp_path / "s")
    with store.write() as w:
        w.replace_graph(G, [quad(1)])
    with pytest.raises(RuntimeError, match="boom"), store.write() as w:
        w.replace_graph(G, [quad(2), quad(3)])
        raise RuntimeError("boom")
    assert store.version() == "gen-000001"
    reader = store.open_read_only()
    assert {q.object.value for q in reader} == {"1"}
    assert not (store.root / "gen-000002").exists()


def test_reader_keeps_old_data_while_new_generation_is_written(tmp_path: Path) -> None:
    store = GenerationStore(tmp_path / "s")
    with store.write() as w:
        w.replace_graph(G, [quad(1)])
    reader = store.open_read_only()
    with store.write() as w:
        w.replace_graph(G, [quad(2)])
        assert {q.object.value for q in reader} == {"1"}
    assert {q.object.value for q in store.open_read_only()} == {"2"}


def test_second_writer_is_refused(tmp_path: Path) -> None:
    store = GenerationStore(tmp_path / "s")
    with store.write(), pytest.raises(StoreError, match="another build"), store.write():
        pass


def test_old_generations_are_collected(tmp_path: Path) -> None:
    store = GenerationStore(tmp_path / "s")
    for n in range(6):
        with store.write() as w:
            w.replace_graph(G, [quad(n)])
    gens = sorted(p.name for p in store.root.iterdir() if p.is_dir())
    assert gens == ["gen-000004", "gen-000005", "gen-000006"]


def test_corrupt_current_is_reported(tmp_path: Path) -> None:
    root = tmp_path / "s"
    root.mkdir()
    (root / "CURRENT").write_text("gen-000042\n")
    with pytest.raises(StoreError, match="corrupt"):
        GenerationStore(root).open_read_only()
