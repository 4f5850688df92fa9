"""Reading one source file into an `Article`: bytes -> text -> NFC -> clean text.

Everything downstream trusts `Article.text`: offsets of every mention refer to it,
so it is normalised to NFC exactly once, here. Bad input (empty, binary, an encoding
we cannot decode, HTML with no text) raises `IngestError` naming the file and the
reason, so a build can report it and go on with the rest.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path

from graph_builder.ingest.article import Article, IngestError
from graph_builder.ingest.boilerplate import (
    BoilerplateRules,
    clean_lines,
    default_rules,
    not_title_rules,
)
from graph_builder.ingest.charset import declared_charset
from graph_builder.ingest.fetched import PageFacts, page_facts
from graph_builder.ingest.files import MAX_BYTES, read_source
from graph_builder.ingest.segmented import split_segmented_words
from graph_builder.ingest.unwrap import unwrap

MAX_CHARS = 1_000_000  # a news article is ~10k characters; spaCy's own default limit
_DATELINE = re.compile(
    r"(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d{2})(?!\d)(?:\s*\|?\s*\d{1,2}:\d{2})?"
)
# A legal text's dateline: "Bình Định, ngày 29 tháng 5 năm 2018"
_WRITTEN_DATELINE = re.compile(
    r"(?:^|,\s*)ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d{2})\s*$"
)
TITLE_MAX_WORDS = 60  # a legal text's title in capitals runs long
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)


def read_article(path: Path, *, rules: BoilerplateRules | None = None) -> Article:
    """Read a .txt or .html file; the article id is the file stem."""
    return article_from_bytes(read_source(path), path=path, rules=rules)


def article_from_bytes(raw: bytes, *, path: Path, rules: BoilerplateRules | None = None) -> Article:
    if not raw.strip():
        raise IngestError(f"{path}: empty file")
    if len(raw) > MAX_BYTES:
        raise IngestError(f"{path}: {len(raw)} bytes is over the {MAX_BYTES}-byte limit")
    text = decode(raw, path=path, declared=declared_charset(raw, path))
    title = date = url = None
    if is_html(path, text):
        from graph_builder.ingest.html import (
            html_to_text,  # trafilatura is slow to import: only when needed
        )

        text, title, date, url = html_to_text(text, path=path)
    lines = unwrap(clean_lines(normalise(text).split("\n"), rules or default_rules()))
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    if len(body) < 2:
        raise IngestError(f"{path}: no article text left after removing page chrome")
    if len(body) > MAX_CHARS:
        raise IngestError(
            f"{path}: {len(body)} characters of text is over the {MAX_CHARS}-character limit "
            "for one article; split the file into articles"
        )
    facts = page_facts(path)  # a fetched page's sidecar: title, date, site, source URL
    if facts is None:
        facts = PageFacts(title=None, issued=None, publisher=None, source=None)
    return Article(
        id=path.stem,
        path=str(path),
        text=body,
        sha256=hashlib.sha256(raw).hexdigest(),
        title=facts.title or title or guess_title([line for line in lines if line]),
        date=(facts.issued or "")[:10] or date or guess_date([line for line in lines if line]),
        url=url,
        issued=facts.issued,
        publisher=facts.publisher,
        source=facts.source,
    )


def decode(raw: bytes, *, path: Path, declared: str | None = None) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else the charset the page declares,
    else Windows-1258 (Vietnamese).

    NUL is never article text: a decoded text holding one, anywhere in the file, is
    refused as binary (only UTF-16 without a BOM is told apart by its NUL bytes)."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _decode(raw, "utf-16", path)
    if raw.startswith(b"\xef\xbb\xbf"):
        return _decode(raw, "utf-8-sig", path)
    if b"\x00" in raw[:4096]:
        return _decode_utf16_or_fail(raw, path)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return _decode(raw, declared if declared not in (None, "utf-8") else "cp1258", path)
    return _without_nul(text, path)


def _decode_utf16_or_fail(raw: bytes, path: Path) -> str:
    """BOM-less UTF-16 has NULs on one side of each pair; anything else with NULs is binary."""
    head = raw[:4096]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if max(even, odd) > len(head) // 4 and min(even, odd) == 0:
        text = _decode(raw, "utf-16-le" if odd else "utf-16-be", path)
        if _mostly_text(text):
            return text
    raise IngestError(f"{path}: binary file (NUL bytes), not an article")


def _mostly_text(text: str) -> bool:
    sample = text[:2000]
    good = sum(ch.isalnum() or ch.isspace() or ch in ".,;:!?-–()\"'/%" for ch in sample)
    return good >= 0.85 * max(len(sample), 1)


def _decode(raw: bytes, encoding: str, path: Path) -> str:
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as e:
        raise IngestError(f"{path}: not UTF-8, UTF-16 or Windows-1258 text ({e.reason})") from e
    return _without_nul(text, path)


def _without_nul(text: str, path: Path) -> str:
    if "\x00" in text:
        raise IngestError(f"{path}: binary file (NUL bytes), not an article")
    return text


def normalise(text: str) -> str:
    """NFC, one newline convention, no invisible characters, no non-breaking spaces,
    and a word segmenter's underscores read as the spaces between syllables."""
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    return split_segmented_words(re.sub(r"[ \t\f\v]+", " ", text))


def is_html(path: Path, text: str) -> bool:
    if path.suffix.lower() in {".html", ".htm", ".xhtml"}:
        return True
    head = text.lstrip()[:512].lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head


def guess_title(lines: list[str]) -> str | None:
    """The first headline-like line: a few words (a legal text's title in capitals may be
    long), not a sentence, not a date or a dateline, and none of the
    lines that stand at the top but name nothing (data/not_titles.txt: the motto of a
    letterhead, a legal portal's "Số hiệu:" fields, credits, list items)."""
    for line in lines[:12]:
        words = line.split()
        if (
            4 <= len(words) <= (TITLE_MAX_WORDS if line.isupper() else 30)
            and not line.endswith((".", ":"))
            and not _DATELINE.search(line)
            and not _WRITTEN_DATELINE.search(line)
            and not any(p.fullmatch(line) for p in not_title_rules())
        ):
            return line
    return None


def guess_date(lines: list[str]) -> str | None:
    """The dateline near the top ("14/11/2023 10:26", "24/03/2023", "Bình Định, ngày 29
    tháng 5 năm 2018"), as YYYY-MM-DD."""
    for line in lines[:12]:
        if len(line) > 60:
            continue
        match = _DATELINE.search(line) or _WRITTEN_DATELINE.search(line)
        if match:
            day, month, year = (int(g) for g in match.groups())
            if 1 <= day <= 31 and 1 <= month <= 12:
                return f"{year:04d}-{month:02d}-{day:02d}"
    return None
