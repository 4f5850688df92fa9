"""Local dereferencing: away from the namespace host, links to our IRIs go to this server's
/id/... pages while the IRI shown stays canonical; at the namespace host, IRIs are links."""

from __future__ import annotations

import re

import pytest
from flask.testing import FlaskClient

BASE = "https://w3id.org/policykg/"
CUC = BASE + "id/organisation/cuc-tre-em"
PAGES = [
    "/",
    "/search?q=cuc tre em",
    "/browse?type=Organisation",
    "/id/person/tran-van-an",
    "/id/article/a1",  # its incoming link is from its named graph, an IRI of ours too
]


def hrefs(page: str) -> set[str]:
    return set(re.findall(r'href="([^"]+)"', page))


@pytest.mark.parametrize("path", PAGES)
def test_links_stay_on_this_server(client: FlaskClient, path: str) -> None:
    page = client.get(path, headers={"Accept": "text/html"}).get_data(as_text=True)
    links = hrefs(page)
    assert not {h for h in links if h.startswith(BASE)}, "a link leaves the app"
    assert any(h.startswith("/id/") for h in links)
    assert 'data-base-iri="https://w3id.org/policykg/"' in page
    assert 'data-local-ids="true"' in page


@pytest.mark.parametrize("path", PAGES)
def test_at_the_namespace_host_iris_are_the_links(client: FlaskClient, path: str) -> None:
    response = client.get(path, base_url="https://w3id.org", headers={"Accept": "text/html"})
    page = response.get_data(as_text=True)
    assert not {h for h in hrefs(page) if h.startswith("/id/")}
    assert any(h.startswith(BASE + "id/") for h in hrefs(page))
    assert 'data-local-ids="false"' in page


def test_entity_page_shows_the_canonical_iri(client: FlaskClient) -> None:
    page = client.get("/id/organisation/cuc-tre-em").get_data(as_text=True)
    assert f"<code>{CUC}</code>" in page
    assert 'href="/id/organisation/bo-lao-dong-thuong-binh-va-xa-hoi"' in page
    assert 'href="/ontology#Department"' in page  # its class, on our ontology page


def test_search_shows_canonical_iri_beside_local_link(client: FlaskClient) -> None:
    page = client.get("/search?q=cuc tre em").get_data(as_text=True)
    assert 'href="/id/organisation/cuc-tre-em"' in page and CUC in page


def test_a_named_graph_links_to_the_page_of_what_it_holds(client: FlaskClient) -> None:
    page = client.get("/id/article/a1").get_data(as_text=True)
    assert 'href="/id/article/a1"' in page  # graph/a1, derived from the article
    with client.application.test_request_context():
        from endpoint.pages.site import local_href

        assert local_href(BASE + "graph/ontology") == "/ontology"
        assert local_href(BASE + "graph/meta") == "/void"
