"""Graphs made on a worker are used only when the builder would mint the same IRIs."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from graph_builder.config import DEFAULT_BASE_IRI
from graph_builder.extract import extract
from graph_builder.ingest import read_article
from graph_builder.iris import Minter
from graph_builder.model import Article, Extraction
from graph_builder.nlp import build_nlp
from graph_builder.oxconvert import to_ox_quads
from graph_builder.prepared import article_quads, prepare
from graph_builder.rdf import extraction_to_quads
from tests.conftest import DATA


@pytest.fixture(scope="module")
def extracted() -> tuple[Extraction, Article]:
    article = read_article(DATA / "unseen" / "lead_decision.txt")
    return extract(article, build_nlp(use_pyvi=False)), article


def serial_quads(ex: Extraction, article: Article, mint: Minter) -> set[ox.Quad]:
    return set(to_ox_quads(extraction_to_quads(ex, article=article, mint=mint)))


def test_the_workers_graph_is_used_when_the_iris_agree(
    extracted: tuple[Extraction, Article],
) -> None:
    ex, article = extracted
    prepared = prepare(ex, article, DEFAULT_BASE_IRI)
    assert len(prepared.minted) >= 3
    quads = article_quads(ex, article, Minter(DEFAULT_BASE_IRI), prepared)
    assert set(quads) == serial_quads(ex, article, Minter(DEFAULT_BASE_IRI))
    assert set(quads) == set(ox.parse(prepared.nquads, format=ox.RdfFormat.N_QUADS))


def test_a_slug_taken_earlier_by_another_key_makes_the_builder_mint_again(
    extracted: tuple[Extraction, Article],
) -> None:
    """The worker cannot know that an earlier article gave the slug to another key."""
    ex, article = extracted
    prepared = prepare(ex, article, DEFAULT_BASE_IRI)
    kind, key, worker_iri = prepared.minted[-1]
    builder, serial = Minter(DEFAULT_BASE_IRI), Minter(DEFAULT_BASE_IRI)
    for earlier in (builder, serial):  # same slug, different key: it owns the slug now
        assert str(earlier.entity(kind, key + " !")) == worker_iri

    quads = set(article_quads(ex, article, builder, prepared))

    assert quads == serial_quads(ex, article, serial)
    subjects = {q.subject.value for q in quads}
    assert worker_iri not in subjects
    assert any(s.startswith(worker_iri + "-") for s in subjects)  # the hash-suffixed IRI
    assert builder.owners == serial.owners
