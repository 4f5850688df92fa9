"""One rdfs:label per resource across articles, every other name an altLabel.

Why: the default graph is the merge of the article graphs, so a resource named
differently in two articles would have two rdfs:labels there, and every query selecting
a label would list it twice. The minter's registry keeps the first label proposed for
each IRI (Minter.label); an article that writes another name keeps it as its own
skos:altLabel, in its own graph, so the provenance of each surface form is its graph.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from rdflib import RDFS, SKOS, Literal, URIRef
from rdflib.term import Node

from graph_builder.rdf.iris import Minter

Triples = Iterator[tuple[Node, Node, Node]]


def one_label(triples: Iterable[tuple[Node, Node, Node]], mint: Minter) -> Triples:
    """rdfs:label as the registry chose it for the resource (Minter.label); a name that
    differs is kept as this article's skos:altLabel."""
    for s, p, o in triples:
        if p != RDFS.label or not isinstance(s, URIRef) or not isinstance(o, Literal):
            yield s, p, o
            continue
        chosen = mint.label(s, str(o))
        yield s, p, Literal(chosen, lang=o.language)
        if chosen != str(o):
            yield s, SKOS.altLabel, o
