"""/health: ok with the generation and counts, degraded, or 503 without a store."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
from flask import Flask

from graph_builder.store.generations import GenerationStore
from tests.conftest import endpoint_app


def test_ok_with_generation_counts_and_last_build(
    make_app: Callable[..., Flask], sample_quads: list[ox.Quad]
) -> None:
    app = make_app()
    response = app.test_client().get("/health")
    assert response.status_code == 200
    body = response.get_json()
    assert body["status"] == "ok"
    assert body["generation"] == "gen-000001"
    merged = {q.triple for q in sample_quads}  # the default graph
    assert body["triples"] == len(sample_quads) + len(merged)  # quads: named and merged
    assert body["named_graphs"] == len({q.graph_name for q in sample_quads})
    assert body["problems"] == []


def test_follows_a_new_build(make_app: Callable[..., Flask], sample_quads: list[ox.Quad]) -> None:
    app = make_app()
    client = app.test_client()
    client.get("/health")
    with GenerationStore(app.config["STORE_PATH"]).write() as writer:
        writer.add([ox.Quad(ox.NamedNode("urn:x:s"), ox.NamedNode("urn:x:p"), ox.Literal("o"))])
        writer.state.info.update(built_at="2025-01-02T03:04:05+00:00", version="9.9")
    body = client.get("/health").get_json()
    assert body["generation"] == "gen-000002"
    assert body["triples"] == len(sample_quads) + len({q.triple for q in sample_quads}) + 1
    assert body["last_build"] == {"built_at": "2025-01-02T03:04:05+00:00", "version": "9.9"}


def test_degraded_when_the_build_state_is_unreadable(make_app: Callable[..., Flask]) -> None:
    app = make_app()
    (Path(app.config["STORE_PATH"]) / "gen-000001.json").write_text("{", encoding="utf-8")
    response = app.test_client().get("/health")
    assert response.status_code == 200
    body = response.get_json()
    assert body["status"] == "degraded"
    assert "corrupt" in body["problems"][0]


def test_unavailable_without_a_store(tmp_path: Path) -> None:
    response = endpoint_app(tmp_path / "nothing-here").test_client().get("/health")
    assert response.status_code == 503
    body = response.get_json()
    assert body["status"] == "unavailable"
    assert "policykg build" in body["error"]
