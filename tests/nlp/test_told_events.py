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
