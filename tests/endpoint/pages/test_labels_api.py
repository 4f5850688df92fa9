"""POST /api/labels: the names the editor's result table shows beside IRIs."""

from __future__ import annotations

from flask.testing import FlaskClient

CUC = "https://w3id.org/policykg/id/organisation/cuc-tre-em"


def test_labels_for_entities_and_ontology_terms(client: FlaskClient) -> None:
    response = client.post("/api/labels", json={"iris": [CUC, CUC, "http://x/unlabelled"]})
    assert response.status_code == 200
    labels = response.get_json()["labels"]
    assert labels[CUC] == "Cục Trẻ em"
    assert "http://x/unlabelled" not in labels  # no label: the table keeps the bare IRI


def test_bad_requests_are_400_with_a_message(client: FlaskClient) -> None:
    for body in ({"iris": "not a list"}, {"iris": [1]}, {"iris": ["not an iri"]}, [CUC]):
        response = client.post("/api/labels", json=body, headers={"Accept": "application/json"})
        assert response.status_code == 400, body
        assert response.get_json()["message"]
    too_many = {"iris": [f"http://x/{i}" for i in range(501)]}
    assert client.post("/api/labels", json=too_many).status_code == 400
