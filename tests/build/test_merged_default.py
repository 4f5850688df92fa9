"""Builds keep the default graph the set of the articles' facts, embedded or remote.

Why: a researcher's COUNT(*) over the default graph must count each fact once, as the
service description and VoID do, whichever store serves it (issue 16).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from graph_builder.build.builder import build, open_backend
from graph_builder.config import BuildConfig
from graph_builder.store.remote import STATE_GRAPH
from tests.build.test_build import RUN, TEXT, FakeExtractor
from tests.store.test_remote import oxigraph_server

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
DISTINCT = f"""SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?p ?o WHERE {{
  GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{STATE_GRAPH}>) }} }}"""
DECISION = """PREFIX pkg: <https://w3id.org/policykg/ontology#>
SELECT (COUNT(*) AS ?n) WHERE { ?d a pkg:Decision }"""
SOURCE_OF = """PREFIX oa: <http://www.w3.org/ns/oa#>
SELECT (COUNT(*) AS ?n) WHERE {{ ?t oa:hasSource <https://w3id.org/policykg/id/article/{id}> }}"""


@pytest.fixture(params=["embedded", "oxigraph-server"])
def store_path(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The embedded store, or an Oxigraph server started without --union-default-graph."""
    if request.param == "embedded":
        yield str(tmp_path / "store")
        return
    with oxigraph_server(tmp_path / "ox") as address:
        yield address


def number(store_path: str, query: str) -> int:
    return int(open_backend(store_path).select(query)[0]["n"])


def write_articles(raw: Path, *ids: str) -> None:
    raw.mkdir(exist_ok=True)
    for n, article_id in enumerate(ids):
        (raw / f"{article_id}.txt").write_text(TEXT + f" Câu {n}.", encoding="utf-8")


def run(raw: Path, store_path: str) -> None:
    config = BuildConfig(store_path=store_path, validate=False)
    build([raw], config, extractor=FakeExtractor(), run=RUN, prune=True)


def test_count_star_equals_the_distinct_count(tmp_path: Path, store_path: str) -> None:
    write_articles(tmp_path / "raw", "a0", "a1", "a2")
    run(tmp_path / "raw", store_path)
    assert number(store_path, COUNT) == number(store_path, DISTINCT) > 0
    assert number(store_path, DECISION) == 1  # stated by three articles, one fact


def test_a_fact_leaves_with_the_last_article_stating_it(tmp_path: Path, store_path: str) -> None:
    raw = tmp_path / "raw"
    write_articles(raw, "a0", "a1")
    run(raw, store_path)
    assert number(store_path, SOURCE_OF.format(id="a1")) > 0
    (raw / "a1.txt").unlink()
    run(raw, store_path)  # a1 pruned: what only a1 said goes, what a0 says too stays
    assert number(store_path, SOURCE_OF.format(id="a1")) == 0
    assert number(store_path, DECISION) == 1
    assert number(store_path, COUNT) == number(store_path, DISTINCT)
    (raw / "a0.txt").unlink()
    run(raw, store_path)  # no article states the decision any more
    assert number(store_path, DECISION) == 0
    assert number(store_path, COUNT) == number(store_path, DISTINCT)
