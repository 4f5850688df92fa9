"""What the merged default graph costs: build time, load time and storage (issue 16).

    python -m bench.merge_cost --articles 3400 10000 --quads 1000000

For each size: a full build of the synthetic corpus (bench/generate.py, about 300 quads
an article, so 3,400 articles make 10^6 named quads), a rebuild after one article
changed, and one after an article was removed (`prune`). Each row gives the store's
size on disk and its quads, named and in the default graph. Run it on an older checkout
(PYTHONPATH) for the same rows without the merge.

Quads: the store writes alone, with and without the merge, in one process (so that a
busy machine slows both alike): `count` generated quads (bench/generate.nquads) into a
new generation, then 100 article graphs dropped and written again.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pyoxigraph as ox

from bench.generate import nquads, write_corpus
from graph_builder.build.builder import build
from graph_builder.config import BuildConfig
from graph_builder.store.generations import GenerationStore, Writer

EDIT = "\n\nSáng 2/3, Sở Lao động - Thương binh và Xã hội tổ chức Hội nghị sơ kết chương trình."
HEADER = (
    "| what | size | s | on disk MB | named quads | default-graph triples |\n"
    "| --- | --- | --- | --- | --- | --- |"
)


def footprint(store: GenerationStore) -> tuple[float, int, int]:
    """MB of the live generation's files, quads in named graphs, triples in the default."""
    live = store.current_path()
    if live is None:
        raise SystemExit("no store was built")
    size = sum(p.stat().st_size for p in live.rglob("*") if p.is_file()) / 1e6
    reader = store.open_read_only()
    default = sum(1 for _ in reader.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    return size, len(reader) - default, default


def line(what: str, size: str, seconds: float, store: GenerationStore) -> str:
    mb, named, default = footprint(store)
    return f"| {what} | {size} | {seconds:.1f} | {mb:.0f} | {named:,} | {default:,} |"


def timed(action: object) -> float:
    started = time.perf_counter()
    action()  # type: ignore[operator]
    return time.perf_counter() - started


def article_rows(count: int, tmp: Path) -> list[str]:
    raw, root = tmp / "raw", tmp / "store"
    paths = write_corpus(raw, count)
    store = GenerationStore(root)
    config = BuildConfig(store_path=root)
    label = f"{count:,} articles"
    rows = [line("full build", label, timed(lambda: build([raw], config)), store)]
    with paths[count // 2].open("a", encoding="utf-8") as handle:
        handle.write(EDIT)
    rows.append(line("one article changed", label, timed(lambda: build([raw], config)), store))
    paths[count // 3].unlink()
    pruned = timed(lambda: build([raw], config, prune=True))
    rows.append(line("one article removed", label, pruned, store))
    return rows


def write_rows(count: int, tmp: Path) -> list[str]:
    quads = list(ox.parse("".join(nquads(count)).encode(), format=ox.RdfFormat.N_QUADS))
    graphs = sorted({q.graph_name for q in quads}, key=str)[:100]
    again = [[q for q in quads if q.graph_name == g] for g in graphs]
    rows = []
    for merged in (False, True):
        store = GenerationStore(tmp / f"merged-{merged}")
        label = f"{count:,} quads, {'merged' if merged else 'named graphs only'}"
        seconds = timed_write(store, partial(_add, quads=quads, merged=merged))
        rows.append(line("write all", label, seconds, store))
        seconds = timed_write(store, partial(_replace, graphs=graphs, quads=again, merged=merged))
        rows.append(line("replace 100 article graphs", label, seconds, store))
    return rows


def timed_write(store: GenerationStore, action: Callable[[Writer], None]) -> float:
    """One generation written and published (flush and clone included)."""
    started = time.perf_counter()
    with store.write() as writer:
        writer.dirty = True
        action(writer)
    return time.perf_counter() - started


def _add(writer: Writer, *, quads: list[ox.Quad], merged: bool) -> None:
    if merged:
        writer.add(quads)
    else:
        writer.store.bulk_extend(quads)


def _replace(
    writer: Writer, *, graphs: list[ox.NamedNode], quads: list[list[ox.Quad]], merged: bool
) -> None:
    for graph, own in zip(graphs, quads, strict=True):
        if merged:
            writer.replace_graph(graph, own)
        else:
            writer.store.remove_graph(graph)
            writer.store.extend(own)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, nargs="*", default=[1000])
    parser.add_argument("--quads", type=int, nargs="*", default=[])
    args = parser.parse_args()
    print(HEADER, flush=True)
    for count in args.articles:
        with tempfile.TemporaryDirectory() as folder:
            print("\n".join(article_rows(count, Path(folder))), flush=True)
    for count in args.quads:
        with tempfile.TemporaryDirectory() as folder:
            print("\n".join(write_rows(count, Path(folder))), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
