"""Content negotiation tables, tested without a server: Accept header -> format key."""

from __future__ import annotations

import pytest
from werkzeug.datastructures import MIMEAccept
from werkzeug.exceptions import BadRequest, NotAcceptable
from werkzeug.http import parse_accept_header

from endpoint.conneg import (
    BOOLEAN_FORMATS,
    GRAPH_FORMATS,
    MEDIA_TYPES,
    SOLUTION_FORMATS,
    TABLES,
    choose,
    negotiate,
)


def accept(value: str | None) -> MIMEAccept:
    return parse_accept_header(value, MIMEAccept)


# fmt: off
SOLUTIONS = [
    (None, "json"),
    ("*/*", "json"),
    ("application/sparql-results+json", "json"),
    ("application/sparql-results+xml", "xml"),
    ("text/csv", "csv"),
    ("text/tab-separated-values", "tsv"),
    ("application/json", "json"),
    ("application/xml", "xml"),
    ("text/*", "csv"),
    ("text/csv;q=0.4, text/tab-separated-values;q=0.5", "tsv"),
    ("application/sparql-results+json;q=0.1, application/sparql-results+xml", "xml"),
    ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "xml"),
    ("application/sparql-results+json, */*;q=0.9", "json"),
    ("TEXT/CSV", "csv"),
    ("image/png", None),
    ("text/turtle", None),
    ("application/sparql-results+json;q=0", None),
]
BOOLEANS = [
    (None, "json"),
    ("application/sparql-results+xml", "xml"),
    ("text/csv, application/sparql-results+json;q=0.1", "json"),
    ("text/csv", None),
    ("text/tab-separated-values", None),
]
GRAPHS = [
    (None, "ttl"),
    ("*/*", "ttl"),
    ("text/turtle", "ttl"),
    ("application/n-triples", "nt"),
    ("application/rdf+xml", "rdf"),
    ("application/ld+json", "jsonld"),
    ("application/json", "jsonld"),
    ("application/trig", "trig"),
    ("application/n-quads", "nq"),
    ("application/x-turtle", "ttl"),
    ("application/rdf+xml;q=0.5, application/ld+json;q=0.6", "jsonld"),
    ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "ttl"),
    ("application/*", "nt"),
    ("application/sparql-results+json", None),
]
FORMAT_PARAMS = [
    ("select", "csv", "csv"), ("select", "TSV", "tsv"), ("select", "xml", "xml"),
    ("select", "text/csv", "csv"), ("select", "application/sparql-results+json", "json"),
    ("construct", "ttl", "ttl"), ("construct", "turtle", "ttl"), ("construct", "nt", "nt"),
    ("construct", "rdf", "rdf"), ("construct", "jsonld", "jsonld"), ("construct", "trig", "trig"),
    ("construct", "nq", "nq"), ("construct", "json", "jsonld"), ("construct", "xml", "rdf"),
    ("describe", "application/n-quads", "nq"), ("ask", "json", "json"),
]
# fmt: on


@pytest.mark.parametrize(("header", "key"), SOLUTIONS)
def test_select_negotiation(header: str | None, key: str | None) -> None:
    assert negotiate(accept(header), SOLUTION_FORMATS) == key


@pytest.mark.parametrize(("header", "key"), BOOLEANS)
def test_ask_negotiation(header: str | None, key: str | None) -> None:
    assert negotiate(accept(header), BOOLEAN_FORMATS) == key


@pytest.mark.parametrize(("header", "key"), GRAPHS)
def test_graph_negotiation(header: str | None, key: str | None) -> None:
    assert negotiate(accept(header), GRAPH_FORMATS) == key


@pytest.mark.parametrize(("form", "value", "key"), FORMAT_PARAMS)
def test_format_parameter_wins_over_accept(form: str, value: str, key: str) -> None:
    assert choose(accept("image/png"), value, TABLES[form]).key == key


@pytest.mark.parametrize(
    ("form", "value"), [("select", "ttl"), ("ask", "csv"), ("construct", "tsv")]
)
def test_format_parameter_unsuitable_for_the_form(form: str, value: str) -> None:
    with pytest.raises(NotAcceptable):
        choose(accept(None), value, TABLES[form])


@pytest.mark.parametrize("value", ["yaml", "image/png", "../etc"])
def test_unknown_format_parameter(value: str) -> None:
    with pytest.raises(BadRequest):
        choose(accept(None), value, SOLUTION_FORMATS)


def test_nothing_acceptable_lists_the_offer() -> None:
    with pytest.raises(NotAcceptable, match="text/csv"):
        choose(accept("image/png"), None, SOLUTION_FORMATS)


def test_every_key_has_a_media_type() -> None:
    keys = {key for table in TABLES.values() for key in table.values()}
    assert keys <= set(MEDIA_TYPES)
    for table in TABLES.values():  # our preferred type comes first for */*
        first = next(iter(table))
        assert MEDIA_TYPES[table[first]].startswith(first)
