"""Keys, atomic writes and sidecar metadata of fetched pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph_builder.fetch.meta import page_metadata
from graph_builder.fetch.sidecar import PageDir, Sidecar, normalise_url, read_sidecar, url_key
from tests.fetch.site import article

# fmt: off
SAME_PAGE = [
    ("https://Bao.Example.VN/tin/a.html", "https://bao.example.vn/tin/a.html"),
    ("https://bao.example.vn:443/tin/a.html#top", "https://bao.example.vn/tin/a.html"),
    ("https://bao.example.vn/tin/a.html?utm_source=rss&id=3", "https://bao.example.vn/tin/a.html?id=3"),
    ("http://bao.example.vn", "http://bao.example.vn/"),
]
# fmt: on


@pytest.mark.parametrize(("given", "normal"), SAME_PAGE)
def test_one_key_per_page(given: str, normal: str) -> None:
    assert normalise_url(given) == normal
    assert url_key(given) == url_key(normal)


@pytest.mark.parametrize("url", ["http://a.vn:xyz/", "http://[::1/", "not a url", ""])
def test_a_broken_url_still_has_a_key(url: str) -> None:
    assert url_key(url).startswith("page-") or url_key(url).startswith("a-vn-")


def test_key_is_readable_and_distinct() -> None:
    key = url_key("https://www.baochinhphu.vn/tin/a.html")
    assert key.startswith("baochinhphu-vn-") and len(key) == len("baochinhphu-vn-") + 16
    assert key != url_key("https://www.baochinhphu.vn/tin/b.html")
    assert url_key("http://bao.example.vn:8080/a") != url_key("http://bao.example.vn/a")


def sidecar(**changes: object) -> Sidecar:
    fields: dict[str, object] = {
        "url": "https://a.vn/x", "final_url": "https://a.vn/y", "via": None,
        "fetched_at": "2026-12-01T09:00:00+00:00", "status": 200,
        "content_type": "text/html", "title": "Tiêu đề", "published": None,
        "author": None, "site_name": "Báo A",
    }  # fmt: skip
    fields.update(changes)
    return Sidecar(**fields)  # type: ignore[arg-type]


def test_pair_written_whole_and_read_back(tmp_path: Path) -> None:
    pages = PageDir(tmp_path / "raw")
    assert not pages.has("k")
    path = pages.write("k", html=b"<html>x</html>", sidecar=sidecar())
    assert path == tmp_path / "raw" / "k.html"
    assert pages.has("k")
    assert read_sidecar(tmp_path / "raw" / "k.json") == sidecar()
    assert sorted(p.name for p in (tmp_path / "raw").iterdir()) == ["k.html", "k.json"]


def test_a_failed_write_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pages = PageDir(tmp_path)

    def broken(self: Path, target: Path) -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "replace", broken)
    with pytest.raises(OSError, match="No space"):
        pages.write("k", html=b"<html>x</html>", sidecar=sidecar())
    assert list(tmp_path.iterdir()) == []


def test_sidecar_reader_ignores_unknown_fields(tmp_path: Path) -> None:
    path = tmp_path / "k.json"
    path.write_bytes(sidecar().to_json().replace(b'"url"', b'"later": 1, "url"', 1))
    assert read_sidecar(path) == sidecar()


def test_metadata_from_the_page() -> None:
    meta = page_metadata(
        article("Hội thảo giáo dục"), url="https://a.vn/x", content_type="text/html"
    )
    assert meta == {
        "title": "Hội thảo giáo dục",
        "published": "2024-03-05T08:30:00+07:00",
        "author": "Lan Anh",
        "site_name": "Báo Thử",
    }


def test_metadata_from_meta_tags_and_declared_charset() -> None:
    page = (
        "<html><head><title>Đơn vi\u0323 - Báo B</title>"
        '<meta name="author" content="Minh"></head><body><p>Đơn</p></body></html>'
    ).encode("cp1258")
    meta = page_metadata(page, url="https://b.vn/x", content_type="text/html; charset=windows-1258")
    assert meta["title"] is not None and meta["title"].startswith("Đơn vi\u0323")
    assert meta["author"] == "Minh"


def test_metadata_of_a_page_without_any() -> None:
    meta = page_metadata(b"<html><body></body></html>", url="https://b.vn/x", content_type="")
    assert meta == dict.fromkeys(("title", "published", "author", "site_name"))
