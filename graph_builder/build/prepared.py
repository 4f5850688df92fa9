"""An article's graph made where it was extracted (a Dask worker), checked by the builder.

The builder's `Minter` owns the slug registry: the first key to take a slug keeps it and a
later, different key with the same slug gets a hash suffix. A worker cannot see that
registry, so it mints with a fresh one and records every entity IRI it minted. The
builder replays those entity keys through its own minter, in the same order a serial
build would; when every IRI agrees (all but rare slug collisions), the worker's quads are
used as they are (and so is the worker's SHACL screen of them), and otherwise the article
is converted, and screened, again here. Either way the store gets exactly what a serial
build writes, while the conversion to RDF, its provenance and the Oxigraph terms are
built in parallel.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import pyoxigraph as ox
from rdflib import URIRef

from graph_builder.build.batching import Extracted, Graph
from graph_builder.extract.model import EntityKind, Extraction
from graph_builder.ingest.article import Article
from graph_builder.rdf.iris import Minter
from graph_builder.rdf.oxconvert import to_ox_quads
from graph_builder.rdf.quads import extraction_to_quads
from graph_builder.validate.shacl import Validator

Minted = tuple[EntityKind, str, tuple[str, ...], str]  # kind, key, aliases, IRI
Labelled = tuple[str, str, str]  # IRI, label proposed, label chosen


class RecordingMinter(Minter):
    """A minter that remembers each entity IRI it minted and each label it chose, in order."""

    def __init__(self, base: str) -> None:
        super().__init__(base)
        self.minted: list[Minted] = []
        self.labelled: list[Labelled] = []

    def entity(self, kind: EntityKind, key: str, *, aliases: tuple[str, ...] = ()) -> URIRef:
        iri = super().entity(kind, key, aliases=aliases)
        self.minted.append((kind, key, aliases, str(iri)))
        return iri

    def label(self, iri: URIRef, proposed: str) -> str:
        chosen = super().label(iri, proposed)
        self.labelled.append((str(iri), proposed, chosen))
        return chosen


@dataclass(frozen=True)
class PreparedGraph:
    """N-Quads, because pickling Oxigraph terms cost 10x more than writing and parsing them.
    `screened`: the worker's SHACL screen found nothing to flag (None: not screened)."""

    nquads: bytes
    minted: tuple[Minted, ...] = field(default=())
    screened: bool | None = None
    labelled: tuple[Labelled, ...] = field(default=())


def prepare_batch(
    pairs: Sequence[tuple[Extraction, Article]], base_iri: str, validator: Validator | None
) -> list[PreparedGraph]:
    """Runs on a worker: each article to quads, the batch screened against the shapes."""
    graphs, minters = [], []
    for ex, article in pairs:
        mint = RecordingMinter(base_iri)
        graphs.append(_convert(ex, article, mint))
        minters.append(mint)
    flagged = validator.suspects(graphs) if validator else None
    return [
        PreparedGraph(
            ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b"",
            tuple(mint.minted),
            None if flagged is None else i not in flagged,
            tuple(mint.labelled),
        )
        for i, (quads, mint) in enumerate(zip(graphs, minters, strict=True))
    ]


def article_quads(
    ex: Extraction, article: Article, mint: Minter, prepared: PreparedGraph | None = None
) -> tuple[list[ox.Quad], bool]:
    """The article's quads, as a serial build makes them, and whether a worker's screen
    already passed them. `prepared` saves the work when the builder's minter agrees with
    the worker's on every entity IRI and label."""
    if prepared is not None and _agrees(mint, prepared):
        quads = list(ox.parse(prepared.nquads, format=ox.RdfFormat.N_QUADS))
        return quads, prepared.screened is True
    return _convert(ex, article, mint), False


def _agrees(mint: Minter, prepared: PreparedGraph) -> bool:
    """Replays the worker's minting through the builder's registry (as a serial build would)."""
    return all(
        str(mint.entity(kind, key, aliases=aliases)) == iri
        for kind, key, aliases, iri in prepared.minted
    ) and all(
        mint.label(URIRef(iri), proposed) == chosen for iri, proposed, chosen in prepared.labelled
    )


def _convert(ex: Extraction, article: Article, mint: Minter) -> list[ox.Quad]:
    return to_ox_quads(extraction_to_quads(ex, article=article, mint=mint))


def article_graphs(
    extracted: Extracted, mint: Minter, prepared: dict[str, PreparedGraph]
) -> tuple[list[Graph], set[int]]:
    """Each extracted article's graph, in order (using and removing the workers' graphs
    in `prepared`), and the indices of those a worker's screen already passed."""
    graphs: list[Graph] = []
    screened: set[int] = set()
    for path, article, ex in extracted:
        quads, passed = article_quads(ex, article, mint, prepared.pop(ex.doc_id, None))
        if passed:
            screened.add(len(graphs))
        graphs.append((path, article, quads))
    return graphs, screened
