"""Speed-up of `policykg build --workers N` over the serial build, on this machine.

    python -m bench.speedup [--articles 1000] [--workers 2] [--rounds 3]

Serial and Dask builds of the same fresh corpus take turns, `rounds` times, so that load
from other processes on a shared machine falls on both alike; the table gives each
round and the medians. Start-up of the pipeline and of the cluster is outside the timing
(a long build pays it once); the whole-graph analytics at the end are inside.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

from bench.generate import write_corpus
from graph_builder.build.batching import Extractor
from graph_builder.build.builder import build, default_extractor
from graph_builder.build.distributed import DaskExtractor
from graph_builder.config import BuildConfig


def timed_build(raw: Path, store: Path, extractor: Extractor) -> float:
    config = BuildConfig(store_path=store)
    started = time.perf_counter()
    report = build([raw], config, extractor=extractor)
    took = time.perf_counter() - started
    if report.failed:
        raise RuntimeError(f"{len(report.failed)} articles failed")
    return took


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        raw = tmp / "raw"
        write_corpus(raw, args.articles)
        serial = default_extractor(BuildConfig(store_path=tmp / "unused"))
        with DaskExtractor(BuildConfig(store_path=tmp / "unused"), workers=args.workers) as dask:
            timed_build(raw, tmp / "warm", dask)  # cluster and worker pipelines up
            rows = []
            for round_ in range(args.rounds):
                one = timed_build(raw, tmp / f"s{round_}", serial)
                many = timed_build(raw, tmp / f"d{round_}", dask)
                rows.append((one, many))
    print(f"{args.articles:,} articles, {args.workers} Dask workers, {os.cpu_count()} cores\n")
    print("| round | serial s | Dask s | serial articles/s | Dask articles/s | speed-up |")
    print("| --- | --- | --- | --- | --- | --- |")
    for i, (one, many) in enumerate([*rows, _medians(rows)]):
        label = str(i + 1) if i < len(rows) else "median"
        print(
            f"| {label} | {one:.1f} | {many:.1f} | {args.articles / one:.1f} | "
            f"{args.articles / many:.1f} | {one / many:.2f}x |"
        )
    return 0


def _medians(rows: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(r[0] for r in rows), statistics.median(r[1] for r in rows)


if __name__ == "__main__":
    raise SystemExit(main())
