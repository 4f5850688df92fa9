"""Reading a query before running it: its form, and what must be refused (updates, SERVICE)."""

from __future__ import annotations

import pytest
from werkzeug.exceptions import BadRequest, Forbidden

from endpoint.sparql.protocol import query_form

# fmt: off
FORMS = [
    ("SELECT * WHERE { ?s ?p ?o }", "select"),
    ("select * { ?s ?p ?o }", "select"),
    ("PREFIX ex: <http://ex/>\nBASE <http://b/>\nASK { ex:a ex:b ex:c }", "ask"),
    ("PREFIX : <http://ex/> CONSTRUCT WHERE { :a ?p ?o }", "construct"),
    ("DESCRIBE <http://ex/a>", "describe"),
    ("# a comment with SELECT and SERVICE\nASK {}", "ask"),
    ("PREFIX delete: <http://ex/> SELECT * { ?s delete:insert ?o }", "select"),
    ('SELECT ("SERVICE <http://evil/> {}" AS ?x) {}', "select"),
    ("SELECT ('''multi\nline SERVICE''' AS ?x) {}", "select"),
    ("SELECT * { <http://ex/SERVICE> ?p ?o }", "select"),
    ("PREFIX ex: <http://ex/> SELECT * { ?s ex:service ?o . ?s ex:SERVICE ?o }", "select"),
    ("SELECT ?service { ?service ?p $SERVICE }", "select"),
    ("SELECT * { ?s ?p 'it''s \\' SERVICE' }", "select"),
    ("SELECT * { ?a ?b ?c FILTER(?a<?b && ?c>3) }", "select"),
    ("SELECT (\"Quyết định\"@vi AS ?x) {}", "select"),
    ("SELECT * { ?s ?p \"x\"@add, 'y'@copy-move }", "select"),  # language tags, not keywords
]
REFUSED = [
    "INSERT DATA { <http://a> <http://b> <http://c> }",
    "PREFIX ex: <http://ex/> DELETE WHERE { ?s ?p ?o }",
    "LOAD <http://example.org/data.ttl>",
    "CLEAR ALL",
    "drop graph <http://ex/g>",
    "CREATE GRAPH <http://ex/g>",
    "ADD DEFAULT TO <http://ex/g>",
    "COPY DEFAULT TO <http://ex/g>",
    "MOVE DEFAULT TO <http://ex/g>",
    "WITH <http://ex/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "select * { service silent <http://x/> { ?s ?p ?o } }",
    "SELECT * { ?s ?p ?o . SERVICE ?endpoint { ?s ?p ?o } }",
    "SELECT * { \\u0053ERVICE <http://x/> { ?s ?p ?o } }",
    "SELECT * { SERVICE<http://x/>{ ?s ?p ?o } }",
    "SELECT * { ?a ?b ?c FILTER(?a<?b) SERVICE <http://x/> {} }",
    "SELECT * {} ; INSERT DATA { <http://a> <http://b> <http://c> }",  # not only the first word
    "ASK {} LOAD <http://example.org/data.ttl>",
]
# Text the lexer cannot read is refused before any check on words: 400, nothing run.
UNREADABLE = ["SELECT * { ?s ?p \"unterminated SERVICE <http://x/> { } }"]
NOT_QUERIES = [*UNREADABLE, "", "   ", "# only a comment", "PREFIX ex: <http://ex/>", "hello world"]
# fmt: on


@pytest.mark.parametrize(("text", "form"), FORMS)
def test_query_form(text: str, form: str) -> None:
    assert query_form(text) == form


@pytest.mark.parametrize("text", REFUSED)
def test_updates_and_service_are_refused(text: str) -> None:
    with pytest.raises(Forbidden):
        query_form(text)


@pytest.mark.parametrize("text", NOT_QUERIES)
def test_text_without_a_query_form_is_a_bad_request(text: str) -> None:
    with pytest.raises(BadRequest):
        query_form(text)


def test_refusal_messages_say_why() -> None:
    with pytest.raises(Forbidden, match="read-only"):
        query_form("LOAD <http://example.org/x>")
    with pytest.raises(Forbidden, match="SERVICE"):
        query_form("SELECT * { SERVICE <http://x/> {} }")
