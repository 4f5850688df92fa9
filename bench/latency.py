"""Query latency of /sparql next to Oxigraph's server and rdflib-endpoint, on the same data,
and the memory each server holds.

    python -m bench.latency --quads 1000000 [--repeat 20] [--timeout 60] [--no-rdflib]

The data is data/raw's graph scaled by copying its article graphs (bench/scale.py). The
servers run one after another (bench/servers.py), so they never compete for the cores.
One sequential keep-alive client (bench/client.py), Accept: SPARQL JSON everywhere; each
query is sent twice to warm up, then timed `--repeat` times (rdflib-endpoint, minutes per
query at 10^6: once and a quarter). A query that times out is reported as such and the
server restarted, since it may still be working on it. Row counts are compared across
servers and any mismatch printed.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from bench.client import Client, Measurement, measure
from bench.scale import write_dataset
from bench.servers import STARTERS, Server

PKG = "PREFIX pkg: <https://w3id.org/policykg/ontology#> "
RDFS = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
MIX = {
    "lookup by IRI": "SELECT ?p ?o WHERE { <https://w3id.org/policykg/id/organisation/"
    "thu-tuong-chinh-phu> ?p ?o }",
    "2-hop join": PKG + "SELECT ?programme ?decision ?issuer WHERE { ?programme "
    "pkg:approvedBy ?decision . ?decision pkg:issuedBy ?issuer } LIMIT 1000",
    "FILTER on labels": RDFS + "SELECT ?s ?l WHERE { ?s rdfs:label ?l . "
    'FILTER(CONTAINS(LCASE(STR(?l)), "công tác xã hội")) } LIMIT 1000',
    "GROUP BY count": "SELECT ?class (COUNT(?s) AS ?n) WHERE { ?s a ?class } "
    "GROUP BY ?class ORDER BY DESC(?n)",
}
QUERIES = Path(__file__).resolve().parent.parent / "queries"
Results = dict[str, dict[str, Measurement]]  # query -> server -> measurement


def query_mix() -> dict[str, str]:
    """The typical queries and every example query shipped in queries/."""
    mix = dict(MIX)
    for path in sorted(QUERIES.glob("*.rq")):
        mix[path.stem] = path.read_text(encoding="utf-8")
    return mix


def run_mix(
    server: Server, mix: dict[str, str], *, repeat: int, timeout: float
) -> dict[str, Measurement]:
    """Every query of `mix` on a started server; restarts it after a timeout."""
    slow = server.name == "rdflib-endpoint"
    repeat, warm = (max(3, repeat // 4), 1) if slow else (repeat, 2)
    client = Client(server.endpoint, timeout)
    out: dict[str, Measurement] = {}
    try:
        for name, query in mix.items():
            out[name] = measure(client, query, repeat=repeat, warm=warm)
            if out[name].timed_out:
                client.close()
                server.restart()
                client = Client(server.endpoint, timeout)
    finally:
        client.close()
    return out


def rows_cell(by_server: dict[str, Measurement]) -> str:
    """One count when the servers agree, else each server's count (never hidden)."""
    counts = {name: m.rows for name, m in by_server.items() if not m.failure}
    if len(set(counts.values())) <= 1:
        return f"{next(iter(counts.values()), '-'):,}"
    return ", ".join(f"{name.split()[0]}: {rows:,}" for name, rows in counts.items())


def ratio(ours: Measurement, theirs: Measurement) -> str:
    a, b = ours.median_ms(), theirs.median_ms()
    return f"{a / b:.2f}" if a is not None and b else "-"


def print_latency(results: Results, names: list[str]) -> None:
    header = " | ".join(f"{n} median / p95 ms" for n in names)
    print(f"| query | {header} | rows | PolicyKG ÷ Oxigraph (median) |")
    print("| --- " * (len(names) + 3) + "|")
    for query, by_server in results.items():
        cells = " | ".join(by_server[n].cell() for n in names)
        ours_theirs = ratio(by_server[names[0]], by_server[names[1]]) if len(names) > 1 else "-"
        print(f"| {query} | {cells} | {rows_cell(by_server)} | {ours_theirs} |")


def compare(nquads: Path, work: Path, kinds: list[str], repeat: int, timeout: float) -> None:
    mix = query_mix()
    results: Results = {name: {} for name in mix}
    memory: list[str] = []
    for kind in kinds:
        server = STARTERS[kind](nquads, work).start()
        try:
            idle = server.memory_mib()
            for name, measured in run_mix(server, mix, repeat=repeat, timeout=timeout).items():
                results[name][server.name] = measured
            rss, pss = server.memory_mib()
            memory.append(
                f"| {server.name} | {server.load_seconds:.1f} | {server.start_seconds:.1f} | "
                f"{idle[0]:,.0f} | {rss:,.0f} | {pss:,.0f} |"
            )
        finally:
            server.close()
        print(f"{server.name}: done", flush=True)
    print()
    print_latency(results, list(next(iter(results.values()))))
    print("\n| server | load s | start s | RSS idle MiB | RSS after the mix MiB | PSS after MiB |")
    print("| --- | --- | --- | --- | --- | --- |")
    print("\n".join(memory))


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quads", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--timeout", type=float, default=60.0, help="client timeout per request, s")
    parser.add_argument("--no-rdflib", action="store_true", help="skip rdflib-endpoint")
    args = parser.parse_args()
    kinds = ["policykg", "oxigraph"] + ([] if args.no_rdflib else ["rdflib"])
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        nquads = work / "data.nq"
        count = write_dataset(nquads, args.quads)
        print(f"{count:,} quads: data/raw's article graphs and copies with renamed IRIs\n")
        compare(nquads, work, kinds, args.repeat, args.timeout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
