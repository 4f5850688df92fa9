"""What an entity page lists from the articles: every article naming the resource, and the
sentence around each mention (the first 50), so a reader can check each fact at its source.
"""

from __future__ import annotations

from typing import Any

import pyoxigraph as ox

from endpoint.pages.labels import short
from endpoint.sources.store import select

MENTIONS = """PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX schema: <https://schema.org/>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?entity ?article ?title ?date ?text ?start ?end WHERE {
  ?ann oa:hasBody ?entity ; oa:hasTarget ?t .
  ?t oa:hasSource ?article ; oa:hasSelector ?pos .
  ?pos oa:start ?start ; oa:end ?end .
  OPTIONAL { ?article schema:text ?text }
  OPTIONAL { ?article dcterms:title|rdfs:label ?title } OPTIONAL { ?article dcterms:date ?date }
} ORDER BY DESC(?date) ?article ?start LIMIT 50"""
# Every article naming the entity (the mentions above are cut at 50): a merged resource
# gathers many articles, and a reader must be able to reach each of them.
ARTICLES_OF = """PREFIX pkg: <https://w3id.org/policykg/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?entity ?article ?title ?date WHERE { ?entity pkg:mentionedIn ?article
  OPTIONAL { ?article dcterms:title|rdfs:label ?title } OPTIONAL { ?article dcterms:date ?date } }
ORDER BY DESC(?date) ?article LIMIT 2000"""


def articles_of(iri: ox.NamedNode) -> list[dict[str, str]]:
    """Every article that mentions the resource, newest first, by title (or opening words)."""
    return [
        {
            "article": row["article"].value,
            "title": row["title"].value if "title" in row else short(row["article"].value),
            "date": row["date"].value if "date" in row else "",
        }
        for row in select(ARTICLES_OF, {"entity": iri})
    ]


def mentions_of(iri: ox.NamedNode) -> list[dict[str, Any]]:
    """The sentence around each mention, split so the template can highlight the span."""
    out = []
    for row in select(MENTIONS, {"entity": iri}):
        text = row.get("text")
        start, end = int(row["start"].value), int(row["end"].value)
        if text is None:
            continue
        body = text.value
        left = max(body.rfind(".", 0, start), body.rfind("\n", 0, start)) + 1
        right_dot = [i for i in (body.find(".", end), body.find("\n", end)) if i >= 0]
        right = min(right_dot) + 1 if right_dot else len(body)
        out.append(
            {
                "article": row["article"].value,
                "title": row["title"].value if "title" in row else short(row["article"].value),
                "date": row["date"].value if "date" in row else None,
                "before": body[left:start].lstrip(),
                "match": body[start:end],
                "after": body[end:right],
            }
        )
    return out
