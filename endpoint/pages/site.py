"""What every page shares: links that stay on this server, term names, the favicon.

Local dereferencing, as LodView does: our IRIs (https://w3id.org/policykg/id/...) are
names, and on a user's machine or a mirror they resolve nowhere, or to another server.
So every link to an IRI under BASE_IRI goes to this server's own page for it (/id/...;
ontology terms to /ontology#Term, gazetteer concepts to /vocab/...), while the IRI shown
and copied stays the canonical one. Served at the namespace host itself (the request's
host is BASE_IRI's), the IRIs are the links. Templates use the `local_href` filter;
base.html hands the same two facts to scripts as `data-base-iri` and `data-local-ids`.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote, urlsplit

from flask import Blueprint, Flask, Response, current_app, request, send_from_directory, url_for

from endpoint.pages.terms import term_name

bp = Blueprint("site", __name__)
ONTOLOGY = "https://w3id.org/policykg/ontology"
VOCAB = "https://w3id.org/policykg/vocab/"  # the gazetteers' concepts (ontology/vocab/*.ttl)
# Views whose answer depends on Accept. A cache that ignored it would hand the HTML
# editor to a SPARQL client (or Turtle to a browser), so each answer says Vary: Accept.
NEGOTIATED = {
    "sparql.endpoint", "pages.entity", "ontology.ontology", "service.void", "dumps.index",
}  # fmt: skip


def init_app(app: Flask) -> None:
    app.add_template_filter(local_href, "local_href")
    app.add_template_filter(lambda term: term_name(str(term)), "term_name")
    app.context_processor(_page_globals)
    app.after_request(_vary_on_accept)


def _vary_on_accept(response: Response) -> Response:
    """Errors are negotiated too (endpoint/errors: text, JSON or HTML)."""
    if request.endpoint in NEGOTIATED or response.status_code >= 400:
        response.vary.add("Accept")
    return response


def _page_globals() -> dict[str, Any]:
    return {"BASE_IRI": current_app.config["BASE_IRI"], "LOCAL_IDS": local_ids()}


def local_ids() -> bool:
    """True when IRIs under BASE_IRI must be linked to this server's pages."""
    base_host = urlsplit(current_app.config["BASE_IRI"]).netloc.lower()
    return request.host.lower() != base_host


def local_href(iri: str) -> str:
    """Where a link to `iri` should go from this server; other IRIs are left alone."""
    iri = str(iri)
    if not local_ids():
        return iri
    base = current_app.config["BASE_IRI"]
    if iri.startswith(base + "id/"):
        path, sep, fragment = iri[len(base) + 3 :].partition("#")
        return url_for("pages.entity", rest=path) + sep + fragment
    if iri == ONTOLOGY or iri.startswith(ONTOLOGY + "#"):
        return url_for("ontology.ontology") + iri[len(ONTOLOGY) :]
    if iri.startswith(VOCAB) and len(iri) > len(VOCAB):
        return url_for("pages.concept", rest=iri[len(VOCAB) :])
    if iri.startswith(base + "graph/"):
        return _graph_href(iri[len(base) + len("graph/") :])
    return iri


def _graph_href(name: str) -> str:
    """A named graph's page here: an article's graph holds what was read from it (its
    page lists it all), the ontology's is the ontology page, and the others (the meta and
    gazetteer graphs) are described with every graph in the VoID description."""
    if name == "ontology":
        return url_for("ontology.ontology")
    if name in ("meta", "vocab"):
        return url_for("service.void")
    return url_for("pages.entity", rest=f"article/{unquote(name)}")


@bp.get("/favicon.ico")
def favicon() -> Response:
    """Browsers ask for /favicon.ico whatever the page links; a 404 there is console noise."""
    static = current_app.static_folder or "static"
    return send_from_directory(
        static, "favicon.ico", mimetype="image/vnd.microsoft.icon", max_age=86400
    )
