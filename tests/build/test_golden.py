"""Golden files: a small article through the whole pipeline, compared as isomorphic graphs.

Run `pytest tests/test_golden.py --update-golden` to rewrite expected.trig on purpose;
review the diff before committing it.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph
from rdflib.compare import graph_diff, to_isomorphic

from graph_builder.extract.extractor import extract
from graph_builder.ingest.reader import read_article
from graph_builder.nlp.pipeline import build_nlp
from graph_builder.rdf.iris import Minter
from graph_builder.rdf.oxconvert import from_ox_term, to_ox_quads
from graph_builder.rdf.provenance import article_meta_quads
from graph_builder.rdf.quads import RunInfo, extraction_to_quads
from graph_builder.store.ops import PREFIXES
from tests.conftest import DATA

GOLDEN = DATA / "golden"
RUN = RunInfo(run_id="golden", started="2024-01-01T00:00:00+00:00", version="golden")
CASES = sorted(p for p in GOLDEN.iterdir() if p.is_dir())


def build_dataset(source: Path) -> Dataset:
    article = read_article(source)
    article = type(article)(
        **{**{f: getattr(article, f) for f in article.__slots__}, "path": source.name}
    )
    ex = extract(article, build_nlp(use_pyvi=False))
    mint = Minter("https://w3id.org/policykg/")
    ds = Dataset()
    for s, p, o, g in [
        *extraction_to_quads(ex, article=article, mint=mint),
        *article_meta_quads(article, mint=mint, run=RUN),
    ]:
        ds.graph(g).add((s, p, o))
    return ds


def serialise(ds: Dataset) -> bytes:
    quads = sorted(((s, p, o, g.identifier) for g in ds.graphs() for s, p, o in g), key=str)
    return ox.serialize(to_ox_quads(quads), format=ox.RdfFormat.TRIG, prefixes=PREFIXES) or b""


def parse_named(path: Path) -> dict[str, Graph]:
    """Oxigraph parses (rdflib's TriG parser goes through deprecated Dataset APIs)."""
    graphs: dict[str, Graph] = {}
    for q in ox.parse(path=str(path), format=ox.RdfFormat.TRIG):
        graph = graphs.setdefault(q.graph_name.value, Graph())  # type: ignore[union-attr]
        graph.add((from_ox_term(q.subject), from_ox_term(q.predicate), from_ox_term(q.object)))
    return graphs


def named(ds: Dataset) -> dict[str, Graph]:
    return {str(g.identifier): g for g in ds.graphs() if len(g)}


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_golden(case: Path, request: pytest.FixtureRequest) -> None:
    actual = build_dataset(case / "input.txt")
    expected_file = case / "expected.trig"
    if request.config.getoption("--update-golden") or not expected_file.exists():
        expected_file.write_bytes(serialise(actual))
        if not request.config.getoption("--update-golden"):
            pytest.fail(f"{expected_file} was missing and has been written: review and commit it")
    got, want = named(actual), parse_named(expected_file)
    assert set(got) == set(want)
    for name in want:
        _, only_expected, only_actual = graph_diff(
            to_isomorphic(want[name]), to_isomorphic(got[name])
        )
        assert not (len(only_expected) or len(only_actual)), (
            f"{name}\nmissing:\n{only_expected.serialize(format='nt')}\n"
            f"unexpected:\n{only_actual.serialize(format='nt')}"
        )
