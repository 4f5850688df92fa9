"""The one place IRIs are minted and checked.

Slugs are ASCII, lower-case and readable (`decision/32-2010-qd-ttg`), so IRIs stay
stable across builds and survive copy-paste; labels keep the original Vietnamese.
Two different keys that fold to the same slug get a short hash suffix.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote

from rdflib import URIRef

from graph_builder.extract.model import EntityKind
from graph_builder.textnorm import fold

_IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|\\^`]')
MAX_SLUG = 80


class IRIError(ValueError):
    """A value could not be turned into a valid IRI."""


def slug(text: str) -> str:
    """ASCII, lower-case, hyphenated: "32/2010/QĐ-TTg" -> "32-2010-qd-ttg"."""
    ascii_ = fold(text).encode("ascii", "ignore").decode()
    out = re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")
    if len(out) > MAX_SLUG:
        out = out[:MAX_SLUG].rsplit("-", 1)[0] or out[:MAX_SLUG]
    return out


def short_hash(text: str, length: int = 8) -> str:
    """Stable across runs and machines (unlike `hash()`)."""
    normal = unicodedata.normalize("NFC", text)
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:length]


def check_iri(value: str) -> URIRef:
    """Raise instead of letting rdflib log and keep an invalid IRI."""
    if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", value) or _IRI_FORBIDDEN.search(value):
        raise IRIError(f"not a valid IRI: {value!r}")
    return URIRef(value)


class Minter:
    """Mints resource, graph and annotation IRIs under one base, collision-free per build."""

    def __init__(self, base: str, *, known: dict[str, str] | None = None) -> None:
        """`known` maps "kind/slug" to the key that owns it, saved from earlier builds,
        so an incremental build mints the same IRI for the same key whatever the order."""
        if not base.endswith(("/", "#")):
            base += "/"
        check_iri(base)
        self.base = base
        self._owners: dict[str, str] = dict(known or {})

    @property
    def owners(self) -> dict[str, str]:
        """The slug registry, to be saved with the store."""
        return dict(self._owners)

    def entity(self, kind: EntityKind, key: str) -> URIRef:
        """`{base}id/{kind}/{slug}`; a different key with the same slug gets a hash suffix."""
        base_slug = slug(key) or short_hash(key)
        owner = self._owners.setdefault(f"{kind.path}/{base_slug}", _norm_key(key))
        tail = base_slug if owner == _norm_key(key) else f"{base_slug}-{short_hash(key)}"
        return check_iri(f"{self.base}id/{kind.path}/{tail}")

    def article(self, article_id: str) -> URIRef:
        return check_iri(f"{self.base}id/article/{quote(article_id, safe='')}")

    def article_graph(self, article_id: str) -> URIRef:
        return check_iri(f"{self.base}graph/{quote(article_id, safe='')}")

    def meta_graph(self) -> URIRef:
        return check_iri(f"{self.base}graph/meta")

    def ontology_graph(self) -> URIRef:
        return check_iri(f"{self.base}graph/ontology")

    def annotation(self, article_id: str, start: int, end: int, what: str) -> URIRef:
        """One mention: stable for the same article, span and entity."""
        digest = short_hash(f"{article_id}|{start}|{end}|{what}", 12)
        return check_iri(f"{self.base}id/mention/{quote(article_id, safe='')}-{digest}")

    def build_activity(self, run_id: str) -> URIRef:
        return check_iri(f"{self.base}id/build/{quote(run_id, safe='')}")


def _norm_key(key: str) -> str:
    return " ".join(unicodedata.normalize("NFC", key).casefold().split())
