"""Inaugurations and groundbreakings told by their verb: done in running text ("đã khánh
thành ..."), or in a headline that drops "đã"; planned ones, and a ceremony named by its
head word ("Lễ khánh thành ..."), are read elsewhere or not at all."""

from __future__ import annotations

import pytest

from graph_builder.nlp.lexicon import Lexicon
from tests.factories import event_names as names


def test_a_headline_inaugurating_names_it_to_the_line_end(lex: Lexicon) -> None:
    text = "Tuổi trẻ quận Ba Đình khánh thành sân chơi cho thiếu nhi\n\nNội dung khác."
    assert names(text, lex) == ["khánh thành sân chơi cho thiếu nhi"]


def test_a_groundbreaking_done_is_named_to_its_clause_end(lex: Lexicon) -> None:
    text = "Sáng 3/4, Hội Cựu chiến binh huyện đã khởi công cầu dân sinh tại xã Tân Lập."
    assert names(text, lex) == ["khởi công cầu dân sinh"]


# fmt: off
NOT_DONE = [
    "Công trình dự kiến khánh thành vào cuối năm nay.",
    "Tỉnh sẽ khởi công 3 cây cầu trong năm tới.",
]
# fmt: on


@pytest.mark.parametrize("text", NOT_DONE)
def test_an_inauguration_planned_is_none(text: str, lex: Lexicon) -> None:
    assert names(text, lex) == []
