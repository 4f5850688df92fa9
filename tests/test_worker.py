"""The query worker pool: lazy, read-only, killable, replaced after a kill, clean at close."""

from __future__ import annotations

import json
import os
import signal
import urllib.parse
import urllib.request
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pyoxigraph as ox
import pytest
from flask import Flask

from endpoint.execute import Job, Runner
from endpoint.sparql import POOL, close_pool
from endpoint.worker import PoolBusyError, QueryPool
from graph_builder.store import GenerationStore
from tests.conftest import waitress_server

# Five-fold cross join of every triple of the sample store: about 10^10 rows to count.
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o }"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def count(app: Flask) -> int:
    response = app.test_client().get("/sparql", query_string={"query": COUNT})
    assert response.status_code == 200, response.get_data(as_text=True)
    return int(json.loads(response.data)["results"]["bindings"][0]["n"]["value"])


def gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def pool_of(app: Flask) -> QueryPool:
    pool: QueryPool = app.extensions[POOL]
    return pool


def test_no_worker_until_the_first_query(make_app: Callable[..., Flask]) -> None:
    app = make_app()
    client = app.test_client()
    assert client.get("/sparql").status_code == 200  # the service description
    assert client.get("/health").status_code == 200
    assert POOL not in app.extensions
    count(app)
    assert len(pool_of(app).pids()) == 1


def test_runaway_query_is_killed_and_the_next_query_runs(make_app: Callable[..., Flask]) -> None:
    app = make_app(QUERY_TIMEOUT_S=1.0)
    client = app.test_client()
    assert count(app) > 0
    [first] = pool_of(app).pids()
    response = client.get("/sparql", query_string={"query": RUNAWAY})
    assert response.status_code == 503
    text = response.get_data(as_text=True)
    assert "timed out" in text
    assert "QUERY_TIMEOUT_S = 1 s" in text
    assert gone(first)
    assert pool_of(app).pids() == []
    assert client.get("/sparql", query_string={"query": "ASK { ?s ?p ?o }"}).status_code == 200
    assert pool_of(app).pids() != [first]
    assert pool_of(app).timeouts == 1


def test_a_dead_idle_worker_is_replaced(make_app: Callable[..., Flask]) -> None:
    app = make_app()
    before = count(app)
    [pid] = pool_of(app).pids()
    os.kill(pid, signal.SIGKILL)
    assert count(app) == before
    assert pool_of(app).pids() != [pid]


def test_close_stops_every_worker(make_app: Callable[..., Flask]) -> None:
    app = make_app(QUERY_WORKERS=2)
    with ThreadPoolExecutor(2) as executor:
        list(executor.map(lambda _: count(app), range(4)))
    pids = pool_of(app).pids()
    assert pids
    close_pool(app)
    assert all(gone(pid) for pid in pids)
    assert pool_of(app).pids() == []
    assert count(app) > 0  # a closed pool starts again on demand


def test_all_workers_busy(tmp_path: Path, sample_store: GenerationStore) -> None:
    pool = QueryPool(str(sample_store.root), size=1)
    job = Job("ASK {}", "ask", "json", "http://x/", None, None, max_rows=10)
    pool._slots.acquire()  # another request holds the only worker
    try:
        with pytest.raises(PoolBusyError):
            pool.run(job, timeout=1, wait=0.05)
    finally:
        pool._slots.release()
        pool.close()


def test_workers_see_a_new_generation(make_app: Callable[..., Flask]) -> None:
    app = make_app()
    before = count(app)
    generations = GenerationStore(app.config["STORE_PATH"])
    with generations.write() as writer:
        writer.add([ox.Quad(ox.NamedNode("urn:x:s"), ox.NamedNode("urn:x:p"), ox.Literal("o"))])
    assert count(app) == before + 1


def test_workers_open_the_store_read_only(sample_store: GenerationStore) -> None:
    store = Runner(str(sample_store.root)).store()
    with pytest.raises(RuntimeError, match="read-write"):
        store.update("INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }")


def test_pool_under_waitress_threads(make_app: Callable[..., Flask]) -> None:
    """The production server: many threads share the pool; every answer is right."""
    app = make_app(QUERY_WORKERS=2)
    expected = count(app)
    query = urllib.parse.urlencode({"query": COUNT})

    with waitress_server(app) as address:

        def fetch(_: int) -> int:
            with urllib.request.urlopen(f"http://{address}/sparql?{query}", timeout=30) as r:
                body = json.loads(r.read())
            return int(body["results"]["bindings"][0]["n"]["value"])

        with ThreadPoolExecutor(6) as executor:
            answers = list(executor.map(fetch, range(12)))
    assert answers == [expected] * 12
    assert len(pool_of(app).pids()) <= 2
