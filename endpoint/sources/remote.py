"""Reading a remote SPARQL server as if it were the embedded store.

`policykg serve --store sparql+http://HOST:PORT/...` serves a graph that `policykg build`
wrote into Oxigraph, Fuseki or Virtuoso. The endpoint only uses a small part of
pyoxigraph.Store: query(), quads_for_pattern(), named_graphs(), len() and dump().
RemoteSource offers that part over the SPARQL 1.1 Protocol and parses the answers, as
they arrive, into pyoxigraph objects, so pages, result formats, limits and the worker
pool work unchanged (endpoint/sources/remote_http.py says how failures are reported).

Read-only: every request goes to the query URL, never the update one, and carries a
query /sparql has checked (endpoint/sparql/protocol refuses update keywords anywhere in it,
and SERVICE) or one of the pages' own constant queries, so no update leaves this
process even for a server that takes both at one URL (Virtuoso's /sparql).

The server's own default graph is what pages and /sparql read: `policykg build` keeps
the merge of the named graphs there (graph_builder/store/merge.py), each fact once. So
the server must NOT answer over a union of its graphs (Oxigraph without
`--union-default-graph`, Fuseki without `tdb2:unionDefaultGraph`): a union counts a
fact once per graph holding it. default_graph_problem() detects either mistake.
The build's bookkeeping graph (graph_builder.store.remote.STATE_GRAPH) is left out of dumps,
counts and graph lists, and a `public` source (/sparql's) hides it from the queries it
forwards (endpoint/sources/bookkeeping).
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from typing import IO, Any

import pyoxigraph as ox

from endpoint.sources.bookkeeping import VisibleSolutions, public_dataset, visible
from endpoint.sources.remote_http import RemoteFailedError, ResponseBody, post_query
from endpoint.sources.remote_values import Term, bind_values
from graph_builder.store.remote import STATE_GRAPH, Endpoints

BULK_TIMEOUT_S = 600.0  # whole-graph reads (dumps, counts), done once per generation
READ_CHUNK = 64 * 1024
MAX_PATTERN_ROWS = 100_000  # quads_for_pattern is for pages: one entity's links
NOT_STATE = f"FILTER(?g != <{STATE_GRAPH}>)"
ALL_QUADS = f"SELECT ?s ?p ?o ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {NOT_STATE} }}"
DEFAULT_TRIPLES = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"
DEFAULT_GRAPH = ox.DefaultGraph()


class RemoteTriples:
    """CONSTRUCT/DESCRIBE answers as they arrive (the role of pyoxigraph.QueryTriples)."""

    def __init__(self, quads: Iterator[ox.Quad]) -> None:
        self._quads = quads

    def __iter__(self) -> Iterator[ox.Triple]:
        return (quad.triple for quad in self._quads)

    def visible(self) -> RemoteTriples:
        """Without the triples that hold a bookkeeping IRI (endpoint/sources/bookkeeping)."""
        return RemoteTriples(quad for quad in self._quads if visible(quad.triple))


@dataclass(frozen=True)
class RemoteSource:
    """The remote server's query endpoint; `timeout` bounds each wait on the network.
    `public`: queries come from /sparql, and never see the build's bookkeeping."""

    url: str
    timeout: float = BULK_TIMEOUT_S
    public: bool = False

    @classmethod
    def parse(
        cls, spec: str, *, timeout: float = BULK_TIMEOUT_S, public: bool = False
    ) -> RemoteSource:
        return cls(Endpoints.parse(spec).query, timeout, public)

    def with_timeout(self, seconds: float) -> RemoteSource:
        return replace(self, timeout=seconds)

    def query(
        self,
        query: str,
        *,
        base_iri: str | None = None,
        use_default_graph_as_union: bool = False,
        default_graph: Iterable[ox.NamedNode | ox.BlankNode | ox.DefaultGraph] | None = None,
        named_graphs: Iterable[ox.NamedNode | ox.BlankNode] | None = None,
        substitutions: Mapping[ox.Variable, Term | ox.Triple] | None = None,
    ) -> ox.QuerySolutions | ox.QueryBoolean | RemoteTriples | VisibleSolutions:
        """One protocol request. The default graph is the server's own (see above).

        :raise RemoteError, RemoteRefusedError: see endpoint/sources/remote_http.
        """
        text = bind_values(query, substitutions or {})
        if base_iri:  # relative IRIs resolve against our URL, as in the embedded store
            text = f"BASE {ox.NamedNode(base_iri)}\n{text}"
        dataset = (_names(default_graph), _names(named_graphs))
        if self.public:
            dataset = public_dataset(query, *dataset, every_graph=self._every_graph)
        params = [("query", text)]
        for key, graphs in zip(("default-graph-uri", "named-graph-uri"), dataset, strict=True):
            params += [(key, graph) for graph in graphs or ()]
        answer = _parse_answer(post_query(self.url, params, timeout=self.timeout))
        if not self.public or isinstance(answer, ox.QueryBoolean):
            return answer
        if isinstance(answer, RemoteTriples):
            return answer.visible()
        return VisibleSolutions(answer)

    def _every_graph(self) -> list[str]:
        """The server's named graphs (the graph table: no data read), for a public query
        that must be given its dataset."""
        return [row["g"].value for row in self._select("SELECT ?g WHERE { GRAPH ?g { } }")]

    def quads_for_pattern(
        self,
        subject: Term | None,
        predicate: ox.NamedNode | None,
        object: Term | None,
        graph_name: ox.NamedNode | ox.BlankNode | None = None,
    ) -> Iterator[ox.Quad]:
        """As pyoxigraph's: `graph_name` None is every graph, DefaultGraph() the merge."""
        merged = graph_name == DEFAULT_GRAPH
        pattern = zip("spog", (subject, predicate, object, graph_name), strict=True)
        bound = {ox.Variable(n): t for n, t in pattern if t is not None and t != DEFAULT_GRAPH}
        if graph_name is None or merged:
            for row in self._select(f"{DEFAULT_TRIPLES} LIMIT {MAX_PATTERN_ROWS}", bound):
                yield ox.Quad(row["s"], row["p"], row["o"], DEFAULT_GRAPH)
        if not merged:
            for row in self._select(f"{ALL_QUADS} LIMIT {MAX_PATTERN_ROWS}", bound):
                yield ox.Quad(*row)

    def named_graphs(self) -> Iterator[ox.NamedNode]:
        query = f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {NOT_STATE} }}"
        for row in self._select(query):
            yield row["g"]

    def __len__(self) -> int:
        """Quads as the embedded store counts them: the default graph's and the named ones'."""
        query = (
            "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION "
            f"{{ GRAPH ?g {{ ?s ?p ?o }} {NOT_STATE} }} }}"
        )
        rows = list(self._select(query))
        return int(rows[0]["n"].value) if rows else 0

    def __iter__(self) -> Iterator[ox.Quad]:
        """Every quad, the merged default graph first, as the embedded store dumps them."""
        return self.quads_for_pattern(None, None, None, None)

    def dump(self, output: IO[bytes], format: ox.RdfFormat, *, prefixes: Any = None) -> None:
        """Every quad, streamed from one SELECT into the serialiser."""
        ox.serialize(iter(self), output, format, prefixes=prefixes)

    def _select(
        self, query: str, bound: Mapping[ox.Variable, Term] | None = None
    ) -> ox.QuerySolutions:
        own = replace(self, public=False)  # our own queries leave the bookkeeping out
        result = own.query(query, substitutions=bound)
        if not isinstance(result, ox.QuerySolutions):
            raise RemoteFailedError(f"{self.url} did not answer a SELECT with solutions")
        return result


def _names(
    graphs: Iterable[ox.NamedNode | ox.BlankNode | ox.DefaultGraph] | None,
) -> list[str] | None:
    """IRIs only: the protocol has no way to name a blank node or the default graph."""
    if graphs is None:
        return None
    return [graph.value for graph in graphs if isinstance(graph, ox.NamedNode)]


def _parse_answer(body: ResponseBody) -> ox.QuerySolutions | ox.QueryBoolean | RemoteTriples:
    """Solutions, a boolean or triples, by the answer's media type, parsed lazily."""
    stream = io.BufferedReader(body, READ_CHUNK)
    results = ox.QueryResultsFormat.from_media_type(body.media_type)
    if results is not None:
        return ox.parse_query_results(stream, format=results)
    graph = ox.RdfFormat.from_media_type(body.media_type)
    if graph is not None:
        return RemoteTriples(iter(ox.parse(stream, format=graph)))
    body.close()
    raise RemoteFailedError(f"the remote store answered in {body.media_type}, not SPARQL or RDF")


def http_timeout(query_timeout: float | None) -> float:
    """Slightly under a /sparql query's limit, so that the worker answers the timeout
    itself and lives on, rather than being killed by the pool (still the hard limit)."""
    if query_timeout is None:
        return BULK_TIMEOUT_S
    return query_timeout - min(0.5, query_timeout / 4)


def default_graph_problem(source: RemoteSource) -> str | None:
    """Why the served default graph would be wrong although the server answers.

    The bookkeeping triples are never merged into the default graph, so seeing them there
    means the server answers over a union of its graphs (a fact once per graph, and the
    bookkeeping visible). Named graphs with data but an empty default graph mean a store
    built before the default graph was the merge: one `policykg build` merges it.
    """
    if bool(source.query(f"ASK {{ <{STATE_GRAPH}> ?p ?o }}")):
        return (
            f"the remote store at {source.url} answers over the union of its graphs, which "
            "counts a fact once per graph holding it: start Oxigraph without "
            "--union-default-graph, or leave tdb2:unionDefaultGraph unset on Fuseki"
        )
    in_graphs = source.query("ASK { GRAPH ?g { ?s ?p ?o } }")
    if bool(in_graphs) and not bool(source.query("ASK { ?s ?p ?o }")):
        return (
            f"the remote store at {source.url} has an empty default graph: run "
            "`policykg build` once with this version, which merges the named graphs into it"
        )
    return None
