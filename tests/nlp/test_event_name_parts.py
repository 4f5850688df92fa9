"""Words that follow an event's head without naming it: "về phía tỉnh X" tells on whose
part guests came ("Dự hội nghị về phía tỉnh X có ..."), so the head alone refers back."""

from __future__ import annotations

from graph_builder.nlp.lexicon import Lexicon
from tests.factories import event_names as names


def test_on_whose_part_guests_came_is_no_part_of_the_name(lex: Lexicon) -> None:
    text = (
        "Chiều 12/12, Ủy ban Dân tộc tổ chức Hội nghị biểu dương điển hình tiên tiến năm 2023. "
        "Dự hội nghị về phía tỉnh Tân Lập có ông Lê Văn An."
    )
    assert names(text, lex) == ["Hội nghị biểu dương điển hình tiên tiến năm 2023"]
