"""`policykg build`: articles on disk -> validated named graphs in a new store generation.

Incremental by content hash: an article whose bytes are unchanged is skipped, a
changed one replaces its named graph. One article's failure (unreadable file,
extraction error, SHACL violation) is reported with the file and reason and the rest
go on. The whole run is published as one generation, so a killed build changes nothing.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from graph_builder import __version__
from graph_builder.analytics.refresh import write_analytics
from graph_builder.build.batching import Extractor, chunks, extracted_chunks, validated
from graph_builder.build.fingerprint import extraction_fingerprint
from graph_builder.build.inputs import collect_files, read_changed
from graph_builder.build.prepared import article_graphs
from graph_builder.build.report import BuildReport
from graph_builder.config import ONTOLOGY_FILE, BuildConfig
from graph_builder.ingest.article import Article
from graph_builder.rdf.iris import Minter, without_labels
from graph_builder.rdf.oxconvert import to_ox_quads
from graph_builder.rdf.provenance import article_meta_quads, build_activity_quads
from graph_builder.rdf.quads import RunInfo
from graph_builder.store.generations import GenerationStore, Writer
from graph_builder.store.remote import RemoteStore, RemoteWriter, is_remote
from graph_builder.validate.shacl import Validator

log = logging.getLogger(__name__)
CHUNK = 64  # articles extracted and loaded together


def default_extractor(config: BuildConfig) -> Extractor:
    """The spaCy pipeline, built once (it loads the gazetteers)."""
    from graph_builder.extract.extractor import extract_many
    from graph_builder.nlp.pipeline import build_nlp

    nlp = build_nlp(vocab_dir=config.vocab_dir, use_pyvi=config.use_pyvi)
    return lambda articles: extract_many(articles, nlp)


def run_info() -> RunInfo:
    now = datetime.now(UTC).replace(microsecond=0)
    return RunInfo(
        run_id=now.strftime("%Y%m%dT%H%M%SZ"), started=now.isoformat(), version=__version__
    )


def build(
    paths: Sequence[Path],
    config: BuildConfig,
    *,
    extractor: Extractor | None = None,
    run: RunInfo | None = None,
    prune: bool = False,
    progress: Callable[[Iterable[Any]], Iterable[Any]] = lambda items: items,
) -> BuildReport:
    report = BuildReport()
    started = time.perf_counter()
    run = run or run_info()
    files = collect_files(paths)
    generations = open_backend(config.store_path)
    before = generations.current_path() if isinstance(generations, GenerationStore) else None
    touched: set[str] = set()  # entities of the graphs written: what analytics must revisit
    validator = Validator() if config.validate else None
    with generations.write() as writer:
        fingerprint = extraction_fingerprint(config)
        rebuild_all = writer.state.info.get("extraction") != fingerprint
        if rebuild_all and writer.state.articles:
            log.info("the extraction changed since the last build: every article is rebuilt")
            report.rebuilt_all = True
        known = writer.state.minted
        if rebuild_all and set(writer.state.articles) <= {p.stem for p in files}:
            known = without_labels(known)  # every graph is rewritten: labels follow the code
        mint = Minter(config.base_iri, known=known)
        writer.ensure_merged()  # the default graph: every named graph's facts, once
        _ensure_reference_graphs(writer, mint, config)
        todo = read_changed(files, writer, report, rebuild_all=rebuild_all)
        if todo:
            extract = extractor or default_extractor(config)
            size = getattr(extract, "chunk_size", CHUNK)
            prepared = getattr(extract, "prepared", {})  # graphs made by Dask workers
            for extracted in extracted_chunks(extract, chunks(progress(todo), size), report):
                graphs, screened = article_graphs(extracted, mint, prepared)
                loaded = [(a, q) for _, a, q in validated(validator, graphs, report, screened)]
                touched |= _load_articles(writer, loaded, mint=mint, run=run, report=report)
            _write_quads(writer, build_activity_quads(mint=mint, run=run))
        if prune:
            _prune(writer, mint, keep={p.stem for p in files}, report=report)
        writer.state.minted = mint.owners
        report.candidates = sorted(set(mint.candidates))
        writer.state.info.update(
            built_at=run.started,
            version=run.version,
            articles=len(writer.state.articles),
            extraction=fingerprint,
        )
    report.seconds["published"] = time.perf_counter() - started  # readers see the change
    _summarise(generations, report)
    write_analytics(
        generations,
        before,
        touched=touched,
        changed=len(report.built),
        removed=bool(report.removed),
    )
    report.seconds["total"] = time.perf_counter() - started  # + whole-graph analytics
    return report


def open_backend(spec: Path | str) -> GenerationStore | RemoteStore:
    """A local generation store, or a remote SPARQL server for `sparql+http://...`."""
    return RemoteStore(str(spec)) if is_remote(spec) else GenerationStore(spec)


def _load_articles(
    writer: Writer | RemoteWriter,
    articles: list[tuple[Article, list[ox.Quad]]],
    *,
    mint: Minter,
    run: RunInfo,
    report: BuildReport,
) -> set[str]:
    """Old graphs and records out, then one write for the whole batch (one small write per
    article cost more than extracting it). Returns the IRIs written."""
    batch: list[ox.Quad] = []
    for article, quads in articles:
        writer.drop_graph(ox.NamedNode(str(mint.article_graph(article.id))))
        _remove_meta(writer, mint, article.id)
        batch += quads
        batch += to_ox_quads(article_meta_quads(article, mint=mint, run=run))
    writer.add(batch)
    for article, _ in articles:
        writer.state.articles[article.id] = article.sha256
        report.built.append(article.id)
    return {t.value for q in batch for t in (q.subject, q.object) if isinstance(t, ox.NamedNode)}


def _write_quads(writer: Writer | RemoteWriter, quads: Iterable[Any]) -> None:
    writer.add(to_ox_quads(quads))


def _remove_meta(writer: Writer | RemoteWriter, mint: Minter, article_id: str) -> None:
    meta = ox.NamedNode(str(mint.meta_graph()))
    nodes = (mint.article(article_id), mint.article_graph(article_id))
    writer.remove_about(meta, [ox.NamedNode(str(node)) for node in nodes])


def _prune(
    writer: Writer | RemoteWriter, mint: Minter, *, keep: set[str], report: BuildReport
) -> None:
    """Drop articles that are no longer among the inputs."""
    for article_id in sorted(set(writer.state.articles) - keep):
        writer.drop_graph(ox.NamedNode(str(mint.article_graph(article_id))))
        _remove_meta(writer, mint, article_id)
        del writer.state.articles[article_id]
        report.removed.append(article_id)


def _ensure_reference_graphs(
    writer: Writer | RemoteWriter, mint: Minter, config: BuildConfig
) -> None:
    """Ontology and gazetteers in their own graphs, reloaded only when their files change."""
    sources = {
        str(mint.ontology_graph()): [ONTOLOGY_FILE],
        f"{config.base_iri.rstrip('/')}/graph/vocab": sorted(config.vocab_dir.glob("*.ttl")),
    }
    hashes = writer.state.info.setdefault("reference_graphs", {})
    for graph_iri, files in sources.items():
        digest = hashlib.sha256(b"".join(f.read_bytes() for f in files if f.exists())).hexdigest()
        if hashes.get(graph_iri) == digest:
            continue
        graph = ox.NamedNode(graph_iri)
        writer.drop_graph(graph)
        for file in files:
            if file.exists():
                writer.load_file(file, ox.RdfFormat.TURTLE, graph)
        hashes[graph_iri] = digest


def _summarise(generations: GenerationStore | RemoteStore, report: BuildReport) -> None:
    """Entity counts of the published graph, for the build summary and /health."""
    rows = generations.select(
        "PREFIX pkg: <https://w3id.org/policykg/ontology#> "
        "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { "
        "VALUES ?c { pkg:Policy pkg:Organisation pkg:Person pkg:Event pkg:Target pkg:Place "
        "pkg:Post } ?s a ?c } } GROUP BY ?c"
    )
    for row in rows:
        report.entities[row["c"].rsplit("#", 1)[-1]] = int(row["n"])
    report.triples = generations.quad_count()
    report.generation = generations.version()
