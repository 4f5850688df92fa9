"""The title ingest guesses for a text file: its headline, never the lines that stand at the
top of a page or a legal text but name nothing (data/not_titles.txt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph_builder.ingest.reader import read_article

LEGAL_PORTAL = """Số hiệu: 25/2024/QĐ-UBND Loại văn bản: Quyết định
Nơi ban hành: Tỉnh Phú Thọ Người ký: Nguyễn Văn A

ỦY BAN NHÂN DÂN
TỈNH PHÚ THỌ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

QUY ĐỊNH MỨC HỖ TRỢ ĐÀO TẠO NGHỀ CHO LAO ĐỘNG NÔNG THÔN

Ủy ban nhân dân tỉnh quyết định ban hành mức hỗ trợ.
"""
CREDITS = """Tin: Trần Văn B Ảnh: Lê Thị C
* Mọi ý kiến đóng góp xin gửi về hộp thư của tòa soạn nhé bạn đọc
Sáng 2/3, Hội Nông dân huyện khai giảng lớp dạy nghề cho 35 hội viên.
"""


def title(tmp_path: Path, text: str) -> str | None:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return read_article(path).title


def test_a_legal_texts_fields_letterhead_and_motto_are_no_title(tmp_path: Path) -> None:
    expected = "QUY ĐỊNH MỨC HỖ TRỢ ĐÀO TẠO NGHỀ CHO LAO ĐỘNG NÔNG THÔN"
    assert title(tmp_path, LEGAL_PORTAL) == expected


def test_credits_and_list_items_are_no_title(tmp_path: Path) -> None:
    assert title(tmp_path, CREDITS) is None  # the lead is a sentence: the article has none


@pytest.mark.parametrize(
    "headline",
    [
        "Gia Lai: Phấn đấu 98% trẻ em có hoàn cảnh đặc biệt được trợ giúp",  # place: headline
        "Hội thảo khoa học: “Chính sách an sinh xã hội”",
        "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ BAN HÀNH KẾ HOẠCH, GIAO CHỈ TIÊU GIẢM NGHÈO",
    ],
)
def test_headlines_stay_titles(tmp_path: Path, headline: str) -> None:
    assert title(tmp_path, f"{headline}\n\nSáng 2/3, hội nghị đã diễn ra.\n") == headline
