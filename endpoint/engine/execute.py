"""What a query worker process does: open the store read-only, run one job at a time.

This module is the child side of endpoint/engine/worker.py and is kept free of Flask so a
worker starts quickly. Each worker opens the live generation itself (read-only) and
reopens it when a build publishes a new one. Results are materialised up to the row
limit and serialised here, so the parent only relays bytes and a runaway query can
be stopped by killing this process (pyoxigraph has no query timeout).
"""

from __future__ import annotations

import resource
import signal
import time
from collections.abc import Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import TypeVar, cast

import pyoxigraph as ox

from endpoint.engine import sandbox
from endpoint.engine.results import (
    BYTES_NOTE,
    ROWS_NOTE,
    Cut,
    Term,
    serialize_boolean,
    serialize_solutions,
    serialize_triples,
)
from endpoint.sources.bookkeeping import VisibleSolutions
from endpoint.sources.remote import RemoteSource, RemoteTriples, http_timeout
from endpoint.sources.remote_http import RemoteTimeoutError
from graph_builder.store.generations import GenerationStore, StoreError
from graph_builder.store.remote import is_remote

_Item = TypeVar("_Item", ox.Triple, list[Term | None])
TIMED_OUT = 504  # Outcome.status: a remote store did not answer in time (/sparql says 503)
OUT_OF_MEMORY = 507  # Outcome.status: the worker's memory limit was hit (/sparql says 503)
REMOTE = "remote"  # the guard of a remote store's worker: none, it must reach the server


@dataclass(frozen=True, slots=True)
class Job:
    """One query to run; graph lists are None unless the protocol request named them."""

    query: str
    form: str  # select | ask | construct | describe, as the endpoint read it
    fmt: str  # a key of endpoint.conneg.MEDIA_TYPES suited to `form`
    base_iri: str
    default_graphs: tuple[str, ...] | None
    named_graphs: tuple[str, ...] | None
    max_rows: int
    max_bytes: int = 64 * 1024 * 1024  # of term values held in memory, before serialising
    timeout_s: float | None = None  # the query's limit: a remote store's HTTP wait ends just before


@dataclass(frozen=True, slots=True)
class Outcome:
    """A serialised result (status 200), or an HTTP status and a message saying why not.

    400: the query's fault (syntax, wrong form); 503: no store yet, or a remote one that
    cannot be reached; 502: the remote store failed; TIMED_OUT; OUT_OF_MEMORY (a Python
    allocation failed: the worker should go); 500: anything else.
    """

    body: bytes = b""
    rows: int = 0
    cut: Cut | None = None
    status: int = 200
    message: str = ""
    seconds: float = 0.0


class Runner:
    """Runs jobs against the live generation under `root`, reopening on a new build."""

    def __init__(self, root: str) -> None:
        self.generations = GenerationStore(root)
        self._remote = RemoteSource.parse(root, public=True) if is_remote(root) else None
        self._version: str | None = None
        self._store: ox.Store | None = None

    def store(self, timeout: float | None = None) -> ox.Store:
        if self._remote is not None:  # nothing to reopen: each query is a request
            return cast(ox.Store, self._remote.with_timeout(http_timeout(timeout)))
        version = self.generations.version()
        if self._store is None or version != self._version:
            self._store = None  # drop the old handle before opening the next one
            self._store = self.generations.open_read_only()
            self._version = version
        return self._store

    def run(self, job: Job) -> Outcome:
        start = time.perf_counter()
        try:
            outcome = self._evaluate(job, self.store(job.timeout_s))
        except RemoteTimeoutError as e:
            return Outcome(status=TIMED_OUT, message=str(e))
        except StoreError as e:  # RemoteErrors carry their own status (sources/remote_http)
            return Outcome(status=getattr(e, "status", 503), message=str(e))
        except (SyntaxError, ValueError, TypeError) as e:
            return Outcome(status=400, message=f"Query error: {e}")
        except MemoryError:  # pyoxigraph's own allocations abort the process instead
            return Outcome(status=OUT_OF_MEMORY, message="the query ran out of memory")
        except Exception as e:  # a worker must outlive any one query; the parent logs it
            return Outcome(status=500, message=f"The query failed: {type(e).__name__}: {e}")
        return Outcome(
            body=outcome.body,
            rows=outcome.rows,
            cut=outcome.cut,
            seconds=time.perf_counter() - start,
        )

    def _evaluate(self, job: Job, store: ox.Store) -> Outcome:
        result = _query(store, job)
        if isinstance(result, ox.QueryBoolean):
            _check_form(job, "ask")
            return Outcome(body=serialize_boolean(result, job.fmt), rows=1)
        if not isinstance(result, ox.QuerySolutions | VisibleSolutions):  # triples
            _check_form(job, "construct", "describe")
            triples, cut = _take(iter(result), job)
            body = serialize_triples(triples, job.fmt)
            return Outcome(body=body, rows=len(triples), cut=cut)
        _check_form(job, "select")
        variables = [v.value for v in result.variables]
        rows, cut = _take((list(s) for s in result), job)  # in variable order, None if unbound
        body = serialize_solutions(variables, rows, job.fmt, cut=cut)
        return Outcome(body=body, rows=len(rows), cut=cut)


def _query(
    store: ox.Store, job: Job
) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples | RemoteTriples | VisibleSolutions:
    """The protocol's dataset, when given, replaces both the query's own (FROM) and ours.
    Ours is the store's real default graph: the merge of the named graphs, a set
    (graph_builder/store/merge.py), so COUNT(*) counts each fact once."""
    if job.default_graphs is None and job.named_graphs is None:
        return store.query(job.query, base_iri=job.base_iri)
    default: list[ox.NamedNode | ox.BlankNode | ox.DefaultGraph] = [
        ox.NamedNode(g) for g in job.default_graphs or ()
    ]
    named: list[ox.NamedNode | ox.BlankNode] = [ox.NamedNode(g) for g in job.named_graphs or ()]
    return store.query(job.query, base_iri=job.base_iri, default_graph=default, named_graphs=named)


def _take(items: Iterator[_Item], job: Job) -> tuple[list[_Item], Cut | None]:
    """Up to `max_rows` items and `max_bytes` of values, and the Cut if there were more.

    Materialising (not streaming) keeps the worker's memory bounded and lets the cut be
    known before the first byte is sent, so the client is always told.
    """
    taken: list[_Item] = []
    used = 0
    for item in items:
        if len(taken) == job.max_rows:
            return taken, Cut(len(taken), ROWS_NOTE.format(rows=len(taken)))
        used += sum(_size(t) for t in item if t is not None)
        if used > job.max_bytes:
            mib = round(job.max_bytes / 2**20, 1)
            return taken, Cut(len(taken), BYTES_NOTE.format(rows=len(taken), mib=mib))
        taken.append(item)
    return taken, None


def _size(term: Term) -> int:
    """Roughly the bytes a term takes in any serialisation."""
    if isinstance(term, ox.Triple):
        return sum(_size(t) for t in term)
    return len(term.value) + 16


def _check_form(job: Job, *forms: str) -> None:
    if job.form not in forms:
        raise ValueError(f"the query is not a {job.form.upper()} query as it seemed")


def limit_memory(mib: int | None) -> None:
    """Cap this process's data segment at `mib` MiB (None or 0: no cap).

    RLIMIT_DATA, not RLIMIT_AS: it counts what a query allocates (heap, anonymous maps)
    but not RocksDB's address-space reservations and read-only file maps, which make
    RLIMIT_AS fail at store opening well below the memory really used. Past the cap,
    pyoxigraph's Rust allocator aborts the process (SIGABRT) and Python raises
    MemoryError; no core file is written either way.
    """
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if mib:
        cap = int(mib) * 2**20
        resource.setrlimit(resource.RLIMIT_DATA, (cap, cap))


def serve(conn: Connection, root: str, memory_mib: int | None = None) -> None:
    """Worker main loop: first the network guard it got (endpoint/engine/sandbox), then a Job
    in, an Outcome out, until None or the parent goes away."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the server; it stops us
    limit_memory(memory_mib)  # before the store opens: its caches count too
    # After the pipe exists (AF_UNIX keeps working), before the store opens: RocksDB
    # starts threads, and a user namespace can only be entered single-threaded.
    conn.send(REMOTE if is_remote(root) else sandbox.no_network())
    runner = Runner(root)
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        conn.send(runner.run(job))
