"""Shared fixtures. Each area appends its own section below, headed `# --- <area> ---`."""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from flask import Flask
from flask.testing import FlaskClient, FlaskCliRunner

from endpoint import create_app
from graph_builder.config import VOCAB_DIR
from graph_builder.nlp.lexicon import Lexicon, load_lexicon
from graph_builder.store.generations import GenerationStore
from graph_builder.store.merge import merge_all

TESTS = Path(__file__).resolve().parent
DATA = TESTS / "data"
REPO = TESTS.parent
SHARED = REPO.parent / "shared"
SAMPLE_TRIG = DATA / "sample.trig"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--slow", action="store_true", help="run tests marked slow")
    parser.addoption("--update-golden", action="store_true", help="rewrite golden files")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--slow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


def make_store(root: Path, *sources: Path) -> GenerationStore:
    """A generation store holding the quads of the given TriG/N-Quads files."""
    generations = GenerationStore(root)
    with generations.write() as writer:
        writer.dirty = True
        for source in sources:
            writer.store.load(path=str(source))
        merge_all(writer.store)  # the default graph, as a build keeps it
    return generations


@pytest.fixture(scope="session")
def lex() -> Lexicon:
    """The real lexicon (ontology/vocab and data/lexicon), read once for the rule tests."""
    return load_lexicon(VOCAB_DIR)


@pytest.fixture
def sample_store(tmp_path: Path) -> GenerationStore:
    return make_store(tmp_path / "store", SAMPLE_TRIG)


@pytest.fixture
def app(sample_store: GenerationStore) -> Iterator[Flask]:
    app = create_app(
        {
            "TESTING": True,
            "STORE_PATH": str(sample_store.root),
            "QUERY_TIMEOUT_S": 5.0,
            "RATE_LIMIT_PER_MINUTE": 0,
        }
    )
    yield app


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def runner(app: Flask) -> FlaskCliRunner:
    return app.test_cli_runner()


@pytest.fixture
def sample_quads() -> list[ox.Quad]:
    return list(ox.parse(path=str(SAMPLE_TRIG), format=ox.RdfFormat.TRIG))


# --- sparql endpoint ---
W3C_PROTOCOL = DATA / "w3c" / "protocol"
UT = "http://www.w3.org/2009/sparql/tests/test-update#"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"


def endpoint_app(store_root: Path, **config: object) -> Flask:
    """An app over `store_root` with test limits (no rate limit) unless `config` says otherwise."""
    settings: dict[str, object] = {
        "TESTING": True,
        "STORE_PATH": str(store_root),
        "QUERY_TIMEOUT_S": 10.0,
        "QUERY_WORKERS": 1,
        "RATE_LIMIT_PER_MINUTE": 0,
    }
    return create_app({**settings, **config})


@pytest.fixture(scope="module")
def sparql_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    """One app per test module over the sample store: starting a query worker is the slow part."""
    from endpoint.sparql.views import close_pool

    app = endpoint_app(make_store(tmp_path_factory.mktemp("store"), SAMPLE_TRIG).root)
    yield app
    close_pool(app)


@pytest.fixture(scope="module")
def sparql_client(sparql_app: Flask) -> FlaskClient:
    return sparql_app.test_client()


@pytest.fixture
def make_app(tmp_path: Path) -> Iterator[Callable[..., Flask]]:
    """Apps with their own limits over a fresh sample store; their workers stop after the test."""
    from endpoint.sparql.views import close_pool

    apps: list[Flask] = []
    root = make_store(tmp_path / "store", SAMPLE_TRIG).root

    def make(**config: object) -> Flask:
        apps.append(endpoint_app(root, **config))
        return apps[-1]

    yield make
    for app in apps:
        close_pool(app)


@pytest.fixture(scope="module")
def w3c_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    """The W3C protocol suite's data files, each in the named graph the manifest gives it."""
    from endpoint.sparql.views import close_pool

    manifest = ox.Store()
    manifest.load(path=str(W3C_PROTOCOL / "manifest.ttl"), base_iri=W3C_PROTOCOL.as_uri() + "/")
    files = {
        str(q.object.value): q
        for q in manifest.quads_for_pattern(None, ox.NamedNode(UT + "graph"), None)
    }
    generations = GenerationStore(tmp_path_factory.mktemp("w3c-store"))
    with generations.write() as writer:
        for file_iri, link in files.items():
            labels = manifest.quads_for_pattern(link.subject, ox.NamedNode(RDFS_LABEL), None)
            name = ox.NamedNode(next(labels).object.value)
            path = Path(file_iri.removeprefix("file://"))
            writer.load_file(path, ox.RdfFormat.N_TRIPLES, name)
    app = endpoint_app(generations.root)
    yield app
    close_pool(app)


@contextlib.contextmanager
def waitress_server(app: Flask, *, threads: int = 4) -> Iterator[str]:
    """`app` behind waitress, the production server, on a free port: yields "host:port"."""
    from waitress.server import create_server

    server = create_server(
        app, host="127.0.0.1", port=0, threads=threads, asyncore_loop_timeout=0.1
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()

    def close_all() -> None:  # in the server's own loop thread: no socket closes under select
        for dispatcher in list(server._map.values()):
            dispatcher.close()

    try:
        yield f"127.0.0.1:{server.effective_port}"
    finally:
        server.trigger.pull_trigger(close_all)
        thread.join(timeout=5)
        server.task_dispatcher.shutdown()


@pytest.fixture(scope="module")
def w3c_server(w3c_app: Flask) -> Iterator[str]:
    with waitress_server(w3c_app) as address:
        yield address


# --- network guard ---
class Listener:
    """A TCP server on 127.0.0.1 that records who connects: a SERVICE target that tells
    whether the endpoint (or a worker) reached it."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.05)
        self.port: int = self.sock.getsockname()[1]
        self._peers: list[int] = []  # client ports, in the order accepted
        self._markers: set[int] = set()
        self._seen = threading.Condition()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/sparql"

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, peer = self.sock.accept()
            except TimeoutError:
                continue
            conn.close()  # the client gets a reset, not an answer
            with self._seen:
                self._peers.append(peer[1])
                self._seen.notify_all()

    def received(self) -> int:
        """Connections so far, every earlier one counted: we connect last and wait until
        ours is accepted (the backlog is first in, first out), so no timing is assumed."""
        with socket.create_connection(("127.0.0.1", self.port)) as marker:
            port = marker.getsockname()[1]
            with self._seen:
                self._markers.add(port)
                self._seen.wait_for(lambda: port in self._peers, timeout=60)
        return len([p for p in self._peers if p not in self._markers])

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self.sock.close()


@pytest.fixture
def listener() -> Iterator[Listener]:
    server = Listener()
    yield server
    server.close()
