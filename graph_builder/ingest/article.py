"""What ingest gives: one source document as an `Article`, or an `IngestError` saying why not.

Kept apart from the readers so that every reader (plain text, HTML, fetched pages)
can raise the same error without importing the others.
"""

from __future__ import annotations

from dataclasses import dataclass


class IngestError(ValueError):
    """A file that cannot become an article; the message names the file and the reason."""


@dataclass(frozen=True, slots=True)
class Article:
    """One ingested source document, its text NFC-normalised and cleaned."""

    id: str  # stable id: the file stem
    path: str
    text: str
    sha256: str  # of the raw bytes, for incremental builds
    title: str | None = None
    date: str | None = None  # YYYY-MM-DD (publication date when found)
    url: str | None = None
    # from the sidecar of a fetched page (graph_builder/ingest/fetched.py):
    issued: str | None = None  # YYYY-MM-DD or an ISO 8601 date-time with zone
    publisher: str | None = None  # the site's name
    source: str | None = None  # the URL it was fetched from
