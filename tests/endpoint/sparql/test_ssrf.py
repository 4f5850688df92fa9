"""SERVICE never reaches the network (issue 14, item 1).

Every FORBIDDEN variant makes pyoxigraph 0.5 call the URL in it when run unchecked (the
control test shows it); UNREADABLE ones are read differently by a naive lexer and by the
engine (see endpoint/sparql/lexer). The endpoint must refuse each
before it runs (403, or 400 for text it cannot read) and the listener must see nothing,
by GET, form POST and direct POST, and through a real `policykg serve`. Then the guard
alone: the text check bypassed, a worker of the embedded store still cannot connect.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from flask import Flask

from endpoint.engine.execute import Job
from endpoint.engine.worker import QueryPool
from endpoint.sparql.protocol import NO_SERVICE
from graph_builder.store.generations import GenerationStore
from tests.conftest import Listener
from tests.endpoint.test_serving import POLICYKG, get, wait_for
from tests.store.test_remote import free_port

XSD_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
XSD_BOOLEAN = ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean")
U = "http://127.0.0.1:PORT/sparql"  # the listener's address, filled in by each test
ESCAPED_U = "http://127.0.0.1:EPORT/sparql"  # the port's digits as \\u escapes
SPO = "{ ?a ?b ?c }"
# fmt: off
FORBIDDEN = {
    "plain": f"SELECT * WHERE {{ SERVICE <{U}> {SPO} }}",
    "issue 14": "SELECT * WHERE { BIND('\\u0027' AS ?q) BIND(<http://x/\\u0041#> AS ?i) "
                f"SERVICE <{U}> {SPO} }} #'''",
    "lower case": f"select * where {{ service <{U}> {SPO} }}",
    "mixed case": f"SELECT * WHERE {{ SeRvIcE <{U}> {SPO} }}",
    "silent": f"SELECT * WHERE {{ SERVICE SILENT <{U}> {SPO} }}",
    "no spaces": f"SELECT*WHERE{{SERVICE<{U}>{SPO}}}",
    "glued to SILENT": f"SELECT * WHERE {{ SERVICESILENT<{U}>{SPO} }}",
    "glued to an empty prefix": f"PREFIX : <{U}> SELECT * WHERE {{ SERVICE:x {SPO} }}",
    "glued to a prefix": f"PREFIX x: <{U}> SELECT * WHERE {{ SERVICEx:y {SPO} }}",
    "after a number": f"SELECT * WHERE {{ ?s ?p 1SERVICE<{U}> {SPO} }}",
    "after true": f"SELECT * WHERE {{ ?s ?p trueSERVICE<{U}> {SPO} }}",
    "after a string": f"SELECT * WHERE {{ ?s ?p \"x\"SERVICE<{U}> {SPO} }}",
    "escaped IRI": f"SELECT * WHERE {{ SERVICE <{ESCAPED_U}> {SPO} }}",
    "BASE": "BASE <http://127.0.0.1:PORT/> SELECT * WHERE { SERVICE <sparql> " + SPO + " }",
    "escaped BASE": f"BASE <{ESCAPED_U}> SELECT * WHERE {{ SERVICE <> {SPO} }}",
    "PREFIX": f"PREFIX ep: <{U}> SELECT * WHERE {{ SERVICE ep: {SPO} }}",
    "after a comment": f"SELECT * WHERE {{ # comment <\nSERVICE <{U}> {SPO} }}",
    "comment ended by CR": f"SELECT * WHERE {{ # comment '''\rSERVICE <{U}> {SPO} }}",
    "after a long string": f"SELECT * WHERE {{ BIND('''a''b\\'''' AS ?x) SERVICE <{U}> {SPO} }}",
    "after a long \" string": f'SELECT * WHERE {{ BIND("""a""b""" AS ?x) SERVICE <{U}> {SPO} }}',
    "escaped quote in string": f"SELECT * WHERE {{ BIND('\\'' AS ?x) SERVICE <{U}> {SPO} }} #'",
    "escaped local name": "PREFIX e: <http://e/> SELECT * WHERE { ?s e:a\\'b ?o . "
                          f"SERVICE <{U}> {SPO} }} #'",
    "in OPTIONAL": f"SELECT * WHERE {{ OPTIONAL {{ SERVICE <{U}> {SPO} }} }}",
    "in EXISTS": f"SELECT * WHERE {{ FILTER EXISTS {{ SERVICE <{U}> {SPO} }} }}",
    "in a subquery": f"SELECT * WHERE {{ {{ SELECT * WHERE {{ SERVICE <{U}> {SPO} }} }} }}",
    "ASK": f"ASK {{ SERVICE <{U}> {SPO} }}",
    "CONSTRUCT": f"CONSTRUCT {SPO} WHERE {{ SERVICE <{U}> {SPO} }}",
    "DESCRIBE": f"DESCRIBE ?a WHERE {{ SERVICE <{U}> {SPO} }}",
}
ANYWAY = {  # not run by 0.5 (escapes in keywords, a SERVICE variable), refused all the same
    "variable": f"SELECT * WHERE {{ BIND(<{U}> AS ?u) SERVICE ?u {SPO} }}",
    "escaped keyword \\U": f"SELECT * WHERE {{ SERVI\\U00000043E <{U}> {SPO} }}",
    "escaped keyword \\u": f"SELECT * WHERE {{ \\u0053ERVICE <{U}> {SPO} }}",
    "then unreadable": f"SELECT * WHERE {{ SERVICE <{U}> \\u007B ?a ?b ?c }} }}",
}
UNREADABLE = {  # the engine may read these otherwise than a lexer can: refused as such
    "less-than then #": f"SELECT * WHERE {{ FILTER(1<2#>'''\n) SERVICE <{U}> {SPO} }} #'''",
    "less-than then '": f"SELECT * WHERE {{ FILTER(?a<?b'>)SERVICE<{U}>{SPO} }} #'",
}
# fmt: on
VARIANTS = {
    **{name: (query, 403) for name, query in {**FORBIDDEN, **ANYWAY}.items()},
    **{name: (query, 400) for name, query in UNREADABLE.items()},
}


def fill(query: str, listener: Listener) -> str:
    escaped = "".join(f"\\u{ord(c):04X}" for c in str(listener.port))
    return query.replace("EPORT", escaped).replace("PORT", str(listener.port))


@pytest.mark.parametrize("name", VARIANTS)
@pytest.mark.parametrize("method", ["GET", "form", "direct"])
def test_smuggled_service_is_refused_and_reaches_nothing(
    sparql_app: Flask, listener: Listener, name: str, method: str
) -> None:
    template, status = VARIANTS[name]
    query = fill(template, listener)
    client = sparql_app.test_client()
    if method == "GET":
        response = client.get("/sparql", query_string={"query": query})
    elif method == "form":
        response = client.post("/sparql", data={"query": query})
    else:
        response = client.post("/sparql", data=query, content_type="application/sparql-query")
    body = response.get_data(as_text=True)
    assert response.status_code == status, body
    assert (NO_SERVICE if status == 403 else "line 1") in body
    assert listener.received() == 0


def test_policykg_serve_refuses_them_too(sample_store: GenerationStore, listener: Listener) -> None:
    """The production path: waitress, the CLI's app, its own worker pool."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, "POLICYKG_RATE_LIMIT_PER_MINUTE": "0"}
    with serving(sample_store.root, port, env):
        assert wait_for(lambda: get(f"{base}/health") == 200, 30), "the server did not start"
        for name in ("issue 14", "glued to a prefix", "escaped keyword \\u", "less-than then #"):
            template, status = VARIANTS[name]
            query = urllib.parse.urlencode({"query": fill(template, listener)})
            assert get(f"{base}/sparql?{query}") == status, name
            request = urllib.request.Request(
                f"{base}/sparql",
                data=fill(template, listener).encode(),
                headers={"Content-Type": "application/sparql-query"},
            )
            assert post_status(request) == status, name
    assert listener.received() == 0


@contextlib.contextmanager
def serving(root: Path, port: int, env: dict[str, str]) -> Iterator[None]:
    server = subprocess.Popen(
        [str(POLICYKG), "serve", "--store", str(root), "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        yield
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(server.pid, signal.SIGKILL)
        server.wait()


def post_status(request: urllib.request.Request) -> int:
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return int(response.status)
    except urllib.error.HTTPError as e:
        return e.code


def service_job(listener: Listener) -> Job:
    """A plain SERVICE query to the listener, as no text check would ever let through."""
    query = fill(FORBIDDEN["plain"], listener)
    return Job(query=query, form="select", fmt="json", base_iri="http://localhost/sparql",
               default_graphs=None, named_graphs=None, max_rows=10)  # fmt: skip


@pytest.mark.parametrize("name", FORBIDDEN)
def test_unchecked_each_variant_does_call_out(listener: Listener, name: str) -> None:
    """The control, and the "before": the engine run without check or guard (in this
    process) connects for every variant, so the tests around it can fail."""
    store = ox.Store()
    a, b = ox.NamedNode("http://a"), ox.NamedNode("http://e/a'b")
    for value in (ox.Literal("1", datatype=XSD_INTEGER), ox.Literal("true", datatype=XSD_BOOLEAN),
                  ox.Literal("x"), a):  # fmt: skip
        store.add(ox.Quad(a, b, value))
    with contextlib.suppress(OSError):
        result = store.query(fill(FORBIDDEN[name], listener))
        bool(result) if isinstance(result, ox.QueryBoolean) else list(result)
    assert listener.received() >= 1


LINUX_ONLY = pytest.mark.skipif(sys.platform != "linux", reason="the guards are Linux's")


@LINUX_ONLY
def test_a_worker_of_the_embedded_store_cannot_connect(
    sample_store: GenerationStore, listener: Listener
) -> None:
    """The capability alone: the job goes straight to the pool, past every text check."""
    pool = QueryPool(str(sample_store.root), size=1)
    try:
        outcome = pool.run(service_job(listener), timeout=30, wait=30)
        assert pool.status()["network_guard"] in ("namespace+seccomp", "namespace", "seccomp")
    finally:
        pool.close()
    assert outcome.status != 200
    assert listener.received() == 0


@LINUX_ONLY
@pytest.mark.parametrize("guard", ["_namespace", "_seccomp"])
def test_each_guard_alone_stops_a_connection(listener: Listener, guard: str) -> None:
    """Either guard suffices where the other is refused (a container without user
    namespaces; a kernel without seccomp): each, alone, in a fresh process."""
    code = (
        "import socket, sys, endpoint.engine.sandbox as s\n"
        f"assert s.{guard}(), 'guard not applied'\n"
        "try:\n"
        f"    socket.create_connection(('127.0.0.1', {listener.port}), timeout=10)\n"
        "except OSError as e:\n"
        "    print('refused', e.errno)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.stdout.startswith("refused"), done.stderr
    assert listener.received() == 0


@LINUX_ONLY
def test_health_names_the_guard(make_app: Callable[..., Flask]) -> None:
    app = make_app()
    client = app.test_client()
    assert client.get("/sparql", query_string={"query": "ASK {}"}).status_code == 200
    health = client.get("/health").get_json()
    assert health["network_guard"] == "namespace+seccomp"
    assert health["query_workers"]["network_guard"] == "namespace+seccomp"
