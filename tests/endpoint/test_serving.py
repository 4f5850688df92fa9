"""`policykg serve` as a service manager runs it: SIGTERM stops it cleanly, exit status 0,
and no query worker outlives it, not even one busy with a query that would run for minutes."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from pathlib import Path

import psutil

from graph_builder.store.generations import GenerationStore
from tests.endpoint.engine.test_worker import COUNT, RUNAWAY
from tests.store.test_remote import free_port

POLICYKG = Path(sys.executable).parent / "policykg"  # the installed entry point


def get(url: str, timeout: float = 5) -> int:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            response.read()
            return int(response.status)
    except urllib.error.HTTPError as e:
        return e.code
    except OSError:
        return 0  # not listening (yet), or the connection was dropped


def wait_for(check: Callable[[], bool], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.1)
    return check()


def session(sid: int) -> list[psutil.Process]:
    """The live processes of session `sid`: every process the server started, and theirs,
    however they were reparented."""
    found = []
    for process in psutil.process_iter():
        try:
            if os.getsid(process.pid) == sid and process.status() != psutil.STATUS_ZOMBIE:
                found.append(process)
        except (ProcessLookupError, psutil.NoSuchProcess):
            continue
    return found


def test_sigterm_stops_the_server_and_every_worker(
    tmp_path: Path, sample_store: GenerationStore
) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "POLICYKG_RATE_LIMIT_PER_MINUTE": "0",
        "POLICYKG_QUERY_TIMEOUT_S": "120",
        "POLICYKG_QUERIES_PER_CLIENT": "2",  # this one client keeps two workers busy
    }
    with (tmp_path / "serve.log").open("wb") as log:
        server = subprocess.Popen(
            [str(POLICYKG), "serve", "--store", str(sample_store.root), "--port", str(port)],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own session: where its processes can be found
        )
    try:
        assert wait_for(lambda: get(f"{base}/health") == 200, 30), "the server did not start"
        query = urllib.parse.urlencode({"query": COUNT})
        assert get(f"{base}/sparql?{query}") == 200
        runaway = urllib.parse.urlencode({"query": RUNAWAY})
        busy = threading.Thread(target=get, args=(f"{base}/sparql?{runaway}", 60), daemon=True)
        busy.start()  # one worker busy for minutes, the other started by the next query
        assert get(f"{base}/sparql?{query}") == 200
        assert len(session(server.pid)) >= 4  # with the forkserver and two query workers

        server.send_signal(signal.SIGTERM)
        assert server.wait(timeout=30) == 0, (tmp_path / "serve.log").read_text()
        assert wait_for(lambda: not session(server.pid), 10), session(server.pid)
        assert get(f"{base}/health", timeout=1) == 0  # no longer accepting
    finally:  # on failure, nothing of it outlives the test
        with contextlib.suppress(ProcessLookupError):
            os.killpg(server.pid, signal.SIGKILL)
        server.wait()


def test_idle_connections_past_waitress_defaults_do_not_lock_health_out(
    tmp_path: Path, sample_store: GenerationStore
) -> None:
    """waitress's own defaults (connection_limit 100, select()) stopped answering at about
    100 idle connections; the real `policykg serve` answers beside 300 of them."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with (tmp_path / "serve.log").open("wb") as log:
        server = subprocess.Popen(
            [str(POLICYKG), "serve", "--store", str(sample_store.root), "--port", str(port)],
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    idle: list[socket.socket] = []
    try:
        assert wait_for(lambda: get(f"{base}/health") == 200, 30), "the server did not start"
        idle = [socket.create_connection(("127.0.0.1", port)) for _ in range(300)]
        assert get(f"{base}/health", timeout=10) == 200
    finally:
        for connection in idle:
            connection.close()
        with contextlib.suppress(ProcessLookupError):
            os.killpg(server.pid, signal.SIGKILL)
        server.wait()
