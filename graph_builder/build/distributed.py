"""Extraction on a Dask cluster: a LocalCluster here, a scheduler address on a real one.

Workers extract each article, convert it to RDF with its provenance (pure functions of
the article) and screen their batch against the shapes; the builder checks the workers'
entity IRIs against its slug registry (graph_builder/build/prepared.py), then validates what
is left and loads in input order, so a distributed build writes exactly the graph a
serial build writes. Each worker assembles the spaCy pipeline once and keeps it for
later batches.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from graph_builder.build.prepared import PreparedGraph, prepare_batch
from graph_builder.config import BuildConfig
from graph_builder.extract.model import Extraction
from graph_builder.ingest.article import Article
from graph_builder.validate.shacl import Validator

BATCHES_PER_WORKER = 4
CHUNK_PER_WORKER = 128  # articles per worker per round trip


@cache
def _worker_nlp(vocab_dir: str, use_pyvi: bool) -> Any:
    from graph_builder.nlp.pipeline import build_nlp

    return build_nlp(vocab_dir=Path(vocab_dir), use_pyvi=use_pyvi)


@cache
def _worker_validator() -> Validator:
    return Validator()


def extract_batch(
    articles: list[Article], vocab_dir: str, use_pyvi: bool, base_iri: str, validate: bool
) -> list[tuple[Extraction, PreparedGraph]]:
    """Runs on a worker; module-level so Dask can pickle it by reference."""
    from graph_builder.extract.extractor import extract_many

    extractions = extract_many(articles, _worker_nlp(vocab_dir, use_pyvi))
    validator = _worker_validator() if validate else None
    graphs = prepare_batch(list(zip(extractions, articles, strict=True)), base_iri, validator)
    return list(zip(extractions, graphs, strict=True))


def batches(items: Sequence[Article], count: int) -> list[list[Article]]:
    """Split into at most `count` contiguous batches of near-equal size, order kept."""
    count = max(1, min(count, len(items)))
    size, extra = divmod(len(items), count)
    out, start = [], 0
    for index in range(count):
        end = start + size + (1 if index < extra else 0)
        out.append(list(items[start:end]))
        start = end
    return [b for b in out if b]


class DaskExtractor:
    """An `Extractor` (articles -> extractions) that fans out over a Dask cluster.

    The cluster (and each worker's pipeline) is started on the first batch and kept until
    `close()`: starting a LocalCluster per batch cost seconds. Use it as a context manager.
    """

    def __init__(self, config: BuildConfig, *, workers: int = 2, scheduler: str | None = None):
        self.config = config
        self.workers = workers
        self.scheduler = scheduler
        self.chunk_size = CHUNK_PER_WORKER * workers  # read by build(): batch per round trip
        self._client: Any = None
        self._cluster: Any = None
        self.prepared: dict[str, PreparedGraph] = {}  # article id -> graph; build() pops

    def __enter__(self) -> DaskExtractor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _connect(self) -> Any:
        from dask.distributed import Client, LocalCluster

        if self._client is None:
            if not self.scheduler:
                self._cluster = LocalCluster(
                    n_workers=self.workers,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                    host="127.0.0.1",
                )
            self._client = Client(self.scheduler or self._cluster)
        return self._client

    def __call__(self, articles: Sequence[Article]) -> list[Extraction]:
        return self.submit(articles)()

    def submit(self, articles: Sequence[Article]) -> Callable[[], list[Extraction]]:
        """Start extracting on the cluster; the returned callable waits for the result."""
        client = self._connect()
        width = len(client.scheduler_info()["workers"]) or self.workers
        futures = client.map(
            extract_batch,
            batches(articles, width * BATCHES_PER_WORKER),
            vocab_dir=str(self.config.vocab_dir),
            use_pyvi=self.config.use_pyvi,
            base_iri=self.config.base_iri,
            validate=self.config.validate,
            pure=False,
        )

        def wait() -> list[Extraction]:
            results: list[list[tuple[Extraction, PreparedGraph]]] = client.gather(futures)
            pairs = [pair for part in results for pair in part]
            self.prepared.update((ex.doc_id, graph) for ex, graph in pairs)
            return [ex for ex, _ in pairs]

        return wait

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
        if self._cluster is not None:
            self._cluster.close()
        self._client = self._cluster = None
