"""One `policykg fetch` run: find the pages (URLs, feeds, sitemaps), download the new ones.

A URL that fails (robots.txt, 404, timeout, not HTML, too large) is recorded with its
reason and the run goes on; so is a feed or sitemap that fails. Pages already in the
output directory are skipped before any request, so a second run only re-reads the feeds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from ..config import FETCH_MAX_PAGES, FETCH_MAX_SITEMAP_DEPTH, FETCH_MAX_SITEMAPS
from .feeds import FeedError, parse_listing
from .http import FetchError
from .meta import page_metadata
from .polite import PoliteClient
from .sidecar import PageDir, Sidecar, url_key

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})

Target = tuple[str, str | None]  # (page URL, the feed or sitemap that listed it)
Progress = Callable[[Sequence[Target]], Iterable[Target]]


@dataclass(frozen=True, kw_only=True)
class Sources:
    """Where the pages come from; feeds and sitemaps may hold (indexes of) each other."""

    urls: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class FetchReport:
    fetched: tuple[Path, ...] = ()  # the .html files written
    skipped: tuple[str, ...] = ()  # URLs already in the output directory
    failed: tuple[tuple[str, str], ...] = ()  # (URL, reason), feeds and sitemaps included
    not_tried: int = 0  # pages past max_pages, left for the next run


@dataclass(kw_only=True)
class _Tally:
    fetched: list[Path] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)


def fetch(
    sources: Sources,
    *,
    out: Path,
    client: PoliteClient,
    refresh: bool = False,
    max_pages: int = FETCH_MAX_PAGES,
    progress: Progress = lambda targets: targets,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> FetchReport:
    """Download every listed page not yet in `out` (all of them with `refresh`)."""
    tally = _Tally()
    targets = discover(sources, client=client, failed=tally.failed)
    pages, tried = PageDir(out), 0
    for url, via in progress(targets):
        key = url_key(url)
        if not refresh and pages.has(key):
            tally.skipped.append(url)
            continue
        if tried >= max_pages:
            break
        tried += 1
        try:
            tally.fetched.append(
                _fetch_page(url, via, key=key, client=client, pages=pages, now=now)
            )
        except FetchError as e:
            tally.failed.append((url, str(e)))
    not_tried = len(targets) - len(tally.skipped) - tried
    return FetchReport(
        fetched=tuple(tally.fetched),
        skipped=tuple(tally.skipped),
        failed=tuple(tally.failed),
        not_tried=not_tried,
    )


def discover(
    sources: Sources, *, client: PoliteClient, failed: list[tuple[str, str]]
) -> list[Target]:
    """Pages in the order given, one per key; sitemap indexes followed breadth first, at
    most FETCH_MAX_SITEMAP_DEPTH deep and FETCH_MAX_SITEMAPS files in all (no loops)."""
    found: dict[str, Target] = {}
    for url in sources.urls:
        found.setdefault(url_key(url), (url, None))
    queue = [(url, 0) for url in (*sources.feeds, *sources.sitemaps)]
    seen: set[str] = set()
    while queue and len(seen) < FETCH_MAX_SITEMAPS:
        listing_url, depth = queue.pop(0)
        if url_key(listing_url) in seen:
            continue
        seen.add(url_key(listing_url))
        try:
            reply = client.get(listing_url)
            listing = parse_listing(
                reply.body, base_url=reply.url, max_bytes=client.http.config.max_bytes
            )
        except (FetchError, FeedError) as e:
            failed.append((listing_url, str(e)))
            continue
        for page in listing.pages:
            found.setdefault(url_key(page), (page, listing_url))
        if depth < FETCH_MAX_SITEMAP_DEPTH:
            queue.extend((sitemap, depth + 1) for sitemap in listing.sitemaps)
    return list(found.values())


def require_html(headers: dict[str, str]) -> None:
    """Refuse a declared non-HTML type before reading the body (no type: let it in)."""
    media = headers.get("content-type", "").split(";")[0].strip().lower()
    if media and media not in HTML_TYPES:
        raise FetchError(f"not HTML ({media})")


def _fetch_page(
    url: str,
    via: str | None,
    *,
    key: str,
    client: PoliteClient,
    pages: PageDir,
    now: Callable[[], datetime],
) -> Path:
    reply = client.get(url, check=require_html)
    content_type = reply.headers.get("content-type", "")
    meta = page_metadata(reply.body, url=reply.url, content_type=content_type)
    sidecar = Sidecar(
        url=url,
        final_url=reply.url,
        via=via,
        fetched_at=now().astimezone(UTC).isoformat(timespec="seconds"),
        status=reply.status,
        content_type=content_type,
        **meta,
    )
    try:
        return pages.write(key, html=reply.body, sidecar=sidecar)
    except OSError as e:
        raise FetchError(f"cannot write to {pages.root}: {e.strerror or e}") from e
