"""Bodies named for something else take no part (extract/named_for.py): the body written
right after a post is a guest's post, also where the post was not read as the person's;
the issuer of a document cited there. A representative brings the body it speaks for."""

from __future__ import annotations

from spacy.language import Language

from graph_builder.extract.model import Event
from tests.extract.conftest import extract_text

LEAD = "Sáng 12/3, Sở Nông nghiệp tỉnh tổ chức Hội nghị tổng kết công tác khuyến nông năm 2023."


def conference(nlp: Language, guests: str) -> Event:
    ex = extract_text(nlp, f"{LEAD} {guests}")
    return next(e for e in ex.events if e.kind == "Hội nghị")


def test_the_bodies_of_posts_written_after_a_guests_name_take_no_part(
    plain_nlp: Language,
) -> None:
    event = conference(
        plain_nlp,
        "Tham dự hội nghị có các đồng chí: Nguyễn Văn Hòa, Bí thư Huyện ủy; đồng chí Lê Văn "
        "Tùng; Ủy viên Ban Thường vụ, Phó Chủ tịch HĐND huyện; lãnh đạo các phòng ban.",
    )
    assert {"Nguyễn Văn Hòa", "Lê Văn Tùng"} <= set(event.participants)
    assert not {"Ban Thường vụ", "HĐND huyện"} & set(event.participants)


def test_a_body_after_a_post_cut_off_by_a_dash_takes_no_part(plain_nlp: Language) -> None:
    event = conference(
        plain_nlp,
        "Dự hội nghị có bà Trần Thị Lan –, Phó Chủ tịch UBND huyện; đại diện Hội Nông dân huyện.",
    )
    assert "Trần Thị Lan" in event.participants
    assert "UBND huyện" not in event.participants
    assert "Hội Nông dân huyện" in event.participants


def test_a_representative_brings_the_body_it_speaks_for(plain_nlp: Language) -> None:
    event = conference(
        plain_nlp,
        "Tham dự hội nghị có Đại diện Hội Nông dân tỉnh và đại diện Trung tâm Khuyến nông tỉnh.",
    )
    assert {"Hội Nông dân tỉnh", "Trung tâm Khuyến nông tỉnh"} <= set(event.participants)


def test_the_issuer_of_a_document_adopted_there_takes_no_part(plain_nlp: Language) -> None:
    event = conference(
        plain_nlp,
        "Tại Hội nghị, các đại biểu đã thông qua Quyết định số 125/QĐ-UBND ngày 10/3/2024 của "
        "UBND tỉnh về kế hoạch khuyến nông và đại diện Hội Nông dân tỉnh phát biểu.",
    )
    assert "UBND tỉnh" not in event.participants
    assert "Hội Nông dân tỉnh" in event.participants


def test_a_body_after_of_with_no_document_before_takes_part(plain_nlp: Language) -> None:
    event = conference(plain_nlp, "Hội nghị có sự tham dự của UBND tỉnh và Hội Nông dân tỉnh.")
    assert {"UBND tỉnh", "Hội Nông dân tỉnh"} <= set(event.participants)
