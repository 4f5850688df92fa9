"""Bounded load test on loopback: N clients for T seconds against `policykg serve`.

Mixes pages, searches, SPARQL queries and a few runaway queries; reports throughput,
p50/p95/p99 latency, status counts and the server's memory (RSS, with its query workers)
at the start and the end. Only 127.0.0.1; every loop stops by itself.

    python -m bench.load --clients 20 --seconds 60 [--store data/store]
"""

from __future__ import annotations

import argparse
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from pathlib import Path

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
TWO_HOP = (
    "PREFIX pkg: <https://w3id.org/policykg/ontology#> SELECT ?p ?o WHERE "
    "{ ?p pkg:issuedBy ?o . ?x pkg:approvedBy ?p } LIMIT 100"
)
PATHS = [
    "/",
    "/id/organisation/thu-tuong-chinh-phu",
    "/search?q=bo+lao+dong",
    "/api/search?q=tre+em",
    "/timeline",
    "/api/graph",
    "/health",
    "/sparql?query=" + urllib.parse.quote(COUNT),
    "/sparql?query=" + urllib.parse.quote(TWO_HOP),
]
RUNAWAY_SHARE = 0.02


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def rss_kib(pid: int) -> int:
    """Resident memory of a process and its children (the query workers), in KiB."""
    total = 0
    pids = [pid]
    children = Path(f"/proc/{pid}/task/{pid}/children")
    if children.exists():
        pids += [int(p) for p in children.read_text().split()]
    for p in pids:
        for line in Path(f"/proc/{p}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1])
    return total


def client(base: str, deadline: float, out: list[tuple[float, int, str]], seed: int) -> None:
    rng = random.Random(seed)
    while time.monotonic() < deadline:
        runaway = rng.random() < RUNAWAY_SHARE
        path = "/sparql?query=" + urllib.parse.quote(RUNAWAY) if runaway else rng.choice(PATHS)
        started = time.monotonic()
        try:
            with urllib.request.urlopen(base + path, timeout=30) as response:
                response.read()
                status = response.status
        except urllib.error.HTTPError as e:
            status = e.code
        except OSError:
            status = 0
        out.append((time.monotonic() - started, status, "runaway" if runaway else path))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--store", default="data/store")
    args = parser.parse_args()
    port = free_port()
    server = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "policykg"),
            "serve",
            "--store",
            args.store,
            "--port",
            str(port),
            "--threads",
            "16",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/health", timeout=2)
                break
            except OSError:
                time.sleep(0.2)
        urllib.request.urlopen(base + "/sparql?query=" + urllib.parse.quote(COUNT))
        rss_start = rss_kib(server.pid)
        results: list[tuple[float, int, str]] = []
        deadline = time.monotonic() + args.seconds
        threads = [
            threading.Thread(target=client, args=(base, deadline, results, i))
            for i in range(args.clients)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        rss_end = rss_kib(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=30)
    report(results, args, rss_start, rss_end)
    return 0


def report(
    results: list[tuple[float, int, str]], args: argparse.Namespace, rss_start: int, rss_end: int
) -> None:
    latencies = sorted(r[0] for r in results)
    statuses = Counter(r[1] for r in results)
    q = statistics.quantiles(latencies, n=100)
    unexpected = {s: n for s, n in statuses.items() if s not in (200, 429, 503)}
    print(
        f"clients={args.clients} seconds={args.seconds:.0f} requests={len(results)} "
        f"throughput={len(results) / args.seconds:.1f} req/s"
    )
    print(f"latency p50={q[49] * 1000:.1f} ms p95={q[94] * 1000:.1f} ms p99={q[98] * 1000:.1f} ms")
    print(f"statuses={dict(sorted(statuses.items()))} unexpected={unexpected}")
    runaway = Counter(r[1] for r in results if r[2] == "runaway")
    print(f"runaway queries: {dict(runaway)} (503 = stopped by the query timeout)")
    print(
        f"server RSS (with workers) start={rss_start / 1024:.0f} MiB end={rss_end / 1024:.0f} MiB"
    )


if __name__ == "__main__":
    raise SystemExit(main())
