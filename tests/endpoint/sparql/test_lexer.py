"""The lexer reads a query as pyoxigraph does: first the engine's own behaviour, pinned
(an upgrade that changes it fails here, before the SERVICE check silently drifts), then
the lexer agreeing with it token by token."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from endpoint.sparql.lexer import LexError, tokenize

B = "\\"
# (expression as written in BIND, the value the engine gives it) -- fmt: off
DECODED = [
    (f'"{B}u0041"', "A"),  # \u in "..."
    (f"'{B}U00000041'", "A"),  # \U in '...'
    (f'"""{B}u0041"""', "A"),  # and in long strings
    (f"'''{B}u0041'''", "A"),
    (f"'{B}u0027'", "'"),  # an escaped quote is content: it neither ends nor opens
    (f"'''a{B}''''", "a'"),
    ("'''a''b'''", "a''b"),
    (f'"{B}u005Cu0041"', f"{B}u0041"),  # decoded once, never twice
    (f'"a{B}u000Ab"', "a\nb"),
    (f"<http://x/{B}u0041>", "http://x/A"),  # \u in IRIs
    (f"<http://x/{B}u00e9>", "http://x/é"),
]
NOT_DECODED = [  # a \u outside strings and IRIs is a syntax error for the engine
    f"{B}u0053ELECT ?x WHERE {{ BIND(1 AS ?x) }}",
    f"SELECT ?{B}u0078 WHERE {{ BIND(1 AS ?x) }}",
    f"PREFIX ex: <http://e/> SELECT ?x WHERE {{ BIND(ex:{B}u0061 AS ?x) }}",
    f"SELECT ?x WHERE {B}u007B BIND(1 AS ?x) }}",
    f"SELECT ?x WHERE {{{B}u0020BIND(1 AS ?x) }}",
    "SELECT\f?x WHERE { BIND(1 AS ?x) }",  # form feed is no whitespace
    "\ufeffSELECT ?x WHERE { BIND(1 AS ?x) }",  # nor is a byte order mark
]
# fmt: on


def engine_value(expression: str) -> str:
    [[value]] = list(ox.Store().query(f"SELECT ?x WHERE {{ BIND({expression} AS ?x) }}"))
    return str(value.value)


@pytest.mark.parametrize(("expression", "value"), DECODED)
def test_engine_decodes_escapes_in_strings_and_iris(expression: str, value: str) -> None:
    assert engine_value(expression) == value


@pytest.mark.parametrize(("expression", "value"), DECODED)
def test_lexer_decodes_them_the_same_way(expression: str, value: str) -> None:
    [token] = tokenize(expression)
    assert token.kind in ("string", "iri")
    assert token.value.strip("<>") == value.strip("<>")


@pytest.mark.parametrize("query", NOT_DECODED)
def test_engine_refuses_escapes_elsewhere(query: str) -> None:
    with pytest.raises(SyntaxError):
        ox.Store().query(query)


def test_a_carriage_return_ends_a_comment_for_both() -> None:
    query = "SELECT ?x ?y WHERE { BIND(1 AS ?x) # c\rBIND(2 AS ?y) }"
    [[_, y]] = list(ox.Store().query(query))
    assert y.value == "2"
    assert "?y" in [t.text for t in tokenize(query)][-4:]


def test_the_issue_query_shows_service_as_a_word() -> None:
    query = (
        "SELECT * WHERE { BIND('\\u0027' AS ?q) BIND(<http://x/\\u0041#> AS ?i) "
        "SERVICE <http://127.0.0.1:9/x> { ?a ?b ?c } } #'''"
    )
    words = [t.value for t in tokenize(query) if t.kind == "word"]
    assert "SERVICE" in words
    assert next(t.value for t in tokenize(query) if t.kind == "iri") == "<http://x/A#>"


# fmt: off
TOKENS = [
    ("PREFIX ex: <http://e/> SELECT * { ?s ex:a\\'b ?o } # '", ["word", "pname", "iri", "word",
     "punct", "punct", "var", "pname", "var", "punct"]),
    ("SERVICE:x SERVICEx:y 1SERVICE", ["pname", "pname", "number", "word"]),
    ("'''a''' '' 'b'", ["string", "string", "string"]),
    ('"x"@vi-VN "y"^^<http://t>', ["string", "lang", "string", "punct", "iri"]),
    ("FILTER(?a < ?b && ?c>3)", ["word", "punct", "var", "punct", "var", "punct", "var",
     "punct", "number", "punct"]),
]
# fmt: on


@pytest.mark.parametrize(("query", "kinds"), TOKENS)
def test_token_kinds(query: str, kinds: list[str]) -> None:
    assert [t.kind for t in tokenize(query)] == kinds


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * { FILTER(1<2#>'''\n) }",  # less-than, then a comment for the engine
        "SELECT * { FILTER(?a<?b'>) }",
        "SELECT * { FILTER(?a<((((?x))))&&?b>1) }",  # brackets hidden by the IRI reading
    ],
)
def test_an_ambiguous_less_than_is_refused(query: str) -> None:
    with pytest.raises(LexError, match="Ambiguous '<'"):
        tokenize(query)


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?o }",  # after a var
        "SELECT * { VALUES (?a ?b) { (<http://x#a> <http://x#b>) } }",  # a row of terms
        "SELECT * { VALUES ("
        + " ".join(f"?v{i}" for i in range(20))
        + ") { ("
        + " <http://x#a>" * 20
        + ") } }",  # however long the header
        "SELECT * { ?s ?p ?o FILTER(?o = <http://x#a> || ?o IN (<http://x#b>, <http://x#c>)) }",
    ],
)
def test_iris_in_plain_places_are_not_ambiguous(query: str) -> None:
    assert [t for t in tokenize(query) if t.kind == "iri"]


@pytest.mark.parametrize(
    ("query", "where"),
    [
        ("SELECT * { ?s ?p 'open }", "line 1, column 18"),
        ("SELECT *\n{ ?s ?p '\\q' }", "line 2, column 9"),
        ("SELECT * { ?s ?p ?o } \x00", "line 1, column 23"),
    ],
)
def test_unreadable_text_says_where(query: str, where: str) -> None:
    with pytest.raises(LexError, match=where):
        tokenize(query)
