"""The body that sends a delegation to visit and give gifts organises the visit, also beside a
day the headline names, which is then only its occasion (extract/event_organisers.py); who
went takes part (extract/event_participants.py)."""

from __future__ import annotations

from spacy.language import Language

from graph_builder.nlp.rules.verb_events import GIFT_VISIT_KIND
from tests.extract.conftest import extract_text


def test_the_body_that_sends_the_delegation_organises_the_visit(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Quận 9 tặng quà người khuyết tật\n\n"
        "Chiều 16/4/2024, UBND Quận 9 tổ chức đoàn đến thăm, tặng quà học sinh khiếm thị "
        "nhân kỷ niệm Ngày Người khuyết tật Việt Nam.",
    )
    visit = next(e for e in ex.events if e.kind == GIFT_VISIT_KIND)
    assert visit.organisers == ("UBND Quận 9",)
    assert [e.kind for e in ex.events] == [GIFT_VISIT_KIND]  # the day is the occasion


def test_the_body_that_hands_a_house_over_organises_the_handover(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Ngày 5/3, Hội Chữ thập đỏ tỉnh Bình Định đã tiến hành bàn giao nhà nhân đạo cho "
        "gia đình bà Lê Thị Hoa. Ngôi nhà trị giá 60 triệu đồng.",
    )
    assert [(e.name, e.organisers) for e in ex.events] == [
        ("bàn giao nhà nhân đạo cho gia đình bà Lê Thị Hoa", ("Hội Chữ thập đỏ tỉnh Bình Định",))
    ]


def test_who_went_to_visit_and_give_gifts_takes_part(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Sáng 3/2, Phó Chủ tịch UBND tỉnh Lê Văn Hùng đã đến thăm, tặng quà các gia đình "
        "chính sách tại xã Tân Phú. Mỗi suất quà trị giá 1 triệu đồng.",
    )
    assert [e.participants for e in ex.events] == [("Lê Văn Hùng",)], ex.events


def test_who_gives_the_gifts_in_a_caption_takes_part_in_the_visit(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Ngày 10/1, Hội Cựu chiến binh tỉnh Bến Tre tổ chức thăm hỏi, tặng quà cho các gia đình "
        "cựu chiến binh nghèo tại xã An Hiệp.\n"
        "Ông Trần Văn Sáu – Phó Chủ tịch Thường trực Hội Cựu chiến binh tỉnh Bến Tre và nhà tài "
        "trợ trao quà cho các hộ nghèo.",
    )
    assert "Trần Văn Sáu" in ex.events[0].participants, ex.events


def test_the_bodies_that_visit_and_give_gifts_organise_the_visit(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Sáng 8/1, Hội Nông dân tỉnh Thái Bình đã đến thăm, tặng quà các gia đình chính sách "
        "tại xã Đông Hòa. Mỗi suất quà trị giá 1 triệu đồng.",
    )
    visit = next(e for e in ex.events if e.kind == GIFT_VISIT_KIND)
    assert visit.organisers == ("Hội Nông dân tỉnh Thái Bình",)


def test_the_body_that_inaugurates_organises_the_inauguration(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Ngày 5/3, Hội Chữ thập đỏ tỉnh Bình Định đã khánh thành điểm trường cho học sinh "
        "vùng cao. Công trình trị giá 600 triệu đồng.",
    )
    assert [(e.name, e.organisers) for e in ex.events] == [
        ("khánh thành điểm trường cho học sinh vùng cao", ("Hội Chữ thập đỏ tỉnh Bình Định",))
    ]


def test_the_body_that_holds_a_meeting_told_by_its_verb_organises_it(
    plain_nlp: Language,
) -> None:
    ex = extract_text(
        plain_nlp,
        "Chiều 1/5, Ban chỉ đạo phòng chống dịch tỉnh Hà Nam tiến hành họp trực tuyến với "
        "các huyện. Chủ trì cuộc họp có ông Lê Văn An.",
    )
    assert [(e.name, e.organisers) for e in ex.events] == [
        ("họp trực tuyến với các huyện", ("Ban chỉ đạo phòng chống dịch tỉnh Hà Nam",))
    ]
