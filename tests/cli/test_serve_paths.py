"""`policykg serve --store data/store` as a user types it: a path relative to where the
command runs, not to the endpoint package (every dump answered 500 before: Flask's
send_file resolved it against endpoint/). The real command, in a subprocess whose working
directory holds the store; every dump linked from /dumps/ is downloaded and parsed."""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import rdflib

from tests.conftest import SAMPLE_TRIG, make_store
from tests.endpoint.test_serving import get, wait_for
from tests.store.test_remote import free_port

POLICYKG = Path(sys.executable).parent / "policykg"
PARSERS = {  # media type -> pyoxigraph format; Turtle also goes through rdflib
    "application/gzip": ox.RdfFormat.N_QUADS,
    "application/trig": ox.RdfFormat.TRIG,
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}


@contextlib.contextmanager
def serving(cwd: Path, store: str) -> Iterator[str]:
    port = free_port()
    env = {**os.environ, "POLICYKG_RATE_LIMIT_PER_MINUTE": "0"}
    with (cwd / "serve.log").open("wb") as log:
        server = subprocess.Popen(
            [str(POLICYKG), "serve", "--store", store, "--port", str(port)],
            cwd=cwd,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        started = wait_for(lambda: get(f"{base}/health") == 200, 60)
        assert started, (cwd / "serve.log").read_text()
        yield base
    finally:
        server.terminate()
        server.wait(timeout=30)


def fetch(url: str, accept: str = "*/*") -> tuple[str, bytes]:
    request = urllib.request.Request(url, headers={"Accept": accept})
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.headers.get_content_type(), response.read()


def test_relative_store_serves_every_dump(tmp_path: Path) -> None:
    make_store(tmp_path / "data" / "store", SAMPLE_TRIG)
    expected = {q for q in ox.parse(path=str(SAMPLE_TRIG), format=ox.RdfFormat.TRIG)}
    subjects = {q.subject for q in expected if isinstance(q.subject, ox.NamedNode)}
    with serving(tmp_path, "data/store") as base:
        _, listing = fetch(f"{base}/dumps/", "application/json")
        dumps = json.loads(listing)["dumps"]
        assert len(dumps) == 4
        for dump in dumps:
            assert dump["url"].startswith(f"{base}/dumps/")  # absolute, on this server
            media, body = fetch(dump["url"])
            assert media == dump["media_type"]
            data = gzip.decompress(body) if media == "application/gzip" else body
            parsed = list(ox.parse(data, PARSERS[media]))
            assert subjects <= {t.subject for t in parsed}, dump["name"]
            if media == "text/turtle":
                assert len(rdflib.Graph().parse(data=data, format="turtle")) == len(parsed)
        _, page = fetch(f"{base}/dumps/", "text/html")
        assert all(f'href="{d["url"]}"'.encode() in page for d in dumps)
        _, void = fetch(f"{base}/void", "application/n-triples")
        advertised = {
            q.object.value
            for q in ox.parse(void, ox.RdfFormat.N_TRIPLES)
            if q.predicate.value == "http://rdfs.org/ns/void#dataDump"
        }
        assert advertised == {d["url"] for d in dumps}  # VoID points at what downloads
    assert (tmp_path / "data" / "store" / "dumps" / "gen-000001" / "policykg.ttl").exists()
