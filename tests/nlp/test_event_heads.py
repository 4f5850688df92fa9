"""Event names: heads of ceremonies and camps, a classifier before a head in lower case, a
quoted title after one, and two events joined by "và"."""

from __future__ import annotations

import pytest

from graph_builder.nlp.lexicon import Lexicon
from graph_builder.nlp.rules.events import find_events
from tests.factories import event_names as names

# fmt: off
HEADS = [
    ("Sáng 5/6, tại quảng trường diễn ra Lễ hưởng ứng Ngày Môi trường thế giới do Sở Tài "
     "nguyên tổ chức.", "Lễ hưởng ứng Ngày Môi trường thế giới"),
    ("Hôm qua, một sự kiện khởi động chương trình nhằm hỗ trợ nông dân đã diễn ra.",
     "sự kiện khởi động chương trình"),
    ("Học sinh của huyện tham gia Trại hè Tuổi trẻ sáng tạo năm 2024.",
     "Trại hè Tuổi trẻ sáng tạo năm 2024"),
    ("Buổi trao học bổng của Hội Khuyến học huyện tại Nhà văn hóa xã An Bình",
     "Buổi trao học bổng của Hội Khuyến học huyện"),
]
# fmt: on


@pytest.mark.parametrize(("text", "name"), HEADS)
def test_a_ceremony_or_a_camp_is_named_by_its_head(text: str, name: str, lex: Lexicon) -> None:
    assert names(text, lex)[0] == name


def test_a_camp_in_lower_case_without_a_verb_is_no_event(lex: Lexicon) -> None:
    assert names("Năm nay, trại hè có sự tham gia của 200 em.", lex) == []


def test_a_classifier_may_stand_between_tai_and_a_head_in_lower_case(lex: Lexicon) -> None:
    text = "Bà Lê Thị Hoa phát biểu tại buổi tọa đàm về chăm sóc trẻ mồ côi."
    assert names(text, lex) == ["tọa đàm về chăm sóc trẻ mồ côi"]
    assert names("Các buổi tọa đàm về chăm sóc trẻ được duy trì.", lex) == []


def test_a_quoted_title_after_a_head_in_lower_case_names_one_event(lex: Lexicon) -> None:
    text = "Tỉnh mở chiến dịch truyền thông “Nói không với rác thải nhựa”, thu hút nhiều người."
    assert names(text, lex) == ["chiến dịch truyền thông “Nói không với rác thải nhựa”"]


def test_a_programme_with_a_quoted_title_still_needs_to_chuc(lex: Lexicon) -> None:
    """ "chương trình “...”" is often a policy carried out; held only after "tổ chức"."""
    assert names("Xã thực hiện chương trình “Nước sạch cho em” từ năm 2020.", lex) == []


def test_a_name_ends_before_va_and_another_events_head(lex: Lexicon) -> None:
    text = (
        "Huyện tổ chức Lễ phát động Tháng hành động vì trẻ em năm 2024 và Diễn đàn trẻ em "
        "huyện lần thứ nhất."
    )
    assert names(text, lex) == [
        "Lễ phát động Tháng hành động vì trẻ em năm 2024",
        "Tháng hành động vì trẻ em năm 2024",
        "Diễn đàn trẻ em huyện lần thứ nhất",
    ]


def test_a_name_joined_by_va_to_more_words_runs_on(lex: Lexicon) -> None:
    text = "Sở tổ chức Hội thảo về đào tạo và việc làm cho thanh niên."
    assert names(text, lex) == ["Hội thảo về đào tạo và việc làm"]


def test_a_mention_inside_another_events_name_is_marked_inner(lex: Lexicon) -> None:
    text = "Xã tổ chức Lễ phát động Tháng hành động vì trẻ em của xã năm nay."
    found = find_events(text, lex)
    assert [(e.kind, e.inner) for e in found] == [
        ("Lễ phát động", False),
        ("Tháng hành động", True),
    ]


def test_a_post_after_a_head_in_lower_case_opens_the_speakers_name(lex: Lexicon) -> None:
    text = "Phát biểu tại hội nghị Phó Chủ tịch UBND huyện Trần Văn Bình nhấn mạnh vai trò."
    assert [e.text for e in find_events(text, lex)] == ["hội nghị"]
    text = "Sở tổ chức Hội nghị Giám đốc các trung tâm y tế năm 2024."
    assert names(text, lex) == ["Hội nghị Giám đốc các trung tâm y tế năm 2024"]


def test_a_meeting_a_leader_chaired_names_one_event(lex: Lexicon) -> None:
    """ "đã chủ trì phiên họp ...": the chaired meeting was held; a meeting merely planned
    ("sẽ có phiên họp") or a chair's post ("chủ trì" nowhere before it) names none."""
    text = "Chiều 3/4, Thứ trưởng Lê Văn Hòa đã chủ trì phiên họp về phòng chống đuối nước."
    assert names(text, lex) == ["phiên họp về phòng chống đuối nước"]
    assert names("Tuần tới, tổ công tác sẽ có phiên họp về dự thảo.", lex) == []


# fmt: off
OPENINGS = [
    ("Sáng 12/9, Trung tâm Y tế huyện tổ chức khai trương phòng khám dinh dưỡng cho trẻ em.",
     ["khai trương phòng khám dinh dưỡng"]),
    ("Hôm qua, Hội Nông dân xã tổ chức ra mắt câu lạc bộ nông dân trồng lúa sạch.",
     ["ra mắt câu lạc bộ nông dân trồng lúa sạch"]),
    ("Siêu thị mới dự kiến khai trương vào cuối năm nay.", []),
    ("Ra mắt câu lạc bộ dưỡng sinh ở xã Tân Hòa", []),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), OPENINGS)
def test_an_opening_or_a_launch_held_names_one_event(
    text: str, expected: list[str], lex: Lexicon
) -> None:
    """ "tổ chức khai trương ...", "tổ chức ra mắt ...": held; a shop that will open and a
    headline "Ra mắt ..." tell of no event held."""
    assert names(text, lex) == expected


def test_a_few_classes_held_name_one_training_a_tally_does_not(lex: Lexicon) -> None:
    """ "đã tổ chức 02 lớp tập huấn ...": classes held, one event; "319 lớp" counted over
    years is a result, not an event held."""
    text = "Từ ngày 3/6 đến ngày 5/6, Sở Y tế đã tổ chức 02 lớp tập huấn về sơ cứu ban đầu."
    assert names(text, lex) == ["lớp tập huấn về sơ cứu ban đầu"]
    assert names("Sau 10 năm, ngành đã tổ chức 319 lớp tập huấn về sơ cứu.", lex) == []


def test_a_plaque_ceremony_is_named_by_its_head_a_plural_is_not(lex: Lexicon) -> None:
    """ "nghi lễ gắn biển công trình ...": the ceremony that marks a finished building."""
    text = "Lãnh đạo huyện và nhà tài trợ thực hiện nghi lễ gắn biển công trình nhà đa năng."
    assert names(text, lex) == ["nghi lễ gắn biển công trình nhà đa năng"]
    assert names("Các lễ gắn biển công trình sẽ diễn ra trong tháng tới.", lex) == []


# fmt: off
REFERS = [
    # a fair or contest named with a year, a capital or a quote keeps its name
    ("Sáng nay, Ngày hội tuyển sinh 2025 thu hút hàng nghìn học sinh.",
     ["Ngày hội tuyển sinh 2025"]),
    ("Huyện đoàn tổ chức cuộc thi “Em yêu biển đảo” cho thiếu nhi.",
     ["cuộc thi “Em yêu biển đảo”"]),
    # "tổ chức chương trình “Ngày hội ...”": the fair names the event, to its closing quote
    ("Trường tổ chức chương trình “Ngày hội việc làm 2024” thu hút 60 doanh nghiệp.",
     ["Ngày hội việc làm 2024"]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), REFERS)
def test_a_fair_or_contest_named_keeps_its_name(
    text: str, expected: list[str], lex: Lexicon
) -> None:
    assert names(text, lex) == expected


def test_a_fair_or_contest_followed_by_its_predicate_is_the_head_alone(lex: Lexicon) -> None:
    """ "Hội giảng trở thành nơi ...": what follows the head is what the sentence says of
    the event, not its name."""
    text = "Theo Sở, Hội giảng trở thành nơi các nhà giáo chia sẻ kinh nghiệm."
    found = find_events(text, lex)
    assert [(e.text, e.bare) for e in found] == [("Hội giảng", True)]


def test_a_fair_in_lower_case_needs_a_verb_or_tai_before_it(lex: Lexicon) -> None:
    assert [e.text for e in find_events("Tại ngày hội, các bạn được tư vấn.", lex)] == ["ngày hội"]
    assert find_events("Nhiều ngày hội văn hóa được duy trì ở các bản.", lex) == []


def test_a_demonstrative_after_a_head_closes_the_name(lex: Lexicon) -> None:
    """ "tham gia diễn đàn này với tư cách ...": "this forum" is the one named before; what
    follows is what the sentence says of it. "Hội nghị trên địa bàn ..." is not one."""
    text = "Phát biểu tại diễn đàn này trong vai trò những đại biểu nhỏ tuổi, em Lan cho biết."
    found = [(e.text, e.bare) for e in find_events(text, lex)]
    assert found == [("diễn đàn này", True)]
    text = "Sở tổ chức hội nghị trên địa bàn huyện về đào tạo nghề."
    assert names(text, lex) == ["hội nghị trên địa bàn huyện về đào tạo nghề"]


def test_a_peak_month_held_is_a_campaign(lex: Lexicon) -> None:
    """ "tổ chức tháng cao điểm tuyên truyền ...": weeks of work, held like an action month;
    "trong tháng cao điểm" alone, with no verb before it, names none."""
    text = "Hội Nông dân phối hợp tổ chức tháng cao điểm tuyên truyền về bảo hiểm y tế."
    assert [(e.text, e.kind) for e in find_events(text, lex)] == [
        ("tháng cao điểm tuyên truyền về bảo hiểm y tế", "Tháng cao điểm")
    ]
    assert find_events("Các xã lập kế hoạch cho tháng cao điểm năm nay.", lex) == []


# fmt: off
GAMES_AND_WEEKS = [
    ("Sáng 3/5, tại sân vận động huyện đã diễn ra Hội thao “Vì sức khỏe cộng đồng” lần "
     "thứ II năm 2024.", "Hội thao “Vì sức khỏe cộng đồng” lần thứ II năm 2024"),
    ("Sở Y tế triển khai Tuần lễ Dinh dưỡng và Phát triển năm 2024 tại 20 xã.",
     "Tuần lễ Dinh dưỡng và Phát triển năm 2024"),
]
# fmt: on


@pytest.mark.parametrize(("text", "name"), GAMES_AND_WEEKS)
def test_sports_games_and_weeks_of_work_are_events(text: str, name: str, lex: Lexicon) -> None:
    assert names(text, lex) == [name]


def test_a_comma_inside_a_straight_quoted_title_does_not_end_the_name(lex: Lexicon) -> None:
    text = 'Năm nay, cuộc thi "Đọc sách, kể chuyện về quê hương" thu hút 500 học sinh.'
    assert names(text, lex) == ['cuộc thi "Đọc sách, kể chuyện về quê hương"']


def test_buoi_le_alone_is_a_reference_and_buoi_le_with_a_head_is_named(lex: Lexicon) -> None:
    found = find_events("Tại buổi lễ, ông Lê Văn Bình phát biểu. Tham dự buổi lễ có 50 em.", lex)
    assert [(e.text, e.bare) for e in found] == [("buổi lễ", True), ("buổi lễ", True)]
    found = find_events("Tham dự buổi lễ bế giảng lớp may có 30 học viên.", lex)
    assert [e.text for e in found] == ["lễ bế giảng lớp may"]


def test_a_programme_joined_to_a_named_event_held_is_held_too(lex: Lexicon) -> None:
    text = (
        "Sáng 2/6, Hội Khuyến học tỉnh tổ chức Hội nghị Biểu dương gia đình hiếu học lần thứ "
        "III và Chương trình Thắp sáng ước mơ năm 2024."
    )
    assert "Chương trình Thắp sáng ước mơ năm 2024" in names(text, lex)
    reviewed = (
        "Sở tổ chức Hội nghị sơ kết Chương trình Nước sạch nông thôn và Chương trình Giảm "
        "nghèo bền vững của tỉnh."
    )
    assert not [n for n in names(reviewed, lex) if n.startswith("Chương trình")]


def test_a_week_in_straight_quotes_ends_at_its_closing_quote(lex: Lexicon) -> None:
    text = 'Sở Y tế triển khai "Tuần lễ Dinh dưỡng" năm 2024 tại 20 xã.'
    assert names(text, lex) == ["Tuần lễ Dinh dưỡng"]


def test_a_week_followed_by_a_verb_is_the_week_referred_to(lex: Lexicon) -> None:
    text = "Tuần lễ Dinh dưỡng năm 2024\nMục tiêu của Tuần lễ nâng cao hiểu biết của các bà mẹ."
    assert [(e.text, e.bare) for e in find_events(text, lex)] == [
        ("Tuần lễ Dinh dưỡng năm 2024", False),
        ("Tuần lễ", True),
    ]


def test_many_bodies_of_a_kind_holding_an_activity_name_no_one_event(lex: Lexicon) -> None:
    text = "Các phòng giáo dục và đào tạo tổ chức tập huấn kỹ năng sơ cứu cho giáo viên."
    assert names(text, lex) == []
    one = "Phòng Giáo dục và Đào tạo huyện tổ chức tập huấn kỹ năng sơ cứu cho giáo viên."
    assert names(one, lex) == ["tập huấn kỹ năng sơ cứu"]
