"""`make bench`: build/load throughput, the Dask speed-up, incremental rebuild, query
latency against Oxigraph's server and rdflib-endpoint, where /sparql's time goes, growth
from 10^3 to 10^6 quads, the loopback load test; prints tables (about an hour on 2 cores)."""

from __future__ import annotations

import subprocess
import sys

RUNS = (
    ["-m", "bench.throughput", "--articles", "100", "1000", "10000"],
    ["-m", "bench.speedup", "--articles", "1000", "--rounds", "3"],
    ["-m", "bench.incremental", "--articles", "100", "1000", "10000"],
    ["-m", "bench.latency", "--quads", "1000000"],
    ["-m", "bench.overhead", "--quads", "1000000"],
    ["-m", "bench.growth", "--sizes", "1000", "10000", "100000", "1000000"],
    ["-m", "bench.load", "--clients", "20", "--seconds", "60"],
)


def main() -> int:
    status = 0
    for args in RUNS:
        print(f"\n## python {' '.join(args)}\n", flush=True)
        status |= subprocess.call([sys.executable, *args])
    return status


if __name__ == "__main__":
    raise SystemExit(main())
