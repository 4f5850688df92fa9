"""HTML pages to article text: trafilatura for the main content, a plain-text fallback.

trafilatura finds the article among menus and footers; on a page it cannot parse (deeply
broken markup, no article structure) the fallback keeps the text outside navigation,
scripts and footers, and the boilerplate rules clean what is left.
"""

from __future__ import annotations

from pathlib import Path

from graph_builder.ingest.article import IngestError

CHROME_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form")
BLOCKS = ("p", "h1", "h2", "h3", "h4", "li", "td", "blockquote")


def html_to_text(html: str, *, path: Path) -> tuple[str, str | None, str | None, str | None]:
    """(text, title, date, url); an empty page is an IngestError naming the file."""
    import trafilatura

    text = trafilatura.extract(
        html, include_comments=False, include_tables=True, favor_precision=True, deduplicate=True
    )
    if not text or not text.strip():
        text = _plain_text(html)
    if not text.strip():
        raise IngestError(f"{path}: HTML page has no article text")
    meta = trafilatura.extract_metadata(html)
    if meta is None:
        return text, None, None, None
    return text, meta.title, meta.date, meta.url


def _plain_text(html: str) -> str:
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.fromstring(html, parser=lxml_html.HTMLParser(huge_tree=True))
    except (etree.ParserError, ValueError):
        return ""
    for element in list(root.iter(*CHROME_TAGS)):
        element.drop_tree()
    leaves = [b for b in root.iter(*BLOCKS) if next(b.iterdescendants(*BLOCKS), None) is None]
    blocks = (" ".join(b.text_content().split()) for b in leaves)
    return "\n".join(b for b in blocks if b)
