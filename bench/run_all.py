"""`make bench`: build and load throughput, then the loopback load test; prints tables."""

from __future__ import annotations

import subprocess
import sys

RUNS = (
    ["-m", "bench.throughput", "--articles", "100", "1000", "--quads", "100000", "1000000"],
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
