"""What a fetched page's sidecar (`<key>.json`, written by `policykg fetch`) adds to it.

The HTML alone gives a title with the site's suffix (" - Báo X") and often no date; the
sidecar knows where the page came from, when it says it was published and by which site.
Its format is defined once, in graph_builder.fetch.sidecar. A page without a sidecar (a
file put in data/raw by hand) is read as before.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from graph_builder.fetch.sidecar import read_sidecar
from graph_builder.ingest.article import IngestError

PAGE_SUFFIXES = (".html", ".htm")
TITLE_SEPARATORS = (" - ", " – ", " — ", " | ", " :: ", " · ")


@dataclass(frozen=True, slots=True, kw_only=True)
class PageFacts:
    """The sidecar's facts, cleaned: each None when the sidecar does not state it."""

    title: str | None
    issued: str | None  # YYYY-MM-DD, or an ISO 8601 date-time with its zone
    publisher: str | None  # the site's name
    source: str | None  # the URL the page was fetched from, after redirects


def page_facts(path: Path) -> PageFacts | None:
    """The facts of the sidecar beside `path`; None if it has none."""
    sidecar_path = path.with_suffix(".json")
    if path.suffix.lower() not in PAGE_SUFFIXES or not sidecar_path.is_file():
        return None
    try:
        sidecar = read_sidecar(sidecar_path)
    except (OSError, ValueError, TypeError) as e:
        raise IngestError(f"{path}: unreadable sidecar {sidecar_path.name}: {e}") from e
    site = _clean(sidecar.site_name)
    return PageFacts(
        title=strip_site(_clean(sidecar.title), site),
        issued=issued(sidecar.published),
        publisher=site,
        source=_clean(sidecar.final_url) or _clean(sidecar.url),
    )


def strip_site(title: str | None, site: str | None) -> str | None:
    """ "Hội thảo X - Báo Y" -> "Hội thảo X" when the site is Báo Y (never all of it)."""
    if not title or not site:
        return title
    for separator in TITLE_SEPARATORS:
        head, found, tail = title.rpartition(separator)
        if found and head.strip() and tail.strip().casefold() == site.casefold():
            return head.strip()
    return title


def issued(value: str | None) -> str | None:
    """A date or a date-time with a zone, as ISO 8601; anything else (a local time, which
    cannot be placed on the time line, or junk) is dropped rather than guessed."""
    text = _clean(value)
    if not text:
        return None
    try:
        if len(text) == 10:
            return date.fromisoformat(text).isoformat()
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment.isoformat() if moment.tzinfo else moment.date().isoformat()


def _clean(value: object) -> str | None:
    """NFC, single spaces, None for empty (ingest normalises everything it gives once)."""
    if not isinstance(value, str):
        return None
    return " ".join(unicodedata.normalize("NFC", value).split()) or None
