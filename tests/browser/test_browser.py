"""The pages as a person sees them: Debian's Chromium driven by Playwright, on loopback.

Screenshots go to tests/artifacts/ (git-ignored) for a human to look at.
"""

from __future__ import annotations

import contextlib
import os
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
# Skipped on a developer's machine without the browser; under CI (.ci/run installs it) a
# missing browser fails these tests rather than passing the run without them.
NEEDS_CHROMIUM = pytest.mark.skipif(
    not CHROMIUM.exists() and "CI" not in os.environ,
    reason="Debian chromium is not installed (apt-get install chromium)",
)
pytestmark = [pytest.mark.browser, NEEDS_CHROMIUM]


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


# --- the editor's errors, completion and result table ---

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
ERRORS = {
    "syntax": ("SELECT ?x WHERE { ?x ?y }", "400"),
    "update": ("INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }", "403"),
    "service": ("SELECT * WHERE { SERVICE <http://x/sparql> { ?s ?p ?o } }", "403"),
    "too-long": ("SELECT * WHERE { FILTER(STR(1) = '" + "x" * 5000 + "') }", "413"),
    "timeout": (SLOW, "503"),
}


@pytest.fixture(scope="module")
def strict_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server with a 1 s timeout and a 4 KiB query cap, so both errors are quick."""
    from endpoint.sparql.views import close_pool

    store = make_store(tmp_path_factory.mktemp("strict"), SAMPLE_TRIG).root
    app = endpoint_app(store, QUERY_TIMEOUT_S=1.0, MAX_QUERY_BYTES=4096)
    with waitress_server(app) as address:
        yield f"http://{address}"
    close_pool(app)


@pytest.fixture(scope="module")
def limited_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server allowing one /sparql request a minute: the editor page itself takes it."""
    from endpoint.sparql.views import close_pool

    store = make_store(tmp_path_factory.mktemp("limited"), SAMPLE_TRIG).root
    app = endpoint_app(store, RATE_LIMIT_PER_MINUTE=1)
    with waitress_server(app) as address:
        yield f"http://{address}"
    close_pool(app)


@contextlib.contextmanager
def uncaught(page) -> Iterator[list[str]]:  # type: ignore[no-untyped-def]
    """The page's uncaught script errors while the block runs."""
    errors: list[str] = []

    def listener(error: object) -> None:
        errors.append(str(error))

    page.on("pageerror", listener)
    try:
        yield errors
    finally:
        page.remove_listener("pageerror", listener)


def _editor_error(page, url: str, query: str) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    page.goto(url + "/sparql")
    page.wait_for_function("window.policykgEditor !== undefined")
    page.evaluate("q => window.policykgRun(q)", query)
    page.wait_for_selector(".pkg-error", timeout=15000)
    return (
        page.locator(".pkg-error-status").inner_text(),
        page.locator(".pkg-error-message").inner_text(),
    )


@pytest.mark.parametrize("case", ERRORS, ids=str)
def test_editor_shows_the_servers_error_in_the_results_pane(
    page, strict_url: str, case: str
) -> None:  # type: ignore[no-untyped-def]
    query, status = ERRORS[case]
    with uncaught(page) as errors:
        shown_status, message = _editor_error(page, strict_url, query)
    assert shown_status.startswith(status), (shown_status, message)
    assert message.strip() and "Failed to construct" not in message
    assert not errors
    page.screenshot(path=str(ARTIFACTS / f"editor-error-{case}.png"))


def test_editor_shows_the_rate_limit(page, limited_url: str) -> None:  # type: ignore[no-untyped-def]
    shown_status, message = _editor_error(page, limited_url, "ASK {}")
    assert shown_status.startswith("429"), (shown_status, message)
    assert message.strip()


def _complete(page, text: str) -> str:  # type: ignore[no-untyped-def]
    """Type `text` at the end of a query's last line, press Ctrl+Space, read the hints."""
    page.evaluate(
        """t => { const y = window.policykgEditor.getTab().getYasqe();
           const head = 'PREFIX pkg: <https://w3id.org/policykg/ontology#>\\n';
           y.setValue(head + 'SELECT * WHERE {\\n' + t);
           y.focus(); y.getDoc().setCursor({line: 2, ch: t.length}); }""",
        text,
    )
    page.keyboard.press("Control+Space")
    page.wait_for_selector(".CodeMirror-hints li", timeout=5000)
    hints: str = page.locator(".CodeMirror-hints").inner_text()
    page.keyboard.press("Enter")
    return hints


def test_editor_completes_classes_properties_and_entities(page, base_url: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(base_url + "/sparql")
    page.wait_for_function("window.policykgEditor !== undefined")
    value = "window.policykgEditor.getTab().getYasqe().getValue()"
    classes = _complete(page, "  ?s a pkg:Po")
    assert "pkg:Policy" in classes and "Chính sách" in classes
    assert "pkg:issuedBy" not in classes  # after `a`: classes only
    assert page.evaluate(value).endswith("?s a pkg:Policy")
    properties = _complete(page, "  ?s pkg:iss")
    assert "pkg:issuedBy" in properties and "pkg:Policy" not in properties
    entities = _complete(page, "  ?s pkg:issuedBy bo lao dong")
    assert "Bộ Lao động - Thương binh và Xã hội" in entities
    assert page.evaluate(value).endswith(
        "?s pkg:issuedBy <https://w3id.org/policykg/id/organisation/bo-lao-dong-thuong-binh-va-xa-hoi>"
    )
    page.screenshot(path=str(ARTIFACTS / "editor-completion.png"))


def test_result_table_names_iris_links_them_locally_and_shows_plain_values(
    page, base_url: str
) -> None:  # type: ignore[no-untyped-def]
    page.goto(base_url + "/sparql")
    page.wait_for_function("window.policykgEditor !== undefined")
    query = (
        "SELECT ?org (COUNT(?x) AS ?n) WHERE { ?org a <https://w3id.org/policykg/ontology#Organisation>"
        " OPTIONAL { ?x ?p ?org } } GROUP BY ?org ORDER BY ?org"
    )
    page.evaluate("q => window.policykgRun(q)", query)
    page.wait_for_selector(".yasr.pkg-labelled", timeout=15000)
    link = page.locator(".yasr td a.iri", has_text="Cục Trẻ em").first
    assert link.get_attribute("href") == "/id/organisation/cuc-tre-em"
    assert link.get_attribute("title") == "https://w3id.org/policykg/id/organisation/cuc-tre-em"
    cells = page.locator(".yasr table tbody").inner_text()
    assert "^^" not in cells and "XMLSchema" not in cells
    page.screenshot(path=str(ARTIFACTS / "editor-labelled-table.png"), full_page=True)


@pytest.mark.parametrize(
    "path", ["/", "/graph", "/timeline", "/sparql", "/id/organisation/cuc-tre-em"]
)
def test_no_uncaught_script_error(page, base_url: str, path: str) -> None:  # type: ignore[no-untyped-def]
    with uncaught(page) as errors:
        page.goto(base_url + path)
        page.wait_for_load_state("networkidle")
    assert not errors


def test_local_links_keep_canonical_iris_for_what_the_server_does_not_serve(
    page, base_url: str
) -> None:  # type: ignore[no-untyped-def]
    """links.js: /id/..., /ontology and /vocab/... here; other IRIs as they are; none at the
    namespace host."""
    page.goto(base_url + "/sparql")
    page.wait_for_function("typeof window.PolicyKG === 'object'")
    hrefs = page.evaluate(
        """() => ['id/organisation/cuc-tre-em', 'ontology#Policy', 'graph/meta',
                 'vocab/places-da-nang', 'vocab/']
             .map(p => PolicyKG.localHref('https://w3id.org/policykg/' + p))
             .concat([PolicyKG.localHref('https://schema.org/Event')])"""
    )
    assert hrefs == [
        "/id/organisation/cuc-tre-em",
        "/ontology#Policy",
        "https://w3id.org/policykg/graph/meta",
        "/vocab/places-da-nang",
        "https://w3id.org/policykg/vocab/",
        "https://schema.org/Event",
    ]
    served_at_home = page.evaluate(
        """() => { document.body.dataset.localIds = 'false';
             return PolicyKG.localHref('https://w3id.org/policykg/id/organisation/cuc-tre-em'); }"""
    )
    assert served_at_home == "https://w3id.org/policykg/id/organisation/cuc-tre-em"
