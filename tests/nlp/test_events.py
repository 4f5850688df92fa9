"""Event names: a celebration named by "kỷ niệm", and what only lists kinds of work."""

from __future__ import annotations

import pytest

from graph_builder.nlp.lexicon import Lexicon
from graph_builder.nlp.rules.events import find_events
from tests.factories import event_names as names


def test_a_celebration_held_is_named_by_ky_niem(lex: Lexicon) -> None:
    text = "Sáng 26/4, Hội Người cao tuổi tỉnh tổ chức kỷ niệm 30 năm Ngày thành lập Hội."
    assert names(text, lex) == ["kỷ niệm 30 năm Ngày thành lập Hội"]


def test_ky_niem_without_a_verb_of_holding_is_no_event(lex: Lexicon) -> None:
    """A headline "Kỷ niệm ..." or "những kỷ niệm đẹp" names nothing held."""
    assert names("Kỷ niệm Ngày Gia đình Việt Nam", lex) == []
    assert names("Bà chia sẻ những kỷ niệm đẹp về Hội.", lex) == []


def test_kinds_of_work_listed_after_nhu_are_no_events(lex: Lexicon) -> None:
    text = "Sở phối hợp các hoạt động như: tổ chức Kỷ niệm Ngày Công tác xã hội Việt Nam."
    assert names(text, lex) == []
    text = "Xã tuyên truyền bằng các hình thức như tổ chức hội nghị, tập huấn, phát tờ rơi."
    assert find_events(text, lex) == []


# fmt: off
CEREMONIES = [
    ("Sáng 5/6, Trường Cao đẳng nghề tỉnh tổ chức lễ bế giảng khóa đào tạo nghề may.",
     "lễ bế giảng khóa đào tạo nghề may"),
    ("Học viện đã long trọng tổ chức Lễ tốt nghiệp khóa 12 cho 300 sinh viên.",
     "Lễ tốt nghiệp khóa 12"),
    ("Chiều 18/12, Hội Chữ thập đỏ huyện tổ chức lễ tổng kết chương trình hiến máu năm 2024.",
     "lễ tổng kết chương trình hiến máu năm 2024"),
    ("Xã tổ chức lễ ra quân đợt cao điểm vệ sinh môi trường.",
     "lễ ra quân đợt cao điểm vệ sinh môi trường"),
]
# fmt: on


@pytest.mark.parametrize(("text", "name"), CEREMONIES)
def test_a_ceremony_named_by_what_it_marks(text: str, name: str, lex: Lexicon) -> None:
    """Closings, graduations, reviews, launches of work: ceremonies, written in any case."""
    assert names(text, lex) == [name]


def test_a_head_inside_a_title_in_capitals_is_a_word_of_that_title(lex: Lexicon) -> None:
    title = "HỘI NGHỊ GIỚI THIỆU CHƯƠNG TRÌNH TẬP HUẤN KỸ NĂNG SỐNG CHO HỌC SINH"
    assert names(title + "\nNội dung.", lex) == [title]


def test_a_campaign_named_inside_a_ceremony_is_still_found(lex: Lexicon) -> None:
    text = "Sáng 1/6, tỉnh tổ chức Lễ phát động Tháng hành động vì trẻ em năm 2025."
    assert names(text, lex) == [
        "Lễ phát động Tháng hành động vì trẻ em năm 2025",
        "Tháng hành động vì trẻ em năm 2025",
    ]


def test_a_time_of_day_ends_a_name_and_a_dimension_does_not(lex: Lexicon) -> None:
    assert names("UBND xã tổ chức Hội nghị về giảm nghèo đa chiều cho hộ dân.", lex) == [
        "Hội nghị về giảm nghèo đa chiều"
    ]
    assert names("Hội thảo về giảm nghèo chiều 5/7 thu hút đông đảo đại biểu.", lex) == [
        "Hội thảo về giảm nghèo"
    ]


def test_a_stop_word_inside_a_quoted_title_does_not_end_the_name(lex: Lexicon) -> None:
    text = "Sở tổ chức Hội thảo tham vấn “Tài liệu hướng dẫn cho cán bộ xã, phường” năm 2024."
    assert names(text, lex) == [
        "Hội thảo tham vấn “Tài liệu hướng dẫn cho cán bộ xã, phường” năm 2024"
    ]


def test_a_head_with_a_demonstrative_refers_back(lex: Lexicon) -> None:
    text = "Sở tổ chức Hội thảo về an sinh xã hội. Tại Hội thảo nói trên, các chuyên gia phát biểu."
    assert names(text, lex) == ["Hội thảo về an sinh xã hội"]


def test_a_congress_whose_resolution_is_cited_is_no_event_held(lex: Lexicon) -> None:
    text = "Huyện thực hiện Nghị quyết Đại hội XII của Đảng và văn kiện Hội nghị Trung ương."
    assert names(text, lex) == []


# fmt: off
THEMES = [
    # named already (a year, a capitalised word): the theme is what it is about
    ("Sở tổ chức Hội nghị tổng kết năm 2024 với chủ đề “Đoàn kết, đổi mới”.",
     "Hội nghị tổng kết năm 2024"),
    ("Xã tổ chức Tháng hành động Vì người cao tuổi với chủ đề Chăm lo sức khỏe.",
     "Tháng hành động Vì người cao tuổi"),
    # generic words: the theme names it
    ("Trường tổ chức Hội thảo khoa học quốc tế với chủ đề “Công tác xã hội với trẻ em”.",
     "Hội thảo khoa học quốc tế với chủ đề “Công tác xã hội với trẻ em”"),
]
# fmt: on


@pytest.mark.parametrize(("text", "name"), THEMES)
def test_a_theme_names_an_event_only_after_generic_words(
    text: str, name: str, lex: Lexicon
) -> None:
    assert names(text, lex) == [name]


# fmt: off
HELD_BY_VERB = [
    ("Ngày 3/9, Hội Nông dân xã phối hợp với UBND xã tổ chức bế giảng lớp dạy nghề may "
     "cho 30 học viên.", "bế giảng lớp dạy nghề may"),
    ("Trung tâm đã tổ chức bế giảng khóa học tin học văn phòng.",
     "bế giảng khóa học tin học văn phòng"),
    ("Sáng 2/4, Đoàn Thanh niên phối hợp tổ chức ra quân tuyên truyền, vận động người dân "
     "tham gia bảo hiểm y tế.", "ra quân tuyên truyền"),
    ("Công an huyện tổ chức ra quân trấn áp tội phạm dịp cuối năm.",
     "ra quân trấn áp tội phạm dịp cuối năm"),
    ("Sáng 6/8, Hội Liên hiệp Phụ nữ huyện phối hợp với Trung tâm Giáo dục nghề nghiệp tổ "
     "chức khai giảng lớp dạy nghề đan lát cho 25 học viên.", "khai giảng lớp dạy nghề đan lát"),
]
# fmt: on


@pytest.mark.parametrize(("text", "name"), HELD_BY_VERB)
def test_a_ceremony_held_is_named_by_its_bare_verb(text: str, name: str, lex: Lexicon) -> None:
    """ "tổ chức bế giảng lớp ...", "tổ chức ra quân ...": the ceremony without "lễ"."""
    assert names(text, lex) == [name]


def test_a_headline_of_the_bare_verb_names_nothing_held(lex: Lexicon) -> None:
    assert names("Ra quân tuyên truyền chính sách bảo hiểm xã hội tự nguyện", lex) == []
    assert names("Các học viên được cấp chứng chỉ sau khi bế giảng.", lex) == []
    assert names("Năm học mới sẽ khai giảng vào đầu tháng 9 tại các trường.", lex) == []


def test_a_speech_that_opened_an_event_is_not_part_of_its_name(lex: Lexicon) -> None:
    """ "khai mạc hội thảo với bài phát biểu ...": how it was opened; the head alone refers
    back to the event the article named, while "với chủ đề “...”" still names one."""
    text = (
        "Sáng 4/3, Viện tổ chức hội thảo “Phụ nữ trong khởi nghiệp”. Bà Lan đã khai mạc "
        "hội thảo với bài phát biểu về vai trò của phụ nữ. Ông Minh khai mạc tọa đàm với lời "
        "chào mừng các đại biểu."
    )
    assert names(text, lex) == ["hội thảo “Phụ nữ trong khởi nghiệp”"]


# fmt: off
PROGRAMMES_HELD = [
    ("Sáng 11/12, Bảo hiểm xã hội tỉnh tổ chức chương trình “Tặng quà cho học sinh nghèo "
     "vượt khó”.", ["chương trình “Tặng quà cho học sinh nghèo vượt khó”"]),
    ("Hội Chữ thập đỏ huyện tổ chức Chương trình Tết nhân ái năm 2025 tại nhà văn hóa xã.",
     ["Chương trình Tết nhân ái năm 2025"]),
    ("UBND phường tổ chức chương trình họp mặt kỷ niệm ngày truyền thống Người cao tuổi.",
     ["họp mặt kỷ niệm ngày truyền thống Người cao tuổi"]),
    ("Tỉnh thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững.", []),
    ("Nội dung này được quy định tại Chương trình hành động của Chính phủ.", []),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), PROGRAMMES_HELD)
def test_a_programme_held_is_an_event_and_one_carried_out_is_not(
    text: str, expected: list[str], lex: Lexicon
) -> None:
    """ "tổ chức chương trình ...": held, an event; otherwise a policy's name."""
    assert names(text, lex) == expected


# fmt: off
JOINED_HEADLINES = [
    ("Tập huấn, giao ban công tác trẻ em năm 2023 khu vực phía Nam\nHội nghị nhằm ...",
     "Tập huấn, giao ban công tác trẻ em năm 2023 khu vực phía Nam"),
    ("Hội thảo, tọa đàm về chăm sóc người cao tuổi.\nSáng 3/4, ...",
     "Hội thảo, tọa đàm về chăm sóc người cao tuổi"),
]
# fmt: on


@pytest.mark.parametrize(("text", "name"), JOINED_HEADLINES)
def test_a_headline_joining_the_head_to_more_work_names_the_event(
    text: str, name: str, lex: Lexicon
) -> None:
    """ "Tập huấn, giao ban ...": the whole headline, not a bare "Tập huấn"."""
    assert names(text, lex)[:1] == [name]


def test_a_head_then_a_comma_inside_a_sentence_stays_bare(lex: Lexicon) -> None:
    """Only a headline: "... dự Hội nghị, các đại biểu ..." refers back."""
    assert names("Sau đó, tại Hội nghị, các đại biểu đã thảo luận.", lex) == []
    assert names("Hội nghị, Sở Y tế và UBND huyện cùng thống nhất.\n", lex) == []


# fmt: off
OPENED = [
    ("Tại tọa đàm, TS Nguyễn Thị Lan cho biết Bộ đã rà soát các quy định.", "Tọa đàm"),
    ("Bộ đã rà soát các quy định. Tại buổi hội thảo, ông Lê Văn An đề nghị làm rõ quy trình.",
     "Hội thảo"),
]
# fmt: on


@pytest.mark.parametrize(("text", "kind"), OPENED)
def test_an_opening_at_an_event_names_it_when_nothing_else_does(
    text: str, kind: str, lex: Lexicon
) -> None:
    """ "Tại tọa đàm, ...": the report's one event, by its head word (bare)."""
    assert [(e.kind, e.bare) for e in find_events(text, lex)] == [(kind, True)]


def test_an_opening_beside_a_named_event_only_refers_back_to_it(lex: Lexicon) -> None:
    """ "Tại hội nghị, ..." adds a bare mention that joins the event of its kind (so who
    speaks there takes part) and opens no event of its own (extract/events.py)."""
    text = "Sở tổ chức Hội nghị tổng kết năm 2024. Tại hội nghị, ông Lê Văn An phát biểu."
    found = find_events(text, lex)
    assert [(e.kind, e.bare, e.back) for e in found] == [
        ("Hội nghị", False, False),
        ("Hội nghị", True, True),
    ]
    assert find_events("Tại hội nghị các đại biểu đã thảo luận.", lex) == []


def test_a_general_assembly_is_a_body_not_a_congress(lex: Lexicon) -> None:
    text = "Năm 2015, Đại hội đồng Liên Hợp Quốc thông qua 17 mục tiêu phát triển bền vững."
    assert names(text, lex) == []
    assert names("Sáng 5/6, Đại hội Hội Cựu chiến binh tỉnh lần thứ V khai mạc.", lex) == [
        "Đại hội Hội Cựu chiến binh tỉnh lần thứ V"
    ]


def test_meetings_counted_by_a_classifier_after_a_plural_are_no_one_event(lex: Lexicon) -> None:
    assert names("Nhìn lại các kỳ Đại hội của Hội Nông dân Việt Nam", lex) == []
    assert names("Tỉnh đã tổ chức nhiều cuộc Hội thảo về bình đẳng giới.", lex) == []
    assert names("Tỉnh tổ chức Hội thảo về bình đẳng giới năm 2024.", lex) == [
        "Hội thảo về bình đẳng giới năm 2024"
    ]


def test_a_ceremony_named_by_another_meetings_head_alone_is_part_of_it(lex: Lexicon) -> None:
    text = (
        "Đại hội Hội Nông dân tỉnh lần thứ X khai mạc sáng nay. Các đại biểu dự Lễ khai mạc "
        "Đại hội. Chiều 5/6 diễn ra Lễ bế mạc Hội nghị này."
    )
    found = find_events(text, lex)
    assert [e.kind for e in found] == ["Đại hội", "Đại hội", "Hội nghị"]
    assert [e.bare for e in found] == [False, True, True]
    assert names("Tỉnh tổ chức Lễ khai mạc Tuần Văn hóa du lịch năm 2024.", lex) == [
        "Lễ khai mạc Tuần Văn hóa du lịch năm 2024"
    ]


def test_a_meeting_given_a_gift_is_named_by_its_head_word_alone(lex: Lexicon) -> None:
    text = "Chủ tịch tỉnh tặng Hội nghị bức tranh thêu và chúc Hội nghị đạt nhiều kết quả."
    found = find_events(text, lex)
    assert [(e.text, e.bare) for e in found] == [("Hội nghị", True), ("Hội nghị", True)]


def test_a_plural_after_a_meetings_head_word_opens_the_next_clause(lex: Lexicon) -> None:
    text = "Sáng nay, tại hội nghị các đại biểu đã góp ý. Trường tổ chức lễ trao các học bổng."
    found = find_events(text, lex)
    assert [(e.text, e.bare) for e in found] == [
        ("hội nghị", True),
        ("lễ trao các học bổng", False),
    ]


def test_an_activity_opening_a_sentence_of_tasks_is_no_training(lex: Lexicon) -> None:
    text = "Kế hoạch hỗ trợ sinh kế tại cộng đồng. Tập huấn kỹ năng, nâng cao năng lực cán bộ xã."
    assert find_events(text, lex) == []
    held = "Hội tổ chức tốt các lớp học. Tập huấn kỹ năng số năm 2024 diễn ra tại Huế."
    assert names(held, lex) == ["Tập huấn kỹ năng số năm 2024"]


def test_a_name_ends_before_chi_la_and_a_closing_quote(lex: Lexicon) -> None:
    text = 'Ông nhắc lại lời dặn "thành công của Hội nghị". Hội thảo chỉ là bước đầu.'
    assert [(e.text, e.bare) for e in find_events(text, lex)] == [
        ("Hội nghị", True),
        ("Hội thảo", True),
    ]


def test_a_head_followed_by_a_verb_or_a_judgement_refers_back(lex: Lexicon) -> None:
    """ "Tham dự Hội thảo có: ...", "Đây là Hội thảo khoa học quan trọng nhằm ...": the
    workshop named before, not two more events."""
    text = (
        "Trường đã tổ chức Hội thảo khoa học “Phát triển dịch vụ công tác xã hội”. Tham dự "
        "Hội thảo có: ông A, bà B. Đây là Hội thảo khoa học quan trọng nhằm trao đổi kinh nghiệm."
    )
    found = [e.text for e in find_events(text, lex)]
    assert found[0] == "Hội thảo khoa học “Phát triển dịch vụ công tác xã hội”"
    assert not any(("có" in name or "quan trọng" in name) for name in found), found
