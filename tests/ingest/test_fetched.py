"""A fetched page's sidecar in ingest (title, date, site, source) and in the meta graph."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import DCTERMS, XSD, Literal, URIRef

from graph_builder.ingest.article import IngestError
from graph_builder.ingest.fetched import issued, page_facts, strip_site
from graph_builder.ingest.reader import read_article
from graph_builder.rdf.iris import Minter
from graph_builder.rdf.provenance import article_meta_quads
from graph_builder.rdf.quads import RunInfo
from tests.factories import sample_article

RUN = RunInfo(run_id="test", started="2024-01-01T00:00:00+00:00", version="test")
PAGE = (
    "<html><head><title>Hội thảo giáo dục - Báo Thử</title></head><body><article>"
    "<h1>Hội thảo giáo dục</h1><p>Bộ Giáo dục và Đào tạo tổ chức hội thảo về chương trình "
    "giáo dục phổ thông mới tại Hà Nội, với đại diện các sở trên cả nước.</p>"
    "</article></body></html>"
)
SIDECAR = {
    "url": "https://bao.example.vn/tin/a.html?utm_source=rss",
    "final_url": "https://bao.example.vn/tin/a.html",
    "fetched_at": "2026-12-01T09:30:00+00:00",
    "status": 200,
    "content_type": "text/html; charset=utf-8",
    "title": "Hội thảo giáo dục - Báo Thử",
    "published": "2024-03-05T08:30:00+07:00",
    "author": "Lan Anh",
    "site_name": "Báo Thử",
}

# fmt: off
TITLES = [
    ("Hội thảo X - Báo Thử", "Báo Thử", "Hội thảo X"),
    ("Hội thảo X | BÁO THỬ", "Báo Thử", "Hội thảo X"),
    ("Hội thảo X – Báo Thử", "Báo Thử", "Hội thảo X"),
    ("Hội thảo X - Báo Khác", "Báo Thử", "Hội thảo X - Báo Khác"),
    ("Báo Thử", "Báo Thử", "Báo Thử"),
    ("Hội thảo X", None, "Hội thảo X"),
]
DATES = [
    ("2024-03-05", "2024-03-05"),
    ("2024-03-05T08:30:00+07:00", "2024-03-05T08:30:00+07:00"),
    ("2024-03-05T01:30:00Z", "2024-03-05T01:30:00+00:00"),
    ("2024-03-05T08:30:00", "2024-03-05"),  # no zone: only the day is sure
    ("05/03/2024", None),
    ("", None),
    (None, None),
]
# fmt: on


@pytest.mark.parametrize(("title", "site", "expected"), TITLES)
def test_site_suffix_removed(title: str, site: str | None, expected: str) -> None:
    assert strip_site(title, site) == expected


@pytest.mark.parametrize(("value", "expected"), DATES)
def test_issued(value: str | None, expected: str | None) -> None:
    assert issued(value) == expected


def fetched_page(tmp_path: Path, **changes: object) -> Path:
    page = tmp_path / "bao-example-vn-0123456789abcdef.html"
    page.write_text(PAGE, encoding="utf-8")
    page.with_suffix(".json").write_text(json.dumps({**SIDECAR, **changes}), encoding="utf-8")
    return page


def test_article_takes_the_sidecar(tmp_path: Path) -> None:
    article = read_article(fetched_page(tmp_path))
    assert article.title == "Hội thảo giáo dục"
    assert (article.date, article.issued) == ("2024-03-05", "2024-03-05T08:30:00+07:00")
    assert (article.publisher, article.source) == ("Báo Thử", "https://bao.example.vn/tin/a.html")


def test_without_a_sidecar_nothing_changes(tmp_path: Path) -> None:
    page = fetched_page(tmp_path)
    page.with_suffix(".json").unlink()
    assert page_facts(page) is None
    article = read_article(page)
    assert (article.issued, article.publisher, article.source) == (None, None, None)


def test_a_broken_sidecar_is_an_ingest_error(tmp_path: Path) -> None:
    page = fetched_page(tmp_path)
    page.with_suffix(".json").write_text("[1, 2", encoding="utf-8")
    with pytest.raises(IngestError, match="unreadable sidecar"):
        read_article(page)


def test_meta_graph_says_title_issued_publisher_source(tmp_path: Path) -> None:
    article = read_article(fetched_page(tmp_path))
    quads = list(article_meta_quads(article, mint=Minter("https://w3id.org/policykg/"), run=RUN))
    said = {p: o for _, p, o, _ in quads}
    assert said[DCTERMS.title] == Literal("Hội thảo giáo dục", lang="vi")
    assert said[DCTERMS.issued] == Literal("2024-03-05T08:30:00+07:00", datatype=XSD.dateTime)
    assert said[DCTERMS.publisher] == Literal("Báo Thử")
    assert said[DCTERMS.source] == URIRef("https://bao.example.vn/tin/a.html")


def test_a_day_is_an_xsd_date_and_a_bad_iri_is_text() -> None:
    from dataclasses import replace

    article = replace(sample_article(), issued="2024-03-05", source="https://a.vn/a b")
    quads = list(article_meta_quads(article, mint=Minter("https://w3id.org/policykg/"), run=RUN))
    said = {p: o for _, p, o, _ in quads}
    assert said[DCTERMS.issued] == Literal("2024-03-05", datatype=XSD.date)
    assert said[DCTERMS.source] == Literal("https://a.vn/a b", datatype=XSD.anyURI)
    assert DCTERMS.publisher not in said
