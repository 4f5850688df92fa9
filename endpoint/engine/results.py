"""Serialisers for query results, run inside the query workers.

Graphs (CONSTRUCT, DESCRIBE) and booleans (ASK) use pyoxigraph's native serialisers.
SELECT solutions are written here, because the result limit must cut the stream at
a row and say so, and pyoxigraph can only serialise a whole `QuerySolutions`
iterator, not the first N rows of one. The four writers follow the W3C formats
(JSON, XML, CSV, TSV); tests check them against pyoxigraph's own parser and writer.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
Row = Sequence[Term | None]

XSD = "http://www.w3.org/2001/XMLSchema#"
XSD_STRING = XSD + "string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
ROWS_NOTE = (
    "The result was cut at {rows} rows (the endpoint's MAX_RESULT_ROWS); "
    "use LIMIT and OFFSET to page through it."
)
BYTES_NOTE = (
    "The result was cut after {rows} rows, at about {mib:g} MiB of values (the endpoint's "
    "MAX_RESULT_BYTES); select fewer or shorter values, or page with LIMIT and OFFSET."
)


@dataclass(frozen=True, slots=True)
class Cut:
    """Where and why a result was cut: `rows` were sent, `message` says which limit."""

    rows: int
    message: str


RDF_FORMATS = {
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "rdf": ox.RdfFormat.RDF_XML,
    "jsonld": ox.RdfFormat.JSON_LD,
    "trig": ox.RdfFormat.TRIG,
    "nq": ox.RdfFormat.N_QUADS,
}
BOOLEAN_FORMATS = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML}
PREFIXES = {
    "pkg": "https://w3id.org/policykg/ontology#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": XSD,
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "org": "http://www.w3.org/ns/org#",
    "oa": "http://www.w3.org/ns/oa#",
    "prov": "http://www.w3.org/ns/prov#",
    "schema": "https://schema.org/",
    "dcterms": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "sd": "http://www.w3.org/ns/sparql-service-description#",
    "void": "http://rdfs.org/ns/void#",
}
# Literals Turtle writes without quotes, by datatype: the lexical forms of its own tokens.
_TURTLE_BARE = {
    XSD + "integer": re.compile(r"[+-]?\d+"),
    XSD + "decimal": re.compile(r"[+-]?\d*\.\d+"),
    XSD + "double": re.compile(r"[+-]?(?:\d+\.\d*|\.?\d+)[eE][+-]?\d+"),
    XSD + "boolean": re.compile(r"true|false"),
}
# Characters XML 1.0 cannot carry at all; they become U+FFFD in XML results only.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def serialize_solutions(
    variables: Sequence[str], rows: Iterable[Row], key: str, *, cut: Cut | None
) -> bytes:
    """SELECT results in format `key` (json, xml, csv, tsv); JSON also carries the cut."""
    if key == "json":
        return _json(variables, rows, cut)
    if key == "xml":
        return _xml(variables, rows)
    if key in ("csv", "tsv"):
        return _delimited(variables, rows, tsv=key == "tsv")
    raise ValueError(f"no solution format {key!r}")


def serialize_boolean(result: ox.QueryBoolean, key: str) -> bytes:
    return result.serialize(format=BOOLEAN_FORMATS[key]) or b""


def serialize_triples(triples: Sequence[ox.Triple], key: str) -> bytes:
    """CONSTRUCT/DESCRIBE output; quad formats put the triples in the default graph."""
    fmt = RDF_FORMATS[key]
    items: Sequence[ox.Triple] | list[ox.Quad] = triples
    if fmt.supports_datasets:
        items = [ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples]
    return ox.serialize(items, format=fmt, prefixes=used_prefixes(triples)) or b""


def used_prefixes(triples: Iterable[ox.Triple]) -> dict[str, str]:
    """The PREFIXES some IRI of `triples` starts with: the output declares no unused ones."""
    iris = {t.value for triple in triples for t in triple if isinstance(t, ox.NamedNode)}
    return {p: ns for p, ns in PREFIXES.items() if any(iri.startswith(ns) for iri in iris)}


def _json(variables: Sequence[str], rows: Iterable[Row], cut: Cut | None) -> bytes:
    bindings = [
        {name: _json_term(term) for name, term in zip(variables, row, strict=True) if term}
        for row in rows
    ]
    doc: dict[str, object] = {"head": {"vars": list(variables)}}
    if cut is not None:
        # An extra top-level member, which clients ignore; before "results", because
        # streaming parsers (Oxigraph's) stop reading at the end of the bindings.
        doc["truncated"] = {"rows": cut.rows, "message": cut.message}
    doc["results"] = {"bindings": bindings}
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _json_term(term: Term) -> dict[str, object]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Triple):
        parts = zip(("subject", "predicate", "object"), term, strict=True)
        return {"type": "triple", "value": {k: _json_term(v) for k, v in parts}}
    out: dict[str, object] = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != XSD_STRING:
        out["datatype"] = term.datatype.value
    return out


def _xml(variables: Sequence[str], rows: Iterable[Row]) -> bytes:
    out = io.StringIO()
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write('<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n<head>')
    out.writelines(f"<variable name={quoteattr(v)}/>" for v in variables)
    out.write("</head>\n<results>\n")
    for row in rows:
        out.write("<result>")
        for name, term in zip(variables, row, strict=True):
            if term is not None:
                out.write(f"<binding name={quoteattr(name)}>{_xml_term(term)}</binding>")
        out.write("</result>\n")
    out.write("</results>\n</sparql>\n")
    return out.getvalue().encode("utf-8")


def _xml_term(term: Term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{_xml_text(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{_xml_text(term.value)}</bnode>"
    if isinstance(term, ox.Triple):
        s, p, o = (_xml_term(t) for t in term)
        parts = f"<subject>{s}</subject><predicate>{p}</predicate><object>{o}</object>"
        return f"<triple>{parts}</triple>"
    if term.language:
        attr = f" xml:lang={quoteattr(term.language)}"
    elif term.datatype.value != XSD_STRING:
        attr = f" datatype={quoteattr(term.datatype.value)}"
    else:
        attr = ""
    return f"<literal{attr}>{_xml_text(term.value)}</literal>"


def _xml_text(text: str) -> str:
    return escape(_XML_ILLEGAL.sub("\ufffd", text))


def _delimited(variables: Sequence[str], rows: Iterable[Row], *, tsv: bool) -> bytes:
    out = io.StringIO()
    if tsv:
        out.write("\t".join(f"?{v}" for v in variables) + "\n")
        for row in rows:
            out.write("\t".join(_tsv_term(t) if t else "" for t in row) + "\n")
    else:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(variables)
        writer.writerows([_csv_term(t) if t else "" for t in row] for row in rows)
    return out.getvalue().encode("utf-8")


def _csv_term(term: Term) -> str:
    """CSV keeps lexical forms only (the format loses types and languages by design)."""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Triple):
        return _tsv_term(term)
    return term.value


def _tsv_term(term: Term) -> str:
    """TSV writes terms as in Turtle/SPARQL (numbers and booleans bare when Turtle would
    read them back with the same datatype), with tabs and newlines escaped."""
    if isinstance(term, ox.Literal):
        bare = _TURTLE_BARE.get(term.datatype.value)
        if bare is not None and bare.fullmatch(term.value):
            return term.value
    if isinstance(term, ox.Triple):
        return "<< " + " ".join(_tsv_term(t) for t in term) + " >>"
    return str(term).replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
