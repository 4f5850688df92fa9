"""The three SPARQL servers the latency benchmark compares, over the same N-Quads file.

- PolicyKG: `policykg load` into a generation store, `policykg serve` (waitress, query
  workers); rate limit off, default query timeout and result limits.
- Oxigraph's own server: `oxigraph load` + `oxigraph serve-read-only --union-default-graph`
  (PolicyKG's /sparql also answers over the union of the graphs).
- rdflib-endpoint: an rdflib Dataset with default_union=True behind uvicorn.
All on 127.0.0.1; each is stopped by `close()`.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from graph_builder.loader import load_files
from graph_builder.store import GenerationStore

BIN = Path(sys.executable).parent
RDFLIB_APP = """
import sys
from rdflib import Dataset
from rdflib_endpoint import SparqlEndpoint
import uvicorn
ds = Dataset(default_union=True)
ds.parse(sys.argv[1], format="nquads")
uvicorn.run(SparqlEndpoint(graph=ds), host="127.0.0.1", port=int(sys.argv[2]), log_level="error")
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    name: str
    process: subprocess.Popen[bytes]
    endpoint: str  # query URL without the query string
    load_seconds: float  # from N-Quads to answering queries

    def url(self, query: str) -> str:
        return self.endpoint + "?" + urllib.parse.urlencode({"query": query})

    def rss_mib(self) -> float:
        """Resident memory of the server and its child processes (query workers)."""
        pids = [self.process.pid, *_children(self.process.pid)]
        return sum(_rss_kib(pid) for pid in pids) / 1024

    def close(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()


def start_policykg(nquads: Path, work: Path) -> Server:
    started = time.perf_counter()
    store = work / "policykg"
    load_files([nquads], store=GenerationStore(store))
    port = free_port()
    env = {**os.environ, "POLICYKG_RATE_LIMIT_PER_MINUTE": "0"}
    command = [str(BIN / "policykg"), "serve", "--store", str(store), "--port", str(port)]
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    return _ready(
        Server("PolicyKG /sparql", process, f"http://127.0.0.1:{port}/sparql", 0), started
    )


def start_oxigraph(nquads: Path, work: Path) -> Server:
    started = time.perf_counter()
    location = str(work / "oxigraph")
    subprocess.run(
        [str(BIN / "oxigraph"), "load", "--location", location, "--file", str(nquads)],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    port = free_port()
    command = [
        str(BIN / "oxigraph"),
        "serve-read-only",
        "--location",
        location,
        "--bind",
        f"127.0.0.1:{port}",
        "--union-default-graph",
    ]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return _ready(Server("Oxigraph server", process, f"http://127.0.0.1:{port}/query", 0), started)


def start_rdflib(nquads: Path, work: Path) -> Server:
    started = time.perf_counter()
    port = free_port()
    command = [sys.executable, "-c", RDFLIB_APP, str(nquads), str(port)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return _ready(Server("rdflib-endpoint", process, f"http://127.0.0.1:{port}/", 0), started, 900)


def _ready(server: Server, started: float, patience: float = 120) -> Server:
    deadline = time.monotonic() + patience
    probe = urllib.request.Request(
        server.url("ASK {}"), headers={"Accept": "application/sparql-results+json"}
    )
    while True:
        if server.process.poll() is not None:
            raise RuntimeError(f"{server.name} exited with {server.process.returncode}")
        try:
            with urllib.request.urlopen(probe, timeout=5) as response:
                response.read()
            server.load_seconds = time.perf_counter() - started
            return server
        except OSError:
            if time.monotonic() > deadline:
                server.close()
                raise RuntimeError(f"{server.name} did not answer within {patience} s") from None
            time.sleep(0.2)


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            child = int(stat.parent.name)
            found += [child, *_children(child)]
    return found


def _rss_kib(pid: int) -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    line = next((x for x in status.splitlines() if x.startswith("VmRSS:")), "VmRSS: 0 kB")
    return int(line.split()[1])
