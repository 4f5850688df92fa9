"""Ingest: any reasonable encoding in, clean NFC article text out, or a clear error."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from graph_builder.ingest.article import IngestError
from graph_builder.ingest.reader import article_from_bytes, read_article

SENTENCE = "Bộ Lao động - Thương binh và Xã hội tổ chức Hội nghị triển khai Đề án phát triển."


TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text: str) -> bytes:
    """Windows-1258 writes Vietnamese as base letter + a combining tone mark."""
    out = []
    for char in text:
        parts = unicodedata.normalize("NFD", char)
        tones = "".join(c for c in parts if c in TONE_MARKS)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONE_MARKS))
        out.append(base + tones)
    return "".join(out).encode("cp1258")


def ingest(raw: bytes, name: str = "a.txt") -> str:
    return article_from_bytes(raw, path=Path(name)).text


# fmt: off
ENCODINGS = [
    ("utf-8", SENTENCE.encode("utf-8")),
    ("utf-8-sig", SENTENCE.encode("utf-8-sig")),
    ("utf-16 with BOM", SENTENCE.encode("utf-16")),
    ("utf-16-le no BOM", SENTENCE.encode("utf-16-le")),
    ("windows-1258", to_cp1258(SENTENCE)),
    ("NFD utf-8", unicodedata.normalize("NFD", SENTENCE).encode("utf-8")),
]
# fmt: on


@pytest.mark.parametrize(("name", "raw"), ENCODINGS, ids=[e[0] for e in ENCODINGS])
def test_encodings_decode_to_the_same_nfc_text(name: str, raw: bytes) -> None:
    assert ingest(raw) == SENTENCE


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "empty"),
        (b"   \n\t ", "empty"),
        (b"\x00\x01\x02\x03" * 50, "binary"),
        ("Trang chủ\nChia sẻ\n".encode(), "no article text"),
    ],
)
def test_bad_input_names_the_file_and_reason(raw: bytes, reason: str) -> None:
    with pytest.raises(IngestError, match=f"a.txt: .*{reason}"):
        ingest(raw)


def test_missing_file_is_an_ingest_error(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="cannot read"):
        read_article(tmp_path / "gone.txt")


def test_page_chrome_and_related_news_are_removed() -> None:
    page = "\n".join(
        [
            "Skip to main content",
            "MỚI NHẤT",
            "Tiêu đề bài báo về công tác xã hội ở địa phương",
            "14/11/2023 10:26",
            SENTENCE,
            SENTENCE,
            SENTENCE,
            "Chia sẻ",
            "Tác Giả",
            "-",
            "Tỉnh khác khai mạc tuần văn hóa du lịch",
            "13-12-2024 09:34 35",
            "Tin khác về đào tạo nghề",
            "25-12-2024 06:53 12",
        ]
    )
    article = article_from_bytes(page.encode(), path=Path("p.txt"))
    assert "Skip to main content" not in article.text
    assert "Chia sẻ" not in article.text
    assert "Tỉnh khác" not in article.text and "13-12-2024" not in article.text
    assert article.text.endswith("Tác Giả")
    assert article.date == "2023-11-14"
    assert article.title == "Tiêu đề bài báo về công tác xã hội ở địa phương"


def test_html_main_text_metadata_and_broken_markup() -> None:
    para = f"<p>{SENTENCE} {SENTENCE}</p>"
    html = (
        "<html><head><title>Tiêu đề</title>"
        '<meta property="article:published_time" content="2023-03-24"></head><body>'
        f"<nav>Trang chủ | Tin tức</nav><article><h1>Tiêu đề</h1>{para}{para}"
        "<div><p>unclosed <b>bold</article><footer>Bản quyền</footer>"
    ).encode()
    article = article_from_bytes(html, path=Path("x.html"))
    assert SENTENCE in article.text
    assert "Trang chủ" not in article.text
    assert article.date == "2023-03-24"


def test_sha256_is_of_raw_bytes_and_id_is_the_stem() -> None:
    a = article_from_bytes(SENTENCE.encode(), path=Path("dir/abc_123.txt"))
    b = article_from_bytes(SENTENCE.encode("utf-16"), path=Path("dir/abc_123.txt"))
    assert a.id == "abc_123"
    assert a.text == b.text and a.sha256 != b.sha256


@given(st.text(min_size=1, max_size=300))
def test_any_text_is_either_ingested_as_nfc_or_refused_cleanly(text: str) -> None:
    try:
        result = ingest(text.encode("utf-8"))
    except IngestError as e:
        assert "a.txt" in str(e)
        return
    assert unicodedata.is_normalized("NFC", result)
    assert result == result.strip()


def test_huge_files_are_refused_with_the_limit_named(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:  # 50 MB of repeated sentences
        line = (SENTENCE + "\n").encode()
        handle.write(line * (50 * 1024 * 1024 // len(line)))
    with pytest.raises(IngestError, match=r"big\.txt: .*over the .*-byte limit"):
        read_article(big)
    long_text = (SENTENCE + "\n") * 20_000  # 1.6 MB: readable, but not one article
    with pytest.raises(IngestError, match="character limit"):
        ingest(long_text.encode())


def test_huge_broken_html_is_read_or_refused_by_name() -> None:
    body = f"<p>{SENTENCE} {SENTENCE}</p>" * 50
    unclosed = "<html><body>" + "<div><p>" * 500 + body
    assert SENTENCE in article_from_bytes(unclosed.encode(), path=Path("deep.html")).text
    pathological = "<html><body>" + "<div><p>" * 20_000 + body
    with pytest.raises(IngestError, match=r"huge\.html: "):
        article_from_bytes(pathological.encode(), path=Path("huge.html"))


# An older page in Latin-1 writes the letters Latin-1 lacks as character references:
# "Hãy" is the byte 0xE3 for "ã", which Windows-1258 would read as "ă".
LATIN1_BODY = "<p>H&#7897;i ngh&#7883; k&#234;u g&#7885;i: Hãy chung tay v&#236; tr&#7867; em.</p>"
LATIN1_TEXT = "Hội nghị kêu gọi: Hãy chung tay vì trẻ em."


def test_a_page_in_the_charset_its_meta_tag_declares() -> None:
    head = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
    raw = (head + "</head><body>" + LATIN1_BODY + "</body></html>").encode("latin-1")
    assert ingest(raw, "page.html") == LATIN1_TEXT


def test_a_page_in_the_charset_its_http_header_declared(tmp_path: Path) -> None:
    page = tmp_path / "site-0123456789abcdef.html"
    page.write_bytes(("<html><body>" + LATIN1_BODY + "</body></html>").encode("latin-1"))
    sidecar = {"url": "http://a.vn/x", "final_url": "http://a.vn/x", "fetched_at": "2026-01-01"}
    sidecar |= {"status": 200, "content_type": "text/html; charset=ISO-8859-1"}
    page.with_suffix(".json").write_text(json.dumps(sidecar), encoding="utf-8")
    assert read_article(page).text == LATIN1_TEXT


def test_utf8_bytes_win_over_a_wrong_declaration() -> None:
    head = '<html><head><meta charset="windows-1252"></head><body><p>'
    raw = (head + SENTENCE + "</p></body></html>").encode("utf-8")
    assert ingest(raw, "page.html") == SENTENCE


def test_a_legal_texts_title_in_capitals_and_its_written_dateline() -> None:
    title = "QUYẾT ĐỊNH VỀ VIỆC BAN HÀNH KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH " + "TRỢ GIÚP " * 14
    raw = f"{title.strip()}\nBình Định, ngày 29 tháng 5 năm 2018\nCăn cứ Luật ngày 19/6/2015;"
    article = article_from_bytes(raw.encode(), path=Path("qd.txt"))
    assert (article.title, article.date) == (title.strip(), "2018-05-29")
