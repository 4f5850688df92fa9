"""One resource per body, person, post and policy across articles that write it differently.

The articles in tests/data/identity name the same bodies with a dash, an en dash or a
comma, "Liên Hợp Quốc" or "Liên Hiệp Quốc", with and without a leading "Tổ chức", and
by an abbreviation one of them introduces; the same scheme by its full name, its
approving decision and its short name ("Đề án 45"). One person's name is also used at
two different bodies: weak evidence, so two people and a reported pair.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph_builder.build.builder import build
from graph_builder.build.report import BuildReport
from graph_builder.config import BuildConfig
from graph_builder.store.generations import GenerationStore
from tests.conftest import DATA

ARTICLES = DATA / "identity"
PREFIXES = """PREFIX pkg: <https://w3id.org/policykg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""
NAMED = (
    PREFIXES
    + "SELECT DISTINCT ?s WHERE {{ ?s a {cls} ; rdfs:label ?l FILTER(CONTAINS(?l, {text})) }}"
)


def run(raw: Path, store: Path) -> BuildReport:
    return build([raw], BuildConfig(store_path=store, use_pyvi=False), prune=True)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, BuildReport]:
    folder = tmp_path_factory.mktemp("identity")
    raw = folder / "raw"
    shutil.copytree(ARTICLES, raw)
    report = run(raw, folder / "store")
    assert not report.failed
    return raw, folder / "store", report


def select(store: Path, query: str) -> list[dict[str, str]]:
    return GenerationStore(store).select(query)


def resources(store: Path, cls: str, text: str) -> set[str]:
    return {r["s"] for r in select(store, NAMED.format(cls=cls, text=ox.Literal(text)))}


# fmt: off
ONE_EACH = [
    ("pkg:Organisation", "Đọc"),            # Hợp/Hiệp, case, and the abbreviation UNRF
    ("pkg:Organisation", "Bảo trợ Thư viện"),  # with and without "Tổ chức"
    ("pkg:Organisation", "Bộ Văn hóa"),     # comma, hyphen, en dash
    ("pkg:Person", "Lê Văn Bình"),
    ("pkg:Post", "Thứ trưởng"),             # his post, written three ways
    ("pkg:Scheme", "Đề án"),                # full name, its decision, "Đề án 45"
]
# fmt: on


@pytest.mark.parametrize(("cls", "text"), ONE_EACH)
def test_written_three_ways_it_is_one_resource(
    built: tuple[Path, Path, BuildReport], cls: str, text: str
) -> None:
    assert len(resources(built[1], cls, text)) == 1


def test_every_surface_form_is_an_alt_label_in_its_article_graph(
    built: tuple[Path, Path, BuildReport],
) -> None:
    (fund,) = resources(built[1], "pkg:Organisation", "Đọc")
    rows = select(
        built[1], PREFIXES + f"SELECT ?g ?l WHERE {{ GRAPH ?g {{ <{fund}> skos:altLabel ?l }} }}"
    )
    forms = {(r["g"].rsplit("/", 1)[-1], r["l"]) for r in rows}
    assert ("thu_vien_1", "UNRF") in forms
    assert ("thu_vien_2", "Quỹ Hỗ trợ Đọc sách Liên Hiệp Quốc") in forms
    assert ("thu_vien_3", "Quỹ Hỗ trợ Đọc Sách Liên Hợp Quốc") in forms
    labels = select(built[1], PREFIXES + f"SELECT ?l WHERE {{ <{fund}> rdfs:label ?l }}")
    assert len(labels) == 1  # one label in the merged default graph


def test_the_scheme_is_mentioned_in_every_article(built: tuple[Path, Path, BuildReport]) -> None:
    (scheme,) = resources(built[1], "pkg:Scheme", "Đề án")
    rows = select(built[1], PREFIXES + f"SELECT ?a WHERE {{ <{scheme}> pkg:mentionedIn ?a }}")
    assert {r["a"].rsplit("/", 1)[-1] for r in rows} == {"thu_vien_1", "thu_vien_2", "thu_vien_3"}


def test_one_name_at_two_bodies_is_two_people_and_a_reported_pair(
    built: tuple[Path, Path, BuildReport],
) -> None:
    people = resources(built[1], "pkg:Person", "Trần Quốc Hải")
    assert len(people) == 2
    assert [set(pair[1:]) for pair in built[2].candidates] == [people]


def test_removing_an_article_removes_only_its_forms(
    built: tuple[Path, Path, BuildReport], tmp_path: Path
) -> None:
    raw, store = tmp_path / "raw", tmp_path / "store"
    shutil.copytree(built[0], raw)
    shutil.copytree(built[1], store)
    (raw / "thu_vien_2.txt").unlink()
    run(raw, store)
    (fund,) = resources(store, "pkg:Organisation", "Đọc")
    forms = {r["l"] for r in select(store, PREFIXES + f"SELECT ?l {{ <{fund}> skos:altLabel ?l }}")}
    assert "Quỹ Hỗ trợ Đọc sách Liên Hiệp Quốc" not in forms  # only that article wrote it
    assert "UNRF" in forms
    count = int(select(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0]["n"])
    distinct = "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }"
    assert count == int(select(store, distinct)[0]["n"])


def test_the_merged_scheme_page_lists_every_article(built: tuple[Path, Path, BuildReport]) -> None:
    from tests.conftest import endpoint_app

    (scheme,) = resources(built[1], "pkg:Scheme", "Đề án")
    app = endpoint_app(built[1])
    page = app.test_client().get(
        "/id/" + scheme.split("/id/", 1)[1], headers={"Accept": "text/html"}
    )
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and "Articles (3)" in html
    for title in ("Thư viện cộng đồng", "Sách về với vùng cao", "Tổng kết năm đầu"):
        assert title in html
    # each goes to the article's page on this server, not to the canonical IRI's host
    listed = html.split("Articles (3)", 1)[1].split("<h2", 1)[0]
    assert listed.count('<a href="/id/article/') == 3
    assert 'href="https://w3id.org/policykg/id/' not in html
