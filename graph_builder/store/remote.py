"""A remote SPARQL 1.1 server as the store: the scale-out path past one machine.

`sparql+http://host:port/path` names a server speaking SPARQL 1.1 Query and Update
(Oxigraph server, Apache Jena Fuseki, Virtuoso). By default the endpoints are
Oxigraph's (`/query`, `/update`); other servers name theirs in the query string:
`sparql+http://host:3030/ds?query=/ds/query&update=/ds/update` (Fuseki).

A build stages every change and sends them as ONE update request at the end, which
Oxigraph and Fuseki run as one transaction: like the local generation swap, a failed
or killed build changes nothing. The build state (article hashes, IRI registry) lives
in the server itself, in a bookkeeping graph, so any machine can build incrementally.
"""

from __future__ import annotations

import contextlib
import json
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from graph_builder.store.generations import StoreError, StoreState
from graph_builder.store.merge import MERGED_MARK, MERGED_VALUE, unmerge_request

SCHEME = "sparql+"
STATE_GRAPH = "urn:policykg:build-state"
STATE_PREDICATE = "urn:policykg:state"
INFO_PREDICATE = "urn:policykg:info"  # the last build's info alone: a small read for serving
TIMEOUT_S = 300


def is_remote(spec: str | Path) -> bool:
    return str(spec).startswith(SCHEME)


@dataclass(frozen=True)
class Endpoints:
    query: str
    update: str

    @classmethod
    def parse(cls, spec: str) -> Endpoints:
        url = urllib.parse.urlsplit(spec.removeprefix(SCHEME))
        if url.scheme not in {"http", "https"} or not url.netloc:
            raise StoreError(f"not a remote store address: {spec!r}")
        base = f"{url.scheme}://{url.netloc}"
        params = dict(urllib.parse.parse_qsl(url.query))
        root = url.path.rstrip("/")
        return cls(
            query=base + params.get("query", f"{root}/query"),
            update=base + params.get("update", f"{root}/update"),
        )


class RemoteStore:
    """Same interface as GenerationStore for `build`, over HTTP."""

    def __init__(self, spec: str, *, timeout: float = TIMEOUT_S) -> None:
        self.spec = spec
        self.timeout = timeout  # each wait on the network; the endpoint's is shorter
        self.endpoints = Endpoints.parse(spec)
        self.root = spec

    def select(self, query: str) -> list[dict[str, str]]:
        body = self._post(
            self.endpoints.query,
            query,
            "application/sparql-query",
            accept="application/sparql-results+json",
        )
        result = json.loads(body)
        return [{k: v["value"] for k, v in row.items()} for row in result["results"]["bindings"]]

    def update(self, request: str) -> None:
        self._post(self.endpoints.update, request, "application/sparql-update")

    def state(self) -> StoreState:
        rows = self.select(
            f"SELECT ?json WHERE {{ GRAPH <{STATE_GRAPH}> "
            f"{{ <{STATE_GRAPH}> <{STATE_PREDICATE}> ?json }} }}"
        )
        if not rows:
            return StoreState()
        raw = json.loads(rows[0]["json"])
        return StoreState(raw.get("articles", {}), raw.get("minted", {}), raw.get("info", {}))

    def info(self) -> dict[str, Any]:
        """The last build's info (generation, time, counts) without the whole state.

        The endpoint asks for the generation on most pages; the full state carries every
        article hash and minted IRI (megabytes on a large corpus). Servers built into
        before the info triple existed fall back to the full state.
        """
        rows = self.select(
            f"SELECT ?json WHERE {{ GRAPH <{STATE_GRAPH}> "
            f"{{ <{STATE_GRAPH}> <{INFO_PREDICATE}> ?json }} }}"
        )
        if not rows:
            return self.state().info
        info: dict[str, Any] = json.loads(rows[0]["json"])
        return info

    def exists(self) -> bool:
        return bool(self.info())

    def version(self) -> str | None:
        return self.info().get("generation")

    def current_path(self) -> None:
        """No generation directory (analytics and dumps are made by the endpoint)."""
        return None

    def quad_count(self) -> int:
        """Every quad but the bookkeeping: the named graphs and the merged default graph."""
        rows = self.select(
            "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION "
            f"{{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{STATE_GRAPH}>) }} }}"
        )
        return int(rows[0]["n"]) if rows else 0

    @contextlib.contextmanager
    def write(self) -> Iterator[RemoteWriter]:
        """Stage changes; send them in one update request when the block ends cleanly."""
        state = self.state()
        writer = RemoteWriter(state)
        yield writer
        generation = int(state.info.get("generation", "0") or 0) + 1
        state.info["generation"] = str(generation)
        writer.set_state(state)
        self.update(writer.request())

    def _post(self, url: str, body: str, content_type: str, *, accept: str = "*/*") -> bytes:
        request = urllib.request.Request(  # noqa: S310 - the URL scheme is checked in parse()
            url,
            data=body.encode("utf-8"),
            method="POST",
            headers={"Content-Type": f"{content_type}; charset=utf-8", "Accept": accept},
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310
                return bytes(response.read())
        except urllib.error.HTTPError as e:
            detail = e.read().decode("utf-8", "replace")[:500]
            raise StoreError(f"{url} answered {e.code}: {detail}") from e
        except (urllib.error.URLError, OSError) as e:
            raise StoreError(f"cannot reach {url}: {e}") from e


class RemoteWriter:
    """Collects SPARQL Update operations; quads are sent as INSERT DATA."""

    def __init__(self, state: StoreState) -> None:
        self.state = state
        self._operations: list[str] = []

    def replace_graph(self, graph: ox.NamedNode, quads: list[ox.Quad]) -> None:
        self.drop_graph(graph)
        self.add(quads)

    def drop_graph(self, graph: ox.NamedNode) -> None:
        """Its facts leave the merged default graph first, unless another graph has them."""
        if graph.value != STATE_GRAPH:
            self._operations.append(unmerge_request(graph))
        self._operations.append(f"DROP SILENT GRAPH {graph}")

    def add(self, quads: list[ox.Quad]) -> None:
        """INSERT DATA per graph; the facts also go into the merged default graph (the
        bookkeeping excepted), in the same operation so that blank nodes stay shared."""
        by_graph: dict[str, list[str]] = defaultdict(list)
        for q in quads:
            by_graph[str(q.graph_name)].append(f"{q.subject} {q.predicate} {q.object} .")
        for graph, triples in by_graph.items():
            body = "\n".join(triples)
            if graph == str(ox.DefaultGraph()):
                self._operations.append(f"INSERT DATA {{\n{body}\n}}")
                continue
            merged = "" if graph == f"<{STATE_GRAPH}>" else body
            self._operations.append(f"INSERT DATA {{ GRAPH {graph} {{\n{body}\n}}\n{merged}\n}}")

    def remove_about(self, graph: ox.NamedNode, subjects: list[ox.NamedNode]) -> None:
        for subject in subjects:
            self._operations.append(unmerge_request(graph, str(subject)))
            self._operations.append(f"DELETE WHERE {{ GRAPH {graph} {{ {subject} ?p ?o }} }}")

    def ensure_merged(self) -> None:
        """A store built before the default graph was the merge gets it now, once."""
        if self.state.info.get(MERGED_MARK) != MERGED_VALUE:
            self._operations.append(
                f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
                f"FILTER(?g != <{STATE_GRAPH}>) }}"
            )
            self.state.info[MERGED_MARK] = MERGED_VALUE

    def load_file(self, path: Path, fmt: ox.RdfFormat, graph: ox.NamedNode | None) -> None:
        target = graph or ox.DefaultGraph()
        parsed = ox.parse(path=str(path), format=fmt)
        self.add([ox.Quad(q.subject, q.predicate, q.object, target) for q in parsed])

    def set_state(self, state: StoreState) -> None:
        data: dict[str, Any] = {
            "articles": state.articles,
            "minted": state.minted,
            "info": state.info,
        }
        literal = ox.Literal(json.dumps(data, ensure_ascii=False, sort_keys=True))
        info = ox.Literal(json.dumps(state.info, ensure_ascii=False, sort_keys=True))
        node = ox.NamedNode(STATE_GRAPH)
        self.drop_graph(node)
        self.add(
            [
                ox.Quad(node, ox.NamedNode(STATE_PREDICATE), literal, node),
                ox.Quad(node, ox.NamedNode(INFO_PREDICATE), info, node),
            ]
        )

    def request(self) -> str:
        return " ;\n".join(self._operations)
