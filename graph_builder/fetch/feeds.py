"""RSS 2.0, RSS 1.0, Atom feeds and sitemaps (urlset, sitemap index; gzipped or not) to URLs.

Elements are matched by local name, so a feed that forgot or misspelt a namespace still
gives its links; the parser recovers from the small breakages real feeds have (a bare `&`)
but never resolves entities or reads the network (no XXE, no billion laughs).
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urldefrag, urljoin, urlsplit

from lxml import etree

GZIP_MAGIC = b"\x1f\x8b"
ENTRY_TAGS = {"rss": "item", "RDF": "item", "feed": "entry", "urlset": "url"}


class FeedError(ValueError):
    """Not a feed or sitemap we can read; the message says what it was instead."""


@dataclass(frozen=True, kw_only=True)
class Listing:
    """What one feed or sitemap points at: pages, and (a sitemap index) more sitemaps."""

    pages: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()


def parse_listing(body: bytes, *, base_url: str, max_bytes: int) -> Listing:
    """Links in document order, absolute, http(s) only, without fragments or repeats."""
    root = _parse(_gunzip(body, max_bytes=max_bytes) if body.startswith(GZIP_MAGIC) else body)
    kind = _local(root)
    if kind == "sitemapindex":
        return Listing(sitemaps=_absolute(_locs(root, "sitemap"), base_url))
    if kind == "urlset":
        return Listing(pages=_absolute(_locs(root, "url"), base_url))
    if kind in ENTRY_TAGS:
        entries = (e for e in root.iter() if _local(e) == ENTRY_TAGS[kind])
        return Listing(pages=_absolute((_entry_link(e) for e in entries), base_url))
    raise FeedError(f"not an RSS/Atom feed or a sitemap (root element <{kind}>)")


def _parse(body: bytes) -> etree._Element:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True)
    try:
        root = etree.fromstring(body, parser=parser)
    except etree.XMLSyntaxError as e:
        raise FeedError(f"not an RSS/Atom feed or a sitemap: not XML ({e})") from e
    if root is None:
        raise FeedError("not an RSS/Atom feed or a sitemap: not XML")
    return root


def _gunzip(body: bytes, *, max_bytes: int) -> bytes:
    """A .xml.gz sitemap, refused past `max_bytes` unpacked (a zip bomb stays small)."""
    unpacker = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        data = unpacker.decompress(body, max_bytes + 1)
    except zlib.error as e:
        raise FeedError(f"broken gzip: {e}") from e
    if len(data) > max_bytes:
        raise FeedError(f"too large: over the {max_bytes}-byte limit unpacked")
    return data


def _locs(root: etree._Element, parent: str) -> list[str | None]:
    return [
        child.text
        for element in root.iter()
        if _local(element) == parent
        for child in element
        if _local(child) == "loc"
    ]


def _entry_link(entry: etree._Element) -> str | None:
    """Atom: the alternate link's href; RSS: the <link> text, else a permalink <guid>."""
    for child in entry:
        if _local(child) != "link":
            continue
        href = child.get("href")
        if href and child.get("rel", "alternate") == "alternate":
            return href
        if child.text and child.text.strip():
            return child.text
        if child.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}resource"):
            return child.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}resource")
    for child in entry:
        if _local(child) == "guid" and child.get("isPermaLink", "true") == "true":
            return child.text
    return None


def _absolute(links: Iterable[str | None], base_url: str) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for link in links:
        if not link or not link.strip():
            continue
        url = urldefrag(urljoin(base_url, link.strip())).url
        if urlsplit(url).scheme in {"http", "https"}:
            seen.setdefault(url, None)
    return tuple(seen)


def _local(element: etree._Element) -> str:
    tag = element.tag
    return etree.QName(tag).localname if isinstance(tag, str) else ""
