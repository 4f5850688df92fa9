"""Commands that bring sources in from the web: fetch (flags to `FetchConfig` and `Sources`)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

import click

from graph_builder.config import (
    DEFAULT_RAW,
    FETCH_CONNECT_TIMEOUT_S,
    FETCH_DELAY_S,
    FETCH_MAX_BYTES,
    FETCH_MAX_PAGES,
    FETCH_READ_TIMEOUT_S,
    FETCH_RETRIES,
    FETCH_TOTAL_TIMEOUT_S,
)


@click.command()
@click.argument("urls", nargs=-1)
@click.option(
    "--feed", "feeds", multiple=True, metavar="URL", help="RSS or Atom feed whose items to fetch."
)
@click.option(
    "--sitemap",
    "sitemaps",
    multiple=True,
    metavar="URL",
    help="Sitemap or sitemap index (.xml, .xml.gz).",
)
@click.option(
    "--urls",
    "url_file",
    type=click.File("r", encoding="utf-8"),
    help="File of URLs, one a line (lines starting with '#' are comments); '-': stdin.",
)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=DEFAULT_RAW,
    show_default=True,
    help="Directory for <key>.html and <key>.json (relative: to the current directory).",
)
@click.option("--refresh", is_flag=True, help="Download again pages the directory already has.")
@click.option(
    "--delay",
    type=click.FloatRange(min=0),
    default=FETCH_DELAY_S,
    show_default=True,
    help="Seconds between requests to one host (robots.txt Crawl-delay wins when larger).",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=FETCH_READ_TIMEOUT_S,
    show_default=True,
    help=f"Seconds to wait for data (connect: {FETCH_CONNECT_TIMEOUT_S:g} s at most; "
    f"a whole page: {FETCH_TOTAL_TIMEOUT_S:g} s).",
)
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=FETCH_MAX_BYTES,
    show_default=True,
    help="Refuse a page larger than this (as 'too large').",
)
@click.option(
    "--retries",
    type=click.IntRange(min=0),
    default=FETCH_RETRIES,
    show_default=True,
    help="Further tries after a 5xx, 429, timeout or dropped connection (not a 4xx).",
)
@click.option(
    "--max-pages",
    type=click.IntRange(min=0),
    default=FETCH_MAX_PAGES,
    show_default=True,
    help="Download at most this many pages (the rest: next run).",
)
def fetch(
    urls: tuple[str, ...],
    feeds: tuple[str, ...],
    sitemaps: tuple[str, ...],
    url_file: TextIO | None,
    out: Path,
    refresh: bool,
    delay: float,
    timeout: float,
    max_bytes: int,
    retries: int,
    max_pages: int,
) -> None:
    """Download news pages (URLs, feed items, sitemap locations) into OUT for `build`.

    Polite: honours robots.txt, waits between requests to one host, names itself in
    the User-Agent. Pages OUT already has are skipped. Each failed URL is reported on
    stderr with its reason and the rest go on; the exit status is 1 if any URL, feed
    or sitemap failed, 0 otherwise.
    """
    from tqdm import tqdm

    from graph_builder.fetch.http import FetchConfig, HttpClient
    from graph_builder.fetch.polite import PoliteClient
    from graph_builder.fetch.run import Sources
    from graph_builder.fetch.run import fetch as run_fetch

    listed = tuple(_url_lines(url_file.read())) if url_file else ()
    if not (urls or listed or feeds or sitemaps):
        raise click.UsageError("give URLs, --urls FILE, --feed URL or --sitemap URL")
    config = FetchConfig(
        delay=delay,
        connect_timeout=min(FETCH_CONNECT_TIMEOUT_S, timeout),
        read_timeout=timeout,
        total_timeout=max(FETCH_TOTAL_TIMEOUT_S, timeout),
        max_bytes=max_bytes,
        retries=retries,
    )
    with PoliteClient(HttpClient(config)) as client:
        report = run_fetch(
            Sources(urls=urls + listed, feeds=feeds, sitemaps=sitemaps),
            out=out.resolve(),
            client=client,
            refresh=refresh,
            max_pages=max_pages,
            progress=lambda targets: tqdm(targets, desc="pages", unit="page", disable=None),
        )
    for url, reason in report.failed:
        click.echo(f"FAILED {url}: {reason}", err=True)
    later = f", {report.not_tried} left for the next run" if report.not_tried else ""
    click.echo(
        f"fetched {len(report.fetched)}, skipped {len(report.skipped)}, "
        f"failed {len(report.failed)}{later} (in {out})"
    )
    sys.exit(1 if report.failed else 0)


def _url_lines(text: str) -> list[str]:
    """Non-blank lines that do not start with '#' (a '#' inside a URL is a fragment)."""
    lines = (line.strip() for line in text.splitlines())
    return [line for line in lines if line and not line.startswith("#")]
