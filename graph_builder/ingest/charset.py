"""The character set a page declares: its HTTP header (kept in the fetch sidecar) or its
<meta> tag.

Bytes that are valid UTF-8 are read as UTF-8 whatever is declared (a page saying
"iso-8859-1" but written in UTF-8 is common, and valid UTF-8 by accident is not). Only for
other bytes does the declaration decide, before the Windows-1258 guess: an older
Vietnamese page in another single-byte code would otherwise come out garbled, silently.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from graph_builder.fetch.sidecar import read_sidecar

_META = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE)
_HEADER = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]{2,40})", re.IGNORECASE)
SNIFF_BYTES = 4096  # where HTML puts its <meta charset> (the standard says 1024)


def declared_charset(raw: bytes, path: Path) -> str | None:
    """The codec the page declares, by Python's name; None when none, or one Python lacks."""
    return _known(_from_sidecar(path)) or _known(_from_meta(raw))


def _from_sidecar(path: Path) -> str | None:
    sidecar_path = path.with_suffix(".json")
    if path.suffix.lower() not in (".html", ".htm") or not sidecar_path.is_file():
        return None
    try:
        content_type = read_sidecar(sidecar_path).content_type
    except (OSError, ValueError, TypeError):
        return None  # the reader reports an unreadable sidecar itself
    match = _HEADER.search(content_type or "")
    return match.group(1) if match else None


def _from_meta(raw: bytes) -> str | None:
    match = _META.search(raw[:SNIFF_BYTES])
    return match.group(1).decode("ascii") if match else None


def _known(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None
