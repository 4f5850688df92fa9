"""The pages as a person sees them: Debian's Chromium driven by Playwright, on loopback.

Screenshots go to tests/artifacts/ (git-ignored) for a human to look at.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask

from tests.conftest import REPO, SAMPLE_TRIG, endpoint_app, make_store, waitress_server

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = REPO / "tests" / "artifacts"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed"),
]


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from endpoint.sparql.views import close_pool

    app: Flask = endpoint_app(make_store(tmp_path_factory.mktemp("store"), SAMPLE_TRIG).root)
    with waitress_server(app) as address:
        yield f"http://{address}"
    close_pool(app)


@pytest.fixture(scope="module")
def page(base_url: str) -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        tab = browser.new_page(viewport={"width": 1280, "height": 900})
        yield tab
        browser.close()


def test_home_and_search_without_diacritics(page, base_url: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(base_url + "/")
    assert page.locator(".card").count() >= 5
    page.fill("header input[name=q]", "bo lao dong")
    page.press("header input[name=q]", "Enter")
    page.wait_for_url("**/search?q=*")
    first = page.locator("ul.results li a").first
    assert first.inner_text() == "Bộ Lao động - Thương binh và Xã hội"
    page.screenshot(path=str(ARTIFACTS / "search.png"), full_page=True)


def test_entity_page_highlights_the_source_sentence(page, base_url: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(base_url + "/id/organisation/cuc-tre-em")
    assert page.locator("h1").inner_text().startswith("Cục Trẻ em")
    assert page.locator("mark").first.inner_text() == "Cục Trẻ em"
    page.screenshot(path=str(ARTIFACTS / "entity.png"), full_page=True)


def test_label_with_markup_is_shown_as_text(page, base_url: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(base_url + "/id/place/xa-thu")
    assert "<script>alert(1)</script>" in page.locator("h1").inner_text()


def test_graph_renders_and_expands_on_click(page, base_url: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(base_url + "/graph")
    page.wait_for_function("window.policykgGraph && window.policykgGraph.nodes().length > 0")
    before = page.evaluate("window.policykgGraph.elements().length")
    page.evaluate("window.policykgGraph.nodes().first().emit('tap')")
    page.wait_for_timeout(500)
    assert page.evaluate("window.policykgGraph.elements().length") >= before
    page.uncheck("#filters input[value=Person]")
    hidden = page.evaluate("window.policykgGraph.nodes('.hidden').length")
    assert hidden == page.evaluate(
        "window.policykgGraph.nodes().filter(n => n.data('type') === 'Person').length"
    )
    page.screenshot(path=str(ARTIFACTS / "graph.png"), full_page=True)


def test_timeline_and_ontology_pages(page, base_url: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(base_url + "/timeline")
    assert page.locator("ul.timeline li").count() >= 3
    page.goto(base_url + "/ontology")
    assert page.locator("section.term").count() > 50
    page.screenshot(path=str(ARTIFACTS / "ontology.png"))


def test_query_editor_runs_an_example_query(page, base_url: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(base_url + "/sparql")
    page.wait_for_function("window.policykgEditor !== undefined")
    page.select_option("#examples", "01-policies")
    page.wait_for_selector(".yasr table tbody tr", timeout=15000)
    assert "99/2020/QĐ-TTg" in page.locator(".yasr").inner_text()
    page.screenshot(path=str(ARTIFACTS / "editor.png"), full_page=True)


def test_query_results_as_a_chart(page, base_url: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(base_url + "/sparql")
    page.wait_for_function("window.policykgEditor !== undefined")
    query = (
        "SELECT ?class (COUNT(?s) AS ?n) WHERE { ?s a ?class } GROUP BY ?class ORDER BY DESC(?n)"
    )
    page.evaluate(
        "q => { const t = window.policykgEditor.getTab(); t.setQuery(q); t.query(); }", query
    )
    page.wait_for_selector(".yasr table tbody tr", timeout=15000)
    page.evaluate("window.policykgEditor.getTab().getYasr().selectPlugin('Chart')")
    page.wait_for_selector(".pkg-chart .bar", timeout=5000)
    assert page.locator(".pkg-chart .bar-row").count() >= 5
    page.screenshot(path=str(ARTIFACTS / "chart.png"), full_page=True)
