"""The example queries in queries/ answer the researchers' questions over the graph
built from the five development articles of data/raw (000-004), checked against their
gold annotations in data/gold (the extractor is exact on them; the real articles beside
them are scored by tests/evaluate instead)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from graph_builder.build.builder import build
from graph_builder.config import DEFAULT_RAW, BuildConfig
from graph_builder.store.generations import GenerationStore
from tests.conftest import REPO

QUERIES = REPO / "queries"
DEVELOPMENT = sorted((REPO / "data" / "gold").glob("00*.json"))


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> ox.Store:
    root = tmp_path_factory.mktemp("raw-store")
    articles = [REPO / DEFAULT_RAW / f"{gold.stem}.txt" for gold in DEVELOPMENT]
    assert len(articles) == 5
    report = build(articles, BuildConfig(store_path=root, use_pyvi=False))
    assert not report.failed
    return GenerationStore(root).open_read_only()


@pytest.fixture(scope="module")
def gold() -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in DEVELOPMENT]


def run(store: ox.Store, name: str) -> list[dict[str, str]]:
    solutions = store.query((QUERIES / name).read_text(encoding="utf-8"))  # the merged graph
    assert isinstance(solutions, ox.QuerySolutions)
    names = [v.value for v in solutions.variables]
    return [{n: row[n].value for n in names if row[n] is not None} for row in solutions]


def gold_items(gold: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [x for doc in gold for x in doc.get(kind) or [] if not x.get("optional")]


def test_every_query_has_vi_and_en_titles() -> None:
    files = sorted(QUERIES.glob("*.rq"))
    assert len(files) >= 8
    for path in files:
        head = path.read_text(encoding="utf-8").splitlines()[:2]
        assert head[0].startswith("# vi: ") and head[1].startswith("# en: "), path


def test_policies_with_numbers_issuers_and_periods(
    store: ox.Store, gold: list[dict[str, Any]]
) -> None:
    rows = run(store, "01-policies.rq")
    numbers = {r.get("number") for r in rows}
    expected = {p["number"] for p in gold_items(gold, "policies") if p["number"]}
    assert expected <= numbers
    by_number = {r["number"]: r for r in rows if "number" in r}
    for p in gold_items(gold, "policies"):
        if p["number"] and p["date"]:
            assert by_number[p["number"]].get("date") == p["date"], p["number"]


def test_prime_minister_decisions_and_what_they_approved(
    store: ox.Store, gold: list[dict[str, Any]]
) -> None:
    rows = run(store, "02-prime-minister.rq")
    expected = {
        p["number"]
        for p in gold_items(gold, "policies")
        if p.get("issuer") == "Thủ tướng Chính phủ" and p["number"]
    }
    assert expected == {r["number"] for r in rows}
    assert any(r.get("approvedName", "").startswith("Đề án") for r in rows)


def test_local_policies_implementing_national_ones(
    store: ox.Store, gold: list[dict[str, Any]]
) -> None:
    rows = {
        (r["localName"], r["nationalName"]) for r in run(store, "03-local-implements-national.rq")
    }
    expected = {
        (r["s"], r["o"])
        for r in gold_items(gold, "relations")
        if r["p"] == "implements" and "/QĐ-" in r["s"] and "/QĐ-" in r["o"]
    }
    assert expected <= rows


def test_targets_by_deadline(store: ox.Store, gold: list[dict[str, Any]]) -> None:
    rows = run(store, "04-targets.rq")
    assert sorted(float(r["value"]) for r in rows) == sorted(
        float(t["value"]) for t in gold_items(gold, "targets")
    )
    deadlines = [r.get("deadline", "") for r in rows]
    assert deadlines == sorted(deadlines)


def test_events_by_date(store: ox.Store, gold: list[dict[str, Any]]) -> None:
    dates = {r.get("date") for r in run(store, "05-events.rq")}
    assert {e["date"] for e in gold_items(gold, "events") if e["date"]} <= dates


def test_people_with_roles(store: ox.Store, gold: list[dict[str, Any]]) -> None:
    rows = run(store, "06-people.rq")
    assert {p["name"] for p in gold_items(gold, "people")} <= {r["name"] for r in rows}
    assert all(r.get("role") for r in rows)


def test_co_participation(store: ox.Store, gold: list[dict[str, Any]]) -> None:
    pairs = {frozenset((r["aName"], r["bName"])) for r in run(store, "07-co-participation.rq")}
    assert frozenset(("Quỹ Nhi đồng Liên Hợp Quốc", "Tổ chức Y tế Thế giới")) in pairs


def test_mentions_of_an_entity(store: ox.Store, gold: list[dict[str, Any]]) -> None:
    rows = run(store, "08-mentions.rq")
    articles = {Path(r["article"]).name for r in rows}
    expected = {
        doc["doc"].removesuffix(".txt")
        for doc in gold
        if any(o["name"] == "Thủ tướng Chính phủ" for o in doc["organisations"])
    }
    assert expected == articles
    assert all(r["exact"] == "Thủ tướng Chính phủ" for r in rows)


def test_targets_by_beneficiary_group(store: ox.Store) -> None:
    """The groups the development articles' goals are for, as the gazetteer names them."""
    rows = run(store, "09-targets-by-group.rq")
    groups = {r["groupName"]: r for r in rows}
    assert {"trẻ em mồ côi", "người có hoàn cảnh khó khăn", "cơ sở trợ giúp xã hội"} <= set(groups)
    assert groups["trẻ em mồ côi"]["groupNameEn"] == "orphans"
    assert all(int(r["targets"]) >= 1 and r["example"] for r in rows)
