"""A Dask build writes exactly the graph a serial build writes."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from graph_builder.build.builder import build
from graph_builder.build.distributed import DaskExtractor, batches
from graph_builder.config import BuildConfig
from graph_builder.rdf.oxconvert import graph_from_ox
from graph_builder.rdf.quads import RunInfo
from graph_builder.store.generations import GenerationStore
from tests.conftest import DATA

RUN = RunInfo(run_id="same", started="2024-01-01T00:00:00+00:00", version="test")


def named_graphs(root: Path) -> dict[str, ox.Store]:
    store = GenerationStore(root).open_read_only()
    return {g.value: store for g in store.named_graphs() if isinstance(g, ox.NamedNode)}


def test_batches_keep_order_and_cover_everything() -> None:
    items = list(range(10))
    parts = batches(items, 4)  # type: ignore[arg-type]
    assert [x for part in parts for x in part] == items
    assert [len(p) for p in parts] == [3, 3, 2, 2]
    assert batches([], 3) == []


def test_dask_build_is_isomorphic_to_the_serial_build(tmp_path: Path) -> None:
    from rdflib.compare import isomorphic

    raw = DATA / "unseen"
    serial = BuildConfig(store_path=tmp_path / "serial", use_pyvi=False)
    parallel = BuildConfig(store_path=tmp_path / "dask", use_pyvi=False)
    build([raw], serial, run=RUN)
    with DaskExtractor(parallel, workers=2) as extractor:
        build([raw], parallel, run=RUN, extractor=extractor)
    a, b = named_graphs(tmp_path / "serial"), named_graphs(tmp_path / "dask")
    assert set(a) == set(b) and len(a) > 5
    for name in a:
        graph = ox.NamedNode(name)
        left = graph_from_ox(a[name].quads_for_pattern(None, None, None, graph))
        right = graph_from_ox(b[name].quads_for_pattern(None, None, None, graph))
        assert isomorphic(left, right), name
