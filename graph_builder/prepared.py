"""An article's graph made where it was extracted (a Dask worker), checked by the builder.

The builder's `Minter` owns the slug registry: the first key to take a slug keeps it and a
later, different key with the same slug gets a hash suffix. A worker cannot see that
registry, so it mints with a fresh one and records every entity IRI it minted. The
builder replays those entity keys through its own minter, in the same order a serial
build would; when every IRI agrees (all but rare slug collisions), the worker's quads are
used as they are, and otherwise the article is converted again here. Either way the
store gets exactly what a serial build writes, while the conversion to RDF, its
provenance and the Oxigraph terms are built in parallel.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pyoxigraph as ox
from rdflib import URIRef

from .iris import Minter
from .model import Article, EntityKind, Extraction
from .oxconvert import to_ox_quads
from .rdf import extraction_to_quads


class RecordingMinter(Minter):
    """A minter that remembers each entity IRI it minted, in order."""

    def __init__(self, base: str) -> None:
        super().__init__(base)
        self.minted: list[tuple[EntityKind, str, str]] = []

    def entity(self, kind: EntityKind, key: str) -> URIRef:
        iri = super().entity(kind, key)
        self.minted.append((kind, key, str(iri)))
        return iri


@dataclass(frozen=True)
class PreparedGraph:
    """N-Quads, because pickling Oxigraph terms cost 10x more than writing and parsing them."""

    nquads: bytes
    minted: tuple[tuple[EntityKind, str, str], ...] = field(default=())


def prepare(ex: Extraction, article: Article, base_iri: str) -> PreparedGraph:
    """Runs on a worker, for the articles of one batch in input order."""
    mint = RecordingMinter(base_iri)
    quads = to_ox_quads(extraction_to_quads(ex, article=article, mint=mint))
    nquads = ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b""
    return PreparedGraph(nquads, tuple(mint.minted))


def article_quads(
    ex: Extraction, article: Article, mint: Minter, prepared: PreparedGraph | None = None
) -> list[ox.Quad]:
    """The article's quads, as a serial build makes them; `prepared` saves the work when
    the builder's minter agrees with the worker's on every entity IRI."""
    if prepared is not None and all(
        str(mint.entity(kind, key)) == iri for kind, key, iri in prepared.minted
    ):
        return list(ox.parse(prepared.nquads, format=ox.RdfFormat.N_QUADS))
    return to_ox_quads(extraction_to_quads(ex, article=article, mint=mint))
