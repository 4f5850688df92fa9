"""GET /sparql from a browser: the editor page, with local assets and the example queries."""

from __future__ import annotations

from flask.testing import FlaskClient


def test_browser_gets_the_editor_with_examples(client: FlaskClient) -> None:
    response = client.get("/sparql", headers={"Accept": "text/html"})
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert "/static/vendor/yasgui/yasgui.min.js" in page
    assert "Every policy with its kind, number, issuer" in page
    assert "https://w3id.org/policykg/ontology#Decision" in page  # completion terms
    assert "cdn" not in page.lower()


def test_editor_page_gives_its_scripts_labelled_terms_and_its_apis(client: FlaskClient) -> None:
    """Completion shows what a term means, and the table and completion know where to ask."""
    from endpoint.pages.editor import ontology_terms

    terms = ontology_terms()
    decision = next(t for t in terms["classes"] if t["iri"].endswith("#Decision"))
    assert decision["vi"] == "Quyết định" and decision["en"] == "Decision"
    assert any(t["iri"].endswith("#issuedBy") for t in terms["properties"])
    page = client.get("/sparql", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert 'data-labels-api="/api/labels"' in page and 'data-search-api="/api/search"' in page
    assert 'data-base-iri="https://w3id.org/policykg/"' in page


def test_machines_still_get_the_service_description(client: FlaskClient) -> None:
    response = client.get("/sparql", headers={"Accept": "text/turtle"})
    assert response.mimetype == "text/turtle"
    assert b"sparql-service-description" in response.data
