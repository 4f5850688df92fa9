"""Entity pages and the home page: content negotiation, labels, links, mentions, escaping."""

from __future__ import annotations

import re

import pyoxigraph as ox
import pytest
from flask.testing import FlaskClient

CUC = "/id/organisation/cuc-tre-em"
HTML = {"Accept": "text/html"}


def test_home_counts_and_articles(client: FlaskClient) -> None:
    page = client.get("/", headers=HTML).get_data(as_text=True)
    assert "pkg:Policy" in page and "Cục Trẻ em tổ chức hội thảo" in page


def test_entity_page_shows_labels_links_and_highlighted_sentence(client: FlaskClient) -> None:
    response = client.get(CUC, headers=HTML)
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert "<h1>Cục Trẻ em" in page
    assert "Bộ Lao động - Thương binh và Xã hội" in page  # parent, by label not IRI
    assert "Trần Văn An" in page  # incoming org:memberOf, by label
    assert "<mark>Cục Trẻ em</mark>" in page  # the sentence it came from


@pytest.mark.parametrize(
    ("accept", "fmt", "media"),
    [
        ("text/turtle", None, "text/turtle"),
        ("application/ld+json", None, "application/ld+json"),
        ("text/html", "nt", "application/n-triples"),
        ("*/*", "rdf", "application/rdf+xml"),
    ],
)
def test_entity_rdf_by_content_negotiation(
    client: FlaskClient, accept: str, fmt: str | None, media: str
) -> None:
    url = CUC + (f"?format={fmt}" if fmt else "")
    response = client.get(url, headers={"Accept": accept})
    assert response.status_code == 200
    assert response.mimetype == media
    fmt_ox = ox.RdfFormat.from_media_type(media)
    assert fmt_ox is not None
    triples = list(ox.parse(response.data, format=fmt_ox))
    assert any(t.object == ox.Literal("Cục Trẻ em", language="vi") for t in triples)


def test_unknown_entity_is_404_and_bad_format_is_400(client: FlaskClient) -> None:
    assert client.get("/id/person/khong-co", headers=HTML).status_code == 404
    assert client.get(CUC + "?format=docx").status_code == 400


def test_labels_are_escaped(client: FlaskClient) -> None:
    page = client.get("/id/place/xa-thu", headers=HTML).get_data(as_text=True)
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_browse_by_class(client: FlaskClient) -> None:
    page = client.get("/browse?type=Organisation").get_data(as_text=True)
    assert "Cục Trẻ em" in page and "Thủ tướng Chính phủ" in page
    assert "Hội thảo bảo vệ trẻ em" not in page
    assert client.get("/browse?type=Banana").status_code == 400


def test_entity_page_embeds_its_neighbourhood_graph(client: FlaskClient) -> None:
    page = client.get(CUC, headers=HTML).get_data(as_text=True)
    assert 'id="cy"' in page and "neighbourhood.js" in page


def test_policy_page_has_a_targets_table(client: FlaskClient) -> None:
    page = client.get("/id/policy/de-an-tro-giup-tre-em", headers=HTML).get_data(as_text=True)
    table = page.split('<table class="targets">', 1)[1].split("</table>", 1)[0]
    cells = [cell.strip() for cell in re.findall(r"<td[^>]*>(.*?)</td>", table)]
    assert "bảo đảm 90% trẻ em" in cells[0]
    assert cells[1:] == ["90", "%", "trẻ em có hoàn cảnh đặc biệt", "2030"]
    assert 'class="targets"' not in client.get(CUC, headers=HTML).get_data(as_text=True)


# Paths under /id/ that name no IRI (issue 14, item 3): each was a 500 ("Invalid IRI code
# point") or risks one; each must be a 404 with its reason, in every format.
# fmt: off
NOT_IRIS = [
    "/id/%3Cscript%3E", "/id/a%20b", "/id/%00", "/id/%E9", "/id/%ff%fe", "/id/%7B%7D",
    "/id/..%2F..", "/id/" + "a" * 10240, "/id/" + "%E9" * 3000, "/id/", "/id/tổ-chức",
    "/id/%F0%9F%98%80", "/id/a%22b", "/id/%5C", "/id/a%5Eb", "/id/a%7Cb", "/id/%60",
    "/id/%3E", "/id/%25", "/id/%C0%AF", "/id/%ED%A0%80", "/id/a%09b", "/id/%7F",
    "/id/%EF%BF%BF", "/id/%E2%80%8F", "/id/a%0Ab", "/id/a/../../b",
]
# fmt: on
ACCEPTS = ["text/html", "text/turtle", "application/ld+json"]


@pytest.mark.parametrize("accept", ACCEPTS)
@pytest.mark.parametrize("path", NOT_IRIS, ids=lambda p: p[:40])
def test_paths_that_name_no_iri_are_404_with_a_reason(
    client: FlaskClient, path: str, accept: str
) -> None:
    response = client.get(path, headers={"Accept": accept})
    body = response.get_data(as_text=True)
    assert response.status_code == 404, body[:300]
    assert re.search(r"not a valid IRI|names no resource|No resource|not found", body), body[:300]
    assert "Traceback" not in body
