"""Reading a remote SPARQL server as if it were the embedded store.

`policykg serve --store sparql+http://HOST:PORT/...` serves a graph that `policykg build`
wrote into Oxigraph, Fuseki or Virtuoso. The endpoint only uses a small part of
pyoxigraph.Store: query(), quads_for_pattern(), named_graphs(), len() and dump().
RemoteSource offers that part over the SPARQL 1.1 Protocol, and parses the answers
back into pyoxigraph objects, so pages, result formats, limits and the worker pool work
unchanged. Timeouts stay with the worker pool: a worker stuck on a slow server is killed.

The server must expose the union of its named graphs as the default graph (Oxigraph:
`--union-default-graph`; Fuseki: `tdb2:unionDefaultGraph true`; Virtuoso's default
graph is the union of all graphs already): pages query the default graph.
"""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator, Mapping
from typing import IO, Any

import pyoxigraph as ox

from graph_builder.remote import Endpoints
from graph_builder.store import StoreError

Term = ox.NamedNode | ox.BlankNode | ox.Literal
ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9"
MAX_PATTERN_ROWS = 100_000  # quads_for_pattern is for pages: one entity's links
READ_TIMEOUT_S = 600  # the worker pool's timeout comes first; this guards page queries


class RemoteTriples(list[ox.Triple]):
    """CONSTRUCT/DESCRIBE answers, materialised (the role of pyoxigraph.QueryTriples)."""


class RemoteSource:
    def __init__(self, spec: str) -> None:
        self.url = Endpoints.parse(spec).query

    def query(
        self,
        query: str,
        *,
        base_iri: str | None = None,
        use_default_graph_as_union: bool = False,
        default_graph: Iterable[ox.NamedNode | ox.BlankNode | ox.DefaultGraph] | None = None,
        named_graphs: Iterable[ox.NamedNode | ox.BlankNode] | None = None,
        substitutions: Mapping[ox.Variable, Term | ox.Triple] | None = None,
    ) -> ox.QuerySolutions | ox.QueryBoolean | RemoteTriples:
        """One protocol request. The union default graph is the server's (see above)."""
        text = query + _values(substitutions) if substitutions else query
        params = [("query", text)]
        for key, graphs in (
            ("default-graph-uri", default_graph),
            ("named-graph-uri", named_graphs),
        ):
            params += [(key, g.value) for g in graphs or () if isinstance(g, ox.NamedNode)]
        body, media = self._post(params)
        if media.startswith("application/n-triples"):
            parsed = ox.parse(body, format=ox.RdfFormat.N_TRIPLES)
            return RemoteTriples(q.triple if isinstance(q, ox.Quad) else q for q in parsed)
        return ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)

    def quads_for_pattern(
        self, subject: Any, predicate: Any, object: Any, graph_name: Any = None
    ) -> Iterator[ox.Quad]:
        bound = {"s": subject, "p": predicate, "o": object, "g": graph_name}
        values = " ".join(f"VALUES ?{k} {{ {v} }}" for k, v in bound.items() if v is not None)
        pattern = f"{values} GRAPH ?g {{ ?s ?p ?o }}"
        query = f"SELECT ?s ?p ?o ?g WHERE {{ {pattern} }} LIMIT {MAX_PATTERN_ROWS}"
        for row in self._select(query):
            yield ox.Quad(row["s"], row["p"], row["o"], row["g"])

    def named_graphs(self) -> Iterator[ox.NamedNode]:
        for row in self._select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"):
            yield row["g"]

    def __len__(self) -> int:
        rows = list(self._select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"))
        return int(rows[0]["n"].value) if rows else 0

    def __iter__(self) -> Iterator[ox.Quad]:
        for row in self._select("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"):
            yield ox.Quad(row["s"], row["p"], row["o"], row["g"])

    def dump(self, output: IO[bytes], format: ox.RdfFormat, *, prefixes: Any = None) -> None:
        ox.serialize(iter(self), output, format, prefixes=prefixes)

    def _select(self, query: str) -> ox.QuerySolutions:
        result = self.query(query)
        if not isinstance(result, ox.QuerySolutions):
            raise StoreError(f"{self.url} did not answer a SELECT with solutions")
        return result

    def _post(self, params: list[tuple[str, str]]) -> tuple[bytes, str]:
        data = urllib.parse.urlencode(params).encode()
        headers = {"Accept": ACCEPT}
        request = urllib.request.Request(self.url, data=data, headers=headers)  # noqa: S310 - http(s) only, see Endpoints.parse
        try:
            with urllib.request.urlopen(request, timeout=READ_TIMEOUT_S) as response:  # noqa: S310
                return response.read(), response.headers.get_content_type()
        except urllib.error.HTTPError as e:
            detail = e.read(2000).decode("utf-8", "replace").strip()
            if 400 <= e.code < 500:  # the query's fault: the client gets a 400 with it
                raise ValueError(f"the remote server refused the query: {detail}") from e
            raise StoreError(f"the remote store at {self.url} failed ({e.code}): {detail}") from e
        except (urllib.error.URLError, OSError) as e:
            raise StoreError(f"cannot reach the remote store at {self.url}: {e}") from e


def _values(substitutions: Mapping[ox.Variable, Term | ox.Triple]) -> str:
    """pyoxigraph's pre-bound variables as a trailing VALUES clause (terms serialised by
    pyoxigraph, so they are escaped; never spliced text)."""
    names = " ".join(str(v) for v in substitutions)
    terms = " ".join(str(t) for t in substitutions.values())
    return f"\nVALUES ({names}) {{ ({terms}) }}"
