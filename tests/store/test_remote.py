"""Building into a real Oxigraph server over SPARQL 1.1 Update, on loopback."""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph_builder.build.builder import build
from graph_builder.config import BuildConfig
from graph_builder.store.generations import StoreError
from graph_builder.store.remote import INFO_PREDICATE, STATE_GRAPH, Endpoints, RemoteStore
from tests.build.test_build import RUN, FakeExtractor
from tests.factories import TEXT

OXIGRAPH = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def oxigraph_server(location: Path, *options: str) -> Iterator[str]:
    """`oxigraph serve` on a free loopback port; yields the sparql+http:// store address."""
    if not Path(OXIGRAPH).exists():
        pytest.fail("the oxigraph CLI (PyPI `oxigraph`, a dev dependency) is not installed")
    port = free_port()
    proc = subprocess.Popen(
        [OXIGRAPH, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}", *options],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=1)
            break
        except OSError:
            if time.monotonic() > deadline:
                proc.kill()
                pytest.fail("oxigraph server did not start")
            time.sleep(0.1)
    try:
        yield f"sparql+{url}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    with oxigraph_server(tmp_path / "ox") as address:
        yield address


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir()
    for n in range(2):
        (raw / f"a{n}.txt").write_text(TEXT + f" Câu {n}.", encoding="utf-8")
    return raw


def test_endpoint_addresses() -> None:
    oxigraph = Endpoints.parse("sparql+http://127.0.0.1:7878")
    assert oxigraph.query == "http://127.0.0.1:7878/query"
    fuseki = Endpoints.parse("sparql+http://h:3030/ds?query=/ds/sparql&update=/ds/update")
    assert (fuseki.query, fuseki.update) == ("http://h:3030/ds/sparql", "http://h:3030/ds/update")
    with pytest.raises(StoreError):
        Endpoints.parse("sparql+ftp://h/x")


def test_build_into_remote_server_is_incremental(server: str, corpus: Path) -> None:
    config = BuildConfig(store_path=server, validate=False)
    first = build([corpus], config, extractor=FakeExtractor(), run=RUN)
    assert sorted(first.built) == ["a0", "a1"]
    assert first.entities["Policy"] == 2
    remote = RemoteStore(server)
    rows = remote.select(
        "SELECT ?g WHERE { GRAPH ?g { ?s a <https://w3id.org/policykg/ontology#Decision> } }"
    )
    assert {r["g"] for r in rows} == {
        "https://w3id.org/policykg/graph/a0",
        "https://w3id.org/policykg/graph/a1",
    }
    again = FakeExtractor()
    (corpus / "a1.txt").write_text(TEXT + " Đã đổi.", encoding="utf-8")
    second = build([corpus], config, extractor=again, run=RUN)
    assert second.skipped == ["a0"] and again.seen == ["a1"]
    assert remote.version() == "2"


def test_failed_remote_build_changes_nothing(server: str, corpus: Path) -> None:
    config = BuildConfig(store_path=server, validate=False)
    build([corpus], config, extractor=FakeExtractor(), run=RUN)
    remote = RemoteStore(server)
    before = remote.quad_count()
    (corpus / "a0.txt").write_text(TEXT + " Lỗi.", encoding="utf-8")

    def interrupted(articles: object) -> list[object]:
        raise KeyboardInterrupt  # like Ctrl-C or a kill: the build must not publish

    with pytest.raises(KeyboardInterrupt):
        build([corpus], config, extractor=interrupted, run=RUN)  # type: ignore[arg-type]
    assert remote.quad_count() == before
    assert remote.version() == "1"


def test_unreachable_server_is_a_clear_error(corpus: Path) -> None:
    config = BuildConfig(store_path=f"sparql+http://127.0.0.1:{free_port()}", validate=False)
    with pytest.raises(StoreError, match="cannot reach"):
        build([corpus], config, extractor=FakeExtractor(), run=RUN)


def test_the_generation_is_read_without_the_whole_state(server: str, corpus: Path) -> None:
    config = BuildConfig(store_path=server, validate=False)
    build([corpus], config, extractor=FakeExtractor(), run=RUN)
    remote = RemoteStore(server)
    assert remote.info()["generation"] == "1" and remote.version() == "1"
    # A server built into before the info triple existed: the full state still answers.
    remote.update(f"DELETE WHERE {{ GRAPH <{STATE_GRAPH}> {{ ?s <{INFO_PREDICATE}> ?o }} }}")
    assert remote.version() == "1" and remote.state().articles
