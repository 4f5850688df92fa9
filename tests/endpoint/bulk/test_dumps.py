"""/dumps/: complete files per generation, conditional requests, and no way out of the list."""

from __future__ import annotations

import gzip
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from graph_builder.store.generations import GenerationStore
from tests.conftest import endpoint_app

FORMATS = {
    "policykg.nq.gz": ("application/gzip", ox.RdfFormat.N_QUADS),
    "policykg.trig": ("application/trig", ox.RdfFormat.TRIG),
    "policykg.ttl": ("text/turtle", ox.RdfFormat.TURTLE),
    "policykg.jsonld": ("application/ld+json", ox.RdfFormat.JSON_LD),
}
NEW = ox.Quad(ox.NamedNode("urn:x:new"), ox.NamedNode("urn:x:p"), ox.Literal("mới"))


def fetch(client: FlaskClient, name: str, **headers: str) -> TestResponse:
    response = client.get(f"/dumps/{name}", headers=headers)
    response.get_data()  # read the file, then let go of it
    response.close()
    return response


def content(response: TestResponse, name: str) -> list[ox.Quad | ox.Triple]:
    data = gzip.decompress(response.data) if name.endswith(".gz") else response.data
    return list(ox.parse(data, FORMATS[name][1]))


def ground(items: list[ox.Quad] | list[ox.Quad | ox.Triple]) -> set[ox.Quad | ox.Triple]:
    return {i for i in items if not any(isinstance(t, ox.BlankNode) for t in i)}


@pytest.mark.parametrize("name", FORMATS)
def test_each_dump_holds_the_graph(
    make_app: Callable[..., Flask], sample_quads: list[ox.Quad], name: str
) -> None:
    response = fetch(make_app().test_client(), name)
    assert response.status_code == 200
    assert response.mimetype == FORMATS[name][0]
    assert response.content_length == len(response.data)
    assert response.headers["ETag"]
    assert response.last_modified is not None
    items = content(response, name)
    merged = {q.triple for q in sample_quads}  # the default graph: each triple once
    if name.endswith(".ttl"):
        expected: list[ox.Quad] | list[ox.Triple] = list(merged)
        items = [q.triple if isinstance(q, ox.Quad) else q for q in items]
    else:  # the named graphs and the default graph
        expected = sample_quads + [ox.Quad(t.subject, t.predicate, t.object) for t in merged]
    assert len(items) == len(expected)
    assert ground(items) == ground(expected)


def test_conditional_requests_get_304(make_app: Callable[..., Flask]) -> None:
    client = make_app().test_client()
    first = fetch(client, "policykg.trig")
    etag = first.headers["ETag"]
    assert fetch(client, "policykg.trig", **{"If-None-Match": etag}).status_code == 304
    since = first.headers["Last-Modified"]
    assert fetch(client, "policykg.trig", **{"If-Modified-Since": since}).status_code == 304
    assert fetch(client, "policykg.trig", **{"If-None-Match": '"other"'}).status_code == 200


def test_a_new_build_gives_new_dumps(make_app: Callable[..., Flask]) -> None:
    app = make_app()
    client = app.test_client()
    old = fetch(client, "policykg.nq.gz")
    with GenerationStore(app.config["STORE_PATH"]).write() as writer:
        writer.add([NEW])
    new = fetch(client, "policykg.nq.gz")
    assert new.headers["ETag"] != old.headers["ETag"]
    assert NEW in content(new, "policykg.nq.gz")
    assert NEW not in content(old, "policykg.nq.gz")
    stale = {"If-None-Match": old.headers["ETag"]}
    assert fetch(client, "policykg.nq.gz", **stale).status_code == 200
    dumps_root = Path(app.config["STORE_PATH"]) / "dumps"
    assert [p.name for p in dumps_root.iterdir()] == ["gen-000002"]  # the old one is gone
    assert not list(dumps_root.glob("*/.*"))  # no temporary files left


def test_index(make_app: Callable[..., Flask]) -> None:
    client = make_app().test_client()
    listing = client.get("/dumps/").get_json()
    assert listing["generation"] == "gen-000001"
    assert [d["name"] for d in listing["dumps"]] == list(FORMATS)
    assert all(d["size"] is None for d in listing["dumps"])
    fetched = fetch(client, "policykg.ttl")
    listing = client.get("/dumps/").get_json()
    sizes = {d["name"]: d["size"] for d in listing["dumps"]}
    assert sizes["policykg.ttl"] == len(fetched.data)
    assert all(d["url"].startswith("http://localhost/dumps/policykg.") for d in listing["dumps"])
    html = client.get("/dumps/", headers={"Accept": "text/html"})
    assert html.mimetype == "text/html"
    assert b'href="http://localhost/dumps/policykg.nq.gz"' in html.data
    assert listing["license"] == "https://www.apache.org/licenses/LICENSE-2.0"


def test_index_page_for_people(make_app: Callable[..., Flask]) -> None:
    """Formats, media types and the licence in the site's layout; opening the page starts
    writing the dumps, so their sizes are there on the next look."""
    client = make_app().test_client()
    html = {"Accept": "text/html"}
    first = client.get("/dumps/", headers=html).get_data(as_text=True)
    assert 'href="/static/style.css"' in first and '<table class="dumps">' in first
    assert first.count("being written") == len(FORMATS)
    row = first.split('href="http://localhost/dumps/policykg.trig"', 1)[1].split("</tr>", 1)[0]
    assert "<td>TriG</td>" in row and "<code>application/trig</code>" in row
    assert 'rel="license" href="https://www.apache.org/licenses/LICENSE-2.0"' in first
    sizes = {name: len(fetch(client, name).data) for name in FORMATS}  # joins the writing
    again = client.get("/dumps/", headers=html).get_data(as_text=True)
    assert "being written" not in again
    assert all(f'title="{size} bytes"' in again for size in sizes.values())


@pytest.mark.parametrize(
    "path",
    [
        "/dumps/CURRENT",
        "/dumps/gen-000001.json",
        "/dumps/..%2fCURRENT",
        "/dumps/%2e%2e%2fCURRENT",
        "/dumps/../CURRENT",
        "/dumps/policykg.nq.gz/../../CURRENT",
        "/dumps/policykg.nq.gz%00",
        "/dumps/%2e%2e",
        "/dumps/gen-000001%2fpolicykg.ttl",
        "/dumps/policykg.NQ.GZ",
    ],
)
def test_only_listed_names_are_served(make_app: Callable[..., Flask], path: str) -> None:
    response = make_app().test_client().get(path)
    assert response.status_code == 404
    assert response.data.startswith(b"404 Not Found")
    response.close()


def test_without_a_store(tmp_path: Path) -> None:
    client = endpoint_app(tmp_path / "nothing-here").test_client()
    assert fetch(client, "policykg.trig").status_code == 503
    assert client.get("/dumps/").get_json()["generation"] is None
