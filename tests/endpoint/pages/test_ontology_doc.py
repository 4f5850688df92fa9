"""/ontology: HTML documentation generated from the ontology, RDF by negotiation."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from flask.testing import FlaskClient


def test_html_documents_every_term_in_both_languages(client: FlaskClient) -> None:
    page = client.get("/ontology", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert 'id="Decision"' in page and "Quyết định" in page and "Decision" in page
    assert 'id="issuedBy"' in page and "eli:passed_by" in page


@pytest.mark.parametrize(
    ("accept", "media"),
    [
        ("text/turtle", "text/turtle"),
        ("application/rdf+xml", "application/rdf+xml"),
        ("application/ld+json", "application/ld+json"),
    ],
)
def test_rdf_by_content_negotiation(client: FlaskClient, accept: str, media: str) -> None:
    response = client.get("/ontology", headers={"Accept": accept})
    assert response.mimetype == media
    fmt = ox.RdfFormat.from_media_type(media)
    assert fmt is not None
    assert len(list(ox.parse(response.data, format=fmt))) > 500


def test_unknown_format_is_400(client: FlaskClient) -> None:
    assert client.get("/ontology?format=owl2").status_code == 400
