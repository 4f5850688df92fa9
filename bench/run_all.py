"""`make bench`: run the benchmarks that exist and print their tables."""

from __future__ import annotations

import subprocess
import sys


def main() -> int:
    return subprocess.call(
        [sys.executable, "-m", "bench.load", "--clients", "20", "--seconds", "60"]
    )


if __name__ == "__main__":
    raise SystemExit(main())
