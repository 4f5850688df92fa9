"""Entity pages and the home page: content negotiation, labels, links, mentions, escaping."""

from __future__ import annotations

import re

import pyoxigraph as ox
import pytest
from flask.testing import FlaskClient

CUC = "/id/organisation/cuc-tre-em"
HTML = {"Accept": "text/html"}
ID = "https://w3id.org/policykg/id/"


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
    "/vocab/%3Cscript%3E", "/vocab/a%20b", "/vocab/%00", "/vocab/places-no-such-province",
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


def test_home_counts_by_ontology_name(client: FlaskClient) -> None:
    page = client.get("/", headers=HTML).get_data(as_text=True)
    cards = re.findall(r'<span class="count">(\d+)</span><span>([^<]+)</span>', page)
    assert ("2", "Sự kiện · Event") in cards and ("2", "Chính sách · Policy") in cards
    assert ">pkg:Event<" not in page


def test_entity_page_names_classes_and_properties(client: FlaskClient) -> None:
    page = client.get("/id/person/tran-van-an", headers=HTML).get_data(as_text=True)
    assert "Người · Person" in page and ">pkg:Person<" not in page
    assert '<span title="pkg:participatedIn">tham gia · participated in</span>' in page
    assert '<span title="org:memberOf">thành viên của · member of</span>' in page


def test_articles_go_by_title_and_date(client: FlaskClient) -> None:
    policy = client.get("/id/policy/99-2020-qd-ttg", headers=HTML).get_data(as_text=True)
    assert '<a href="/id/article/a1">Cục Trẻ em tổ chức hội thảo</a>' in policy  # not "a1"
    article = client.get("/id/article/a1", headers=HTML).get_data(as_text=True)
    assert "<h1>Cục Trẻ em tổ chức hội thảo" in article
    assert '<time datetime="2023-06-02">2023-06-02</time>' in article
    mentions = client.get(CUC, headers=HTML).get_data(as_text=True).split("Mentioned in")[1]
    assert ">Cục Trẻ em tổ chức hội thảo</a>" in mentions


def test_typed_literals_show_as_plain_values(client: FlaskClient) -> None:
    page = client.get("/id/policy/99-2020-qd-ttg", headers=HTML).get_data(as_text=True)
    assert "<td>2020-05-12</td>" in page and "XMLSchema" not in page


def test_entity_rdf_has_incoming_links(client: FlaskClient) -> None:
    data = client.get(CUC, headers={"Accept": "application/n-triples"}).data
    triples = {(q.subject, q.predicate, q.object) for q in ox.parse(data, ox.RdfFormat.N_TRIPLES)}
    cuc, id_ = ox.NamedNode("https://w3id.org/policykg/id/organisation/cuc-tre-em"), ID
    member_of = ox.NamedNode("http://www.w3.org/ns/org#memberOf")
    assert (ox.NamedNode(id_ + "person/tran-van-an"), member_of, cuc) in triples  # incoming
    assert any(s == cuc for s, _, _ in triples)  # outgoing


def test_json_clients_get_json_ld(client: FlaskClient) -> None:
    response = client.get(CUC, headers={"Accept": "application/json"})
    assert response.mimetype == "application/ld+json"
    assert any(
        t.object == ox.Literal("Cục Trẻ em", language="vi")
        for t in ox.parse(response.data, format=ox.RdfFormat.JSON_LD)
    )
    ontology = client.get("/ontology", headers={"Accept": "application/json"})
    assert ontology.mimetype == "application/ld+json"


@pytest.mark.parametrize(
    ("path", "accept"),
    [
        (CUC, "text/html"),
        (CUC, "text/turtle"),
        ("/ontology", "text/html"),
        ("/sparql", "text/html"),
        ("/sparql?query=ASK%7B%7D", "application/sparql-results+json"),
        ("/void", "text/turtle"),
        ("/dumps/", "text/html"),
        ("/dumps/", "application/json"),
    ],
)
def test_negotiated_answers_vary_on_accept(client: FlaskClient, path: str, accept: str) -> None:
    response = client.get(path, headers={"Accept": accept})
    assert response.status_code == 200
    assert "Accept" in response.vary


def test_favicon(client: FlaskClient) -> None:
    icon = client.get("/favicon.ico")
    data = icon.get_data()
    icon.close()  # a file response: let go of the file
    assert icon.status_code == 200 and data[:4] == b"\x00\x00\x01\x00"  # ICO header
    page = client.get("/", headers=HTML).get_data(as_text=True)
    assert 'rel="icon" href="/static/favicon.svg"' in page
    svg = client.get("/static/favicon.svg")
    svg.close()
    assert svg.mimetype == "image/svg+xml"
