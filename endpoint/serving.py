"""Serving the app with waitress until Ctrl-C or SIGTERM, then stopping cleanly.

Service managers (systemd, `docker stop`, Kubernetes) stop a server with SIGTERM, whose
default action kills Python on the spot: no `finally`, no atexit, so the query workers
are left behind. An idle one notices its pipe close and exits, but a busy one runs its
query to the end, which is exactly the query the time limit was there to stop. Here
SIGTERM ends serving as Ctrl-C does: waitress stops accepting and gives running
requests a few seconds, then every query worker is stopped and the process exits 0. A
second SIGTERM during that shutdown kills at once.

Connections: waitress's defaults let 100 idle connections lock every client out (its
connection_limit) for two minutes (its channel_timeout). Idle connections cost no
thread, only a file descriptor, so the limit is raised to CONNECTION_LIMIT and an idle
or stalled connection is closed after CHANNEL_TIMEOUT_S. Threads: /sparql admits at most
QUERY_WORKERS + QUERY_QUEUE requests (endpoint/sparql/fairness), so with more threads
than that, pages, dumps and /health always find one free. In front of the public, put a
reverse proxy (README, "Deployment") for TLS, slow clients and per-address limits.
"""

from __future__ import annotations

import signal
from types import FrameType

from flask import Flask

from endpoint.engine import sandbox
from endpoint.sparql.views import close_pool
from graph_builder.store.remote import is_remote

CONNECTION_LIMIT = 1000  # open connections; measured: /health answers beside 990 idle ones
CHANNEL_TIMEOUT_S = 30  # an idle or stalled connection is closed after this
BACKLOG = 1024


def serve(app: Flask, *, host: str, port: int, threads: int) -> None:
    """Block until Ctrl-C or SIGTERM; return once the query workers are gone."""
    from waitress.server import create_server

    if not is_remote(str(app.config["STORE_PATH"])):  # a remote store's workers need the network
        sandbox.report(sandbox.probe())
    _warn_if_threads_are_few(app, threads)
    server = create_server(
        app,
        host=host,
        port=port,
        threads=threads,
        connection_limit=CONNECTION_LIMIT,
        channel_timeout=CHANNEL_TIMEOUT_S,
        backlog=BACKLOG,
        asyncore_use_poll=True,  # select() stops at 1024 descriptors
        ident="policykg",
    )
    previous = signal.signal(signal.SIGTERM, _stop)
    try:
        server.print_listen("Serving on http://{}:{}")
        server.run()  # returns on SystemExit or KeyboardInterrupt, after draining requests
    finally:  # not server.close(): a request thread still running would write to its
        # trigger's closed file descriptor, or to a file reusing the number. The loop no
        # longer accepts, and the sockets close with the process, right after this.
        signal.signal(signal.SIGTERM, previous)
        close_pool(app)


def _stop(signum: int, frame: FrameType | None) -> None:
    """Raised in the main thread, inside waitress's loop, which closes on SystemExit."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    raise SystemExit(0)


def _warn_if_threads_are_few(app: Flask, threads: int) -> None:
    admitted = int(app.config["QUERY_WORKERS"]) + int(app.config["QUERY_QUEUE"])
    if threads <= admitted:
        app.logger.warning(
            "%d threads but /sparql admits %d requests: pages may wait behind queries; "
            "use --threads %d or more",
            threads,
            admitted,
            admitted + 4,
        )
