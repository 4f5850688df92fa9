"""One rdfs:label per resource across articles, every other name an altLabel.

Why: the default graph is the merge of the article graphs, so a resource named
differently in two articles would have two rdfs:labels there, and every query selecting
a label would list it twice. The minter's registry keeps the first label proposed for
each IRI (Minter.label); an article that writes another name keeps it as its own
skos:altLabel, in its own graph, so the provenance of each surface form is its graph.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from rdflib import RDFS, SKOS, Literal, URIRef
from rdflib.term import Node

from graph_builder.rdf.iris import Minter
from graph_builder.textnorm import ADMINISTRATIVE_UNITS, fold, in_capitals

Triples = Iterator[tuple[Node, Node, Node]]

# A Vietnamese syllable, diacritics folded: initial consonant(s), vowels, final consonant(s).
# A capitalised word of another shape is an acronym ("UBND", "HĐND", "TP.HCM") and stays.
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}"
    r"(?:ch|ng|nh|[cmnpt])?"
)
_UNIT_WORDS = ADMINISTRATIVE_UNITS


def one_label(triples: Iterable[tuple[Node, Node, Node]], mint: Minter) -> Triples:
    """rdfs:label as the registry chose it for the resource (Minter.label); a name that
    differs is kept as this article's skos:altLabel."""
    for s, p, o in triples:
        if p != RDFS.label or not isinstance(s, URIRef) or not isinstance(o, Literal):
            yield s, p, o
            continue
        if o.language != "vi":  # the gazetteer's English name: one per concept already
            yield s, p, o
            continue
        chosen = mint.label(s, readable_capitals(str(o)))
        yield s, p, Literal(chosen, lang=o.language)
        if chosen != str(o):
            yield s, SKOS.altLabel, o


def readable_capitals(name: str) -> str:
    """A name written all in capitals, as letterheads write it, in the case running text
    uses: "ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH" -> "Ủy ban nhân dân tỉnh Bình Định" (the first
    word and the place after a unit's word capitalised, acronyms kept). Other names are
    returned as they are; the written form stays an altLabel."""
    if not in_capitals(name):
        return name
    words = name.split(" ")
    place = _place_start(words)
    out = []
    for index, word in enumerate(words):
        if not _SYLLABLE.fullmatch(fold(word).lower()):
            out.append(word)  # an acronym
        elif index == 0 or index >= place:
            out.append(word[:1] + word[1:].lower())
        else:
            out.append(word.lower())
    return " ".join(out)


def _place_start(words: list[str]) -> int:
    """Where the place's own name starts: after the last unit's word ("TỈNH", "THÀNH PHỐ";
    not the "XÃ" of "XÃ HỘI"); the end of the name when there is none."""
    lowered = [w.lower() for w in words]
    start, index = len(words), 0
    while index < len(words) - 1:
        pair = f"{lowered[index]} {lowered[index + 1]}"
        if pair in _UNIT_WORDS:
            start, index = index + 2, index + 2
            continue
        if lowered[index] in _UNIT_WORDS and pair != "xã hội":
            start = index + 1
        index += 1
    return start
