"""Days observed each year: an event only in an article about the day itself."""

from __future__ import annotations

import pytest

from graph_builder.nlp.lexicon import Lexicon
from graph_builder.nlp.rules.events import find_events


def names(text: str, lex: Lexicon) -> list[str]:
    return [e.text for e in find_events(text, lex)]


def test_a_day_the_headline_names_is_the_articles_event(lex: Lexicon) -> None:
    text = (
        "Hưởng ứng Ngày Thế giới phòng chống bệnh lao\n"
        "Năm 1982, Tổ chức Y tế Thế giới lấy ngày 24/3 hằng năm là Ngày Thế giới phòng chống "
        "bệnh lao. Đây là dịp để cộng đồng chung tay đẩy lùi bệnh."
    )
    assert names(text, lex) == ["Ngày Thế giới phòng chống bệnh lao"]


def test_a_quoted_day_ends_at_its_closing_quote(lex: Lexicon) -> None:
    text = (
        "Cả nước có “Ngày Gia đình Việt Nam”\n"
        "Các địa phương tổ chức “Ngày Gia đình Việt Nam” bảo đảm thiết thực, tiết kiệm."
    )
    assert set(names(text, lex)) == {"Ngày Gia đình Việt Nam"}  # headline and body


def test_a_day_the_headline_does_not_name_is_background(lex: Lexicon) -> None:
    text = (
        "Hội Cựu chiến binh huyện sơ kết sáu tháng\n"
        "Từ năm 2000, ngày 6/12 hằng năm được chọn là Ngày Truyền thống Hội Cựu chiến binh."
    )
    assert names(text, lex) == []


def test_a_day_beside_a_ceremony_is_the_occasion_it_is_held_for(lex: Lexicon) -> None:
    text = (
        "Ngày Sách và Văn hóa đọc Việt Nam\n"
        "Sáng 21/4, Thư viện tỉnh tổ chức Lễ khai mạc hội sách. Ngày Sách và Văn hóa đọc "
        "Việt Nam là dịp tôn vinh người đọc."
    )
    assert names(text, lex) == ["Lễ khai mạc hội sách"]


# fmt: off
NOT_A_DAY = [
    "Ngày 25/3, Sở Lao động tổ chức gặp mặt\nNgày 25/3, Sở Lao động tổ chức gặp mặt.",
    "Ngày Thứ Hai đầu tuần\nNgày Thứ Hai đầu tuần, trường đón học sinh.",
    "Kỷ niệm Ngày Nhà giáo Việt Nam\nNhân Ngày Nhà giáo Việt Nam, trường thăm thầy cô.",
    "Quyết định về Ngày Pháp luật\nChính phủ ban hành Quyết định về Ngày Pháp luật nước ta.",
]
# fmt: on


@pytest.mark.parametrize("text", NOT_A_DAY)
def test_a_date_or_the_day_another_act_marks_is_no_event(text: str, lex: Lexicon) -> None:
    assert names(text, lex) == []


def test_a_day_found_before_is_found_again_in_lower_case_with_its_year(lex: Lexicon) -> None:
    text = (
        "Chung tay vì trẻ em khuyết tật\n"
        "Ngày 10/5 hằng năm là Ngày Trẻ em khuyết tật Việt Nam. Ngày trẻ em khuyết tật Việt "
        "Nam năm 2025 có chủ đề “Cùng hành động”. Ngày trẻ em của thế giới thì khác."
    )
    assert names(text, lex) == [
        "Ngày Trẻ em khuyết tật Việt Nam",
        "Ngày trẻ em khuyết tật Việt Nam năm 2025",
    ]
