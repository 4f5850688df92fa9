"""The three SPARQL servers the latency benchmarks compare, over the same N-Quads file.

- PolicyKG: `policykg load` (graph_builder.store.loader) into a generation store, then
  `policykg serve` (waitress, query workers); rate limit off, other limits as shipped.
- Oxigraph's own server: `oxigraph load`, then `oxigraph serve-read-only
  --union-default-graph` (the loaded files have no merged default graph; PolicyKG's
  /sparql answers over the merge the load makes, each fact once).
- rdflib-endpoint: an rdflib Dataset(default_union=True) parsed at start, under uvicorn.

Loading and serving are apart so that a server can be restarted without reloading:
after a client timeout the server may still be computing the abandoned query, which
would slow every later one. All on 127.0.0.1; `close()` stops a server.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bench.client import Client, QueryFailedError
from graph_builder.store.generations import GenerationStore
from graph_builder.store.loader import load_files

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


@dataclass
class Server:
    name: str
    command: Callable[[int], list[str]]  # the command line, given the port
    path: str  # of the query URL
    load_seconds: float = 0.0  # N-Quads into the server's store, before it starts
    patience: float = 120.0  # for the first answer after a start
    env: dict[str, str] = field(default_factory=dict)
    start_seconds: float = 0.0  # from process start to the first answer
    process: subprocess.Popen[bytes] | None = None
    endpoint: str = ""

    def start(self) -> Server:
        port = _free_port()
        self.endpoint = f"http://127.0.0.1:{port}{self.path}"
        started = time.perf_counter()
        self.process = subprocess.Popen(
            self.command(port),
            env={**os.environ, **self.env},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self._wait_ready()
        self.start_seconds = time.perf_counter() - started
        return self

    def restart(self) -> None:
        self.close()
        self.start()

    def memory_mib(self) -> tuple[float, float]:
        """(RSS, PSS) of the server and its child processes (PolicyKG's query workers).

        The RSS sum counts pages the forked workers share with their parent once per
        process; PSS splits shared pages between them, so it is the fairer total.
        """
        if self.process is None:
            return 0.0, 0.0
        pids = [self.process.pid, *_children(self.process.pid)]
        rss = sum(_kib(f"/proc/{pid}/status", "VmRSS:") for pid in pids)
        pss = sum(_kib(f"/proc/{pid}/smaps_rollup", "Pss:") for pid in pids)
        return rss / 1024, pss / 1024

    def close(self) -> None:
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process = None

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + self.patience
        probe = Client(self.endpoint, timeout=5)
        try:
            while True:
                if self.process is None or self.process.poll() is not None:
                    raise RuntimeError(f"{self.name} exited before answering")
                try:
                    probe.ask("SELECT * WHERE { } LIMIT 1")
                    return
                except QueryFailedError:
                    if time.monotonic() > deadline:
                        self.close()
                        raise RuntimeError(f"{self.name}: no answer in {self.patience} s") from None
                    time.sleep(0.2)
        finally:
            probe.close()


def policykg(nquads: Path, work: Path) -> Server:
    store = work / "policykg"
    started = time.perf_counter()
    load_files([nquads], store=GenerationStore(store))
    return Server(
        "PolicyKG /sparql",
        lambda port: [str(BIN / "policykg"), "serve", "--store", str(store), "--port", str(port)],
        "/sparql",
        load_seconds=time.perf_counter() - started,
        env={"POLICYKG_RATE_LIMIT_PER_MINUTE": "0"},
    )


def oxigraph(nquads: Path, work: Path) -> Server:
    location = str(work / "oxigraph")
    started = time.perf_counter()
    subprocess.run(
        [str(BIN / "oxigraph"), "load", "--location", location, "--file", str(nquads)],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return Server(
        "Oxigraph server",
        lambda port: [
            *(str(BIN / "oxigraph"), "serve-read-only", "--location", location),
            *("--bind", f"127.0.0.1:{port}", "--union-default-graph"),
        ],
        "/query",
        load_seconds=time.perf_counter() - started,
    )


def rdflib(nquads: Path, work: Path) -> Server:
    """Parses the file at each start: its load time is in `start_seconds`."""
    return Server(
        "rdflib-endpoint",
        lambda port: [sys.executable, "-c", RDFLIB_APP, str(nquads), str(port)],
        "/",
        patience=900.0,
    )


STARTERS: dict[str, Callable[[Path, Path], Server]] = {
    "policykg": policykg,
    "oxigraph": oxigraph,
    "rdflib": rdflib,
}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


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


def _kib(path: str, key: str) -> int:
    """A "Key:   123 kB" line of a /proc file; 0 if the process is gone."""
    try:
        text = Path(path).read_text()
    except OSError:
        return 0
    line = next((x for x in text.splitlines() if x.startswith(key)), f"{key} 0 kB")
    return int(line.split()[1])
