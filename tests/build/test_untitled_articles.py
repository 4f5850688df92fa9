"""An article stored without its headline is named by its opening words, on pages and in
the dumps, instead of by its id ("800_9c73915d51ca8f0b")."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph_builder.build.builder import build
from graph_builder.config import BuildConfig
from graph_builder.rdf.provenance import article_opening
from graph_builder.store.generations import GenerationStore
from tests.conftest import endpoint_app

LEAD = (
    "Sáng 12/5, tại thành phố Huế, Sở Lao động - Thương binh và Xã hội tỉnh Thừa Thiên Huế "
    "tổ chức Hội nghị tập huấn công tác xã hội cho cán bộ cấp xã.\n"
    "Phát biểu tại hội nghị, đại diện Sở nhấn mạnh vai trò của nhân viên công tác xã hội."
)
TITLED = (
    "Trao học bổng cho học sinh nghèo\n\n"
    "Ngày 3/6, Hội Khuyến học tỉnh Phú Yên trao 50 suất học bổng."
)
OPENING = "Sáng 12/5, tại thành phố Huế, Sở Lao động - Thương binh và Xã…"


def test_the_opening_is_the_first_words_clipped() -> None:
    assert article_opening(LEAD) == OPENING
    assert article_opening("\n\nNgắn gọn thôi.") == "Ngắn gọn thôi."
    assert article_opening("  \n ") is None


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("untitled")
    raw = folder / "raw"
    raw.mkdir()
    (raw / "lead_only.txt").write_text(LEAD, encoding="utf-8")
    (raw / "titled.txt").write_text(TITLED, encoding="utf-8")
    report = build([raw], BuildConfig(store_path=folder / "store", use_pyvi=False))
    assert not report.failed
    return folder / "store"


def test_pages_name_an_untitled_article_by_its_opening(store: Path) -> None:
    client = endpoint_app(store).test_client()
    html = {"Accept": "text/html"}
    home = client.get("/", headers=html).get_data(as_text=True)
    assert OPENING in home and "Trao học bổng cho học sinh nghèo" in home
    assert ">lead_only<" not in home
    page = client.get("/id/article/lead_only", headers=html).get_data(as_text=True)
    assert f"<h1>{OPENING}" in page


def test_only_the_untitled_article_gets_a_label(store: Path) -> None:
    rows = GenerationStore(store).select(
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        "PREFIX pkg: <https://w3id.org/policykg/ontology#> "
        "SELECT ?id ?l WHERE { ?a pkg:articleId ?id OPTIONAL { ?a rdfs:label ?l } }"
    )
    assert {row["id"]: row.get("l") for row in rows} == {"lead_only": OPENING, "titled": None}
