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
