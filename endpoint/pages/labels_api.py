"""POST /api/labels: names for the IRIs a page's script shows (the query editor's result
table and views), in one request per result set rather than one per IRI.

The editor asks after the results arrive, so a query is never slowed by label look-ups
and a query without labels still shows its IRIs. Only IRIs that have an rdfs:label are
answered: the script keeps the IRI alone for the rest.
"""

from __future__ import annotations

import pyoxigraph as ox
from flask import Blueprint, abort, jsonify, request
from flask.typing import ResponseReturnValue

from endpoint.pages.labels import label_map, short

bp = Blueprint("labels_api", __name__)
MAX_IRIS = 500  # a result page shows at most a few hundred distinct IRIs


@bp.post("/api/labels")
def api_labels() -> ResponseReturnValue:
    """Body `{"iris": [...]}`; answer `{"labels": {iri: label}}`.

    :raise 400: no JSON list of strings, more than MAX_IRIS of them, or one that is not
        an IRI (pyoxigraph validates it, so nothing unchecked reaches a query).
    """
    body = request.get_json(silent=True)
    iris = body.get("iris") if isinstance(body, dict) else None
    if not isinstance(iris, list) or not all(isinstance(i, str) for i in iris):
        abort(400, description='Send {"iris": ["https://...", ...]} as JSON.')
    if len(iris) > MAX_IRIS:
        abort(400, description=f"At most {MAX_IRIS} IRIs per request.")
    try:
        nodes = [ox.NamedNode(iri) for iri in dict.fromkeys(iris)]
    except ValueError as e:
        abort(400, description=f"Not an IRI: {e}")
    names = label_map(nodes)
    return jsonify(labels={iri: name for iri, name in names.items() if name != short(iri)})
