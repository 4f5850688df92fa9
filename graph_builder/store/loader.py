"""`policykg load`: RDF files into a new store generation, all or nothing."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pyoxigraph as ox

from graph_builder.store.generations import GenerationStore
from graph_builder.store.merge import MERGED_MARK, MERGED_VALUE, merge_all

EXTENSIONS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
    ".xml": ox.RdfFormat.RDF_XML,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".json": ox.RdfFormat.JSON_LD,
    ".n3": ox.RdfFormat.N3,
}


class LoadError(ValueError):
    """A file that cannot be loaded; nothing of the batch was published."""


def rdf_format(path: Path) -> ox.RdfFormat:
    try:
        return EXTENSIONS[path.suffix.lower()]
    except KeyError as e:
        known = ", ".join(sorted(EXTENSIONS))
        raise LoadError(f"{path}: unknown RDF file extension (known: {known})") from e


def load_files(
    files: Sequence[Path],
    *,
    store: GenerationStore,
    graph: str | None = None,
    replace: bool = False,
) -> int:
    """Load files into `graph` (triples formats) or their own graphs (quads formats).

    Returns the number of quads in the store afterwards. One bad file aborts the whole
    batch and the live generation is unchanged. `replace` empties the target graph first.
    """
    target = ox.NamedNode(graph) if graph else ox.DefaultGraph()
    with store.write() as writer:
        writer.dirty = True  # writes through writer.store directly
        if replace and isinstance(target, ox.NamedNode):
            writer.drop_graph(target)  # its facts leave the merge too
        elif replace:
            writer.store.remove_graph(target)
        for path in files:
            fmt = rdf_format(path)
            to_graph = None if fmt.supports_datasets else target
            if fmt.supports_datasets and graph:
                raise LoadError(f"{path}: --graph cannot apply to {fmt.name}, which names graphs")
            try:
                writer.store.bulk_load(path=str(path), format=fmt, to_graph=to_graph)
            except (OSError, SyntaxError, ValueError) as e:
                raise LoadError(f"{path}: {e}") from e
        merge_all(writer.store)  # the default graph stays the merge of the named graphs
        writer.state.info[MERGED_MARK] = MERGED_VALUE
        return len(writer.store)
