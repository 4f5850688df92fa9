"""Build throughput (articles/s, MB/s) next to pyvi tokenisation alone on the same text,
and `policykg load` next to pyoxigraph's bulk load of the same N-Quads."""

from __future__ import annotations

import argparse
import contextlib
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from bench.generate import nquads, write_corpus
from graph_builder.build.builder import build
from graph_builder.build.distributed import DaskExtractor
from graph_builder.config import BuildConfig
from graph_builder.extract.extractor import extract_many
from graph_builder.ingest.reader import read_article
from graph_builder.nlp.pipeline import build_nlp
from graph_builder.store.generations import GenerationStore
from graph_builder.store.loader import load_files


def build_row(
    count: int, tmp: Path, *, validate: bool = True, workers: int = 1, use_pyvi: bool = True
) -> str:
    """One timed build of `count` fresh articles, next to pyvi alone on the same texts."""
    raw = tmp / f"raw{count}"
    paths = write_corpus(raw, count)
    megabytes = sum(p.stat().st_size for p in paths) / 1e6
    config = BuildConfig(
        store_path=tmp / f"store{count}-{validate}-{workers}-{use_pyvi}",
        validate=validate,
        use_pyvi=use_pyvi,
    )
    with contextlib.ExitStack() as stack:
        extractor = None
        if workers > 1:
            extractor = stack.enter_context(DaskExtractor(config, workers=workers))
        started = time.perf_counter()
        report = build([raw], config, extractor=extractor)
        took = time.perf_counter() - started
    floor = pyvi_seconds([p.read_text(encoding="utf-8") for p in paths])
    pipeline = pipeline_seconds(paths, use_pyvi)
    how = f"{'SHACL' if validate else 'no SHACL'}, {'pyvi' if use_pyvi else 'no pyvi'}"
    return (
        f"| {count:,} | {how} | {workers} | {len(report.built):,} | {count / took:.1f} | "
        f"{megabytes / took:.3f} | {count / floor:.1f} | {floor / took:.2f} | "
        f"{count / pipeline:.1f} | {floor / pipeline:.2f} |"
    )


def pipeline_seconds(paths: list[Path], use_pyvi: bool) -> float:
    """The spaCy-vi pipeline alone on one core: tokeniser, rule components and assembly
    into entities and relations (what `policykg extract` does), start-up excluded."""
    articles = [read_article(p) for p in paths]
    nlp = build_nlp(use_pyvi=use_pyvi)
    extract_many(articles[:5], nlp)  # warm-up
    started = time.perf_counter()
    extract_many(articles, nlp)
    return time.perf_counter() - started


def pyvi_seconds(texts: list[str]) -> float:
    from pyvi import ViTokenizer

    started = time.perf_counter()
    for text in texts:
        ViTokenizer.tokenize(text)
    return time.perf_counter() - started


def load_row(quads: int, tmp: Path) -> str:
    source = tmp / f"q{quads}.nq"
    with source.open("w", encoding="utf-8") as handle:
        handle.writelines(nquads(quads))
    started = time.perf_counter()
    load_files([source], store=GenerationStore(tmp / f"load{quads}"))
    ours = time.perf_counter() - started
    started = time.perf_counter()
    ox.Store(str(tmp / f"bulk{quads}")).bulk_load(path=str(source), format=ox.RdfFormat.N_QUADS)
    theirs = time.perf_counter() - started
    return (
        f"| {quads:,} | {quads / ours:,.0f} | {quads / theirs:,.0f} | "
        f"{(quads / ours) / (quads / theirs):.0%} |"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, nargs="+", default=[100, 1000, 10_000])
    parser.add_argument("--quads", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--workers", type=int, default=2, help="Dask workers for the last row")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        print(
            "| articles | build | Dask workers | built | articles/s | MB/s | "
            "pyvi-only articles/s | build / pyvi | pipeline articles/s | pipeline / pyvi |"
        )
        print("| --- " * 10 + "|")
        for count in args.articles:
            print(build_row(count, tmp), flush=True)
        middle = sorted(args.articles)[len(args.articles) // 2]
        print(build_row(middle, tmp, use_pyvi=False), flush=True)
        print(build_row(middle, tmp, validate=False), flush=True)
        if args.workers > 1:
            print(build_row(middle, tmp, workers=args.workers), flush=True)
        print("\n| quads | policykg load quads/s | pyoxigraph bulk_load quads/s | ratio |")
        print("| --- | --- | --- | --- |")
        for quads in args.quads:
            print(load_row(quads, tmp), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
