"""A visit told first by its verbs in the lead names the article's event; a giving held
later ("đã tổ chức trao tặng ...") is part of it. An action held alone is still named."""

from __future__ import annotations

from graph_builder.nlp.lexicon import Lexicon
from tests.factories import event_names as names


def test_a_visit_told_before_the_action_held_names_the_event(lex: Lexicon) -> None:
    text = (
        "Sáng 9/1, Hội Nông dân tỉnh đã đi thăm và tặng quà Trung tâm Nuôi dưỡng người già "
        "tại xã An Bình. Hội Nông dân An Bình đã tổ chức trao tặng các cụ neo đơn 100 bộ quần "
        "áo ấm."
    )
    assert names(text, lex) == ["đi thăm và tặng quà Trung tâm Nuôi dưỡng người già"]


def test_an_action_held_with_no_visit_told_before_it_is_named(lex: Lexicon) -> None:
    text = "Hội Nông dân An Bình đã tổ chức trao tặng các cụ neo đơn 100 bộ quần áo ấm."
    assert names(text, lex) == ["trao tặng các cụ neo đơn 100 bộ quần áo ấm"]


def test_a_giving_in_the_headline_beside_a_campaign_is_an_event_too(lex: Lexicon) -> None:
    text = (
        "Công đoàn tỉnh trao 5 suất quà cho công nhân có hoàn cảnh khó khăn\n\n"
        "Đây là hoạt động hưởng ứng Tháng hành động về An toàn lao động của Công đoàn tỉnh."
    )
    assert names(text, lex) == [
        "trao 5 suất quà cho công nhân có hoàn cảnh khó khăn",
        "Tháng hành động về An toàn lao động của Công đoàn tỉnh",
    ]


def test_the_lead_names_the_giving_before_the_headline_does(lex: Lexicon) -> None:
    text = (
        "Trao vốn cho thanh niên và gặp mặt thí sinh Cuộc thi Khởi nghiệp năm 2024\n\n"
        "Ngày 5/11, Đoàn thanh niên tỉnh đã tổ chức trao nguồn vốn vay cho 20 thanh niên "
        "khởi nghiệp; "
        "đồng thời gặp mặt thí sinh Cuộc thi Khởi nghiệp năm 2024."
    )
    assert "trao nguồn vốn vay cho 20 thanh niên khởi nghiệp" in names(text, lex)


def test_a_giving_planned_beside_a_campaign_is_none(lex: Lexicon) -> None:
    text = (
        "Công đoàn tỉnh hưởng ứng Tháng hành động về An toàn lao động\n\n"
        "Công đoàn tỉnh sẽ tổ chức thăm, tặng quà cho 200 công nhân có hoàn cảnh khó khăn."
    )
    assert names(text, lex) == ["Tháng hành động về An toàn lao động"]
