"""Content negotiation: which serialisation a client gets, from Accept or `format`.

Lookup tables map media types to our format keys; werkzeug's `MIMEAccept.best_match`
ranks the client's wishes by q-value, then specificity, and breaks ties by table order,
so the order of each table is our own preference (and what `*/*` or no Accept gets).
A `format` parameter (a short key such as `ttl` or a full media type) overrides Accept,
because a link or a browser form cannot set headers.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from werkzeug.datastructures import MIMEAccept
from werkzeug.exceptions import BadRequest, NotAcceptable

# Media type we send for each key: the registered type, whatever alias was asked for.
MEDIA_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
    "ttl": "text/turtle; charset=utf-8",
    "nt": "application/n-triples",
    "rdf": "application/rdf+xml",
    "jsonld": "application/ld+json",
    "trig": "application/trig",
    "nq": "application/n-quads",
}

# fmt: off
SOLUTION_FORMATS = {        # SELECT
    "application/sparql-results+json": "json", "application/sparql-results+xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
    "application/json": "json", "application/xml": "xml", "text/xml": "xml",
}
BOOLEAN_FORMATS = {         # ASK: CSV and TSV define no boolean result
    "application/sparql-results+json": "json", "application/sparql-results+xml": "xml",
    "application/json": "json", "application/xml": "xml", "text/xml": "xml",
}
GRAPH_FORMATS = {           # CONSTRUCT, DESCRIBE, and our own descriptions (SD, VoID)
    "text/turtle": "ttl", "application/n-triples": "nt", "application/rdf+xml": "rdf",
    "application/ld+json": "jsonld", "application/trig": "trig", "application/n-quads": "nq",
    "application/x-turtle": "ttl", "application/json": "jsonld",
}
# `format=` short names; a graph query also takes json/xml as JSON-LD and RDF/XML.
FORMAT_NAMES = {
    "json": "json", "xml": "xml", "csv": "csv", "tsv": "tsv",
    "ttl": "ttl", "turtle": "ttl", "nt": "nt", "ntriples": "nt", "rdf": "rdf",
    "rdfxml": "rdf", "jsonld": "jsonld", "trig": "trig", "nq": "nq", "nquads": "nq",
}
GRAPH_SYNONYMS = {"json": "jsonld", "xml": "rdf"}
# fmt: on

TABLES: dict[str, Mapping[str, str]] = {
    "select": SOLUTION_FORMATS,
    "ask": BOOLEAN_FORMATS,
    "construct": GRAPH_FORMATS,
    "describe": GRAPH_FORMATS,
}


@dataclass(frozen=True, slots=True)
class Format:
    """A chosen serialisation: our key and the Content-Type we answer with."""

    key: str

    @property
    def media_type(self) -> str:
        return MEDIA_TYPES[self.key]


def negotiate(accept: MIMEAccept, table: Mapping[str, str]) -> str | None:
    """The best key for this Accept header; None means 406. No header: our first choice."""
    mimetype = accept.best_match(table) if accept else next(iter(table))
    return table[mimetype] if mimetype else None


def from_format_param(value: str, table: Mapping[str, str]) -> str | None:
    """Key for a `format` value, None if it names a format this table cannot give.

    :raise 400: the value is neither a known short name nor a known media type.
    """
    value = value.strip().lower()
    if "/" in value:
        key = table.get(value.split(";")[0].strip())
        if key is None and value.split(";")[0].strip() not in _ALL_MEDIA_TYPES:
            raise BadRequest(f"Unknown format {value!r}. Known: {', '.join(FORMAT_NAMES)}.")
        return key
    if value not in FORMAT_NAMES:
        raise BadRequest(f"Unknown format {value!r}. Known: {', '.join(FORMAT_NAMES)}.")
    key = FORMAT_NAMES[value]
    keys = set(table.values())
    if key not in keys and GRAPH_SYNONYMS.get(key) in keys:
        key = GRAPH_SYNONYMS[key]
    return key if key in keys else None


def choose(accept: MIMEAccept, format_param: str | None, table: Mapping[str, str]) -> Format:
    """The format to answer in; `format_param` wins over Accept.

    :raise 406: nothing the client accepts (or asked for) suits this kind of result;
        the message lists what would.
    """
    key = from_format_param(format_param, table) if format_param else negotiate(accept, table)
    if key is None:
        offered = ", ".join(dict.fromkeys(MEDIA_TYPES[k].split(";")[0] for k in table.values()))
        raise NotAcceptable(f"This result can be served as: {offered}.")
    return Format(key)


_ALL_MEDIA_TYPES = {m for t in TABLES.values() for m in t}
