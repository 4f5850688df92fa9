"""A meeting held, told by its verb ("đã tổ chức họp ...", a lead's "tiến hành họp ..."),
is an event named by the verb phrase; a gathering ("họp mặt") has its own head word, and
a meeting planned is none."""

from __future__ import annotations

import pytest

from graph_builder.nlp.lexicon import Lexicon
from graph_builder.nlp.rules.events import find_events
from graph_builder.nlp.rules.verb_events import MEETING_KIND
from tests.factories import event_names as names


def test_a_lead_telling_a_meeting_held_names_it(lex: Lexicon) -> None:
    text = (
        "Chiều 1/5, Ban chỉ đạo tỉnh tiến hành họp trực tuyến với các huyện về công tác "
        "chống dịch. Chủ trì cuộc họp có ông Lê Văn An."
    )
    assert names(text, lex) == ["họp trực tuyến với các huyện về công tác chống dịch"]
    assert [e.kind for e in find_events(text, lex)] == [MEETING_KIND, "Cuộc họp"]


def test_a_meeting_done_in_running_text_names_it(lex: Lexicon) -> None:
    text = "Ban Thường vụ Tỉnh Đoàn đã tổ chức họp đoàn giám sát năm 2022."
    assert names(text, lex) == ["họp đoàn giám sát năm 2022"]


@pytest.mark.parametrize(
    "text",
    ["Xã sẽ tổ chức họp dân để lấy ý kiến.", "Nhiệm vụ: tổ chức họp dân ở các thôn."],
)
def test_a_meeting_planned_or_listed_is_none(text: str, lex: Lexicon) -> None:
    assert names(text, lex) == []
