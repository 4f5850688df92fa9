"""The benchmark's synthetic articles and quads are well formed and extractable."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pyoxigraph as ox

from bench.generate import article, nquads, write_corpus
from graph_builder.extract.extractor import extract
from graph_builder.ingest.reader import read_article
from graph_builder.nlp.pipeline import build_nlp


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


def test_scaled_dataset_has_the_size_and_real_shapes(tmp_path: Path) -> None:
    from bench.scale import RAW, write_dataset

    raw = tmp_path / "raw"  # the five development articles: 30,000 quads are three copies
    raw.mkdir()
    for source in sorted(RAW.glob("00*.txt")):
        (raw / source.name).write_bytes(source.read_bytes())
    path = tmp_path / "data.nq"
    assert write_dataset(path, 30_000, raw=raw) == 30_000
    store = ox.Store()
    store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
    assert len(store) == 30_000
    policies = "SELECT DISTINCT ?p WHERE { ?p a <https://w3id.org/policykg/ontology#Policy> }"
    found = {row["p"].value for row in store.query(policies, use_default_graph_as_union=True)}
    assert any(iri.endswith("-r1") for iri in found) and any(iri.endswith("-r2") for iri in found)
    originals = {iri for iri in found if not re.search(r"-r\d+$", iri)}
    assert originals, "copy 0 keeps data/raw's IRIs, so queries naming them find rows"
