"""Who carried out an inspection told by its verb organised it, and a place in its verb
phrase is named as a place (extract/event_organisers.py, extract/extractor.py)."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import extract_text


def test_the_body_before_the_verb_organises_the_survey(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Ngày 10/4, Sở Tài nguyên và Môi trường tỉnh Bình Định đã tiến hành khảo sát công "
        "tác quản lý đất đai tại huyện Phù Cát. Đoàn làm việc với các xã.",
    )
    assert [(e.kind, e.organisers) for e in ex.events] == [
        ("Khảo sát", ("Sở Tài nguyên và Môi trường tỉnh Bình Định",))
    ]


def test_a_place_in_the_inspections_phrase_is_a_place(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Ngày 10/4, Chủ tịch UBND tỉnh Nghệ An đã kiểm tra tiến độ xây nhà tại huyện Kỳ Sơn. "
        "Ông đề nghị huyện đẩy nhanh tiến độ.",
    )
    assert [e.kind for e in ex.events] == ["Kiểm tra"]
    assert any("Kỳ Sơn" in p.name for p in ex.places)
