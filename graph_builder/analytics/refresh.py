"""Keeping the network analytics current without recomputing them on every small build.

Betweenness and communities are whole-graph measures: 40 s at 10,000 articles. A build
that changes a few articles instead patches the previous generation's analytics: the
entities of the changed graphs get their degree recounted (new ones join with
betweenness 0 and no community), the rest are carried over. Once the articles changed
since the last full computation pass STALE_SHARE of the corpus, or articles were
removed, everything is computed again. The file says how stale it is.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from graph_builder.store.generations import GenerationStore, atomic_write
from graph_builder.store.remote import RemoteStore

STALE_SHARE = 0.02
PKG = "https://w3id.org/policykg/ontology#"
ENTITY_TYPES = {f"{PKG}{t}" for t in ("Policy", "Organisation", "Person", "Event", "Place")}
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")


def updated_analytics(
    store: ox.Store,
    previous: dict[str, Any] | None,
    *,
    touched: set[str],
    changed: int,
    articles: int,
    removed: bool,
) -> dict[str, Any]:
    """Patched from `previous` when few articles changed, else computed afresh."""
    stale = int((previous or {}).get("stale_articles", 0)) + changed
    if previous is None or removed or stale > max(1.0, STALE_SHARE * articles):
        from graph_builder.analytics.network import (
            compute_analytics,  # networkx: only for a full computation
        )

        return {**compute_analytics(store), "stale_articles": 0}
    nodes: dict[str, dict[str, Any]] = dict(previous["nodes"])
    for iri in touched:
        described = _describe(store, iri)
        if described is not None:
            nodes[iri] = {"betweenness": 0.0, "community": -1, **nodes.get(iri, {}), **described}
    for iri in touched & nodes.keys():
        nodes[iri]["degree"] = len(_neighbours(store, iri, nodes))
    others = max(1, len(nodes) - 1)
    for entry in nodes.values():
        entry["degree_centrality"] = round(entry["degree"] / others, 4)
    edges = sum(entry["degree"] for entry in nodes.values()) // 2
    return {**previous, "nodes": nodes, "edges": edges, "stale_articles": stale}


def _describe(store: ox.Store, iri: str) -> dict[str, str] | None:
    """Label and entity type, or None for anything that is not a graph-view entity."""
    node = ox.NamedNode(iri)
    types = {
        q.object.value
        for q in store.quads_for_pattern(node, RDF_TYPE, None, None)
        if isinstance(q.object, ox.NamedNode)
    }
    kind = next((t for t in sorted(types) if t in ENTITY_TYPES), None)
    if kind is None:
        return None
    labels = [q.object for q in store.quads_for_pattern(node, LABEL, None, None)]
    vi = [lab.value for lab in labels if isinstance(lab, ox.Literal) and lab.language == "vi"]
    other = [lab.value for lab in labels if isinstance(lab, ox.Literal)]
    label = vi[0] if vi else (other[0] if other else iri)
    return {"label": label, "type": kind.rsplit("#", 1)[-1]}


def _neighbours(store: ox.Store, iri: str, nodes: dict[str, Any]) -> set[str]:
    node = ox.NamedNode(iri)
    out = {
        q.object.value
        for q in store.quads_for_pattern(node, None, None, None)
        if isinstance(q.object, ox.NamedNode)
    }
    into = {
        q.subject.value
        for q in store.quads_for_pattern(None, None, node, None)
        if isinstance(q.subject, ox.NamedNode)
    }
    return {n for n in out | into if n in nodes and n != iri}


def write_analytics(
    generations: GenerationStore | RemoteStore,
    previous_generation: Path | None,
    *,
    touched: set[str],
    changed: int,
    removed: bool,
) -> None:
    """The analytics file of the live generation, once (a generation never changes)."""
    if isinstance(generations, RemoteStore):
        return  # the endpoint computes them lazily for a remote store
    path = generations.current_path()
    if path is None or path.with_suffix(".analytics.json").exists():
        return
    previous = None
    if previous_generation is not None:
        try:
            previous = json.loads(previous_generation.with_suffix(".analytics.json").read_text())
        except (OSError, ValueError):
            previous = None
    result = updated_analytics(
        generations.open_read_only(),
        previous,
        touched=touched,
        changed=changed,
        articles=len(generations.state().articles),
        removed=removed,
    )
    atomic_write(path.with_suffix(".analytics.json"), json.dumps(result, ensure_ascii=False))
