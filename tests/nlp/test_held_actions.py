"""Events named by the action a named body held (nlp/rules/held_actions.py)."""

from __future__ import annotations

import pytest

from graph_builder.nlp.lexicon import Lexicon
from tests.factories import event_names as names

# fmt: off
HELD = [
    ("Nhân dịp xuân mới, UBND xã Tân Phú tổ chức mừng thọ cho 215 người cao tuổi trên 80 "
     "tuổi.", "mừng thọ cho 215 người cao tuổi trên 80 tuổi"),
    ("Bệnh viện Mắt tỉnh phối hợp với Hội Chữ thập đỏ (Nhật Bản) tổ chức khám mắt cho 1.250 "
     "học sinh tại xã Hòa Bình.", "khám mắt cho 1.250 học sinh"),
    ("Hội Người khuyết tật huyện Đức Phổ đã tổ chức trao tặng 35 xe lăn cho người khuyết "
     "tật, sáng 3/4.", "trao tặng 35 xe lăn cho người khuyết tật"),
]
NOT_HELD = [
    "Trong 5 năm qua, toàn tỉnh đã tổ chức trao 12.400 suất học bổng.",  # a tally
    "Đồng thời, sẽ tổ chức thăm, tặng quà và khám sức khỏe cho người cao tuổi.",  # planned
    "Phối hợp với các ngành tổ chức khám, tư vấn sức khỏe miễn phí.",  # a plan's task
    "Kết thúc hội thi, Ban tổ chức trao giải nhất cho đội xã An Phú.",  # the committee
    "Người cao tuổi trong độ tuổi quy định được tổ chức mừng thọ hằng năm.",  # passive
]
# fmt: on


@pytest.mark.parametrize(("text", "name"), HELD)
def test_an_action_a_named_body_held_is_an_event(text: str, name: str, lex: Lexicon) -> None:
    assert names(text, lex) == [name]


@pytest.mark.parametrize("text", NOT_HELD)
def test_an_action_counted_planned_or_done_by_no_one_named_is_none(text: str, lex: Lexicon) -> None:
    assert names(text, lex) == []


def test_an_action_done_at_the_event_a_sentence_opens_with_is_part_of_it(lex: Lexicon) -> None:
    text = (
        "Sáng 1/6, Sở Lao động tổ chức Lễ phát động Tháng hành động vì trẻ em năm 2024.\n"
        "Tại lễ phát động, Công ty Bảo Minh tổ chức trao 30 chiếc xe đạp cho học sinh nghèo."
    )
    assert not any(name.startswith("trao") for name in names(text, lex))
