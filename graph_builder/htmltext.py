"""HTML pages to article text with trafilatura: main content only, no menus or footers."""

from __future__ import annotations

from pathlib import Path


def html_to_text(html: str, *, path: Path) -> tuple[str, str | None, str | None, str | None]:
    """(text, title, date, url); broken HTML is tolerated, an empty page is an error."""
    import trafilatura

    from .ingest import IngestError

    text = trafilatura.extract(
        html, include_comments=False, include_tables=True, favor_precision=True, deduplicate=True
    )
    if not text or not text.strip():
        raise IngestError(f"{path}: HTML page has no article text")
    meta = trafilatura.extract_metadata(html)
    if meta is None:
        return text, None, None, None
    return text, meta.title, meta.date, meta.url
