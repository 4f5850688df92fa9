"""From a feed to the meta graph: fetched pages, built, carry their sidecar's facts."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pyoxigraph as ox

from graph_builder.build.builder import build
from graph_builder.config import BuildConfig
from graph_builder.extract.model import Extraction
from graph_builder.fetch.run import Sources, fetch
from graph_builder.fetch.sidecar import url_key
from graph_builder.ingest.article import Article
from graph_builder.rdf.quads import RunInfo
from graph_builder.store.generations import GenerationStore
from tests.fetch.site import make_client, serve_site

RUN = RunInfo(run_id="test", started="2024-01-01T00:00:00+00:00", version="test")
META = """PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX pkg: <https://w3id.org/policykg/ontology#>
SELECT ?id ?title ?issued ?publisher ?source WHERE {
  GRAPH <https://w3id.org/policykg/graph/meta> {
    ?a pkg:articleId ?id ; dcterms:title ?title ; dcterms:issued ?issued ;
       dcterms:publisher ?publisher ; dcterms:source ?source } } ORDER BY ?id"""


def extract(articles: Sequence[Article]) -> list[Extraction]:
    """No NLP: this test is about the article's metadata, not its entities."""
    return [Extraction(doc_id=a.id) for a in articles]


def test_feed_to_meta_graph(tmp_path: Path) -> None:
    with serve_site() as site, make_client() as client:
        fetch(Sources(feeds=(site.url("/feed.atom"),)), out=tmp_path / "raw", client=client)
        url = site.url("/news/c.html")
    config = BuildConfig(store_path=tmp_path / "store", validate=True)
    report = build([tmp_path / "raw"], config, extractor=extract, run=RUN)
    assert not report.failed, report.failed
    assert len(report.built) == 2
    store = GenerationStore(tmp_path / "store").open_read_only()
    rows = {r["id"].value: r for r in store.query(META)}  # type: ignore[union-attr]
    row = rows[url_key(url)]
    assert row["title"] == ox.Literal("Đề án đào tạo", language="vi")
    xsd_datetime = ox.NamedNode("http://www.w3.org/2001/XMLSchema#dateTime")
    assert row["issued"] == ox.Literal("2024-03-05T08:30:00+07:00", datatype=xsd_datetime)
    assert row["publisher"] == ox.Literal("Báo Thử")
    assert row["source"] == ox.NamedNode(url)
