"""Where a fetched page goes: `<key>.html` as received and `<key>.json` saying what it is.

The key is stable across runs (a readable host prefix and the first 16 hex digits of the
SHA-1 of the normalised URL), so a second run knows what it has without a request. The
sidecar is written last and marks the pair complete; both are written to a temporary file
in the same directory and renamed, so a crash never leaves half a file under a real name
(a leftover `.*.tmp` is ignored by ingest, whose suffixes are .txt and .html).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

SIDECAR_FIELDS: tuple[str, ...] = ("url", "final_url", "via", "fetched_at", "status")
SIDECAR_FIELDS += ("content_type", "title", "published", "author", "site_name")
TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|zarsrc)$", re.IGNORECASE)  # feeds add these
DEFAULT_PORTS = {"http": 80, "https": 443}


@dataclass(frozen=True, kw_only=True)
class Sidecar:
    """What ingest and provenance need to know about a page, besides its HTML."""

    url: str  # as asked for (the key is made from it)
    final_url: str  # after redirects
    via: str | None  # the feed or sitemap that listed it
    fetched_at: str  # ISO 8601, UTC
    status: int
    content_type: str
    title: str | None
    published: str | None  # ISO 8601 date or date-time, as the page states it
    author: str | None
    site_name: str | None

    def to_json(self) -> bytes:
        return json.dumps(asdict(self), ensure_ascii=False, indent=1).encode() + b"\n"


def read_sidecar(path: Path) -> Sidecar:
    """The sidecar next to a page; unknown fields are ignored, so old readers keep working."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path.name}: a sidecar is a JSON object")
    values: dict[str, Any] = {name: data.get(name) for name in SIDECAR_FIELDS}
    return Sidecar(**values)  # the types are the writer's; readers check what they use


def normalise_url(url: str) -> str:
    """One spelling per page: lower-case scheme and host, no default port, no fragment,
    no tracking parameters, "/" for an empty path."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:  # a bad port or bracket: no page there, but the key must not fail
        return url.strip()
    scheme, host = parts.scheme.lower(), (parts.hostname or "").lower()
    netloc = host if port in {None, DEFAULT_PORTS.get(scheme)} else f"{host}:{port}"
    query = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not TRACKING.match(k)
    ]
    return urlunsplit((scheme, netloc, parts.path or "/", urlencode(query), ""))


def url_key(url: str) -> str:
    """`baochinhphu-vn-1a2b3c4d5e6f7a8b`: readable in a listing, unique by the hash."""
    normal = normalise_url(url)
    host = (_hostname(normal) or "page").removeprefix("www.")
    prefix = re.sub(r"[^a-z0-9]+", "-", host).strip("-")[:40] or "page"
    digest = hashlib.sha1(normal.encode(), usedforsecurity=False).hexdigest()[:16]
    return f"{prefix}-{digest}"


def _hostname(url: str) -> str | None:
    try:
        return urlsplit(url).hostname
    except ValueError:
        return None


class PageDir:
    """The output directory: which keys it holds, and complete writes of new ones."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def has(self, key: str) -> bool:
        return (self.root / f"{key}.html").is_file() and (self.root / f"{key}.json").is_file()

    def write(self, key: str, *, html: bytes, sidecar: Sidecar) -> Path:
        """The page first, its sidecar last: a sidecar means the pair is complete."""
        self.root.mkdir(parents=True, exist_ok=True)
        page = self.root / f"{key}.html"
        atomic_write(page, html)
        atomic_write(self.root / f"{key}.json", sidecar.to_json())
        return page


def atomic_write(path: Path, data: bytes) -> None:
    """A temporary file in the same directory (same file system), synced, then renamed."""
    handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    tmp = Path(name)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        tmp.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
