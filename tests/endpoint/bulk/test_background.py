"""VoID counts and dumps are made in a killable process with a memory cap: a request waits
BULK_WAIT_S at most (then 503 with Retry-After while the work goes on), the work stops at
BULK_TIMEOUT_S, and a result, once made, is kept for the generation."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from endpoint.bulk.background import KEY, Background, BulkFailedError
from tests.endpoint.engine.test_worker import HUNGRY


def until_ready(client: FlaskClient, path: str, seconds: float = 30) -> TestResponse:
    deadline = time.monotonic() + seconds
    while True:
        response = client.get(path)
        response.get_data()
        response.close()
        if response.status_code != 503 or time.monotonic() > deadline:
            return response
        time.sleep(0.1)


def pending(app: Flask) -> int:
    return len(app.extensions[KEY]._tasks)


def assert_still_preparing(client: FlaskClient, path: str, what: str) -> None:
    """The first request gets 503, when to come back, and what is being prepared."""
    first = client.get(path)
    assert first.status_code == 503
    assert first.headers["Retry-After"] == "10"
    assert f"Still preparing {what}" in first.get_data(as_text=True)


def test_void_answers_503_while_counting_then_the_counts(make_app: Callable[..., Flask]) -> None:
    app = make_app(BULK_WAIT_S=0.0)
    client = app.test_client()
    assert_still_preparing(client, "/void", "the VoID counts")
    assert until_ready(client, "/void").status_code == 200
    assert pending(app) == 0  # handed over and cached: no second count
    again = client.get("/void")
    assert again.status_code == 200
    assert pending(app) == 0
    assert b"triples" in again.data


def test_the_service_description_does_not_wait_for_the_counts(
    make_app: Callable[..., Flask],
) -> None:
    client = make_app(BULK_WAIT_S=0.0).test_client()
    turtle = {"Accept": "text/turtle"}
    response = client.get("/sparql", headers=turtle)
    assert response.status_code == 200
    assert b"endpoint" in response.data
    assert b"defaultDataset" not in response.data  # left out while counting
    assert until_ready(client, "/void").status_code == 200
    assert b"defaultDataset" in client.get("/sparql", headers=turtle).data


def test_counting_past_the_time_limit_is_stopped_and_tried_again(
    make_app: Callable[..., Flask],
) -> None:
    app = make_app(BULK_TIMEOUT_S=0.01)  # shorter than a process start
    client = app.test_client()
    response = client.get("/void")
    assert response.status_code == 503
    text = response.get_data(as_text=True)
    assert "Preparing the VoID counts took longer than 0.01 s (BULK_TIMEOUT_S)" in text
    app.config["BULK_TIMEOUT_S"] = 60.0
    assert client.get("/void").status_code == 200  # a failure is not cached


def test_a_dump_is_written_in_the_background(make_app: Callable[..., Flask]) -> None:
    app = make_app(BULK_WAIT_S=0.0)
    client = app.test_client()
    assert_still_preparing(client, "/dumps/policykg.nq.gz", "the dump policykg.nq.gz")
    ready = until_ready(client, "/dumps/policykg.nq.gz")
    assert ready.status_code == 200
    folder = Path(app.config["STORE_PATH"]) / "dumps" / "gen-000001"
    assert [p.name for p in folder.iterdir()] == ["policykg.nq.gz"]  # no temporary file


def use_memory() -> int:
    """Oxigraph's allocations past the cap abort the process (no MemoryError)."""
    return sum(1 for _ in ox.Store().query(HUNGRY))


def own_pid() -> int:
    return os.getpid()


def test_work_runs_in_another_process_under_the_memory_cap() -> None:
    runner = Background(memory_mib=256)
    pid = runner.run("the pid", ("pid", "g1"), own_pid, wait=30, timeout=30)
    assert pid != os.getpid()
    with pytest.raises(BulkFailedError, match="exceeded the memory limit of 256 MiB"):
        runner.run("the memory test", ("memory", "g1"), use_memory, wait=30, timeout=30)
