"""The one place IRIs are minted and checked.

Slugs are ASCII, lower-case and readable (`decision/32-2010-qd-ttg`), so IRIs stay
stable across builds and survive copy-paste; labels keep the original Vietnamese.
Two different keys that fold to the same slug get a short hash suffix; keys that differ
only in case, punctuation, dashes or spacing are one key (`identity`), so a post written
with a hyphen in one article and an en dash or a comma in another is one post.

Cross-document identity: an entity may bring aliases, other names its article gives
it (an abbreviation it introduces, "Đề án 32" for the scheme decision 32/... approves).
The registry binds keys and aliases to IRIs, so a later article that names the entity
by its key, or only by one of its aliases, gets the same IRI. An alias unites two
different keys only while it is unambiguous: once one entity has claimed it, another
key claiming it too stays apart, and the pair goes to `candidates` (the build report
lists them) instead of a silent merge.
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
_NOT_WORD = re.compile(r"[^\w]+")
KEY, ALIAS = "=", "~"  # registry "kind/=identity" (a key), "kind/~identity" (an alias) -> tail
LABEL = "@"  # registry "@id/kind/tail" -> the resource's label
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


def without_labels(registry: dict[str, str]) -> dict[str, str]:
    """The registry without its labels: IRIs stay as minted, labels are chosen again (a
    build that rewrites every article graph, after the extraction changed)."""
    return {entry: owner for entry, owner in registry.items() if not entry.startswith(LABEL)}


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
        self.candidates: list[tuple[str, str, str]] = []  # (shared name, IRI, other IRI)

    @property
    def owners(self) -> dict[str, str]:
        """The slug registry, to be saved with the store."""
        return dict(self._owners)

    def entity(self, kind: EntityKind, key: str, *, aliases: tuple[str, ...] = ()) -> URIRef:
        """`{base}id/{kind}/{slug}`; a different key with the same slug gets a hash suffix.

        The IRI is the one bound to the key, else to the key as someone's alias, else to
        an alias that is another entity's own key and nobody's alias yet; else a new one.
        """
        names = [a for a in dict.fromkeys(aliases) if identity(a) and identity(a) != identity(key)]
        tail = self._bound(kind, key, names) or self._new_tail(kind, key)
        if identity(key):  # a punctuation-only key names nothing to share
            self._owners.setdefault(_entry(kind, KEY, key), tail)
        for name in names:
            other = self._owners.setdefault(_entry(kind, ALIAS, name), tail)
            if other != tail:
                pair = (
                    name,
                    f"{self.base}id/{kind.path}/{tail}",
                    f"{self.base}id/{kind.path}/{other}",
                )
                self.candidates.append(pair)
        return check_iri(f"{self.base}id/{kind.path}/{tail}")

    def _bound(self, kind: EntityKind, key: str, aliases: list[str]) -> str | None:
        known = identity(key) and (
            self._owners.get(_entry(kind, KEY, key)) or self._owners.get(_entry(kind, ALIAS, key))
        )
        if known:
            return known
        for name in aliases:
            owner = self._owners.get(_entry(kind, KEY, name))
            if owner and _entry(kind, ALIAS, name) not in self._owners:
                return owner
        return None

    def _new_tail(self, kind: EntityKind, key: str) -> str:
        base_slug = slug(key) or short_hash(key)
        owner = self._owners.setdefault(f"{kind.path}/{base_slug}", _norm_key(key))
        same = identity(owner) == identity(key)  # owners saved by older builds: _norm_key
        return base_slug if same else f"{base_slug}-{short_hash(identity(key))}"

    def label(self, iri: URIRef, proposed: str) -> str:
        """The resource's one rdfs:label in every article graph: the first proposed. Other
        names stay the articles' own skos:altLabels, so the merged default graph has one
        label per resource and every surface form, each in the graph it came from."""
        return self._owners.setdefault(LABEL + str(iri).removeprefix(self.base), proposed)

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


def identity(key: str) -> str:
    """What makes two keys one: NFC, case, punctuation, dashes and spacing folded, the
    diacritics kept ("Lao động - Thương binh" = "Lao động – Thương binh" = "Lao động,
    Thương binh"; "hợp" and "hộp" stay apart)."""
    return " ".join(_NOT_WORD.sub(" ", unicodedata.normalize("NFC", key).casefold()).split())


def _entry(kind: EntityKind, role: str, name: str) -> str:
    return f"{kind.path}/{role}{identity(name)}"
