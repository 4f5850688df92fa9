"""The query worker pool: lazy, read-only, killable, replaced after a kill, clean at close."""

from __future__ import annotations

import json
import os
import signal
import time
import urllib.parse
import urllib.request
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pyoxigraph as ox
import pytest
from flask import Flask

from endpoint.engine.execute import OUT_OF_MEMORY, Job, Runner
from endpoint.engine.worker import (
    PoolBusyError,
    QueryCrashedError,
    QueryMemoryError,
    QueryPool,
    WorkerLostError,
)
from endpoint.sparql import guard
from endpoint.sparql.views import POOL, close_pool
from graph_builder.store.generations import GenerationStore
from tests.conftest import waitress_server

# Five-fold cross join of every triple of the sample store: about 10^10 rows to count.
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o }"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
# No data at all: four VALUES blocks of 100 numbers, 10^8 rows to sort. Oxigraph takes
# about 1 GB a second for it, much faster than any time limit.
_HUNDRED = " ".join(str(n) for n in range(100))
HUNGRY = (
    "SELECT ?a ?b ?c ?d WHERE { "
    + " ".join(f"VALUES ?{v} {{ {_HUNDRED} }}" for v in "abcd")
    + " } ORDER BY DESC(?a) ?b ?c ?d LIMIT 1"
)


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


def data_limit(pid: int) -> int | None:
    """The soft RLIMIT_DATA of a process, in bytes (None: unlimited)."""
    for line in Path(f"/proc/{pid}/limits").read_text().splitlines():
        if line.startswith("Max data size"):
            soft = line.split()[3]
            return None if soft == "unlimited" else int(soft)
    raise AssertionError("no data limit line")


def test_workers_run_under_the_memory_cap(make_app: Callable[..., Flask]) -> None:
    app = make_app(QUERY_MEMORY_MIB=300)
    count(app)
    [pid] = pool_of(app).pids()
    assert data_limit(pid) == 300 * 2**20
    assert data_limit(os.getpid()) is None  # the server itself is never capped


def test_memory_hungry_query_is_stopped_and_the_next_query_runs(
    make_app: Callable[..., Flask],
) -> None:
    app = make_app(QUERY_MEMORY_MIB=256, QUERY_TIMEOUT_S=30.0)
    client = app.test_client()
    before = count(app)
    [first] = pool_of(app).pids()
    start = time.monotonic()
    response = client.get("/sparql", query_string={"query": HUNGRY})
    assert time.monotonic() - start < 15  # the cap stopped it, not the clock
    assert response.status_code == 503
    text = response.get_data(as_text=True)
    assert "Query exceeded the memory limit of 256 MiB (QUERY_MEMORY_MIB)" in text
    assert gone(first)
    assert count(app) == before
    assert pool_of(app).pids() != [first]
    assert pool_of(app).status()["memory_kills"] == 1
    assert pool_of(app).timeouts == 0


def test_a_python_memory_error_replaces_the_worker(
    monkeypatch: pytest.MonkeyPatch, sample_store: GenerationStore
) -> None:
    """MemoryError raised in Python (results, serialising) is reported, and the worker,
    which may be in a poor state, is not reused."""
    runner = Runner(str(sample_store.root))

    def exhausted(*_: object) -> None:
        raise MemoryError

    monkeypatch.setattr(Runner, "_evaluate", exhausted)
    job = Job("ASK {}", "ask", "json", "http://x/", None, None, max_rows=10)
    assert runner.run(job).status == OUT_OF_MEMORY

    pool = QueryPool(str(sample_store.root), size=1, memory_mib=512)
    try:
        pool.run(job, timeout=10, wait=1)
        [pid] = pool.pids()
        monkeypatch.setattr(pool._idle.queue[0].conn, "recv", lambda: runner.run(job))
        with pytest.raises(QueryMemoryError, match="memory limit of 512 MiB"):
            pool.run(job, timeout=10, wait=1)
        assert gone(pid)
        assert pool.pids() == []
    finally:
        pool.close()


def test_close_kills_a_busy_worker_and_its_query_is_not_retried(
    sample_store: GenerationStore,
) -> None:
    """At shutdown: a worker deep in a query goes at once, and the thread waiting on it
    gets an error instead of starting the query again on a fresh worker."""
    pool = QueryPool(str(sample_store.root), size=1)
    job = Job(RUNAWAY, "select", "json", "http://x/", None, None, max_rows=10)
    pool.run(Job(COUNT, "select", "json", "http://x/", None, None, max_rows=10), timeout=10, wait=1)
    [pid] = pool.pids()
    with ThreadPoolExecutor(1) as executor:
        running = executor.submit(pool.run, job, timeout=60, wait=1)
        time.sleep(0.5)  # the runaway query has started on the (reused) worker
        start = time.monotonic()
        pool.close()
        with pytest.raises(WorkerLostError):
            running.result(timeout=10)
    assert time.monotonic() - start < 1.5  # killed, not waited for
    assert gone(pid)
    assert pool.pids() == []


# Past every text check (they refuse it: tests/endpoint/sparql/test_hostile.py), this
# overflows the parser's stack: 16,000 `!` kill a fresh worker, measured.
CRASHER = "SELECT (" + "!" * 40_000 + "true AS ?x) WHERE {}"


def test_a_query_that_crashes_its_worker_is_not_retried(sample_store: GenerationStore) -> None:
    """Retrying would only kill a second worker: one crash, one replaced worker."""
    pool = QueryPool(str(sample_store.root), size=1)
    job = Job(COUNT, "select", "json", "http://x/", None, None, max_rows=10)
    try:
        assert pool.run(job, timeout=10, wait=1).status == 200
        [first] = pool.pids()  # reused by the next job: the case the retry was for
        crash = Job(CRASHER, "select", "json", "http://x/", None, None, max_rows=10)
        with pytest.raises(QueryCrashedError, match="SIGSEGV"):
            pool.run(crash, timeout=60, wait=1)
        assert pool.status()["crashes"] == 1
        assert gone(first)
        assert pool.pids() == []
        assert pool.run(job, timeout=10, wait=1).status == 200
    finally:
        pool.close()


def test_the_endpoint_answers_a_crash_with_400(
    make_app: Callable[..., Flask], monkeypatch: pytest.MonkeyPatch
) -> None:
    for limit in ("MAX_UNARY_RUN", "MAX_OPERATORS", "MAX_TOKENS"):  # let it reach a worker
        monkeypatch.setattr(guard, limit, 10**6)
    app = make_app()
    response = app.test_client().post(
        "/sparql", data=CRASHER, content_type="application/sparql-query"
    )
    assert response.status_code == 400
    assert "crashed the query engine (SIGSEGV) and was not retried" in response.get_data(
        as_text=True
    )
    assert pool_of(app).status()["crashes"] == 1
    assert count(app) > 0  # a fresh worker answers the next query
