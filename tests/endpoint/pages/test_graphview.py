"""/graph and its JSON API: analytics-sized nodes, neighbour expansion, central tables."""

from __future__ import annotations

from flask.testing import FlaskClient

CUC = "https://w3id.org/policykg/id/organisation/cuc-tre-em"


def test_api_graph_nodes_carry_analytics(client: FlaskClient) -> None:
    data = client.get("/api/graph").get_json()
    nodes = {e["data"]["id"]: e["data"] for e in data["elements"] if "source" not in e["data"]}
    edges = [e["data"] for e in data["elements"] if "source" in e["data"]]
    assert nodes[CUC]["type"] == "Organisation"
    assert nodes[CUC]["betweenness"] > 0  # the unit links its ministry, person and event
    assert any(e["source"] == CUC or e["target"] == CUC for e in edges)
    assert data["shown"] == len(nodes)


def test_neighbours_expand_a_node(client: FlaskClient) -> None:
    data = client.get("/api/graph/neighbours", query_string={"iri": CUC}).get_json()
    ids = {e["data"]["id"] for e in data["elements"]}
    assert "https://w3id.org/policykg/id/organisation/bo-lao-dong-thuong-binh-va-xa-hoi" in ids
    assert data["in_graph"] is True


def test_neighbours_of_a_resource_outside_the_entity_graph_are_none_not_404(
    client: FlaskClient,
) -> None:
    """Entity pages of articles, targets and posts ask too; a 404 was a console error."""
    response = client.get("/api/graph/neighbours", query_string={"iri": "http://x/none"})
    assert response.status_code == 200
    assert response.get_json() == {"elements": [], "in_graph": False}
    assert client.get("/api/graph/neighbours").status_code == 400


def test_graph_page_lists_central_entities_and_uses_local_assets(client: FlaskClient) -> None:
    page = client.get("/graph").get_data(as_text=True)
    assert "Cục Trẻ em" in page
    assert "/static/vendor/cytoscape/cytoscape.min.js" in page and "cdn" not in page.lower()
    with client.get("/static/vendor/cytoscape/cytoscape.min.js") as script:
        assert script.status_code == 200


def test_neighbours_of_what_is_no_iri_is_a_400_that_says_so(client: FlaskClient) -> None:
    for bad in ("not an iri", "<http://x/a>", "http://x/a b"):
        response = client.get("/api/graph/neighbours", query_string={"iri": bad})
        assert response.status_code == 400, bad
        assert "not a valid IRI" in response.get_data(as_text=True)
