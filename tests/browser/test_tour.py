"""A person's tour of the app as `make run` serves it, in Debian's Chromium.

Unlike test_browser.py (an in-process app over a small fixture store), this starts the
real `policykg serve` in a subprocess, over a store that `policykg build data/raw` made,
both given the RELATIVE path data/store from a working directory that is a temporary
copy of the repository's data/raw: the set-up where relative paths once resolved
against the package folder and every dump answered 500 while the tests passed.

The tour fails on any console error or uncaught page error (a failed request the page
makes, a 404 favicon included), except the one failed request a step provokes on
purpose (the bad query's 400). Screenshots go to tests/artifacts/tour-*.png for a human
to look at.
"""

from __future__ import annotations

import contextlib
import gzip
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import pyoxigraph as ox
import pytest

from tests.browser.test_browser import ARGS, ARTIFACTS, CHROMIUM, NEEDS_CHROMIUM
from tests.conftest import REPO

pytestmark = [pytest.mark.browser, NEEDS_CHROMIUM]
POLICYKG = Path(sys.executable).with_name("policykg")
BASE_IRI = "https://w3id.org/policykg/"
DUMPS = {
    "policykg.nq.gz": ox.RdfFormat.N_QUADS,
    "policykg.trig": ox.RdfFormat.TRIG,
    "policykg.ttl": ox.RdfFormat.TURTLE,
    "policykg.jsonld": ox.RdfFormat.JSON_LD,
}
BAD_QUERY = "SELECT ?x WHERE { ?x ?y }"  # a triple pattern without its object


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _wait_until_up(url: str, server: subprocess.Popen[bytes], log: Path) -> None:
    """Poll /health until the server answers; fail with its log if it exits first."""
    for _ in range(300):
        if server.poll() is not None:
            pytest.fail(f"policykg serve exited ({server.returncode}):\n{log.read_text()}")
        with (
            contextlib.suppress(OSError),
            urllib.request.urlopen(url + "/health", timeout=2) as response,
        ):
            if response.status == 200:
                return
        with contextlib.suppress(subprocess.TimeoutExpired):
            server.wait(timeout=0.2)  # a pause that ends early if the server dies
    pytest.fail(f"policykg serve did not answer /health:\n{log.read_text()}")


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`make run` in a temporary working directory: build, then serve, relative paths."""
    assert POLICYKG.exists(), f"the policykg command is not installed next to {sys.executable}"
    ARTIFACTS.mkdir(exist_ok=True)
    home = tmp_path_factory.mktemp("clone")
    shutil.copytree(REPO / "data" / "raw", home / "data" / "raw")
    build = subprocess.run(
        [str(POLICYKG), "build", "data/raw", "--store", "data/store"],
        cwd=home,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert build.returncode == 0, build.stdout + build.stderr
    assert " 0 failed" in build.stdout, build.stderr  # every article shipped in data/raw builds
    port = _free_port()
    log = ARTIFACTS / "tour-server.log"
    with log.open("wb") as out:
        server = subprocess.Popen(
            [str(POLICYKG), "serve", "--store", "data/store", "--port", str(port)],
            cwd=home,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            _wait_until_up(url, server, log)
            yield url
        finally:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait(timeout=10)


class Problems:
    """Console errors and page errors, with the ones a step expects taken out."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.allowed: list[tuple[str, str]] = []  # (url ending, text inside)

    def console(self, message: Any) -> None:
        if message.type != "error":
            return
        url = message.location.get("url", "")
        if any(url.endswith(end) and text in message.text for end, text in self.allowed):
            return
        self.seen.append(f"console error: {message.text} ({url})")

    def page_error(self, error: Any) -> None:
        self.seen.append(f"page error: {error}")

    @contextlib.contextmanager
    def allowing(self, url_end: str, text: str) -> Iterator[None]:
        self.allowed.append((url_end, text))
        try:
            yield
        finally:
            self.allowed.remove((url_end, text))

    def check(self, step: str, page: Any = None) -> None:
        assert not self.seen, f"after {step}: " + "\n".join(self.seen)
        if page is not None:
            leaving = links_to_canonical_iris(page)
            assert not leaving, f"{step}: links leave the app for {leaving[:5]}"


def links_to_canonical_iris(page: Any) -> list[str]:
    """Links on the page that go to one of our IRIs' own host: served anywhere else, each
    of them must go to this server's page for the IRI (endpoint/pages/site.local_href)."""
    hrefs: list[str] = page.eval_on_selector_all("a[href]", "as => as.map(a => a.href)")
    return [href for href in hrefs if href.startswith(BASE_IRI)]


@pytest.fixture(scope="module")
def tour(served: str) -> Iterator[tuple[Any, Problems]]:
    from playwright.sync_api import sync_playwright

    problems = Problems()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.set_default_timeout(20_000)
        page.on("console", problems.console)
        page.on("pageerror", problems.page_error)
        yield page, problems
        browser.close()


def shot(page: Any, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"tour-{name}.png"), full_page=True)


def test_a_person_tours_the_app(tour: tuple[Any, Problems], served: str) -> None:
    page, problems = tour
    search_and_follow_links(page, problems, served)
    graph_and_timeline(page, problems)
    editor_views(page, problems)
    editor_error(page, problems)
    download_dumps(page, problems, served)


def search_and_follow_links(page: Any, problems: Problems, served: str) -> None:
    page.goto(served + "/")
    page.fill("header input[name=q]", "bo lao dong")
    page.press("header input[name=q]", "Enter")
    page.wait_for_url("**/search?q=*")
    first = page.locator("main ul.results li a").first
    assert first.inner_text().startswith("Bộ Lao động")
    shot(page, "01-search")
    problems.check("search", page)

    first.click()
    page.wait_for_load_state("load")
    assert page.url.startswith(served + "/id/organisation/"), page.url  # stayed on the server
    assert page.locator("h1").inner_text().startswith("Bộ Lao động")
    assert BASE_IRI + "id/organisation/" in page.locator("main").inner_text()  # canonical IRI
    problems.check("an organisation's page", page)  # its articles, mentions, neighbours
    here = page.url
    others = page.locator(f"main a[href^='/id/'], main a[href^='{served}/id/']")
    assert others.count() > 0, "no link to another entity on this server"
    candidates = [
        a
        for a in (others.nth(i) for i in range(others.count()))
        if urljoin(here, a.get_attribute("href")) != here
    ]
    entities = [a for a in candidates if "/id/article/" not in a.get_attribute("href")]
    target = (entities or candidates)[0]  # another organisation, policy, person... if any
    target.click()
    page.wait_for_load_state("load")
    assert page.url.startswith(served + "/id/") and page.url != here, page.url
    assert page.locator("h1").inner_text().strip()
    page.wait_for_load_state("networkidle")  # the neighbourhood graph's request
    if page.locator("#cy").count():  # drawn, unless the resource has no neighbourhood
        page.wait_for_function("window.policykgNeighbourhood !== undefined")
    shot(page, "02-entity")
    problems.check("following links between entities", page)


def graph_and_timeline(page: Any, problems: Problems) -> None:
    page.click("header nav a[href='/graph']")
    page.wait_for_selector("#cy[data-ready=true]")
    status = page.locator("#status")
    nodes = int(status.get_attribute("data-nodes"))
    assert nodes > 10
    labelled = page.evaluate(
        "window.policykgGraph.nodes().filter(n => n.style('label') !== '').length"
    )
    assert labelled >= 5, "the overview shows almost no labels"
    apart = page.evaluate(
        """() => { const cy = window.policykgGraph;
        const alone = cy.nodes().filter(n => n.degree(false) === 0);
        const linked = cy.nodes().filter(n => n.degree(false) > 0);
        if (!alone.length) return true;
        return Math.min(...alone.map(n => n.position('y')))
             > Math.max(...linked.map(n => n.position('y'))); }"""
    )
    assert apart, "nodes without links are mixed into the clusters"
    shot(page, "03-graph")
    page.uncheck("#filters input[value=Person]")
    persons = page.evaluate(
        "window.policykgGraph.nodes().filter(n => n.data('type') === 'Person').length"
    )
    assert int(status.get_attribute("data-nodes")) == nodes - persons
    problems.check("the graph", page)

    page.click("header nav a[href='/timeline']")
    page.wait_for_selector("#timeline[data-ready=true]")
    assert page.locator("#timeline .vis-item.vis-range").count() > 0  # policy periods
    assert page.locator("#timeline .vis-item.vis-point").count() > 0  # issued, events
    opened = page.evaluate(
        "(() => { const w = policykgTimeline.getWindow(); return w.end - w.start; })()"
    )
    page.click("#zoom-fit")  # opened on the years of most items; "Fit" shows them all
    page.wait_for_function(
        "span => { const w = policykgTimeline.getWindow(); return w.end - w.start > span; }",
        arg=opened,
    )
    counter = page.locator("#timeline-count")
    shown = int(counter.get_attribute("data-shown"))
    page.locator("#kinds input").first.uncheck()
    assert int(counter.get_attribute("data-shown")) < shown
    before = page.evaluate(
        "(() => { const w = policykgTimeline.getWindow(); return w.end - w.start; })()"
    )
    page.click("#zoom-in")
    page.wait_for_function(
        "span => { const w = policykgTimeline.getWindow(); return w.end - w.start < span; }",
        arg=before,
    )
    shot(page, "04-timeline")
    problems.check("the timeline", page)


def run_example(page: Any, example: str) -> None:
    """Pick an example as a person does, and wait for its results, not the previous ones."""
    drawn = int(page.get_attribute("#yasgui", "data-drawn"))
    page.select_option("#examples", example)
    page.wait_for_function(
        "n => Number(document.getElementById('yasgui').dataset.drawn) > n", arg=drawn
    )
    page.wait_for_selector(".yasr table tbody tr")


def editor_views(page: Any, problems: Problems) -> None:
    page.click("header nav a[href='/sparql']")
    page.wait_for_function("window.policykgEditor !== undefined")
    run_example(page, "01-policies")
    page.wait_for_selector(".yasr.pkg-labelled")
    link = page.locator(".yasr td a.iri").first
    assert link.get_attribute("href").startswith("/id/policy/")
    assert link.get_attribute("title").startswith(BASE_IRI + "id/policy/")
    assert not link.inner_text().startswith("http")  # a label, not the IRI
    table = page.locator(".yasr table tbody").inner_text()
    assert "^^" not in table and "XMLSchema" not in table  # typed literals as plain values
    shot(page, "05-editor-table")

    run_example(page, "07-co-participation")
    page.click(".yasr_btn.select_Chart")
    page.wait_for_selector(".pkg-chart .bar-row")
    assert page.locator(".pkg-chart .bar-row").count() >= 5
    first_label = page.locator(".pkg-chart .bar-label").first.inner_text()
    page.select_option(".pkg-chart .pkg-picker select >> nth=0", "bName")
    page.wait_for_selector(".pkg-chart .bar-row")
    assert page.locator(".pkg-chart .bar-label").first.inner_text() != first_label
    shot(page, "06-editor-chart")
    page.click(".yasr_btn.select_Graph")
    page.wait_for_function(
        "window.policykgResultGraph && window.policykgResultGraph.edges().length > 0"
    )
    shot(page, "07-editor-graph")
    problems.check("the editor's views", page)


def editor_error(page: Any, problems: Problems) -> None:
    with problems.allowing("/sparql", "400"):  # Chromium logs the failed request itself
        page.evaluate("q => window.policykgEditor.getTab().getYasqe().setValue(q)", BAD_QUERY)
        page.click(".yasqe_queryButton")
        page.wait_for_selector(".pkg-error")
    status = page.locator(".pkg-error-status").inner_text()
    message = page.locator(".pkg-error-message").inner_text()
    assert status.startswith("400"), status
    assert message.strip() and "Failed to construct" not in message
    shot(page, "08-editor-error")
    problems.check("a bad query")


def _get_when_ready(page: Any, url: str, patience_s: float = 300) -> Any:
    """GET `url` as a client of the dumps should: a 503 with Retry-After says the dump is
    still being written (on a loaded machine that takes longer than the server's wait),
    so wait as told and ask again, for `patience_s` at most; any other answer is final."""
    deadline = time.monotonic() + patience_s
    while True:
        response = page.request.get(url)
        retry_after = response.headers.get("retry-after")
        if response.status != 503 or retry_after is None or time.monotonic() > deadline:
            return response
        time.sleep(float(retry_after))


def download_dumps(page: Any, problems: Problems, served: str) -> None:
    page.click("header nav a[href='/dumps/']")
    page.wait_for_load_state("load")
    shot(page, "09-dumps")
    counts = {}
    for name, rdf_format in DUMPS.items():
        link = page.locator(f"main a[href$='{name}']").first
        href = link.get_attribute("href")
        assert href is not None, f"/dumps/ does not link {name}"
        response = _get_when_ready(page, href if "://" in href else served + href)
        assert response.status == 200, f"{name}: {response.status} {response.text()[:300]}"
        body = response.body()
        if name.endswith(".gz"):
            body = gzip.decompress(body)
        counts[name] = sum(1 for _ in ox.parse(body, format=rdf_format))
    assert all(n > 100 for n in counts.values()), counts
    assert counts["policykg.nq.gz"] == counts["policykg.trig"], counts
    problems.check("the dumps", page)
