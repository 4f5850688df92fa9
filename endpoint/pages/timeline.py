"""/timeline: policies by issue date and period, events by date, in one chronology."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from flask import Blueprint, jsonify, render_template, request
from flask.typing import ResponseReturnValue

from endpoint.sources.store import StoreError, select

bp = Blueprint("timeline", __name__)
ITEMS = """PREFIX pkg: <https://w3id.org/policykg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?s (SAMPLE(?l) AS ?label) (SAMPLE(?k) AS ?kind) (MIN(?d) AS ?date) (MIN(?e) AS ?end)
       (MIN(?y1) AS ?from) (MIN(?y2) AS ?to) ?what WHERE {
  { ?s a pkg:Policy ; pkg:policyKind ?k . BIND("policy" AS ?what)
    OPTIONAL { ?s pkg:issueDate ?d } OPTIONAL { ?s pkg:startYear ?y1 }
    OPTIONAL { ?s pkg:endYear ?y2 } }
  UNION
  { ?s a pkg:Event ; pkg:eventKind ?k . BIND("event" AS ?what)
    OPTIONAL { ?s pkg:startDate ?d } OPTIONAL { ?s pkg:endDate ?e } }
  ?s rdfs:label ?l FILTER(lang(?l) = "vi")
} GROUP BY ?s ?what"""


def items() -> list[dict[str, Any]]:
    out = []
    for row in select(ITEMS):
        item = {k: v.value for k, v in row.items()}
        when = item.get("date") or item.get("from")
        if when:
            item["sort"] = str(when)
            out.append(item)
    return sorted(out, key=lambda i: (i["sort"], i["label"]))


@bp.get("/timeline")
def timeline() -> ResponseReturnValue:
    try:
        entries = items()
    except StoreError as e:
        return render_template("message.html", title="No data yet", message=str(e)), 503
    if request.accept_mimetypes.best == "application/json":
        return jsonify(items=entries)
    by_year: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for entry in entries:
        by_year[entry["sort"][:4]].append(entry)
    return render_template("timeline.html", years=sorted(by_year.items()))
