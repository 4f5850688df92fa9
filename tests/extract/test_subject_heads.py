"""A class opened or closed right after the bodies that hold it ("Trung tâm X phối hợp với
Hội Y khai giảng lớp ...") is an event those bodies organise (event_heads.txt: subject)."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import extract_text


def test_a_class_opened_by_the_bodies_before_it_is_their_event(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Ngày 2/10, Trung tâm Giáo dục nghề nghiệp huyện Tân Lập phối hợp với Hội Nông dân "
        "huyện Tân Lập khai giảng lớp trồng nấm năm 2024. Lớp học có 30 học viên.",
    )
    assert [(e.name, e.organisers) for e in ex.events] == [
        (
            "khai giảng lớp trồng nấm năm 2024",
            (
                "Trung tâm Giáo dục nghề nghiệp huyện Tân Lập",
                "Hội Nông dân huyện Tân Lập",
            ),
        )
    ]


def test_a_class_spoken_of_with_no_body_before_it_names_none(plain_nlp: Language) -> None:
    ex = extract_text(plain_nlp, "Học viên mong được khai giảng lớp trồng nấm năm sau.")
    assert ex.events == ()
