"""Event heads held in a frame the sentence opens with or a quote after the verb: "tổ chức
“Kỷ niệm ...”", "Dự khai giảng lớp học có ...", "Tại buổi tọa đàm "..." (straight quotes)."""

from __future__ import annotations

from graph_builder.nlp.lexicon import Lexicon
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
