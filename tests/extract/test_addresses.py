"""A hamlet written right after a person's name is that person's address, and a street
address's district is part of it: not places of the story (invented sentences)."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import extract_text


def places(nlp: Language, text: str) -> list[str]:
    return [p.name for p in extract_text(nlp, text).places]


def test_a_beneficiarys_hamlet_is_no_place(plain_nlp: Language) -> None:
    text = (
        "Đoàn đã trao nhà cho hộ bà Lê Thị Hoa, thôn Đông Hòa và hộ ông Trần Văn Tư, "
        "thôn Phú Lộc, xã Tân Phước."
    )
    assert places(plain_nlp, text) == ["xã Tân Phước"]


def test_a_hamlet_where_something_is_held_stays(plain_nlp: Language) -> None:
    text = "Lớp tập huấn mở tại thôn Đông Hòa, xã Tân Phước."
    assert places(plain_nlp, text) == ["thôn Đông Hòa", "xã Tân Phước"]


def test_a_street_addresss_district_is_no_place(plain_nlp: Language) -> None:
    text = (
        "Bài dự thi gửi về Ban tổ chức; địa chỉ: 15 Hàng Bài, quận Hoàn Kiếm, Hà Nội.\n"
        "Lễ trao giải diễn ra tại huyện Gia Lâm."
    )
    assert places(plain_nlp, text) == ["Hà Nội", "huyện Gia Lâm"]
