"""A whole fetch run over the local site: feeds, a sitemap index, failures, a second run."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from graph_builder.fetch.run import FetchReport, Sources, fetch
from graph_builder.fetch.sidecar import read_sidecar, url_key
from graph_builder.ingest.reader import read_article
from tests.fetch.site import Site, make_client, serve_site

FIXED = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
FAILING = {
    "/news/missing.html": "HTTP 404",
    "/news/slow.html": "timed out",
    "/news/huge.html": "too large: 300000 bytes is over the 200000-byte limit",
    "/files/report.pdf": "not HTML (application/pdf)",
    "/private/secret.html": "disallowed by robots.txt",
}
FETCHED = ["/news/a.html", "/news/b.html", "/news/c.html", "/news/d.html", "/news/e.html"]


@pytest.fixture
def site() -> Iterator[Site]:
    with serve_site() as running:
        yield running


def sources(site: Site) -> Sources:
    return Sources(
        urls=(site.url("/news/missing.html"), site.url("/news/slow.html"),
              site.url("/news/huge.html")),
        feeds=(site.url("/feed.rss"), site.url("/feed.atom")),
        sitemaps=(site.url("/sitemap_index.xml"),),
    )  # fmt: skip


def run(site: Site, out: Path, *, refresh: bool = False) -> FetchReport:
    with make_client(retries=0) as client:
        return fetch(sources(site), out=out, client=client, refresh=refresh, now=lambda: FIXED)


def test_fetch_everything_once(site: Site, tmp_path: Path) -> None:
    report = run(site, tmp_path / "raw")
    failed = {url.removeprefix(site.base): reason for url, reason in report.failed}
    assert failed == FAILING
    assert len(report.fetched) == len(FETCHED)
    assert {p: n for p, n in site.pages_hit().items() if p in FETCHED or p == "/old/e.html"} == {
        **dict.fromkeys(FETCHED, 1), "/old/e.html": 1}  # fmt: skip
    assert site.hits["/sitemap_index.xml"] == 1  # it lists itself: read once
    names = sorted(p.name for p in (tmp_path / "raw").iterdir())
    assert len(names) == 2 * len(FETCHED) and not [n for n in names if n.endswith(".tmp")]


def test_sidecar_says_where_and_what(site: Site, tmp_path: Path) -> None:
    run(site, tmp_path)
    listed = site.url("/news/b.html?utm_source=rss&utm_medium=feed")
    side = read_sidecar(tmp_path / f"{url_key(listed)}.json")
    assert side.url == listed and side.final_url == listed
    assert (side.via, side.status, side.fetched_at) == (
        site.url("/feed.rss"), 200, "2026-12-01T09:30:00+00:00")  # fmt: skip
    assert side.content_type == "text/html; charset=utf-8"
    assert (side.title, side.site_name, side.author) == (
        "Kế hoạch chuyển đổi số",
        "Báo Số",
        "Lan Anh",
    )
    assert side.published == "2024-03-05T08:30:00+07:00"
    moved = read_sidecar(tmp_path / f"{url_key(site.url('/old/e.html'))}.json")
    assert moved.final_url == site.url("/news/e.html")
    assert moved.via == site.url("/sitemaps/news.xml.gz")
    raw = json.loads((tmp_path / f"{url_key(listed)}.json").read_text(encoding="utf-8"))
    assert "Kế hoạch" in (tmp_path / f"{url_key(listed)}.json").read_text(encoding="utf-8")
    assert set(raw) >= {"url", "final_url", "fetched_at", "status", "content_type", "title"}


def test_html_kept_as_received_and_ingestible(site: Site, tmp_path: Path) -> None:
    from tests.fetch.site import article

    run(site, tmp_path)
    page = tmp_path / f"{url_key(site.url('/news/a.html'))}.html"
    assert page.read_bytes() == article("Hội thảo giáo dục")
    got = read_article(page)
    assert "Bộ Giáo dục và Đào tạo" in got.text and "Trang chủ" not in got.text


def test_second_run_downloads_nothing_new(site: Site, tmp_path: Path) -> None:
    run(site, tmp_path)
    before = site.pages_hit()
    again = run(site, tmp_path)
    assert site.pages_hit() - before == {p: 1 for p in FAILING if p != "/private/secret.html"}
    assert len(again.fetched) == 0 and len(again.skipped) == len(FETCHED)
    assert site.hits["/feed.rss"] == 2  # feeds are read again: they may list new pages


def test_refresh_downloads_again(site: Site, tmp_path: Path) -> None:
    run(site, tmp_path)
    again = run(site, tmp_path, refresh=True)
    assert len(again.fetched) == len(FETCHED) and not again.skipped
    assert site.hits["/news/a.html"] == 2


def test_max_pages_leaves_the_rest_for_later(site: Site, tmp_path: Path) -> None:
    with make_client() as client:
        first = fetch(Sources(feeds=(site.url("/feed.atom"),)), out=tmp_path, client=client,
                      max_pages=1)  # fmt: skip
        second = fetch(Sources(feeds=(site.url("/feed.atom"),)), out=tmp_path, client=client)
    assert (len(first.fetched), first.not_tried) == (1, 1)
    assert (len(second.fetched), len(second.skipped), second.not_tried) == (1, 1, 0)


def test_a_failing_feed_is_reported(site: Site, tmp_path: Path) -> None:
    with make_client() as client:
        report = fetch(
            Sources(feeds=(site.url("/news/a.html"), site.url("/nofeed.xml"))),
            out=tmp_path, client=client,
        )  # fmt: skip
    reasons = dict(report.failed)
    assert reasons[site.url("/nofeed.xml")] == "HTTP 404"
    assert reasons[site.url("/news/a.html")] == "not an RSS/Atom feed or a sitemap: not XML"
