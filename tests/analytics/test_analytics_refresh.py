"""A small rebuild patches the analytics (time follows the change, not the corpus); past
a share of the corpus, or after removals, they are computed again in full."""

from __future__ import annotations

import json
from pathlib import Path

from bench.generate import write_corpus
from graph_builder.analytics.network import compute_analytics
from graph_builder.build.builder import build
from graph_builder.config import BuildConfig
from graph_builder.store.generations import GenerationStore

NEW_FACT = "\n\nSáng 3/4, {body} tổ chức Hội thảo về chăm sóc sức khỏe trẻ em tại Hà Nội."


def a_ministry(store: Path) -> str:
    """A ministry the corpus already names, so that the new event links to an old node (the
    synthetic corpus draws its bodies at random from the gazetteers: none is certain)."""
    nodes = analytics(store)["nodes"].values()
    return sorted(n["label"] for n in nodes if n["label"].startswith("Bộ "))[0]


def analytics(store: Path) -> dict:
    path = GenerationStore(store).current_path()
    assert path is not None
    return json.loads(path.with_suffix(".analytics.json").read_text(encoding="utf-8"))


def test_small_changes_patch_and_larger_ones_recompute(tmp_path: Path) -> None:
    raw, store = tmp_path / "raw", tmp_path / "store"
    paths = write_corpus(raw, 60)
    config = BuildConfig(store_path=store, use_pyvi=False, validate=False)
    build([raw], config)
    assert analytics(store)["stale_articles"] == 0
    new_fact = NEW_FACT.format(body=a_ministry(store))

    with paths[7].open("a", encoding="utf-8") as handle:
        handle.write(new_fact)
    build([raw], config)
    patched = analytics(store)
    assert patched["stale_articles"] == 1  # 1 of 60 is under 2 %: patched, not recomputed
    full = compute_analytics(GenerationStore(store).open_read_only())["nodes"]
    before = analytics_before(store)
    new = [iri for iri in full if iri not in before]
    assert new and all(patched["nodes"][iri]["betweenness"] == 0.0 for iri in new)
    grown = [iri for iri in before if before[iri]["degree"] != full[iri]["degree"]]
    assert grown  # the new event links to entities that were already there
    for iri in new + grown:  # what the change touched is counted exactly
        assert patched["nodes"][iri]["degree"] == full[iri]["degree"]
        assert patched["nodes"][iri]["label"] == full[iri]["label"]

    with paths[8].open("a", encoding="utf-8") as handle:
        handle.write(new_fact)
    build([raw], config)
    assert analytics(store)["stale_articles"] == 0  # 2 of 60 is over the share: recomputed


def analytics_before(store: Path) -> dict:
    """Nodes of the first generation's analytics (generations are kept side by side)."""
    first = sorted(store.glob("gen-*.analytics.json"))[0]
    return json.loads(first.read_text(encoding="utf-8"))["nodes"]
