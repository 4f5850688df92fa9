"""A hamlet written right after a person's name is that person's address, not a place of
the story; a hamlet named otherwise stays (invented sentences)."""

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
