"""Feeds and sitemaps to page URLs, without a server."""

from __future__ import annotations

import gzip

import pytest

from graph_builder.fetch.feeds import FeedError, Listing, parse_listing
from tests.fetch.site import ATOM, INDEX, RSS, URLSET

BASE = "https://bao.example.vn/rss/home.rss"
CAP = 1_000_000


def test_rss2_links_resolved_against_the_feed() -> None:
    listing = parse_listing(RSS, base_url=BASE, max_bytes=CAP)
    assert listing == Listing(
        pages=(
            "https://bao.example.vn/news/a.html",
            "https://bao.example.vn/news/b.html?utm_source=rss&utm_medium=feed",
            "https://bao.example.vn/files/report.pdf",
        )
    )


def test_atom_alternate_links_only_and_no_fragments() -> None:
    listing = parse_listing(ATOM, base_url=BASE, max_bytes=CAP)
    assert listing.pages == (
        "https://bao.example.vn/news/c.html",
        "https://bao.example.vn/news/a.html",
    )


def test_rss1_and_guid_permalinks() -> None:
    rss1 = b"""<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
      xmlns="http://purl.org/rss/1.0/"><channel rdf:about="x"><title>t</title></channel>
      <item rdf:about="https://a.vn/1"><link>https://a.vn/1</link></item></rdf:RDF>"""
    guid = b"""<rss><channel><item><guid>https://a.vn/2</guid></item>
      <item><guid isPermaLink="false">tag:a.vn,2024:3</guid></item></channel></rss>"""
    assert parse_listing(rss1, base_url=BASE, max_bytes=CAP).pages == ("https://a.vn/1",)
    assert parse_listing(guid, base_url=BASE, max_bytes=CAP).pages == ("https://a.vn/2",)


def test_sitemap_index_and_gzipped_urlset() -> None:
    index = parse_listing(INDEX, base_url=BASE, max_bytes=CAP)
    assert index.pages == ()
    assert index.sitemaps[0] == "https://bao.example.vn/sitemaps/news.xml.gz"
    urls = parse_listing(gzip.compress(URLSET), base_url=BASE, max_bytes=CAP)
    assert urls.pages[0] == "https://bao.example.vn/news/d.html"
    assert len(urls.pages) == 3


def test_a_gzip_bomb_is_refused() -> None:
    bomb = gzip.compress(b"<urlset>" + b" " * 5_000_000 + b"</urlset>")
    with pytest.raises(FeedError, match="too large"):
        parse_listing(bomb, base_url=BASE, max_bytes=CAP)


def test_entities_are_not_expanded() -> None:
    xxe = b"""<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/hostname">]>
      <urlset><url><loc>https://a.vn/&x;</loc></url></urlset>"""
    pages = parse_listing(xxe, base_url=BASE, max_bytes=CAP).pages
    assert all("etc" not in page and "\n" not in page for page in pages)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"<!doctype html><html><body>hi</body></html>", "not XML"),
        (b"<html><body><p>hi</p></body></html>", "root element <html>"),
        (b"", "not XML"),
        (b"\x1f\x8bnot gzip", "broken gzip"),
    ],
)
def test_not_a_feed(body: bytes, message: str) -> None:
    with pytest.raises(FeedError, match=message):
        parse_listing(body, base_url=BASE, max_bytes=CAP)
