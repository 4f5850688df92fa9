"""Where an event took place, read from the gazetteer: not from a name that is also a
person's ("ông Đặng Thanh Xuân"), which says where only in context."""

from __future__ import annotations

import pytest
from spacy.language import Language

from graph_builder.extract.event_places import first_place
from graph_builder.nlp.lexicon import Lexicon
from tests.extract.conftest import extract_text

# fmt: off
CASES = [
    ("Phát biểu tại buổi lễ, ông Đặng Thanh Xuân biểu dương các hội viên.", None),
    ("Buổi lễ diễn ra ở Cần Giờ với 200 đại biểu.", "Cần Giờ"),
    ("Hội nghị tổ chức tại tỉnh Long An.", "Long An"),
    ("Sở Y tế hai tỉnh Sơn La và tỉnh Lào Cai phối hợp tổ chức.", "Sơn La"),  # text order
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_first_place_skips_names_that_are_also_people(
    text: str, expected: str | None, lex: Lexicon
) -> None:
    assert first_place(text, lex) == expected


# fmt: off
LATER_EVENTS = [
    "Lễ phát động Tháng hành động vì người cao tuổi\n"
    "Ngay sau Lễ phát động Tháng hành động vì người cao tuổi, Hội Người cao tuổi tỉnh tổ "
    "chức hội thảo chuyên đề về chăm sóc sức khỏe tại thành phố Vinh.",
    "Lễ phát động Tháng hành động vì người cao tuổi\n"
    "Sau Lễ phát động Tháng hành động vì người cao tuổi, các đại biểu dự hội nghị tập huấn "
    "tại huyện Nam Đàn.",
]
# fmt: on


@pytest.mark.parametrize("text", LATER_EVENTS)
def test_the_place_of_a_later_event_in_the_sentence_is_not_the_first_ones(
    text: str, plain_nlp: Language
) -> None:
    """ "Ngay sau Lễ X, ... tổ chức hội thảo Y tại Z": Z is where Y was held, not X."""
    ex = extract_text(plain_nlp, text)
    launch = next(e for e in ex.events if e.kind == "Lễ phát động")
    assert launch.location is None, launch


# fmt: off
SAID_WHERE = [
    ("Sáng 9/3, tại khách sạn Sao Mai, TP Đà Nẵng, Sở Tư pháp tổ chức Hội nghị tập huấn "
     "về hòa giải ở cơ sở.", "TP Đà Nẵng"),
    ("Hà Nội – Sáng 9/3, Bộ Tư pháp tổ chức Hội nghị tập huấn về hòa giải ở cơ sở.", "Hà Nội"),
    ("Sáng 9/3, Hội Nông dân tổ chức Hội nghị tập huấn về hòa giải ở cơ sở với nhiều đại biểu "
     "trong và ngoài tỉnh Bình Thuận.", None),
    ("Sáng 9/3, tỉnh Bình Thuận tổ chức Hội nghị tập huấn về hòa giải ở cơ sở.", None),
    ("Hội nghị tập huấn về hòa giải ở cơ sở có bà Lê Thị Hoa, Phó Chủ tịch tỉnh Bình Thuận "
     "tham dự.", None),
    ("Hội nghị tập huấn về hòa giải ở cơ sở đã nghe các báo cáo về: mô hình hòa giải tại "
     "Trường Cao đẳng Y tế Bình Thuận; kinh nghiệm của các xã.", None),  # topics, not where
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), SAID_WHERE)
def test_an_event_is_placed_only_where_the_text_says_it_was(
    text: str, expected: str | None, plain_nlp: Language
) -> None:
    """After "tại" (its clause and the next) or in a dateline; not a participant's, an
    organising province's or a guest's place."""
    ex = extract_text(plain_nlp, text)
    event = next(e for e in ex.events if e.kind == "Hội nghị")
    assert event.location == expected, event


# fmt: off
AT_COMMITTEE = [
    ("Sáng 2/6, tại Hội trường UBND xã Yên Lạc, Hội Nông dân huyện tổ chức Hội nghị tập huấn "
     "về trồng lúa.", "xã Yên Lạc"),
    ("Hội Nông dân huyện tổ chức Hội nghị tập huấn về trồng lúa tại UBND thị trấn Mỹ Lộc "
     "đã thu hút 80 hội viên.", "thị trấn Mỹ Lộc"),
    ("Hội Nông dân huyện tổ chức Hội nghị tập huấn về trồng lúa tại UBND tỉnh.", None),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), AT_COMMITTEE)
def test_an_event_at_a_communes_committee_is_held_in_that_commune(
    text: str, expected: str | None, plain_nlp: Language
) -> None:
    ex = extract_text(plain_nlp, text)
    event = next(e for e in ex.events if e.kind == "Hội nghị")
    assert event.location == expected, event


def test_a_district_heading_an_item_is_no_dateline_of_the_event(plain_nlp: Language) -> None:
    """A district's portal heads its items with the district ("Yên Phong: ..."), the column
    of its news; a province or a city in a dateline says where ("Bắc Ninh – Sáng ...")."""
    heading = "Yên Phong: Hội nghị tổng kết công tác dân số năm 2024\nHội nghị đánh giá kết quả."
    dateline = "Bắc Ninh – Sáng 3/4, Hội nghị tổng kết công tác dân số năm 2024 được tổ chức."
    assert [e.location for e in extract_text(plain_nlp, heading).events] == [None]
    assert [e.location for e in extract_text(plain_nlp, dateline).events] == ["Bắc Ninh"]


def test_the_campaign_a_launch_names_takes_no_place_from_the_launch(plain_nlp: Language) -> None:
    """ "tại X, ... tổ chức Lễ phát động Tháng hành động Y": the launch was held at X."""
    ex = extract_text(
        plain_nlp,
        "Ngày 1/6, tại Bắc Ninh, Sở Y tế tổ chức Lễ phát động Tháng hành động vì an toàn thực "
        "phẩm năm 2024 với chủ đề “Bữa ăn an toàn”.",
    )
    launch = next(e for e in ex.events if e.kind == "Lễ phát động")
    month = next(e for e in ex.events if e.kind == "Tháng hành động")
    assert launch.location == "Bắc Ninh"
    assert month.location is None, month


def test_a_gift_given_is_placed_where_its_words_say_it_went(plain_nlp: Language) -> None:
    """The delegation comes from the city ("tại TP Cần Thơ"); the gifts go to the commune."""
    ex = extract_text(
        plain_nlp,
        "Sáng 2/2/2024, đoàn cán bộ Sở Y tế tại TP Cần Thơ đã đến trao tặng quà cho các gia "
        "đình chính sách trên địa bàn xã Thới Hưng (huyện Cờ Đỏ).",
    )
    [event] = ex.events
    assert event.location == "xã Thới Hưng"


def test_a_working_visit_is_not_placed_by_the_body_it_visits(plain_nlp: Language) -> None:
    """ "làm việc với UBND tỉnh Hưng Yên" names a body; the place in it is the body's."""
    ex = extract_text(
        plain_nlp,
        "Sáng 5/3/2024, Thứ trưởng Bộ Y tế đã làm việc với UBND tỉnh Hưng Yên về y tế cơ sở.",
    )
    [event] = ex.events
    assert event.location is None


def test_a_campaign_is_held_at_no_one_place(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Sáng 30/5, tại huyện Gia Lâm, thành phố Hà Nội, Sở Lao động - Thương binh và Xã hội "
        "phát động Tháng hành động vì trẻ em năm 2024 với chủ đề “Vì một môi trường an toàn”. "
        "Ngày 2/6, Sở Y tế tổ chức Hội nghị tập huấn về dinh dưỡng tại huyện Gia Lâm.",
    )
    places = {e.kind: e.location for e in ex.events}
    assert places["Tháng hành động"] is None
    assert places["Hội nghị"] is not None and "Gia Lâm" in places["Hội nghị"]
