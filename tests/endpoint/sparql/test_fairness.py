"""Fair service: one client's heavy queries leave workers and threads for the others."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest
from flask import Flask

from endpoint.sparql.fairness import ClientBusyError, GateFullError, QueryGate

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o }"
CHEAP = "ASK { ?s ?p ?o }"


def test_a_client_waits_for_its_own_query_then_gets_its_turn() -> None:
    gate = QueryGate(per_client=1, admitted=4)
    released = threading.Event()

    def hold() -> None:
        with gate.slot("a", wait=0):
            released.wait(5)

    holder = threading.Thread(target=hold)
    holder.start()
    while gate.status()["clients"] == 0:
        time.sleep(0.01)
    with pytest.raises(ClientBusyError), gate.slot("a", wait=0.05):
        pass
    with gate.slot("b", wait=0):  # another client is not held up
        assert gate.status() == {"inside": 2, "clients": 2}
    threading.Timer(0.1, released.set).start()
    with gate.slot("a", wait=5):  # the turn comes once the first query ends
        pass
    holder.join()
    assert gate.status() == {"inside": 0, "clients": 0}


def test_past_the_admitted_number_a_request_is_refused_at_once() -> None:
    gate = QueryGate(per_client=1, admitted=2)
    with (
        gate.slot("a", wait=0),
        gate.slot("b", wait=0),
        pytest.raises(GateFullError),
        gate.slot("c", wait=10),
    ):
        pass
    with gate.slot("c", wait=0):
        pass


def query_from(app: Flask, address: str, query: str) -> int:
    client = app.test_client()
    response = client.get(
        "/sparql", query_string={"query": query}, environ_base={"REMOTE_ADDR": address}
    )
    return response.status_code


def test_a_second_concurrent_query_from_one_client_gets_429_and_others_go_on(
    make_app: Callable[..., Flask],
) -> None:
    app = make_app(QUERY_TIMEOUT_S=3.0, CLIENT_WAIT_S=0.2, QUERY_WORKERS=2)
    assert query_from(app, "10.0.0.1", CHEAP) == 200  # workers started
    heavy: list[int] = []
    thread = threading.Thread(target=lambda: heavy.append(query_from(app, "10.0.0.1", RUNAWAY)))
    thread.start()
    while app.extensions["policykg.query_gate"].status()["clients"] == 0:
        time.sleep(0.01)
    client = app.test_client()
    second = client.get(
        "/sparql", query_string={"query": CHEAP}, environ_base={"REMOTE_ADDR": "10.0.0.1"}
    )
    assert second.status_code == 429
    assert second.headers["Retry-After"]
    assert "one query at a time per client" in second.get_data(as_text=True)
    assert query_from(app, "10.0.0.2", CHEAP) == 200  # another client meanwhile
    thread.join()
    assert heavy == [503]  # the runaway was stopped at its time limit
    assert query_from(app, "10.0.0.1", CHEAP) == 200  # and its client may query again


def test_pages_and_health_answer_while_the_queue_is_full(
    make_app: Callable[..., Flask],
) -> None:
    app = make_app(QUERY_TIMEOUT_S=3.0, QUERY_WORKERS=1, QUERY_QUEUE=0)
    assert query_from(app, "10.0.0.1", CHEAP) == 200
    thread = threading.Thread(target=lambda: query_from(app, "10.0.0.1", RUNAWAY))
    thread.start()
    while app.extensions["policykg.query_gate"].status()["inside"] == 0:
        time.sleep(0.01)
    response = app.test_client().get(
        "/sparql", query_string={"query": CHEAP}, environ_base={"REMOTE_ADDR": "10.0.0.3"}
    )
    assert response.status_code == 503
    assert "QUERY_WORKERS + QUERY_QUEUE" in response.get_data(as_text=True)
    assert app.test_client().get("/health").status_code == 200
    assert app.test_client().get("/").status_code == 200
    thread.join()
