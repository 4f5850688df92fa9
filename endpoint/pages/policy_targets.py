"""The targets table of a policy page: each goal's value, unit, beneficiary and deadline.

Researchers read a policy page for its goals; as plain links they showed only the
goal's wording, so the numbers had to be opened one by one.
"""

from __future__ import annotations

from typing import Any

import pyoxigraph as ox

from endpoint.sources.store import select

TARGETS = """PREFIX pkg: <https://w3id.org/policykg/ontology#>
SELECT ?policy ?target (SAMPLE(?text_) AS ?text) (SAMPLE(?value_) AS ?value) (SAMPLE(?max_) AS ?max)
       (SAMPLE(?unit_) AS ?unit) (SAMPLE(?who_) AS ?who) (SAMPLE(?deadline_) AS ?deadline)
WHERE {
  ?policy pkg:hasTarget ?target .
  OPTIONAL { ?target pkg:targetText ?text_ } OPTIONAL { ?target pkg:value ?value_ }
  OPTIONAL { ?target pkg:maxValue ?max_ } OPTIONAL { ?target pkg:unit ?unit_ }
  OPTIONAL { ?target pkg:beneficiaryText ?who_ } OPTIONAL { ?target pkg:deadline ?deadline_ }
} GROUP BY ?policy ?target ORDER BY ?deadline ?target LIMIT 200"""


def policy_targets(policy: ox.NamedNode) -> list[dict[str, Any]]:
    """Rows for the table, by deadline; empty for anything that has no targets."""
    rows = []
    for row in select(TARGETS, {"policy": policy}):
        value = _number(row.get("value"))
        if value and row.get("max"):
            value += f"–{_number(row['max'])}"
        rows.append(
            {
                "href": row["target"].value,
                "text": _text(row.get("text")) or row["target"].value,
                "value": value,
                "unit": _text(row.get("unit")),
                "beneficiary": _text(row.get("who")),
                "deadline": _text(row.get("deadline")),
            }
        )
    return rows


def _text(term: Any) -> str:
    return str(term.value) if term is not None else ""


def _number(term: Any) -> str:
    """'90.0' -> '90', '2.5' stays: decimals are stored as xsd:decimal."""
    text = _text(term)
    return text[:-2] if text.endswith(".0") else text
