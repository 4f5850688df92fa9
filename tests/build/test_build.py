"""The builder: incremental, failure-tolerant, all-or-nothing per run."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph_builder.build.builder import build, collect_files
from graph_builder.config import VOCAB_DIR, BuildConfig
from graph_builder.extract.model import Extraction
from graph_builder.ingest.article import Article
from graph_builder.rdf.quads import RunInfo
from graph_builder.store.generations import GenerationStore
from tests.factories import TEXT, sample_extraction

RUN = RunInfo(run_id="test", started="2024-01-01T00:00:00+00:00", version="test")
BASE = "https://w3id.org/policykg/"


class FakeExtractor:
    """Returns the sample extraction for every article and records what it was given."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, articles: Sequence[Article]) -> list[Extraction]:
        self.seen.extend(a.id for a in articles)
        return [replace(sample_extraction(a.id, a.text), doc_id=a.id) for a in articles]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a1.txt").write_text(TEXT, encoding="utf-8")
    (raw / "a2.txt").write_text(TEXT + " Bài thứ hai.", encoding="utf-8")
    return raw


def config(tmp_path: Path, *, validate: bool = False) -> BuildConfig:
    return BuildConfig(store_path=tmp_path / "store", validate=validate)


def graph_names(store: ox.Store) -> set[str]:
    return {g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode)}


def test_build_writes_one_graph_per_article_plus_meta(tmp_path: Path, corpus: Path) -> None:
    report = build([corpus], config(tmp_path), extractor=FakeExtractor(), run=RUN)
    assert sorted(report.built) == ["a1", "a2"]
    store = GenerationStore(tmp_path / "store").open_read_only()
    names = graph_names(store)
    assert {BASE + "graph/a1", BASE + "graph/a2", BASE + "graph/meta"} <= names
    assert BASE + "graph/ontology" in names
    assert report.entities["Policy"] == 2
    assert report.triples == len(store)


def test_unchanged_articles_are_skipped(tmp_path: Path, corpus: Path) -> None:
    build([corpus], config(tmp_path), extractor=FakeExtractor(), run=RUN)
    again = FakeExtractor()
    (corpus / "a2.txt").write_text(TEXT + " Thêm một câu.", encoding="utf-8")
    report = build([corpus], config(tmp_path), extractor=again, run=RUN)
    assert report.skipped == ["a1"]
    assert again.seen == ["a2"]


def test_a_changed_extraction_rebuilds_every_article(tmp_path: Path, corpus: Path) -> None:
    """Same bytes, other gazetteers (as after an upgrade): yesterday's graphs must go."""
    vocab = tmp_path / "vocab"
    shutil.copytree(VOCAB_DIR, vocab)
    with_vocab = replace(config(tmp_path), vocab_dir=vocab)
    build([corpus], with_vocab, extractor=FakeExtractor(), run=RUN)
    unchanged = build([corpus], with_vocab, extractor=FakeExtractor(), run=RUN)
    assert unchanged.skipped == ["a1", "a2"] and not unchanged.rebuilt_all
    with (vocab / "places.ttl").open("a", encoding="utf-8") as ttl:
        ttl.write("\n# one more line\n")
    again = FakeExtractor()
    report = build([corpus], with_vocab, extractor=again, run=RUN)
    assert report.rebuilt_all and sorted(again.seen) == ["a1", "a2"] and not report.skipped


def test_labels_follow_the_new_extraction_and_iris_stay(tmp_path: Path, corpus: Path) -> None:
    """A label the registry kept from older code is chosen again when every article is
    rebuilt; the IRI does not move."""
    build([corpus], config(tmp_path), extractor=FakeExtractor(), run=RUN)
    state_file = next((tmp_path / "store").glob("gen-*[0-9].json"))
    state = json.loads(state_file.read_text(encoding="utf-8"))
    labels = {k: v for k, v in state["minted"].items() if k.startswith("@")}
    assert labels
    stale = {k: "NHÃN CŨ" for k in labels}  # as an older extraction chose them
    state["minted"] |= stale
    del state["info"]["extraction"]
    state_file.write_text(json.dumps(state), encoding="utf-8")
    build([corpus], config(tmp_path), extractor=FakeExtractor(), run=RUN)
    state_file = next(iter(sorted((tmp_path / "store").glob("gen-*[0-9].json"))[-1:]))
    minted = json.loads(state_file.read_text(encoding="utf-8"))["minted"]
    assert {k: minted[k] for k in labels} == labels
    assert {k: v for k, v in minted.items() if not k.startswith("@")} == {
        k: v for k, v in state["minted"].items() if not k.startswith("@")
    }


def test_a_store_built_before_the_fingerprint_is_rebuilt(tmp_path: Path, corpus: Path) -> None:
    build([corpus], config(tmp_path), extractor=FakeExtractor(), run=RUN)
    state_file = next((tmp_path / "store").glob("gen-*[0-9].json"))
    state = json.loads(state_file.read_text(encoding="utf-8"))
    del state["info"]["extraction"]
    state_file.write_text(json.dumps(state), encoding="utf-8")
    again = FakeExtractor()
    assert build([corpus], config(tmp_path), extractor=again, run=RUN).rebuilt_all
    assert sorted(again.seen) == ["a1", "a2"]


def test_a_rebuild_with_nothing_changed_publishes_nothing(tmp_path: Path, corpus: Path) -> None:
    build([corpus], config(tmp_path), extractor=FakeExtractor(), run=RUN)
    store = GenerationStore(tmp_path / "store")
    version = store.version()
    analytics = store.current_path().with_suffix(".analytics.json")  # type: ignore[union-attr]
    written = analytics.stat().st_mtime_ns
    report = build([corpus], config(tmp_path), extractor=FakeExtractor(), run=RUN)
    assert report.skipped == ["a1", "a2"] and not report.built
    assert store.version() == version  # readers and dumps keep their generation
    assert analytics.stat().st_mtime_ns == written  # and its analytics are not recomputed
    assert [p.name for p in store.root.glob("gen-*") if p.is_dir()] == [version]


def test_bad_file_is_reported_and_the_rest_goes_on(tmp_path: Path, corpus: Path) -> None:
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    report = build([corpus], config(tmp_path), extractor=FakeExtractor(), run=RUN)
    reasons = dict(report.failed)
    assert "empty file" in reasons[str(corpus / "empty.txt")]
    assert "binary" in reasons[str(corpus / "binary.txt")]
    assert sorted(report.built) == ["a1", "a2"]


def test_prune_removes_articles_no_longer_present(tmp_path: Path, corpus: Path) -> None:
    build([corpus], config(tmp_path), extractor=FakeExtractor(), run=RUN)
    (corpus / "a2.txt").unlink()
    report = build([corpus], config(tmp_path), extractor=FakeExtractor(), run=RUN, prune=True)
    assert report.removed == ["a2"]
    store = GenerationStore(tmp_path / "store").open_read_only()
    assert BASE + "graph/a2" not in graph_names(store)
    meta = ox.NamedNode(BASE + "graph/meta")
    article = ox.NamedNode(BASE + "id/article/a2")
    assert not list(store.quads_for_pattern(article, None, None, meta))


def test_extractor_crash_on_one_article_is_reported(tmp_path: Path, corpus: Path) -> None:
    fake = FakeExtractor()

    def crash_on_a2(articles: Sequence[Article]) -> list[Extraction]:
        if any(a.id == "a2" for a in articles):
            raise RuntimeError("extractor died")
        return fake(articles)

    report = build([corpus], config(tmp_path), extractor=crash_on_a2, run=RUN)
    assert report.built == ["a1"]
    assert report.failed == [
        (str(corpus / "a2.txt"), "extraction failed: RuntimeError: extractor died")
    ]


class AheadExtractor(FakeExtractor):
    """Works one batch ahead (like the Dask extractor); fails whole batches holding a3."""

    chunk_size = 2

    def __init__(self) -> None:
        super().__init__()
        self.submitted: list[list[str]] = []

    def submit(self, articles: Sequence[Article]) -> Callable[[], list[Extraction]]:
        self.submitted.append([a.id for a in articles])

        def wait() -> list[Extraction]:
            if any(a.id == "a3" for a in articles):
                raise RuntimeError("worker lost")
            return self(articles)

        return wait

    def __call__(self, articles: Sequence[Article]) -> list[Extraction]:
        if any(a.id == "a3" for a in articles):
            raise RuntimeError("bad article")
        return super().__call__(articles)


def test_an_extractor_working_ahead_keeps_order_and_isolates_failures(
    tmp_path: Path, corpus: Path
) -> None:
    for n in (3, 4, 5):
        (corpus / f"a{n}.txt").write_text(TEXT + f" Bài {n}.", encoding="utf-8")
    ahead = AheadExtractor()
    report = build([corpus], config(tmp_path), extractor=ahead, run=RUN)
    assert ahead.submitted == [["a1", "a2"], ["a3", "a4"], ["a5"]]
    assert report.built == ["a1", "a2", "a4", "a5"]  # a4 retried alone, after its batch failed
    assert report.failed == [
        (str(corpus / "a3.txt"), "extraction failed: RuntimeError: bad article")
    ]


def test_duplicate_content_is_reported(tmp_path: Path, corpus: Path) -> None:
    (corpus / "copy.txt").write_bytes((corpus / "a1.txt").read_bytes())
    report = build([corpus], config(tmp_path), extractor=FakeExtractor(), run=RUN)
    assert sorted(report.built) == ["a1", "a2"]
    assert report.failed == [(str(corpus / "copy.txt"), "duplicate of article a1 (same content)")]


def test_iris_are_stable_across_incremental_builds(tmp_path: Path, corpus: Path) -> None:
    build([corpus], config(tmp_path), extractor=FakeExtractor(), run=RUN)
    first = GenerationStore(tmp_path / "store").state().minted
    (corpus / "a1.txt").write_text(TEXT + " Khác.", encoding="utf-8")
    build([corpus], config(tmp_path), extractor=FakeExtractor(), run=RUN)
    assert GenerationStore(tmp_path / "store").state().minted == first


def test_collect_files_finds_articles_sorted(tmp_path: Path) -> None:
    for name in ("b.html", "a.txt", "c.pdf", "sub/d.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("x")
    found = [p.relative_to(tmp_path).as_posix() for p in collect_files([tmp_path])]
    assert found == ["a.txt", "b.html", "sub/d.txt"]


def test_shacl_violation_stops_that_article_with_a_report(tmp_path: Path, corpus: Path) -> None:
    fake = FakeExtractor()

    def bad_target_in_a2(articles: Sequence[Article]) -> list[Extraction]:
        out = fake(articles)
        return [
            replace(ex, targets=(replace(ex.targets[0], unit=""),)) if ex.doc_id == "a2" else ex
            for ex in out
        ]

    report = build([corpus], config(tmp_path, validate=True), extractor=bad_target_in_a2, run=RUN)
    assert report.built == ["a1"]
    [(path, reason)] = report.failed
    assert path.endswith("a2.txt") and reason.startswith("SHACL: 1 violation")
    store = GenerationStore(tmp_path / "store").open_read_only()
    assert BASE + "graph/a2" not in graph_names(store)


def test_a_file_that_vanishes_is_reported(tmp_path: Path, corpus: Path) -> None:
    gone = corpus / "gone.txt"
    report = build([corpus, gone], config(tmp_path), extractor=FakeExtractor(), run=RUN)
    assert sorted(report.built) == ["a1", "a2"]
    assert report.failed[0][0] == str(gone) and "cannot read" in report.failed[0][1]


def test_the_report_times_publication_and_analytics(tmp_path: Path, corpus: Path) -> None:
    report = build([corpus], config(tmp_path), extractor=FakeExtractor(), run=RUN)
    assert 0 < report.seconds["published"] <= report.seconds["total"]


def special_files(raw: Path) -> None:
    """What a careless copy leaves in a folder of articles."""
    os.mkfifo(raw / "pipe.txt")
    (raw / "zero.txt").symlink_to("/dev/zero")
    (raw / "random.html").symlink_to("/dev/urandom")
    with (raw / "sparse.txt").open("wb") as handle:
        handle.truncate(5 * 1024**3)


def test_special_and_oversize_files_are_reported_and_the_rest_build(
    tmp_path: Path, corpus: Path
) -> None:
    special_files(corpus)
    report = build([corpus], config(tmp_path), extractor=FakeExtractor(), run=RUN)
    assert sorted(report.built) == ["a1", "a2"]
    reasons = {Path(path).name: reason for path, reason in report.failed}
    assert set(reasons) == {"pipe.txt", "zero.txt", "random.html", "sparse.txt"}
    assert "named pipe" in reasons["pipe.txt"]
    assert "character device" in reasons["zero.txt"]
    assert "over the" in reasons["sparse.txt"]


def test_a_failing_file_does_not_take_the_id_of_a_good_one(tmp_path: Path, corpus: Path) -> None:
    (corpus / "good.html").write_text("<html><body></body></html>", encoding="utf-8")
    (corpus / "good.txt").write_text(TEXT + " Bài tốt.", encoding="utf-8")
    report = build([corpus], config(tmp_path), extractor=FakeExtractor(), run=RUN)
    assert "good" in report.built
    assert [Path(p).name for p, _ in report.failed] == ["good.html"]


def test_of_two_good_files_with_one_stem_the_first_wins_and_the_other_is_reported(
    tmp_path: Path, corpus: Path
) -> None:
    (corpus / "same.html").write_text(f"<html><body><p>{TEXT}</p></body></html>", "utf-8")
    (corpus / "same.txt").write_text(TEXT + " Bản khác.", encoding="utf-8")
    report = build([corpus], config(tmp_path), extractor=FakeExtractor(), run=RUN)
    assert report.built.count("same") == 1
    assert [(Path(p).name, r) for p, r in report.failed] == [
        ("same.txt", f"same article id as {corpus / 'same.html'}: skipped")
    ]
    again = build([corpus], config(tmp_path), extractor=FakeExtractor(), run=RUN)
    assert "same" in again.skipped  # the winner is unchanged; the loser is reported again
