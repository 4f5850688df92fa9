"""Event heads held in a frame the sentence opens with or a quote after the verb: "tổ chức
“Kỷ niệm ...”", "Dự khai giảng lớp học có ...", "Tại buổi tọa đàm "..." (straight quotes)."""

from __future__ import annotations

from graph_builder.nlp.lexicon import Lexicon
from graph_builder.nlp.rules.events import find_events
from tests.factories import event_names as names


def test_a_celebration_quoted_after_to_chuc_is_held(lex: Lexicon) -> None:
    text = "Chiều 25/3, Trung tâm Y tế huyện tổ chức “Kỷ niệm Ngày Sức khỏe thế giới 7/4”."
    assert names(text, lex) == ["Kỷ niệm Ngày Sức khỏe thế giới 7/4"]


def test_a_guest_list_opening_with_du_names_the_event(lex: Lexicon) -> None:
    text = "Dự khai giảng lớp nghề may có đại diện Hội Phụ nữ huyện và 25 học viên."
    assert names(text, lex) == ["khai giảng lớp nghề may"]


def test_a_title_in_straight_quotes_names_a_round_table(lex: Lexicon) -> None:
    text = 'Tại buổi tọa đàm "Thanh niên với kinh tế số", ông Lê Văn An cho biết như vậy.'
    assert names(text, lex) == ['tọa đàm "Thanh niên với kinh tế số"']


def test_straight_quotes_after_ky_niem_name_nothing_held(lex: Lexicon) -> None:
    text = 'Thông qua hoạt động kỷ niệm "Ngày Gia đình Việt Nam", xã tuyên truyền về gia đình.'
    assert names(text, lex) == []


def test_a_day_held_after_to_chuc_is_an_event_beside_others(lex: Lexicon) -> None:
    text = (
        'Sở Văn hóa tổ chức "Ngày Thơ Việt Nam" lần thứ 5 năm 2024. '
        "Trong dịp này còn có Cuộc thi Ngâm thơ năm 2024."
    )
    assert names(text, lex)[0].startswith("Ngày Thơ Việt Nam")


def test_what_holding_a_day_is_for_names_no_day_held(lex: Lexicon) -> None:
    text = "Việc tổ chức Ngày Thơ Việt Nam nhằm tôn vinh thơ ca. Hội thảo Thơ năm 2024 khai mạc."
    assert names(text, lex) == ["Hội thảo Thơ năm 2024"]


def test_a_lower_case_head_held_by_a_body_after_do_is_an_event(lex: Lexicon) -> None:
    text = "Xã hưởng ứng đợt tuyên truyền an toàn giao thông do Công an tỉnh phát động."
    assert names(text, lex) == ["đợt tuyên truyền an toàn giao thông"]
    text = "Ông Lê Văn An phát biểu về hội thảo khoa học do Trường Đại học Y tổ chức."
    assert names(text, lex) == ["hội thảo khoa học"]


def test_a_lower_case_head_with_no_holder_is_still_a_common_noun(lex: Lexicon) -> None:
    assert names("Xã đẩy mạnh các hội thảo, tập huấn cho nông dân.", lex) == []


def test_a_birthday_ceremony_is_named_by_its_head(lex: Lexicon) -> None:
    text = "Ngày 1/10/2024, UBND xã Tân An đã tổ chức Lễ chúc thọ cho 60 cụ trên địa bàn xã."
    assert [(e.text, e.kind) for e in find_events(text, lex)] == [("Lễ chúc thọ", "Lễ chúc thọ")]


def test_a_campaign_answered_in_lower_case_is_named(lex: Lexicon) -> None:
    text = "Xã tổ chức Lễ chúc thọ, đồng thời hưởng ứng tháng hành động vì Người cao tuổi năm 2024."
    assert "tháng hành động vì Người cao tuổi năm 2024" in names(text, lex)


def test_during_the_day_opens_no_event(lex: Lexicon) -> None:
    """ "Trong ngày, ...": a day observed is named, never alone; the words are a time."""
    text = "Người dân đến nhận tiền hỗ trợ.\n\nTrong ngày, xã đã cấp tiền cho 38 hộ gia đình."
    assert find_events(text, lex) == []
