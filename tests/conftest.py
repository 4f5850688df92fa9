"""Shared fixtures. Each area appends its own section below, headed `# --- <area> ---`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from flask import Flask
from flask.testing import FlaskClient, FlaskCliRunner

from endpoint import create_app
from graph_builder.store import GenerationStore

TESTS = Path(__file__).resolve().parent
DATA = TESTS / "data"
REPO = TESTS.parent
SHARED = REPO.parent / "shared"
SAMPLE_TRIG = DATA / "sample.trig"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--slow", action="store_true", help="run tests marked slow")
    parser.addoption("--update-golden", action="store_true", help="rewrite golden files")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--slow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


def make_store(root: Path, *sources: Path) -> GenerationStore:
    """A generation store holding the quads of the given TriG/N-Quads files."""
    generations = GenerationStore(root)
    with generations.write() as writer:
        for source in sources:
            writer.store.load(path=str(source))
    return generations


@pytest.fixture
def sample_store(tmp_path: Path) -> GenerationStore:
    return make_store(tmp_path / "store", SAMPLE_TRIG)


@pytest.fixture
def app(sample_store: GenerationStore) -> Iterator[Flask]:
    app = create_app(
        {
            "TESTING": True,
            "STORE_PATH": str(sample_store.root),
            "QUERY_TIMEOUT_S": 5.0,
            "RATE_LIMIT_PER_MINUTE": 0,
        }
    )
    yield app


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def runner(app: Flask) -> FlaskCliRunner:
    return app.test_cli_runner()


@pytest.fixture
def sample_quads() -> list[ox.Quad]:
    return list(ox.parse(path=str(SAMPLE_TRIG), format=ox.RdfFormat.TRIG))
