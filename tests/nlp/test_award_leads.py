"""Gifts, money and merit given, told by the verb "trao": with "vừa"/"đã", in a lead that
opens with its day (no "đã" written), or in a headline; a list of gifts after a sum of
money, and a quoted programme in a headline, name no such event."""

from __future__ import annotations

import pytest

from graph_builder.nlp.lexicon import Lexicon
from graph_builder.nlp.rules.events import find_events
from tests.factories import event_names as names


def test_money_given_right_after_the_verb_is_named(lex: Lexicon) -> None:
    text = (
        "Hội Nông dân xã Tân Lập vừa trao tiền hỗ trợ sửa chữa nhà cho ông Lê Văn Hòa. "
        "Số tiền do hội viên đóng góp."
    )
    assert names(text, lex) == ["trao tiền hỗ trợ sửa chữa nhà cho ông Lê Văn Hòa"]


def test_a_lead_opening_with_its_day_needs_no_done_word(lex: Lexicon) -> None:
    text = (
        "Chiều 12/5, Hội Chữ thập đỏ huyện và Quỹ Vì người nghèo trao 50 phần quà cho hộ "
        "nghèo tại xã Tân Lập. Mỗi phần quà trị giá 500.000 đồng."
    )
    assert names(text, lex) == ["trao 50 phần quà cho hộ nghèo"]


def test_capital_and_certificates_given_are_named(lex: Lexicon) -> None:
    text = "Tỉnh Đoàn đã tổ chức trao nguồn vốn vay cho 20 thanh niên khởi nghiệp."
    assert names(text, lex) == ["trao nguồn vốn vay cho 20 thanh niên khởi nghiệp"]
    text = "UBND xã vừa trao giấy khen cho 3 học sinh cứu bạn đuối nước."
    assert names(text, lex) == ["trao giấy khen cho 3 học sinh cứu bạn đuối nước"]


def test_a_headline_giving_gifts_names_them(lex: Lexicon) -> None:
    text = "Công đoàn ngành Y tế trao 20 suất quà cho người lao động khó khăn\n\nNội dung khác."
    assert names(text, lex) == ["trao 20 suất quà cho người lao động khó khăn"]


# fmt: off
NO_AWARD = [
    # a sum of money, then other gifts: not money given by name
    "Hội phụ nữ xã đã trao 5 triệu đồng tiền mặt và 10 thùng mì cho các hộ.",
    # a quoted programme opens the headline: it is the article's event
    "“Nắng ấm vùng cao” trao quà cho học sinh miền núi\n\nChương trình năm nay thứ ba.",
]
# fmt: on


@pytest.mark.parametrize("text", NO_AWARD)
def test_no_award_told_by_the_verb(text: str, lex: Lexicon) -> None:
    assert not [e for e in find_events(text, lex) if e.text.startswith("trao")]


def test_a_gift_visit_in_a_lead_opening_with_its_day_is_named(lex: Lexicon) -> None:
    text = (
        "Chiều 20-1, Hội Cựu chiến binh tỉnh phối hợp Công ty Điện lực thăm, tặng quà các gia "
        "đình chính sách tại xã Yên Hòa. Mỗi suất quà trị giá 1 triệu đồng."
    )
    assert names(text, lex) == ["thăm, tặng quà các gia đình chính sách"]


def test_a_count_written_with_thousands_dots_still_names_the_gifts(lex: Lexicon) -> None:
    text = (
        "Hội Chữ thập đỏ tỉnh đã trao tặng 1.200 suất quà cho người dân vùng lũ. "
        "Mỗi suất quà gồm gạo và mì."
    )
    assert names(text, lex) == ["trao tặng 1.200 suất quà cho người dân vùng lũ"]


@pytest.mark.parametrize(
    "text",
    [
        "Trong 3 năm qua, toàn huyện đã tổ chức trao 400 suất học bổng.",
        "Từ đầu năm, cả nước đã trao 900 phần quà cho hộ nghèo.",
    ],
)
def test_what_a_whole_area_gave_over_a_period_is_a_tally(text: str, lex: Lexicon) -> None:
    assert names(text, lex) == []
