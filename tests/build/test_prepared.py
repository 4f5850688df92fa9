"""Graphs made on a worker are used only when the builder would mint the same IRIs."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph_builder.build.builder import build
from graph_builder.build.prepared import PreparedGraph, article_quads, prepare_batch
from graph_builder.config import DEFAULT_BASE_IRI, BuildConfig
from graph_builder.extract.extractor import extract
from graph_builder.extract.model import Extraction
from graph_builder.ingest.article import Article
from graph_builder.ingest.reader import read_article
from graph_builder.nlp.pipeline import build_nlp
from graph_builder.rdf.iris import Minter
from graph_builder.rdf.oxconvert import to_ox_quads
from graph_builder.rdf.quads import extraction_to_quads
from graph_builder.textnorm import fold
from graph_builder.validate.shacl import Validator
from tests.build.test_build import RUN, TEXT, FakeExtractor
from tests.conftest import DATA


@pytest.fixture(scope="module")
def extracted() -> tuple[Extraction, Article]:
    article = read_article(DATA / "unseen" / "lead_decision.txt")
    return extract(article, build_nlp(use_pyvi=False)), article


def prepare(ex: Extraction, article: Article, validator: Validator | None = None) -> PreparedGraph:
    return prepare_batch([(ex, article)], DEFAULT_BASE_IRI, validator)[0]


def serial_quads(ex: Extraction, article: Article, mint: Minter) -> set[ox.Quad]:
    return set(to_ox_quads(extraction_to_quads(ex, article=article, mint=mint)))


def test_the_workers_graph_is_used_when_the_iris_agree(
    extracted: tuple[Extraction, Article],
) -> None:
    ex, article = extracted
    prepared = prepare(ex, article)
    assert len(prepared.minted) >= 3
    quads, screened = article_quads(ex, article, Minter(DEFAULT_BASE_IRI), prepared)
    assert set(quads) == serial_quads(ex, article, Minter(DEFAULT_BASE_IRI))
    assert set(quads) == set(ox.parse(prepared.nquads, format=ox.RdfFormat.N_QUADS))
    assert screened is False and prepared.screened is None  # no validator on the worker


def same_slug_other_key(key: str) -> str:
    """Without its diacritics: the same slug, but another key (punctuation would not do:
    keys differing only in punctuation are one key)."""
    assert fold(key) != key, key
    return fold(key)


def test_the_workers_screen_is_kept_only_with_its_graph(
    extracted: tuple[Extraction, Article],
) -> None:
    ex, article = extracted
    prepared = prepare(ex, article, Validator())
    assert prepared.screened is True
    assert article_quads(ex, article, Minter(DEFAULT_BASE_IRI), prepared)[1] is True
    builder = Minter(DEFAULT_BASE_IRI)
    kind, key, _, _ = prepared.minted[-1]
    builder.entity(kind, same_slug_other_key(key))
    assert article_quads(ex, article, builder, prepared)[1] is False  # converted again


def test_a_slug_taken_earlier_by_another_key_makes_the_builder_mint_again(
    extracted: tuple[Extraction, Article],
) -> None:
    """The worker cannot know that an earlier article gave the slug to another key."""
    ex, article = extracted
    prepared = prepare(ex, article)
    kind, key, _, worker_iri = prepared.minted[-1]
    builder, serial = Minter(DEFAULT_BASE_IRI), Minter(DEFAULT_BASE_IRI)
    for earlier in (builder, serial):  # same slug, different key: it owns the slug now
        assert str(earlier.entity(kind, same_slug_other_key(key))) == worker_iri

    quads = set(article_quads(ex, article, builder, prepared)[0])

    assert quads == serial_quads(ex, article, serial)
    subjects = {q.subject.value for q in quads}
    assert worker_iri not in subjects
    assert any(s.startswith(worker_iri + "-") for s in subjects)  # the hash-suffixed IRI
    assert builder.owners == serial.owners


class ExtractorWithWorkerGraphs:
    """What DaskExtractor hands the builder, in process: extractions, and graphs made and
    screened as a worker makes them; a2's target loses its unit (a SHACL violation)."""

    def __init__(self) -> None:
        self.prepared: dict[str, PreparedGraph] = {}
        self.fake = FakeExtractor()

    def __call__(self, articles: Sequence[Article]) -> list[Extraction]:
        exs = [
            replace(ex, targets=(replace(ex.targets[0], unit=""),)) if ex.doc_id == "a2" else ex
            for ex in self.fake(articles)
        ]
        pairs = list(zip(exs, articles, strict=True))
        graphs = prepare_batch(pairs, DEFAULT_BASE_IRI, Validator())
        self.prepared.update((ex.doc_id, g) for ex, g in zip(exs, graphs, strict=True))
        return exs


def test_a_build_from_worker_graphs_still_stops_a_violation(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in ("a1", "a2"):
        (raw / f"{name}.txt").write_text(TEXT + name, encoding="utf-8")
    extractor = ExtractorWithWorkerGraphs()
    config = BuildConfig(store_path=tmp_path / "store", validate=True)

    report = build([raw], config, extractor=extractor, run=RUN)

    assert report.built == ["a1"]
    [(path, reason)] = report.failed
    assert path.endswith("a2.txt") and reason.startswith("SHACL: 1 violation")
    assert extractor.prepared == {}  # each worker graph was taken
