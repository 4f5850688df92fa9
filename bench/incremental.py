"""Incremental rebuild: one changed article in a corpus of N, timed, and checked to touch
only that article's named graph (and its record in the meta graph).

    python -m bench.incremental --articles 100 1000

For each N: a full build, a rebuild with nothing changed, and a rebuild after one article
was edited. Every graph's quads are fingerprinted before and after the one-article
rebuild, so the table also shows which graphs changed.
"""

from __future__ import annotations

import argparse
import hashlib
import tempfile
import time
from pathlib import Path

from bench.generate import write_corpus
from graph_builder.build.builder import build
from graph_builder.config import BuildConfig
from graph_builder.store.generations import GenerationStore

EDIT = "\n\nSáng 2/3, Sở Lao động - Thương binh và Xã hội tổ chức Hội nghị sơ kết chương trình."


def fingerprints(store_dir: Path) -> dict[str, str]:
    """Graph IRI -> hash of its sorted quads."""
    by_graph: dict[str, list[str]] = {}
    for quad in GenerationStore(store_dir).open_read_only():
        by_graph.setdefault(getattr(quad.graph_name, "value", "default"), []).append(str(quad))
    return {
        g: hashlib.sha256("\n".join(sorted(q)).encode()).hexdigest() for g, q in by_graph.items()
    }


def timed_build(raw: Path, store: Path) -> tuple[float, float, int]:
    """Wall time of the call, time until the new generation was published, articles built."""
    started = time.perf_counter()
    report = build([raw], BuildConfig(store_path=store))
    took = time.perf_counter() - started
    return took, report.seconds.get("published", took), len(report.built)


def row(count: int, tmp: Path) -> str:
    raw, store = tmp / f"raw{count}", tmp / f"store{count}"
    paths = write_corpus(raw, count)
    full, _, _ = timed_build(raw, store)
    unchanged, _, rebuilt_none = timed_build(raw, store)
    before = fingerprints(store)
    with paths[count // 2].open("a", encoding="utf-8") as handle:
        handle.write(EDIT)
    one, published, rebuilt_one = timed_build(raw, store)
    after = fingerprints(store)
    changed = sorted(
        g.rsplit("/", 1)[-1] for g in before.keys() | after.keys() if before.get(g) != after.get(g)
    )
    return (
        f"| {count:,} | {full:.1f} | {unchanged:.2f} ({rebuilt_none} rebuilt) | "
        f"{one:.2f} ({rebuilt_one} rebuilt) | {published:.2f} | {one - published:.2f} | "
        f"{len(before)} | {', '.join(changed)} |"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, nargs="+", default=[100, 1000])
    args = parser.parse_args()
    print(
        "| articles | full build s | rebuild, nothing changed s | rebuild, one article "
        "changed s | of which until published s | then analytics s | graphs | "
        "graphs whose quads changed |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    with tempfile.TemporaryDirectory() as folder:
        for count in args.articles:
            print(row(count, Path(folder)), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
