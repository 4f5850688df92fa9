"""The benchmark's synthetic articles and quads are well formed and extractable."""

from __future__ import annotations

import random
from pathlib import Path

import pyoxigraph as ox

from bench.generate import article, nquads, write_corpus
from graph_builder.extract import extract
from graph_builder.ingest import read_article
from graph_builder.nlp import build_nlp


def test_generated_articles_repeat_and_extract(tmp_path: Path) -> None:
    assert article(random.Random(1), 0) == article(random.Random(1), 0)
    [path] = write_corpus(tmp_path, 1, seed=3)
    ex = extract(read_article(path), build_nlp(use_pyvi=False))
    assert any(p.number and p.number.endswith("/QĐ-UBND") for p in ex.policies)
    assert len(ex.targets) == 1 and ex.events and ex.people


def test_generated_nquads_parse() -> None:
    quads = list(ox.parse("".join(nquads(300)), format=ox.RdfFormat.N_QUADS))
    assert len(quads) == 300
    assert len({q.graph_name for q in quads}) == 5
