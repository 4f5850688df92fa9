"""Build throughput (articles/s, MB/s) next to pyvi tokenisation alone on the same text,
and `policykg load` next to pyoxigraph's bulk load of the same N-Quads."""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from bench.generate import nquads, write_corpus
from graph_builder.build import build
from graph_builder.config import BuildConfig
from graph_builder.loader import load_files
from graph_builder.store import GenerationStore


def build_row(count: int, tmp: Path, *, validate: bool) -> str:
    paths = write_corpus(tmp / f"raw{count}", count)
    megabytes = sum(p.stat().st_size for p in paths) / 1e6
    started = time.perf_counter()
    report = build(
        [tmp / f"raw{count}"],
        BuildConfig(store_path=tmp / f"store{count}-{validate}", validate=validate),
    )
    took = time.perf_counter() - started
    from pyvi import ViTokenizer

    texts = [p.read_text(encoding="utf-8") for p in paths]
    started = time.perf_counter()
    for text in texts:
        ViTokenizer.tokenize(text)
    floor = time.perf_counter() - started
    return (
        f"| {count} | {'yes' if validate else 'no'} | {len(report.built)} | "
        f"{count / took:.1f} | {megabytes / took:.3f} | {count / floor:.1f} | "
        f"{(count / took) / (count / floor):.2f} |"
    )


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
    parser.add_argument("--articles", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--quads", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument(
        "--shacl-up-to",
        type=int,
        default=100,
        help="also build with SHACL validation up to this many articles",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        print("| articles | SHACL | built | articles/s | MB/s | pyvi-only articles/s | ratio |")
        print("| --- | --- | --- | --- | --- | --- | --- |")
        for count in args.articles:
            if count <= args.shacl_up_to:
                print(build_row(count, tmp, validate=True), flush=True)
            print(build_row(count, tmp, validate=False), flush=True)
        print("\n| quads | policykg load quads/s | pyoxigraph bulk_load quads/s | ratio |")
        print("| --- | --- | --- | --- |")
        for quads in args.quads:
            print(load_row(quads, tmp), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
