"""Title, publication date, author and site name of a page, for its sidecar.

trafilatura's metadata extraction first (it reads JSON-LD, Open Graph, Dublin Core and
the markup, and drops a " - Báo X" site suffix from titles it knows the site of); the
page's own meta tags fill what it leaves empty. The date is the exception: an explicit
`article:published_time` keeps its time and zone, which trafilatura reduces to a day.
"""

from __future__ import annotations

import codecs
import re

from lxml import etree
from lxml import html as lxml_html

META_KEYS = {  # sidecar field -> meta tags, in order of preference
    "title": ("og:title", "twitter:title"),
    "published": ("article:published_time", "og:published_time", "pubdate", "datePublished"),
    "author": ("author", "article:author", "dc.creator"),
    "site_name": ("og:site_name", "application-name"),
}
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)


def page_metadata(body: bytes, *, url: str, content_type: str) -> dict[str, str | None]:
    """{title, published, author, site_name}; a field nobody states is None."""
    tags = meta_tags(body)
    found = _trafilatura(_text(body, content_type), url)
    result = {}
    for field, names in META_KEYS.items():
        tagged = next((tags[n] for n in names if tags.get(n)), None)
        preferred = (
            (tagged, found.get(field)) if field == "published" else (found.get(field), tagged)
        )
        result[field] = next((v.strip() for v in preferred if v and v.strip()), None)
    if result["title"] is None:
        result["title"] = tags.get("<title>")
    return result


def meta_tags(body: bytes) -> dict[str, str]:
    """<meta property|name|itemprop=... content=...> by lower-case name, first one wins."""
    try:
        root = lxml_html.fromstring(body)
    except (etree.ParserError, ValueError):
        return {}
    tags: dict[str, str] = {}
    for element in root.iter("meta"):
        name = element.get("property") or element.get("name") or element.get("itemprop")
        content = element.get("content")
        if name and content:
            tags.setdefault(name.strip().lower(), content)
            tags.setdefault(name.strip(), content)
    title = root.find(".//title")
    if title is not None and title.text_content().strip():
        tags["<title>"] = " ".join(title.text_content().split())
    return tags


def _trafilatura(text: str | bytes, url: str) -> dict[str, str | None]:
    import trafilatura  # slow to import: only when a page was fetched

    try:
        meta = trafilatura.extract_metadata(text, default_url=url)
    except (ValueError, TypeError, etree.LxmlError):
        return {}
    if meta is None:
        return {}
    stated_site = meta.sitename if meta.sitename != meta.hostname else None  # not a name
    return {
        "title": meta.title,
        "published": meta.date,
        "author": meta.author,
        "site_name": stated_site,
    }


def _text(body: bytes, content_type: str) -> str | bytes:
    """Decoded by the charset the server declared; else bytes, for trafilatura to sniff."""
    match = _CHARSET.search(content_type)
    if match:
        try:
            return body.decode(codecs.lookup(match.group(1)).name, "replace")
        except LookupError:
            pass
    return body
