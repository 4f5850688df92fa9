"""Cheap queries while heavy ones run: fair service on loopback (issue 14.4).

Cheap clients (one ASK query every 0.5 s each) measure their latency alone, then again
while heavy clients send runaway queries back to back (each stopped at the query time
limit). Every client has its own loopback address (127.0.0.N), as real clients have
their own, since the endpoint shares its workers per client address. Run it with the
defaults, and with the settings before fair service for comparison:

    python -m bench.fairness [--store data/store] [--seconds 20] [--cheap 6] [--heavy 2]
    POLICYKG_QUERY_WORKERS=2 POLICYKG_QUERIES_PER_CLIENT=100 python -m bench.fairness

Only 127.0.0.0/8; every loop stops by itself.
"""

from __future__ import annotations

import argparse
import http.client
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from collections import Counter
from pathlib import Path

from bench.load import RUNAWAY, free_port

CHEAP = "/sparql?query=" + urllib.parse.quote("ASK { ?s ?p ?o }")
HEAVY = "/sparql?query=" + urllib.parse.quote(RUNAWAY)
PAGES = ["/health", "/", "/search?q=bo+lao+dong"]


def get(port: int, source: str, path: str) -> tuple[float, int]:
    started = time.monotonic()
    connection = http.client.HTTPConnection(
        "127.0.0.1", port, timeout=30, source_address=(source, 0)
    )
    try:
        connection.request("GET", path, headers={"Accept": "application/sparql-results+json"})
        response = connection.getresponse()
        response.read()
        status = response.status
    except OSError:
        status = 0
    finally:
        connection.close()
    return time.monotonic() - started, status


def loop(port: int, source: str, paths: list[str], pause: float, until: float, out: list) -> None:
    n = 0
    while time.monotonic() < until:
        path = paths[n % len(paths)]
        out.append((path, *get(port, source, path)))
        n += 1
        time.sleep(pause)


def scenario(port: int, args: argparse.Namespace, *, heavy: int) -> dict[str, list]:
    until = time.monotonic() + args.seconds
    results: dict[str, list] = {"cheap": [], "heavy": [], "pages": []}
    threads = [
        threading.Thread(
            target=loop, args=(port, f"127.0.0.{10 + i}", [CHEAP], 0.5, until, results["cheap"])
        )
        for i in range(args.cheap)
    ]
    threads += [
        threading.Thread(
            target=loop, args=(port, f"127.0.0.{100 + i}", [HEAVY], 0.0, until, results["heavy"])
        )
        for i in range(heavy)
    ]
    threads.append(
        threading.Thread(
            target=loop, args=(port, "127.0.0.200", PAGES, 0.5, until, results["pages"])
        )
    )
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def summary(name: str, rows: list) -> str:
    if not rows:
        return f"{name}: none"
    times = sorted(r[1] for r in rows)
    q = statistics.quantiles(times, n=100) if len(times) > 1 else [times[0]] * 99
    statuses = dict(sorted(Counter(r[2] for r in rows).items()))
    return f"{name}: n={len(rows)} p50={q[49] * 1000:.0f} ms p95={q[94] * 1000:.0f} ms {statuses}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--store", default="data/store")
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--cheap", type=int, default=6)
    parser.add_argument("--heavy", type=int, default=2)
    args = parser.parse_args()
    port = free_port()
    command = [str(Path(sys.executable).parent / "policykg"), "serve", "--store", args.store]
    server = subprocess.Popen(
        [*command, "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        for _ in range(100):
            if get(port, "127.0.0.1", "/health")[1] == 200:
                break
            time.sleep(0.2)
        get(port, "127.0.0.1", CHEAP)  # workers started
        for heavy in (0, args.heavy):
            results = scenario(port, args, heavy=heavy)
            print(f"## {args.cheap} cheap clients, {heavy} heavy")
            for name, rows in results.items():
                print(summary(name, rows))
    finally:
        server.terminate()
        server.wait(timeout=30)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
