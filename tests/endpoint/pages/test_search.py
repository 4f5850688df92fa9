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


def test_a_cut_list_says_how_many_matched_and_pages_on(client: FlaskClient) -> None:
    every = client.get("/api/search", query_string={"q": "tre em", "limit": "100"}).get_json()
    assert every["total"] == len(every["results"]) > 2 and not every["truncated"]
    first = client.get("/api/search", query_string={"q": "tre em", "limit": "2"}).get_json()
    assert first["total"] == every["total"] and first["truncated"]
    assert first["results"] == every["results"][:2]
    second = client.get("/api/search?q=tre+em&limit=2&offset=2").get_json()
    assert second["results"] == every["results"][2:4]


def test_the_search_page_reports_its_cut_and_links_to_the_next_page(client: FlaskClient) -> None:
    total = client.get("/api/search?q=tre+em&limit=100").get_json()["total"]
    page = client.get("/search?q=tre+em&limit=2").get_data(as_text=True)
    assert f"1–2 of {total} results" in page
    assert 'rel="next" href="/search?q=tre+em&amp;limit=2&amp;offset=2"' in page
    last = client.get(f"/search?q=tre+em&limit=2&offset={total - 1}").get_data(as_text=True)
    assert 'rel="prev"' in last and 'rel="next"' not in last


def test_bad_offset_is_400(client: FlaskClient) -> None:
    assert client.get("/api/search?q=x&offset=-1").status_code == 400
    assert client.get("/search?q=x&offset=abc").status_code == 400
