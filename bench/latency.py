"""Query latency of /sparql next to Oxigraph's server and rdflib-endpoint, on the same data.

    python -m bench.latency --quads 1000000            # the mix, three servers, RSS
    python -m bench.latency --growth 1000 10000 100000 1000000

One sequential client with keep-alive off (each request a new connection, as a script
would do), Accept: application/sparql-results+json everywhere. Each query is sent twice
to warm up, then timed `--repeat` times; a server that cannot answer within the client
timeout gets "timeout" for that query. Row counts are compared across servers and a
mismatch is printed rather than hidden.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

from bench.scale import write_dataset
from bench.servers import Server, start_oxigraph, start_policykg, start_rdflib

PKG = "PREFIX pkg: <https://w3id.org/policykg/ontology#> "
RDFS = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
MIX = {
    "lookup by IRI": "SELECT ?p ?o WHERE { <https://w3id.org/policykg/id/organisation/"
    "thu-tuong-chinh-phu-r0> ?p ?o }",
    "2-hop join": PKG + "SELECT ?programme ?decision ?issuer WHERE { ?programme "
    "pkg:approvedBy ?decision . ?decision pkg:issuedBy ?issuer } LIMIT 1000",
    "FILTER on labels": RDFS + "SELECT ?s ?l WHERE { ?s rdfs:label ?l . "
    'FILTER(CONTAINS(LCASE(STR(?l)), "công tác xã hội")) } LIMIT 1000',
    "GROUP BY count": "SELECT ?class (COUNT(?s) AS ?n) WHERE { ?s a ?class } "
    "GROUP BY ?class ORDER BY DESC(?n)",
}
ACCEPT = {"Accept": "application/sparql-results+json"}
SLOW_S = 5.0


def query_mix() -> dict[str, str]:
    """The typical queries and every example query shipped in queries/."""
    mix = dict(MIX)
    for path in sorted(Path("queries").glob("*.rq")):
        mix[path.stem] = path.read_text(encoding="utf-8")
    return mix


def run_once(server: Server, query: str, timeout: float) -> tuple[float, int]:
    """Seconds and number of result rows (-1 on a non-SELECT answer)."""
    request = urllib.request.Request(server.url(query), headers=ACCEPT)
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=timeout) as response:
        body = response.read()
    took = time.perf_counter() - started
    answer = json.loads(body)
    return took, len(answer["results"]["bindings"]) if "results" in answer else -1


def measure(
    server: Server, query: str, repeat: int, timeout: float, *, warm: int = 2
) -> tuple[list[float], int | str]:
    """Timings and the row count; on failure no timings and the reason instead."""
    try:
        rows, took = -1, 0.0
        for _ in range(warm):
            took, rows = run_once(server, query, timeout)
        if took > SLOW_S:  # a query this slow is timed once: the table says how many runs
            repeat = 1
        timings = [run_once(server, query, timeout)[0] for _ in range(repeat)]
        return timings, rows
    except urllib.error.HTTPError as e:
        return [], f"HTTP {e.code}"
    except (urllib.error.URLError, TimeoutError, OSError) as e:
        return [], "timeout" if "timed out" in str(e) else type(e).__name__
    except (ValueError, KeyError):
        return [], "bad JSON"


def cell(timings: list[float], rows: int | str) -> str:
    if not timings:
        return str(rows)
    median = statistics.median(timings) * 1000
    if len(timings) == 1:
        return f"{median:,.0f} (1 run)"
    p95 = sorted(timings)[max(0, round(0.95 * len(timings)) - 1)] * 1000
    return f"{median:.1f} / {p95:.1f}"


def compare(
    nquads: Path,
    work: Path,
    starters: list[Callable[[Path, Path], Server]],
    repeat: int,
    timeout: float,
) -> None:
    mix = query_mix()
    results: dict[str, dict[str, tuple[list[float], int | str]]] = {name: {} for name in mix}
    servers: list[tuple[str, float, float]] = []
    for start in starters:
        server = start(nquads, work)
        try:
            slow = server.name == "rdflib-endpoint"  # minutes per query at 10^6: fewer runs
            for name, query in mix.items():
                reps, warm = (max(3, repeat // 4), 1) if slow else (repeat, 2)
                results[name][server.name] = measure(server, query, reps, timeout, warm=warm)
            servers.append((server.name, server.load_seconds, server.rss_mib()))
        finally:
            server.close()
    names = [s[0] for s in servers]
    header = " | ".join(f"{n} median / p95 ms" for n in names)
    print(f"| query | {header} | rows | PolicyKG ÷ Oxigraph (median) |")
    print("| --- " * (len(names) + 3) + "|")
    for name, by_server in results.items():
        print(
            f"| {name} | "
            + " | ".join(cell(*by_server[n]) for n in names)
            + f" | {_rows(by_server)} | {_ratio(by_server, names)} |"
        )
    print("\n| server | load + start s | RSS after the mix MiB |\n| --- | --- | --- |")
    for name, load, rss in servers:
        print(f"| {name} | {load:.1f} | {rss:.0f} |")


def growth(sizes: list[int], work: Path, repeat: int, timeout: float) -> None:
    mix = {k: v for k, v in query_mix().items() if k in MIX}
    print(
        "| quads | PolicyKG load + start s | Oxigraph load + start s | "
        + " | ".join(f"{q}: PolicyKG / Oxigraph median ms" for q in mix)
        + " |"
    )
    print("| --- " * (3 + len(mix)) + "|")
    for size in sizes:
        nquads = work / f"g{size}.nq"
        write_dataset(nquads, size)
        row, loads = [], []
        pair = []
        for start in (start_policykg, start_oxigraph):
            folder = work / f"g{size}-{start.__name__}"
            folder.mkdir()
            server = start(nquads, folder)
            try:
                loads.append(server.load_seconds)
                pair.append([measure(server, q, repeat, timeout)[0] for q in mix.values()])
            finally:
                server.close()
        for ours, theirs in zip(*pair, strict=True):
            row.append(f"{_median_ms(ours)} / {_median_ms(theirs)}")
        print(
            f"| {size:,} | {loads[0]:.1f} | {loads[1]:.1f} | " + " | ".join(row) + " |", flush=True
        )


def _rows(by_server: dict[str, tuple[list[float], int | str]]) -> str:
    """One count when the servers agree, else each server's count."""
    counts = {name: rows for name, (_, rows) in by_server.items() if isinstance(rows, int)}
    if len(set(counts.values())) <= 1:
        return str(next(iter(counts.values()), "-"))
    return ", ".join(f"{name.split()[0]}: {rows}" for name, rows in counts.items())


def _ratio(by_server: dict[str, tuple[list[float], int | str]], names: list[str]) -> str:
    ours, theirs = (by_server[n][0] for n in names[:2])
    return f"{statistics.median(ours) / statistics.median(theirs):.2f}" if ours and theirs else "-"


def _median_ms(timings: list[float]) -> str:
    return f"{statistics.median(timings) * 1000:.1f}" if timings else "timeout"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quads", type=int, default=1_000_000)
    parser.add_argument("--growth", type=int, nargs="*", default=[])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--timeout", type=float, default=60.0, help="client timeout per request, s")
    parser.add_argument("--no-rdflib", action="store_true", help="skip rdflib-endpoint")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        if args.growth:
            growth(args.growth, work, args.repeat, args.timeout)
            return 0
        nquads = work / "data.nq"
        count = write_dataset(nquads, args.quads)
        print(f"{count:,} quads (data/raw's article graphs copied with renamed IRIs)\n")
        starters: list[Callable[[Path, Path], Server]] = [start_policykg, start_oxigraph]
        starters += [] if args.no_rdflib else [start_rdflib]
        compare(nquads, work, starters, args.repeat, args.timeout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
