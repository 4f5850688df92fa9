"""Events named without a head word: a working visit, a signing or a handover done, a
session by its number, a communication drive held; and names that keep the comma of a
fixed phrase."""

from __future__ import annotations

import pytest

from graph_builder.nlp.lexicon import Lexicon
from graph_builder.nlp.rules.events import find_events
from tests.factories import event_names as names


def test_a_working_visit_done_is_named_by_its_verb(lex: Lexicon) -> None:
    text = (
        "Sáng 3/3, Bộ trưởng Bộ Y tế Đào Hồng Lan đã làm việc với UBND tỉnh Cà Mau về công "
        "tác y tế cơ sở. Bộ trưởng đề nghị tỉnh quan tâm đến y tế dự phòng."
    )
    assert names(text, lex) == ["làm việc với UBND tỉnh Cà Mau về công tác y tế cơ sở"]


# fmt: off
NO_VISIT = [
    "Lãnh đạo tỉnh đến thăm, làm việc với Trung tâm Bảo trợ xã hội tỉnh.",
    "Chính phủ Anh mong muốn có cơ hội làm việc với các bộ của Việt Nam.",
    "Lãnh đạo thành phố đang làm việc với các sở về kế hoạch năm sau.",
]
# fmt: on


@pytest.mark.parametrize("text", NO_VISIT)
def test_a_visit_wished_or_under_way_is_no_event(text: str, lex: Lexicon) -> None:
    assert find_events(text, lex) == []


def test_a_visit_beside_a_named_meeting_adds_no_event(lex: Lexicon) -> None:
    text = (
        "Sáng 3/3, Sở Y tế tổ chức Hội nghị tổng kết năm 2024. Trước đó, đoàn công tác đã "
        "làm việc với bệnh viện huyện."
    )
    assert names(text, lex) == ["Hội nghị tổng kết năm 2024"]


def test_a_session_in_lower_case_is_named_by_its_number(lex: Lexicon) -> None:
    text = "Trong phiên họp thứ 12, sáng 5/6, Ủy ban đã cho ý kiến về dự án luật."
    assert names(text, lex) == ["phiên họp thứ 12"]
    assert names("Các phiên họp của Ủy ban được truyền hình trực tiếp.", lex) == []


def test_a_communication_drive_is_an_event_only_when_held(lex: Lexicon) -> None:
    text = "Hội Nông dân huyện đã tổ chức đợt truyền thông về an toàn thực phẩm cho hội viên."
    assert names(text, lex) == ["đợt truyền thông về an toàn thực phẩm"]
    assert names("Đợt truyền thông này giúp người dân hiểu rõ hơn.", lex) == []


def test_a_name_keeps_the_comma_of_a_fixed_phrase(lex: Lexicon) -> None:
    text = "Sở Tư pháp tổ chức Hội thảo phòng, chống bạo lực gia đình, thu hút 100 người."
    assert names(text, lex) == ["Hội thảo phòng, chống bạo lực gia đình"]


def test_a_name_keeps_the_comma_of_paired_works(lex: Lexicon) -> None:
    text = "UBND xã tổ chức hội nghị tiếp xúc, đối thoại với hộ nghèo, cận nghèo năm 2024."
    assert names(text, lex) == ["hội nghị tiếp xúc, đối thoại với hộ nghèo, cận nghèo năm 2024"]


def test_a_name_cut_before_a_stop_word_drops_a_dangling_va(lex: Lexicon) -> None:
    text = "Hội tổ chức tập huấn kiến thức chăm sóc trẻ em và đánh giá xã phù hợp với trẻ em."
    assert names(text, lex) == ["tập huấn kiến thức chăm sóc trẻ em"]


def test_a_signing_done_is_named_by_its_verb(lex: Lexicon) -> None:
    text = (
        "Ngày 8/6, UBND tỉnh Bình Thuận và Tổ chức Lao động Quốc tế chính thức ký kết dự án "
        "“Việc làm bền vững cho thanh niên”. Dự án kéo dài ba năm."
    )
    assert names(text, lex) == ["ký kết dự án “Việc làm bền vững cho thanh niên”"]


def test_a_signing_with_no_object_names_nothing(lex: Lexicon) -> None:
    text = "Tỉnh thực hiện các công ước quốc tế mà Việt Nam đã ký kết có liên quan đến trẻ em."
    assert find_events(text, lex) == []


def test_an_award_given_is_named_by_its_verb(lex: Lexicon) -> None:
    text = (
        "Hội Khuyến học tỉnh Lạng Sơn vừa trao 120 suất học bổng cho học sinh nghèo vượt khó, "
        "mỗi suất 2 triệu đồng. Năm trước, mỗi huyện có 10 học sinh được trao học bổng."
    )
    assert names(text, lex) == ["trao 120 suất học bổng cho học sinh nghèo vượt khó"]


def test_gifts_given_and_an_award_only_received_or_planned(lex: Lexicon) -> None:
    gifts = "Đoàn công tác đã trao tặng 50 phần quà cho các gia đình chính sách."
    assert names(gifts, lex) == ["trao tặng 50 phần quà cho các gia đình chính sách"]
    for text in (
        "Mỗi huyện có 10 học sinh được trao học bổng.",
        "Quỹ sẽ trao học bổng vào tháng 9.",
    ):
        assert names(text, lex) == [], text


# fmt: off
DELEGATIONS = [
    ("Đoàn công tác Hội Nông dân TP Cần Thơ thăm, làm việc tại Hậu Giang\n"
     "Trong 2 ngày 3 và 4-5, đoàn đến thăm các mô hình kinh tế. Trong chương trình, đoàn "
     "tặng quà cho hộ nghèo.",
     ["Đoàn công tác Hội Nông dân TP Cần Thơ thăm, làm việc tại Hậu Giang"]),
    ("Đoàn công tác của Bộ Y tế làm việc với tỉnh Sóc Trăng\nĐoàn kiểm tra các điểm tiêm.",
     ["Đoàn công tác của Bộ Y tế làm việc với tỉnh Sóc Trăng"]),
    # a delegation in running text, or a headline that is no visit
    ("Hôm qua, đoàn công tác Hội Nông dân tỉnh thăm, làm việc tại huyện Long Mỹ.", []),
    ("Đoàn công tác Sở Y tế kiểm tra an toàn thực phẩm\nĐoàn đến 5 bếp ăn tập thể.", []),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), DELEGATIONS)
def test_a_headline_of_a_delegations_visit_names_the_event(
    text: str, expected: list[str], lex: Lexicon
) -> None:
    """ "Đoàn công tác X thăm, làm việc tại Y" as the headline is the visit the article
    reports (a bare "Trong chương trình, ..." after it is part of it, no event of its own)."""
    assert names(text, lex) == expected


# fmt: off
GIFT_VISITS = [
    ("Chiều 20/1, đoàn cán bộ Sở Y tế đã đến thăm, chúc Tết và tặng quà cho các bệnh nhân "
     "nghèo đang điều trị tại bệnh viện huyện.",
     "đến thăm, chúc Tết và tặng quà cho các bệnh nhân nghèo đang điều trị"),
    ("Nhân dịp Tết Nguyên đán, UBND phường tổ chức thăm, tặng quà cho các hộ cận nghèo; "
     "Hội Phụ nữ phường cùng tham gia.", "thăm, tặng quà cho các hộ cận nghèo"),
    ("Sáng 25/7, Huyện ủy tổ chức 03 đoàn đến thăm hỏi và trao quà cho 45 gia đình thương "
     "binh, liệt sĩ.", "đến thăm hỏi và trao quà cho 45 gia đình thương binh"),
    ("Đoàn cũng đã đến trao tặng quà cho các cụ cao tuổi neo đơn ở thôn Đông.",
     "trao tặng quà cho các cụ cao tuổi neo đơn"),
]
# fmt: on


@pytest.mark.parametrize(("text", "name"), GIFT_VISITS)
def test_a_visit_to_give_gifts_done_is_named_by_its_verbs(
    text: str, name: str, lex: Lexicon
) -> None:
    assert names(text, lex) == [name]


def test_a_headline_of_a_gift_visit_names_it_to_the_line_end(lex: Lexicon) -> None:
    text = (
        "Phó Chủ tịch tỉnh thăm và tặng quà người có công huyện Tiên Du\n"
        "Ngày 25/7, Phó Chủ tịch UBND tỉnh thăm tặng quà các gia đình người có công. Đoàn "
        "đã đến thăm và tặng quà 12 gia đình tại xã Việt Đoàn."
    )
    assert names(text, lex) == ["thăm và tặng quà người có công huyện Tiên Du"]


# fmt: off
NO_GIFT_VISIT = [
    "Ngoài ra, câu lạc bộ còn tổ chức thăm, tặng quà các hội viên có hoàn cảnh khó khăn.",
    "Dịp Tết tới, Hội sẽ tổ chức thăm, tặng quà cho các hộ nghèo trong xã.",
    "Xã đã thăm, tặng quà.",
]
# fmt: on


@pytest.mark.parametrize("text", NO_GIFT_VISIT)
def test_gifts_given_as_a_habit_or_a_plan_are_no_event(text: str, lex: Lexicon) -> None:
    assert names(text, lex) == []


def test_a_handover_done_is_named_by_its_verb(lex: Lexicon) -> None:
    text = (
        "Ngày 5/3, Hội Chữ thập đỏ xã Tân An đã tiến hành nghiệm thu và bàn giao 03 nhà "
        "nhân đạo cho hộ nghèo tại thôn 2. Mỗi ngôi nhà trị giá 60 triệu đồng."
    )
    assert names(text, lex) == ["nghiệm thu và bàn giao 03 nhà nhân đạo cho hộ nghèo"]
    assert names("Công trình sẽ bàn giao cho xã quản lý vào cuối năm.", lex) == []
