"""A body written right after a post is a guest's post, not a guest of its own, also where
the post was not read as the person's (extract/event_participants.py); a representative
brings the body it speaks for."""

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
