"""Public-endpoint limits: result cuts that are reported, request sizes, rate limits, CORS,
the access log, and error bodies without internals."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable

import pyoxigraph as ox
import pytest
from flask import Flask
from flask.testing import FlaskClient

from endpoint.sparql.limits import RateLimiter
from graph_builder.store.generations import GenerationStore

ALL = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"


@pytest.fixture(scope="module")
def small_app(sparql_app: Flask) -> Flask:
    """The module's app with a 5-row result limit (the limit is read per request)."""
    sparql_app.config.update(MAX_RESULT_ROWS=5)
    return sparql_app


def test_cut_results_are_reported(small_app: Flask) -> None:
    client = small_app.test_client()
    response = client.get("/sparql", query_string={"query": ALL})
    assert response.headers["X-PolicyKG-Truncated"] == "5"
    assert response.headers["X-PolicyKG-Rows"] == "5"
    doc = json.loads(response.data)
    assert len(doc["results"]["bindings"]) == 5
    assert doc["truncated"]["rows"] == 5
    assert "MAX_RESULT_ROWS" in doc["truncated"]["message"]
    csv = client.get("/sparql", query_string={"query": ALL, "format": "csv"})
    assert csv.headers["X-PolicyKG-Truncated"] == "5"
    assert len(csv.get_data(as_text=True).splitlines()) == 1 + 5


def test_cut_graphs_are_reported(small_app: Flask) -> None:
    query = "CONSTRUCT WHERE { ?s ?p ?o }"
    response = small_app.test_client().get("/sparql", query_string={"query": query, "format": "nt"})
    assert response.headers["X-PolicyKG-Truncated"] == "5"
    assert len(list(ox.parse(response.data, ox.RdfFormat.N_TRIPLES))) == 5


def test_results_are_cut_by_size_too(small_app: Flask, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(small_app.config, "MAX_RESULT_BYTES", 300)  # about one row
    response = small_app.test_client().get("/sparql", query_string={"query": ALL})
    doc = json.loads(response.data)
    sent = len(doc["results"]["bindings"])
    assert 0 < sent < 5
    assert response.headers["X-PolicyKG-Truncated"] == str(sent)
    assert "MAX_RESULT_BYTES" in doc["truncated"]["message"]


def test_results_at_the_limit_are_not_cut(small_app: Flask) -> None:
    query = ALL + " LIMIT 5"
    response = small_app.test_client().get("/sparql", query_string={"query": query})
    assert "X-PolicyKG-Truncated" not in response.headers
    assert "truncated" not in json.loads(response.data)
    assert response.headers["X-PolicyKG-Rows"] == "5"


def test_request_size_limits(make_app: Callable[..., Flask]) -> None:
    client = make_app(MAX_CONTENT_LENGTH=1000, MAX_QUERY_BYTES=200).test_client()
    padding = "#" + "x" * 2000 + "\nASK {}"
    direct = client.post("/sparql", data=padding, content_type="application/sparql-query")
    assert direct.status_code == 413
    form = client.post("/sparql", data={"query": padding}, headers={"Accept": "text/plain"})
    assert form.status_code == 413
    assert "larger than the 1000 bytes this server accepts" in form.get_data(as_text=True)
    long_query = client.get("/sparql", query_string={"query": "#" + "x" * 300 + "\nASK {}"})
    assert long_query.status_code == 413
    assert "200 bytes" in long_query.get_data(as_text=True)


def test_rate_limit_per_client(make_app: Callable[..., Flask]) -> None:
    client = make_app(RATE_LIMIT_PER_MINUTE=3).test_client()
    ask = {"query": "ASK {}"}
    assert [client.get("/sparql", query_string=ask).status_code for _ in range(3)] == [200] * 3
    limited = client.get("/sparql", query_string=ask)
    assert limited.status_code == 429
    assert int(limited.headers["Retry-After"]) >= 1
    assert "3 queries per minute" in limited.get_data(as_text=True)
    other = client.get("/sparql", query_string=ask, environ_base={"REMOTE_ADDR": "10.0.0.9"})
    assert other.status_code == 200


def test_token_bucket_refills() -> None:
    limiter = RateLimiter(per_minute=2)
    assert limiter.take("a", now=0.0) == 0.0
    assert limiter.take("a", now=0.0) == 0.0
    assert limiter.take("a", now=0.0) == pytest.approx(30.0)  # one token per 30 s
    assert limiter.take("a", now=15.0) == pytest.approx(15.0)
    assert limiter.take("a", now=30.0) == 0.0
    assert limiter.take("b", now=30.0) == 0.0


def test_cors_is_open_without_credentials(sparql_client: FlaskClient) -> None:
    origin = {"Origin": "https://elsewhere.example"}
    for response in (
        sparql_client.get("/sparql", query_string={"query": "ASK {}"}, headers=origin),
        sparql_client.get("/sparql", query_string={"query": "ASK {"}, headers=origin),
        sparql_client.get("/health", headers=origin),
    ):
        assert response.headers["Access-Control-Allow-Origin"] == "*"
        assert "Access-Control-Allow-Credentials" not in response.headers
        assert "X-PolicyKG-Truncated" in response.headers["Access-Control-Expose-Headers"]


def test_cors_preflight(sparql_client: FlaskClient) -> None:
    response = sparql_client.options(
        "/sparql",
        headers={
            "Origin": "https://elsewhere.example",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    assert response.status_code == 200
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in response.headers["Access-Control-Allow-Methods"]
    assert response.headers["Access-Control-Allow-Headers"] == "content-type"
    assert int(response.headers["Access-Control-Max-Age"]) > 0


def test_access_log_with_query_time(
    sparql_client: FlaskClient, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="policykg.access"):
        response = sparql_client.get("/sparql", query_string={"query": "ASK {}"})
    assert response.headers["Server-Timing"].startswith("query;dur=")
    [record] = [r for r in caplog.records if r.name == "policykg.access"]
    line = record.getMessage()
    assert "GET /sparql 200" in line
    assert "query=" in line
    assert "rows=1" in line


def test_unexpected_errors_reveal_nothing(make_app: Callable[..., Flask]) -> None:
    app = make_app(TESTING=False)

    def boom() -> str:
        raise RuntimeError("secret internals")

    app.add_url_rule("/boom", view_func=boom)
    app.logger.disabled = True  # Flask logs the traceback; the client must not see it
    response = app.test_client().get("/boom")
    assert response.status_code == 500
    text = response.get_data(as_text=True)
    assert "secret" not in text
    assert "Traceback" not in text
    assert "logged" in text


@pytest.mark.parametrize(
    ("accept", "mimetype"),
    [
        (None, "text/plain"),
        ("application/json", "application/json"),
        ("text/html,*/*;q=0.8", "text/html"),
    ],
)
def test_error_bodies_follow_accept(
    sparql_client: FlaskClient, accept: str | None, mimetype: str
) -> None:
    headers = {"Accept": accept} if accept else {}
    response = sparql_client.get("/no-such-page", headers=headers)
    assert response.status_code == 404
    assert response.mimetype == mimetype


def test_limits_are_configurable_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, sample_store: GenerationStore
) -> None:
    from endpoint import create_app

    monkeypatch.setenv("POLICYKG_RATE_LIMIT_PER_MINUTE", "0")
    monkeypatch.setenv("POLICYKG_QUERY_TIMEOUT_S", "2.5")
    monkeypatch.setenv("POLICYKG_QUERY_MEMORY_MIB", "512")
    app = create_app({"STORE_PATH": str(sample_store.root)})
    assert app.config["RATE_LIMIT_PER_MINUTE"] == 0 and app.config["QUERY_TIMEOUT_S"] == 2.5
    assert app.config["QUERY_MEMORY_MIB"] == 512


def test_behind_a_trusted_proxy_each_forwarded_client_has_its_own_limit(
    sample_store: GenerationStore,
) -> None:
    from endpoint import create_app

    app = create_app(
        {"STORE_PATH": str(sample_store.root), "RATE_LIMIT_PER_MINUTE": 1, "TRUSTED_PROXIES": 1}
    )
    client = app.test_client()

    def status(forwarded_for: str) -> int:
        response = client.get(
            "/sparql",
            query_string={"query": "ASK {}"},
            headers={"X-Forwarded-For": forwarded_for},
        )
        return response.status_code

    try:
        assert status("192.0.2.1") == 200
        assert status("192.0.2.2") == 200  # another client behind the same proxy
        assert status("192.0.2.1") == 429
    finally:
        from endpoint.sparql.views import close_pool

        close_pool(app)
