"""How build time, load time, memory and query latency grow from 10^3 to 10^6 quads.

    python -m bench.growth --sizes 1000 10000 100000 1000000 [--repeat 10] [--rdflib-max 100000]

Build: `graph_builder.build` of as many synthetic articles (bench/generate.py) as make
about the size, with SHACL, as `policykg build` does. Load and queries: the same scaled
data/raw graph and query mix as bench/latency.py, on PolicyKG and Oxigraph's server at
every size, and on rdflib-endpoint up to `--rdflib-max` only (at 10^6 it needs minutes
per query and 3 GiB; bench/latency.py has it). Prints one table, a column per size.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from bench.client import Measurement
from bench.generate import write_corpus
from bench.latency import query_mix, run_mix
from bench.scale import SHARED_GRAPHS, write_dataset
from bench.servers import STARTERS
from graph_builder.build.builder import build
from graph_builder.config import BuildConfig
from graph_builder.store.generations import GenerationStore

CALIBRATION = 20  # articles built once to learn how many quads an article makes
SERVERS = {"policykg": "PolicyKG", "oxigraph": "Oxigraph", "rdflib": "rdflib-endpoint"}


class Column:
    """Everything measured at one size, as table cells."""

    def __init__(self) -> None:
        self.build = "-"
        self.load: dict[str, str] = {}
        self.memory: dict[str, str] = {}
        self.queries: dict[str, dict[str, Measurement]] = {}


def build_cell(size: int, work: Path, per_article: float, reference: int) -> str:
    """Articles, quads and seconds of one fresh build sized to about `size` quads."""
    count = max(1, round((size - reference) / per_article))
    raw, store = work / f"raw{size}", work / f"built{size}"
    write_corpus(raw, count)
    started = time.perf_counter()
    build([raw], BuildConfig(store_path=store))
    took = time.perf_counter() - started
    quads = len(GenerationStore(store).open_read_only())
    return f"{count:,} art. → {quads:,} q in {took:.1f} s"


def calibrate(work: Path) -> tuple[float, int]:
    """(quads per synthetic article, quads of the ontology and gazetteer graphs)."""
    raw, store = work / "calibration", work / "calibration-store"
    write_corpus(raw, CALIBRATION, seed=99)
    build([raw], BuildConfig(store_path=store))
    live = GenerationStore(store).open_read_only()
    reference = sum(1 for q in live if str(q.graph_name) in SHARED_GRAPHS)
    return (len(live) - reference) / CALIBRATION, reference


def serve_cells(
    size: int, work: Path, kinds: list[str], column: Column, repeat: int, timeout: float
) -> None:
    nquads = work / f"data{size}.nq"
    write_dataset(nquads, size)
    mix = query_mix()
    for kind in kinds:
        folder = work / f"{kind}{size}"
        folder.mkdir()
        server = STARTERS[kind](nquads, folder).start()
        try:
            for name, measured in run_mix(server, mix, repeat=repeat, timeout=timeout).items():
                column.queries.setdefault(name, {})[kind] = measured
            column.memory[kind] = f"{server.memory_mib()[0]:,.0f}"
            column.load[kind] = f"{server.load_seconds + server.start_seconds:.1f}"
        finally:
            server.close()
    nquads.unlink()


def print_table(sizes: list[int], columns: list[Column], kinds: list[str]) -> None:
    who = " / ".join(SERVERS[k] for k in kinds)
    print("| | " + " | ".join(f"{s:,} quads" for s in sizes) + " |")
    print("| --- " * (len(sizes) + 1) + "|")
    print("| build (synthetic articles) | " + " | ".join(c.build for c in columns) + " |")
    _row(f"load + start s ({who})", [c.load for c in columns], kinds)
    _row(f"RSS after the queries MiB ({who})", [c.memory for c in columns], kinds)
    for query in query_mix():
        cells = [{k: _median(c.queries[query].get(k)) for k in kinds} for c in columns]
        _row(f"{query}: median ms ({who})", cells, kinds)
    print("\n| query | " + " | ".join(f"rows at {s:,}" for s in sizes) + " |")
    print("| --- " * (len(sizes) + 1) + "|")
    for query in query_mix():
        print(f"| {query} | " + " | ".join(_rows(c.queries[query]) for c in columns) + " |")


def _row(title: str, cells: list[dict[str, str]], kinds: list[str]) -> None:
    joined = (" / ".join(c.get(k, "—") for k in kinds) for c in cells)
    print(f"| {title} | " + " | ".join(joined) + " |")


def _median(m: Measurement | None) -> str:
    if m is None:
        return "—"
    median = m.median_ms()
    return m.failure if median is None else f"{median:,.1f}"


def _rows(by_kind: dict[str, Measurement]) -> str:
    counts = {SERVERS[k]: m.rows for k, m in by_kind.items() if not m.failure}
    if len(set(counts.values())) <= 1:
        return f"{next(iter(counts.values()), '-'):,}"
    return ", ".join(f"{name}: {rows:,}" for name, rows in counts.items())


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000, 1_000_000])
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--timeout", type=float, default=60.0, help="client timeout per request, s")
    parser.add_argument("--rdflib-max", type=int, default=100_000, help="largest size for rdflib")
    parser.add_argument("--no-build", action="store_true", help="skip the build row")
    args = parser.parse_args()
    kinds = ["policykg", "oxigraph", "rdflib"]
    columns = []
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        per_article, reference = (0.0, 0) if args.no_build else calibrate(work)
        for size in args.sizes:
            column = Column()
            if not args.no_build:
                column.build = build_cell(size, work, per_article, reference)
            here = [k for k in kinds if k != "rdflib" or size <= args.rdflib_max]
            serve_cells(size, work, here, column, args.repeat, args.timeout)
            columns.append(column)
            print(f"{size:,} quads: done", flush=True)
    print(f"\nrdflib-endpoint: — above {args.rdflib_max:,} quads (not run).\n")
    print_table(args.sizes, columns, kinds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
