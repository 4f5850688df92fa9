"""Keeping a remote store's build bookkeeping out of /sparql, as the embedded store does.

The embedded store keeps its build state in files beside the database, so no query can
see it. A remote store keeps it in the server, in the graph STATE_GRAPH (two triples
whose objects are the state as JSON: graph_builder.store.remote), so every query sent there
could. A public query is changed here so that it answers as if the graph were absent:

- A dataset the request names (`default-graph-uri`, `named-graph-uri`) or the query
  names (FROM, FROM NAMED) is sent without the bookkeeping graph, as a protocol dataset
  (which replaces the query's own). An emptied dataset becomes one empty graph.
- A query that names any bookkeeping IRI otherwise (GRAPH <...>, a subject, a
  predicate; written in full, with a prefix or escapes) is sent with every other graph
  listed as its dataset. Exact, but an explicit default graph makes joins far slower on
  Oxigraph (0.02 s -> 30 s at 10^6 quads), which is why only such queries get it.
- Otherwise the query is sent as it is, and answers that hold a bookkeeping IRI are
  dropped: `GRAPH ?g` lists look as on the embedded store. The server's default graph
  (the merge of the data graphs, graph_builder/store/merge.py) never holds the
  bookkeeping, so scans and counts over it are exact.

IRIs are read as a SPARQL engine reads them: codepoint escapes undone first, prefixed
names expanded, strings and comments skipped. A BASE in the `urn:` scheme could resolve
a relative IRI to a bookkeeping one, so it counts as naming one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

import pyoxigraph as ox

from graph_builder.store.remote import INFO_PREDICATE, STATE_GRAPH, STATE_PREDICATE

HIDDEN = frozenset({STATE_GRAPH, STATE_PREDICATE, INFO_PREDICATE})
_HIDDEN_NODES = frozenset(ox.NamedNode(iri) for iri in HIDDEN)
EMPTY_GRAPH = "urn:policykg:no-graph"  # holds nothing: an empty dataset, not the default
Graphs = list[str] | None
Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | None

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_PN = r"[\w\-\u00B7\u00C0-\U000EFFFF]"  # PN_CHARS, roughly: what may follow a first letter
_ITEM = rf"(?:{_PN}|:|%[0-9A-Fa-f]{{2}}|\\[_~.\-!$&'()*+,;=/?#@%])"
_LOCAL = rf"(?:{_ITEM}(?:(?:{_ITEM}|\.)*{_ITEM})?)?"  # a dot inside, never last
_TOKEN = re.compile(
    r"""(?P<comment>\#[^\n]*)
  | '''(?:[^'\\]|\\.|'(?!''))*''' | \"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
  | '(?:[^'\\\n]|\\.)*' | "(?:[^"\\\n]|\\.)*"
  | <(?P<iri>[^<>"{}|^`\\\x00-\x20]*)>
  | [?$]\w+ | _:LOCAL
  | (?P<prefix>(?:[^\W\d_](?:(?:PN|\.)*PN)?)?):(?P<local>LOCAL)
  | (?P<word>[A-Za-z]+)""".replace("LOCAL", _LOCAL).replace("PN", _PN),
    re.VERBOSE,
)
_ROLE = {"PREFIX": "prefix", "BASE": "base", "FROM": "from"}  # of the IRI that follows


@dataclass
class Reading:
    """The IRIs a query uses, and its FROM / FROM NAMED lists."""

    iris: set[str] = field(default_factory=set)
    from_default: list[str] = field(default_factory=list)
    from_named: list[str] = field(default_factory=list)
    urn_base: bool = False

    @property
    def names_hidden(self) -> bool:
        return self.urn_base or not self.iris.isdisjoint(HIDDEN)


def read(query: str) -> Reading:
    """Every IRI of `query`, resolved. A name with an undeclared prefix is skipped: the
    server refuses such a query anyway."""
    text = _ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), query)
    reading, prefixes = Reading(), dict[str, str]()
    role: str | None = None  # what the next IRI is: prefix, declared, base, from, named
    declared = ""
    for match in _TOKEN.finditer(text):
        if match.group("comment"):
            continue
        if match.group("word"):
            word = match.group("word").upper()
            role = "named" if word == "NAMED" and role == "from" else _ROLE.get(word)
            continue
        if role == "prefix" and match.group("local") == "":
            declared, role = match.group("prefix") or "", "declared"
            continue
        iri = _iri(match, prefixes)
        if iri is not None:
            reading.iris.add(iri)
            _note(reading, prefixes, role, declared, iri)
        role = None
    return reading


def _iri(match: re.Match[str], prefixes: dict[str, str]) -> str | None:
    if match.group("iri") is not None:
        return match.group("iri")
    prefix, local = match.group("prefix") or "", match.group("local")
    if local is None or prefix not in prefixes:
        return None
    return prefixes[prefix] + re.sub(r"\\(.)", r"\1", local)


def _note(
    reading: Reading, prefixes: dict[str, str], role: str | None, declared: str, iri: str
) -> None:
    if role == "declared":
        prefixes[declared] = iri
    elif role == "base":
        reading.urn_base = reading.urn_base or iri.lower().startswith("urn:")
    elif role == "from":
        reading.from_default.append(iri)
    elif role == "named":
        reading.from_named.append(iri)


def public_dataset(
    query: str, default: Graphs, named: Graphs, every_graph: Callable[[], list[str]]
) -> tuple[Graphs, Graphs]:
    """The protocol dataset to send so that no answer comes from the bookkeeping graph;
    (None, None) keeps the server's own (the merged default graph) or the query's FROM."""
    reading = read(query)
    if default is None and named is None:
        if not reading.names_hidden:
            return None, None
        if reading.from_default or reading.from_named:  # FROM, made explicit
            default, named = reading.from_default, reading.from_named
    if default is not None or named is not None:
        default = [g for g in default or () if g not in HIDDEN]
        named = [g for g in named or () if g not in HIDDEN]
        return (default or ([] if named else [EMPTY_GRAPH])), named
    graphs = [g for g in every_graph() if g not in HIDDEN]
    return graphs or [EMPTY_GRAPH], graphs


def visible(terms: Iterable[Term]) -> bool:
    """No bookkeeping IRI among `terms` (a solution's values, or a triple's). About 1 us a
    row: terms are compared whole, not by their text."""
    for term in terms:
        if term in _HIDDEN_NODES:
            return False
        if type(term) is ox.Triple and not visible(term):
            return False
    return True


class VisibleSolutions:
    """SELECT answers without the rows that hold a bookkeeping IRI; stands in for
    pyoxigraph.QuerySolutions in endpoint/engine/execute."""

    def __init__(self, solutions: ox.QuerySolutions) -> None:
        self.variables = solutions.variables
        self._solutions = solutions

    def __iter__(self) -> Iterator[ox.QuerySolution]:
        return (row for row in self._solutions if visible(row))
