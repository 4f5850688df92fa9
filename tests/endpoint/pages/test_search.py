"""Search with and without diacritics, ranking, type filter, bad parameters."""

from __future__ import annotations

from flask.testing import FlaskClient


def results(client: FlaskClient, query: str, **params: str) -> list[dict[str, str]]:
    response = client.get("/api/search", query_string={"q": query, **params})
    assert response.status_code == 200
    return list(response.get_json()["results"])


def test_without_diacritics_finds_the_vietnamese_label(client: FlaskClient) -> None:
    found = results(client, "bo lao dong")
    assert found[0]["label"] == "Bộ Lao động - Thương binh và Xã hội"


def test_alias_and_exact_ranking(client: FlaskClient) -> None:
    assert results(client, "Đề án 99")[0]["iri"].endswith("policy/de-an-tro-giup-tre-em")
    ranked = [r["label"] for r in results(client, "cuc tre em")]
    assert ranked[0] == "Cục Trẻ em"


def test_type_filter(client: FlaskClient) -> None:
    assert {r["type"] for r in results(client, "tre em", type="pkg:Event")} == {"pkg:Event"}


def test_search_page_escapes_the_query(client: FlaskClient) -> None:
    page = client.get("/search", query_string={"q": "<b>x</b>"}).get_data(as_text=True)
    assert "<b>x</b>" not in page and "&lt;b&gt;x&lt;/b&gt;" in page


def test_bad_limit_is_400(client: FlaskClient) -> None:
    assert client.get("/api/search?q=x&limit=0").status_code == 400
    assert client.get("/api/search?q=x&limit=abc").status_code == 400


def test_a_result_found_by_an_alias_is_shown_by_its_own_label(client: FlaskClient) -> None:
    [first, *_] = results(client, "Đề án 99")
    assert first["matched"] == "Đề án 99"
    assert first["label"] != first["matched"]
    page = client.get("/search", query_string={"q": "Đề án 99"}).get_data(as_text=True)
    assert f'{first["label"]}</a> <span class="muted">(Đề án 99)</span>' in page
