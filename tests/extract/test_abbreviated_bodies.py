"""A body written in full and by its abbreviation is one organisation."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("Sở Lao động - Thương binh và Xã hội tỉnh Khánh Hòa", "Sở LĐ-TB-XH tỉnh Khánh Hòa"),
        ("Hội Người cao tuổi tỉnh Ninh Bình", "Hội NCT tỉnh Ninh Bình"),
        ("Ủy ban Mặt trận Tổ quốc tỉnh Lào Cai", "Ủy ban MTTQ tỉnh Lào Cai"),
        ("Hội Chữ thập đỏ tỉnh Phú Yên", "Hội CTĐ tỉnh Phú Yên"),
    ],
)
def test_full_and_abbreviated_names_are_one_body(
    plain_nlp: Language, full: str, short: str
) -> None:
    text = f"{full} tổ chức hội nghị. Đại diện {short} phát biểu tại hội nghị."
    orgs = extract_text(plain_nlp, text).organisations
    assert len(orgs) == 1 and set(orgs[0].aliases) | {orgs[0].name} == {full, short}


def test_a_short_name_in_brackets_is_the_bodys_alias(plain_nlp: Language) -> None:
    text = (
        "Trung tâm Phát triển Quỹ đất (Trung tâm PTQĐ) tổ chức hội nghị. Trung tâm PTQĐ "
        "cũng trao 30 suất quà cho học sinh."
    )
    orgs = extract_text(plain_nlp, text).organisations
    assert [(o.name, o.aliases) for o in orgs] == [
        ("Trung tâm Phát triển Quỹ đất", ("Trung tâm PTQĐ",))
    ]


def test_a_parent_in_brackets_stays_a_body_of_its_own(plain_nlp: Language) -> None:
    text = "Trường Đại học Y Dược (Đại học Huế) khai giảng năm học mới."
    orgs = extract_text(plain_nlp, text).organisations
    assert sorted(o.name for o in orgs) == ["Trường Đại học Y Dược", "Đại học Huế"]


def test_a_hall_is_no_body(plain_nlp: Language) -> None:
    text = "Lễ khai giảng diễn ra tại Hội trường Hội Nông dân tỉnh."
    assert [o.name for o in extract_text(plain_nlp, text).organisations] == ["Hội Nông dân tỉnh"]


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("Hội Người cao tuổi Việt Nam", "Hội NCT Việt Nam"),  # the full name a gazetteer's
        ("Trung tâm Hỗ trợ Thanh niên Khởi nghiệp huyện", "Trung tâm HTTNKN huyện"),
    ],
)
def test_words_written_as_their_initials_name_the_same_body(
    plain_nlp: Language, full: str, short: str
) -> None:
    text = f"{full} tổ chức hội nghị.\nNăm 2020, {short} được thành lập."
    orgs = extract_text(plain_nlp, text).organisations
    assert [(o.name, o.aliases) for o in orgs] == [(full, (short,))]
